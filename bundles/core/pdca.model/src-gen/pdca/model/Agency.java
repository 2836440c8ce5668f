/**
 */
package pdca.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.Agency#getName <em>Name</em>}</li>
 *   <li>{@link pdca.model.Agency#getType <em>Type</em>}</li>
 *   <li>{@link pdca.model.Agency#getSuperior <em>Superior</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getAgency()
 * @model
 * @generated
 */
public interface Agency extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see pdca.model.PdcaPackage#getAgency_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link pdca.model.Agency#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link pdca.model.AgencyType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see pdca.model.AgencyType
	 * @see #setType(AgencyType)
	 * @see pdca.model.PdcaPackage#getAgency_Type()
	 * @model
	 * @generated
	 */
	AgencyType getType();

	/**
	 * Sets the value of the '{@link pdca.model.Agency#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see pdca.model.AgencyType
	 * @see #getType()
	 * @generated
	 */
	void setType(AgencyType value);

	/**
	 * Returns the value of the '<em><b>Superior</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Superior</em>' attribute.
	 * @see #setSuperior(String)
	 * @see pdca.model.PdcaPackage#getAgency_Superior()
	 * @model
	 * @generated
	 */
	String getSuperior();

	/**
	 * Sets the value of the '{@link pdca.model.Agency#getSuperior <em>Superior</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Superior</em>' attribute.
	 * @see #getSuperior()
	 * @generated
	 */
	void setSuperior(String value);

} // Agency
