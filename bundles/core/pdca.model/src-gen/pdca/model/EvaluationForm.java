/**
 */
package pdca.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation Form</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.EvaluationForm#getCode <em>Code</em>}</li>
 *   <li>{@link pdca.model.EvaluationForm#getHeaderFields <em>Header Fields</em>}</li>
 *   <li>{@link pdca.model.EvaluationForm#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getEvaluationForm()
 * @model
 * @generated
 */
public interface EvaluationForm extends FormGroup {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see pdca.model.PdcaPackage#getEvaluationForm_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link pdca.model.EvaluationForm#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Header Fields</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Header Fields</em>' attribute list.
	 * @see pdca.model.PdcaPackage#getEvaluationForm_HeaderFields()
	 * @model
	 * @generated
	 */
	EList<String> getHeaderFields();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.ScoringRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getEvaluationForm_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoringRule> getRules();

} // EvaluationForm
