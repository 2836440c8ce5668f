/**
 */
package pdca.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.FormGroup#getSections <em>Sections</em>}</li>
 *   <li>{@link pdca.model.FormGroup#getItems <em>Items</em>}</li>
 *   <li>{@link pdca.model.FormGroup#isExclusive <em>Exclusive</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getFormGroup()
 * @model abstract="true"
 * @generated
 */
public interface FormGroup extends FormNode {
	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.FormSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getFormGroup_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<FormSection> getSections();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.FormItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getFormGroup_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<FormItem> getItems();

	/**
	 * Returns the value of the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only one of the items is scored (擇一選填).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusive</em>' attribute.
	 * @see #setExclusive(boolean)
	 * @see pdca.model.PdcaPackage#getFormGroup_Exclusive()
	 * @model
	 * @generated
	 */
	boolean isExclusive();

	/**
	 * Sets the value of the '{@link pdca.model.FormGroup#isExclusive <em>Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive</em>' attribute.
	 * @see #isExclusive()
	 * @generated
	 */
	void setExclusive(boolean value);

} // FormGroup
