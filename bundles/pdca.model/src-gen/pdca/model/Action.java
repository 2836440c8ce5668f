/**
 */
package pdca.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.Action#isCarriedOver <em>Carried Over</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends WorkItem {
	/**
	 * Returns the value of the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Carried Over</em>' attribute.
	 * @see #setCarriedOver(boolean)
	 * @see pdca.model.PdcaPackage#getAction_CarriedOver()
	 * @model
	 * @generated
	 */
	boolean isCarriedOver();

	/**
	 * Sets the value of the '{@link pdca.model.Action#isCarriedOver <em>Carried Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carried Over</em>' attribute.
	 * @see #isCarriedOver()
	 * @generated
	 */
	void setCarriedOver(boolean value);

} // Action
