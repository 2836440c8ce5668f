/**
 */
package pdca.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Yes No Item</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see pdca.model.PdcaPackage#getYesNoItem()
 * @model
 * @generated
 */
public interface YesNoItem extends FormItem {
} // YesNoItem
