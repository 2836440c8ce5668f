/**
 */
package pdca.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.FormItem#isNotApplicableAllowed <em>Not Applicable Allowed</em>}</li>
 *   <li>{@link pdca.model.FormItem#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getFormItem()
 * @model abstract="true"
 * @generated
 */
public interface FormItem extends FormNode {
	/**
	 * Returns the value of the '<em><b>Not Applicable Allowed</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Applicable Allowed</em>' attribute.
	 * @see #setNotApplicableAllowed(boolean)
	 * @see pdca.model.PdcaPackage#getFormItem_NotApplicableAllowed()
	 * @model default="true"
	 * @generated
	 */
	boolean isNotApplicableAllowed();

	/**
	 * Sets the value of the '{@link pdca.model.FormItem#isNotApplicableAllowed <em>Not Applicable Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Applicable Allowed</em>' attribute.
	 * @see #isNotApplicableAllowed()
	 * @generated
	 */
	void setNotApplicableAllowed(boolean value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the item is scored, as printed (e.g. 業務單位無忙線情形，本項給分).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see pdca.model.PdcaPackage#getFormItem_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link pdca.model.FormItem#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

} // FormItem
