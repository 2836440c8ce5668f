/**
 */
package pdca.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.EvaluationRecord#getForm <em>Form</em>}</li>
 *   <li>{@link pdca.model.EvaluationRecord#getUnit <em>Unit</em>}</li>
 *   <li>{@link pdca.model.EvaluationRecord#getDate <em>Date</em>}</li>
 *   <li>{@link pdca.model.EvaluationRecord#getEvaluator <em>Evaluator</em>}</li>
 *   <li>{@link pdca.model.EvaluationRecord#getAppliedRules <em>Applied Rules</em>}</li>
 *   <li>{@link pdca.model.EvaluationRecord#getAnswers <em>Answers</em>}</li>
 *   <li>{@link pdca.model.EvaluationRecord#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getEvaluationRecord()
 * @model
 * @generated
 */
public interface EvaluationRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Form</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Form</em>' reference.
	 * @see #setForm(EvaluationForm)
	 * @see pdca.model.PdcaPackage#getEvaluationRecord_Form()
	 * @model
	 * @generated
	 */
	EvaluationForm getForm();

	/**
	 * Sets the value of the '{@link pdca.model.EvaluationRecord#getForm <em>Form</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form</em>' reference.
	 * @see #getForm()
	 * @generated
	 */
	void setForm(EvaluationForm value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Unit)
	 * @see pdca.model.PdcaPackage#getEvaluationRecord_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link pdca.model.EvaluationRecord#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see pdca.model.PdcaPackage#getEvaluationRecord_Date()
	 * @model dataType="pdca.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link pdca.model.EvaluationRecord#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Evaluator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluator</em>' attribute.
	 * @see #setEvaluator(String)
	 * @see pdca.model.PdcaPackage#getEvaluationRecord_Evaluator()
	 * @model
	 * @generated
	 */
	String getEvaluator();

	/**
	 * Sets the value of the '{@link pdca.model.EvaluationRecord#getEvaluator <em>Evaluator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluator</em>' attribute.
	 * @see #getEvaluator()
	 * @generated
	 */
	void setEvaluator(String value);

	/**
	 * Returns the value of the '<em><b>Applied Rules</b></em>' reference list.
	 * The list contents are of type {@link pdca.model.ScoringRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applied Rules</em>' reference list.
	 * @see pdca.model.PdcaPackage#getEvaluationRecord_AppliedRules()
	 * @model
	 * @generated
	 */
	EList<ScoringRule> getAppliedRules();

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.ItemAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getEvaluationRecord_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemAnswer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see pdca.model.PdcaPackage#getEvaluationRecord_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link pdca.model.EvaluationRecord#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // EvaluationRecord
