/**
 */
package pdca.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.Measurement#getRocYear <em>Roc Year</em>}</li>
 *   <li>{@link pdca.model.Measurement#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link pdca.model.Measurement#getValue <em>Value</em>}</li>
 *   <li>{@link pdca.model.Measurement#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getMeasurement()
 * @model
 * @generated
 */
public interface Measurement extends EObject {
	/**
	 * Returns the value of the '<em><b>Roc Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roc Year</em>' attribute.
	 * @see #setRocYear(int)
	 * @see pdca.model.PdcaPackage#getMeasurement_RocYear()
	 * @model
	 * @generated
	 */
	int getRocYear();

	/**
	 * Sets the value of the '{@link pdca.model.Measurement#getRocYear <em>Roc Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roc Year</em>' attribute.
	 * @see #getRocYear()
	 * @generated
	 */
	void setRocYear(int value);

	/**
	 * Returns the value of the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 to 4; 0 for a value of the whole year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quarter</em>' attribute.
	 * @see #setQuarter(int)
	 * @see pdca.model.PdcaPackage#getMeasurement_Quarter()
	 * @model
	 * @generated
	 */
	int getQuarter();

	/**
	 * Sets the value of the '{@link pdca.model.Measurement#getQuarter <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quarter</em>' attribute.
	 * @see #getQuarter()
	 * @generated
	 */
	void setQuarter(int value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see pdca.model.PdcaPackage#getMeasurement_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link pdca.model.Measurement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see pdca.model.PdcaPackage#getMeasurement_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link pdca.model.Measurement#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Measurement
