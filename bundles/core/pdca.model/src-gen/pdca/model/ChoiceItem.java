/**
 */
package pdca.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Choice Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.ChoiceItem#getChoices <em>Choices</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getChoiceItem()
 * @model
 * @generated
 */
public interface ChoiceItem extends FormItem {
	/**
	 * Returns the value of the '<em><b>Choices</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Choice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choices</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getChoiceItem_Choices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Choice> getChoices();

} // ChoiceItem
