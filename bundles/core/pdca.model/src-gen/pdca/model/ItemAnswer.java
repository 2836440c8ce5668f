/**
 */
package pdca.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.ItemAnswer#getItem <em>Item</em>}</li>
 *   <li>{@link pdca.model.ItemAnswer#getChecked <em>Checked</em>}</li>
 *   <li>{@link pdca.model.ItemAnswer#getChoice <em>Choice</em>}</li>
 *   <li>{@link pdca.model.ItemAnswer#getPoints <em>Points</em>}</li>
 *   <li>{@link pdca.model.ItemAnswer#isNotApplicable <em>Not Applicable</em>}</li>
 *   <li>{@link pdca.model.ItemAnswer#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getItemAnswer()
 * @model
 * @generated
 */
public interface ItemAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(FormItem)
	 * @see pdca.model.PdcaPackage#getItemAnswer_Item()
	 * @model
	 * @generated
	 */
	FormItem getItem();

	/**
	 * Sets the value of the '{@link pdca.model.ItemAnswer#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(FormItem value);

	/**
	 * Returns the value of the '<em><b>Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The yes/no answer of a yes/no item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checked</em>' attribute.
	 * @see #setChecked(Boolean)
	 * @see pdca.model.PdcaPackage#getItemAnswer_Checked()
	 * @model
	 * @generated
	 */
	Boolean getChecked();

	/**
	 * Sets the value of the '{@link pdca.model.ItemAnswer#getChecked <em>Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked</em>' attribute.
	 * @see #getChecked()
	 * @generated
	 */
	void setChecked(Boolean value);

	/**
	 * Returns the value of the '<em><b>Choice</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choice</em>' reference.
	 * @see #setChoice(Choice)
	 * @see pdca.model.PdcaPackage#getItemAnswer_Choice()
	 * @model
	 * @generated
	 */
	Choice getChoice();

	/**
	 * Sets the value of the '{@link pdca.model.ItemAnswer#getChoice <em>Choice</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Choice</em>' reference.
	 * @see #getChoice()
	 * @generated
	 */
	void setChoice(Choice value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Points given, for score items and for choices with a range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(Double)
	 * @see pdca.model.PdcaPackage#getItemAnswer_Points()
	 * @model
	 * @generated
	 */
	Double getPoints();

	/**
	 * Sets the value of the '{@link pdca.model.ItemAnswer#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(Double value);

	/**
	 * Returns the value of the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Applicable</em>' attribute.
	 * @see #setNotApplicable(boolean)
	 * @see pdca.model.PdcaPackage#getItemAnswer_NotApplicable()
	 * @model
	 * @generated
	 */
	boolean isNotApplicable();

	/**
	 * Sets the value of the '{@link pdca.model.ItemAnswer#isNotApplicable <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Applicable</em>' attribute.
	 * @see #isNotApplicable()
	 * @generated
	 */
	void setNotApplicable(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see pdca.model.PdcaPackage#getItemAnswer_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link pdca.model.ItemAnswer#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // ItemAnswer
