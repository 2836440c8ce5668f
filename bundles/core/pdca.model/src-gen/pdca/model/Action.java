/**
 */
package pdca.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see pdca.model.PdcaPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends WorkItem {
} // Action
