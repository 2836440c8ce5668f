/**
 */
package pdca.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form Section</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see pdca.model.PdcaPackage#getFormSection()
 * @model
 * @generated
 */
public interface FormSection extends FormGroup {
} // FormSection
