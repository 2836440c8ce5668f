/**
 */
package pdca.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A conditional rule of a form: when the condition holds, the excluded parts are not scored and the multiplied parts count factor times.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.ScoringRule#getCondition <em>Condition</em>}</li>
 *   <li>{@link pdca.model.ScoringRule#getExcluded <em>Excluded</em>}</li>
 *   <li>{@link pdca.model.ScoringRule#getMultiplied <em>Multiplied</em>}</li>
 *   <li>{@link pdca.model.ScoringRule#getFactor <em>Factor</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getScoringRule()
 * @model
 * @generated
 */
public interface ScoringRule extends Identified {
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see pdca.model.PdcaPackage#getScoringRule_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link pdca.model.ScoringRule#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Excluded</b></em>' reference list.
	 * The list contents are of type {@link pdca.model.FormNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Excluded</em>' reference list.
	 * @see pdca.model.PdcaPackage#getScoringRule_Excluded()
	 * @model
	 * @generated
	 */
	EList<FormNode> getExcluded();

	/**
	 * Returns the value of the '<em><b>Multiplied</b></em>' reference list.
	 * The list contents are of type {@link pdca.model.FormNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multiplied</em>' reference list.
	 * @see pdca.model.PdcaPackage#getScoringRule_Multiplied()
	 * @model
	 * @generated
	 */
	EList<FormNode> getMultiplied();

	/**
	 * Returns the value of the '<em><b>Factor</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Factor</em>' attribute.
	 * @see #setFactor(double)
	 * @see pdca.model.PdcaPackage#getScoringRule_Factor()
	 * @model default="1.0"
	 * @generated
	 */
	double getFactor();

	/**
	 * Sets the value of the '{@link pdca.model.ScoringRule#getFactor <em>Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Factor</em>' attribute.
	 * @see #getFactor()
	 * @generated
	 */
	void setFactor(double value);

} // ScoringRule
