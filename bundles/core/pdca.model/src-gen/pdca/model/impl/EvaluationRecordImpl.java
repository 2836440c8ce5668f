/**
 */
package pdca.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.ItemAnswer;
import pdca.model.PdcaPackage;
import pdca.model.ScoringRule;
import pdca.model.Unit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.EvaluationRecordImpl#getForm <em>Form</em>}</li>
 *   <li>{@link pdca.model.impl.EvaluationRecordImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link pdca.model.impl.EvaluationRecordImpl#getDate <em>Date</em>}</li>
 *   <li>{@link pdca.model.impl.EvaluationRecordImpl#getEvaluator <em>Evaluator</em>}</li>
 *   <li>{@link pdca.model.impl.EvaluationRecordImpl#getAppliedRules <em>Applied Rules</em>}</li>
 *   <li>{@link pdca.model.impl.EvaluationRecordImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link pdca.model.impl.EvaluationRecordImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationRecordImpl extends IdentifiedImpl implements EvaluationRecord {
	/**
	 * The cached value of the '{@link #getForm() <em>Form</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected EvaluationForm form;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit unit;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvaluator() <em>Evaluator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluator()
	 * @generated
	 * @ordered
	 */
	protected static final String EVALUATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvaluator() <em>Evaluator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluator()
	 * @generated
	 * @ordered
	 */
	protected String evaluator = EVALUATOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAppliedRules() <em>Applied Rules</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliedRules()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoringRule> appliedRules;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemAnswer> answers;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.EVALUATION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationForm getForm() {
		if (form != null && form.eIsProxy()) {
			InternalEObject oldForm = (InternalEObject)form;
			form = (EvaluationForm)eResolveProxy(oldForm);
			if (form != oldForm) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PdcaPackage.EVALUATION_RECORD__FORM, oldForm, form));
			}
		}
		return form;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationForm basicGetForm() {
		return form;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForm(EvaluationForm newForm) {
		EvaluationForm oldForm = form;
		form = newForm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.EVALUATION_RECORD__FORM, oldForm, form));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (Unit)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PdcaPackage.EVALUATION_RECORD__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Unit newUnit) {
		Unit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.EVALUATION_RECORD__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.EVALUATION_RECORD__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvaluator() {
		return evaluator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluator(String newEvaluator) {
		String oldEvaluator = evaluator;
		evaluator = newEvaluator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.EVALUATION_RECORD__EVALUATOR, oldEvaluator, evaluator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoringRule> getAppliedRules() {
		if (appliedRules == null) {
			appliedRules = new EObjectResolvingEList<ScoringRule>(ScoringRule.class, this, PdcaPackage.EVALUATION_RECORD__APPLIED_RULES);
		}
		return appliedRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<ItemAnswer>(ItemAnswer.class, this, PdcaPackage.EVALUATION_RECORD__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.EVALUATION_RECORD__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PdcaPackage.EVALUATION_RECORD__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.EVALUATION_RECORD__FORM:
				if (resolve) return getForm();
				return basicGetForm();
			case PdcaPackage.EVALUATION_RECORD__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case PdcaPackage.EVALUATION_RECORD__DATE:
				return getDate();
			case PdcaPackage.EVALUATION_RECORD__EVALUATOR:
				return getEvaluator();
			case PdcaPackage.EVALUATION_RECORD__APPLIED_RULES:
				return getAppliedRules();
			case PdcaPackage.EVALUATION_RECORD__ANSWERS:
				return getAnswers();
			case PdcaPackage.EVALUATION_RECORD__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PdcaPackage.EVALUATION_RECORD__FORM:
				setForm((EvaluationForm)newValue);
				return;
			case PdcaPackage.EVALUATION_RECORD__UNIT:
				setUnit((Unit)newValue);
				return;
			case PdcaPackage.EVALUATION_RECORD__DATE:
				setDate((LocalDate)newValue);
				return;
			case PdcaPackage.EVALUATION_RECORD__EVALUATOR:
				setEvaluator((String)newValue);
				return;
			case PdcaPackage.EVALUATION_RECORD__APPLIED_RULES:
				getAppliedRules().clear();
				getAppliedRules().addAll((Collection<? extends ScoringRule>)newValue);
				return;
			case PdcaPackage.EVALUATION_RECORD__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends ItemAnswer>)newValue);
				return;
			case PdcaPackage.EVALUATION_RECORD__NOTE:
				setNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PdcaPackage.EVALUATION_RECORD__FORM:
				setForm((EvaluationForm)null);
				return;
			case PdcaPackage.EVALUATION_RECORD__UNIT:
				setUnit((Unit)null);
				return;
			case PdcaPackage.EVALUATION_RECORD__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PdcaPackage.EVALUATION_RECORD__EVALUATOR:
				setEvaluator(EVALUATOR_EDEFAULT);
				return;
			case PdcaPackage.EVALUATION_RECORD__APPLIED_RULES:
				getAppliedRules().clear();
				return;
			case PdcaPackage.EVALUATION_RECORD__ANSWERS:
				getAnswers().clear();
				return;
			case PdcaPackage.EVALUATION_RECORD__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PdcaPackage.EVALUATION_RECORD__FORM:
				return form != null;
			case PdcaPackage.EVALUATION_RECORD__UNIT:
				return unit != null;
			case PdcaPackage.EVALUATION_RECORD__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PdcaPackage.EVALUATION_RECORD__EVALUATOR:
				return EVALUATOR_EDEFAULT == null ? evaluator != null : !EVALUATOR_EDEFAULT.equals(evaluator);
			case PdcaPackage.EVALUATION_RECORD__APPLIED_RULES:
				return appliedRules != null && !appliedRules.isEmpty();
			case PdcaPackage.EVALUATION_RECORD__ANSWERS:
				return answers != null && !answers.isEmpty();
			case PdcaPackage.EVALUATION_RECORD__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (date: ");
		result.append(date);
		result.append(", evaluator: ");
		result.append(evaluator);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //EvaluationRecordImpl
