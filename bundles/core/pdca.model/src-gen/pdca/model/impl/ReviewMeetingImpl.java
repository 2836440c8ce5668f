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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import pdca.model.Decision;
import pdca.model.Finding;
import pdca.model.ImprovementAction;
import pdca.model.PdcaPackage;
import pdca.model.ReviewMeeting;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getDate <em>Date</em>}</li>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getRocYear <em>Roc Year</em>}</li>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getChair <em>Chair</em>}</li>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getImprovementActions <em>Improvement Actions</em>}</li>
 *   <li>{@link pdca.model.impl.ReviewMeetingImpl#getBaseline <em>Baseline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewMeetingImpl extends IdentifiedImpl implements ReviewMeeting {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The default value of the '{@link #getRocYear() <em>Roc Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRocYear()
	 * @generated
	 * @ordered
	 */
	protected static final int ROC_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRocYear() <em>Roc Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRocYear()
	 * @generated
	 * @ordered
	 */
	protected int rocYear = ROC_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuarter() <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarter()
	 * @generated
	 * @ordered
	 */
	protected static final int QUARTER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuarter() <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarter()
	 * @generated
	 * @ordered
	 */
	protected int quarter = QUARTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getChair() <em>Chair</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChair()
	 * @generated
	 * @ordered
	 */
	protected static final String CHAIR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChair() <em>Chair</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChair()
	 * @generated
	 * @ordered
	 */
	protected String chair = CHAIR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<String> attendees;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * The cached value of the '{@link #getImprovementActions() <em>Improvement Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImprovementActions()
	 * @generated
	 * @ordered
	 */
	protected EList<ImprovementAction> improvementActions;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected String baseline = BASELINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewMeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.REVIEW_MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.REVIEW_MEETING__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.REVIEW_MEETING__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRocYear() {
		return rocYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRocYear(int newRocYear) {
		int oldRocYear = rocYear;
		rocYear = newRocYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.REVIEW_MEETING__ROC_YEAR, oldRocYear, rocYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuarter() {
		return quarter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuarter(int newQuarter) {
		int oldQuarter = quarter;
		quarter = newQuarter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.REVIEW_MEETING__QUARTER, oldQuarter, quarter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChair() {
		return chair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChair(String newChair) {
		String oldChair = chair;
		chair = newChair;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.REVIEW_MEETING__CHAIR, oldChair, chair));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAttendees() {
		if (attendees == null) {
			attendees = new EDataTypeUniqueEList<String>(String.class, this, PdcaPackage.REVIEW_MEETING__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, PdcaPackage.REVIEW_MEETING__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<Decision>(Decision.class, this, PdcaPackage.REVIEW_MEETING__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImprovementAction> getImprovementActions() {
		if (improvementActions == null) {
			improvementActions = new EObjectContainmentEList<ImprovementAction>(ImprovementAction.class, this, PdcaPackage.REVIEW_MEETING__IMPROVEMENT_ACTIONS);
		}
		return improvementActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(String newBaseline) {
		String oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.REVIEW_MEETING__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PdcaPackage.REVIEW_MEETING__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case PdcaPackage.REVIEW_MEETING__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case PdcaPackage.REVIEW_MEETING__IMPROVEMENT_ACTIONS:
				return ((InternalEList<?>)getImprovementActions()).basicRemove(otherEnd, msgs);
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
			case PdcaPackage.REVIEW_MEETING__TITLE:
				return getTitle();
			case PdcaPackage.REVIEW_MEETING__DATE:
				return getDate();
			case PdcaPackage.REVIEW_MEETING__ROC_YEAR:
				return getRocYear();
			case PdcaPackage.REVIEW_MEETING__QUARTER:
				return getQuarter();
			case PdcaPackage.REVIEW_MEETING__CHAIR:
				return getChair();
			case PdcaPackage.REVIEW_MEETING__ATTENDEES:
				return getAttendees();
			case PdcaPackage.REVIEW_MEETING__FINDINGS:
				return getFindings();
			case PdcaPackage.REVIEW_MEETING__DECISIONS:
				return getDecisions();
			case PdcaPackage.REVIEW_MEETING__IMPROVEMENT_ACTIONS:
				return getImprovementActions();
			case PdcaPackage.REVIEW_MEETING__BASELINE:
				return getBaseline();
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
			case PdcaPackage.REVIEW_MEETING__TITLE:
				setTitle((String)newValue);
				return;
			case PdcaPackage.REVIEW_MEETING__DATE:
				setDate((LocalDate)newValue);
				return;
			case PdcaPackage.REVIEW_MEETING__ROC_YEAR:
				setRocYear((Integer)newValue);
				return;
			case PdcaPackage.REVIEW_MEETING__QUARTER:
				setQuarter((Integer)newValue);
				return;
			case PdcaPackage.REVIEW_MEETING__CHAIR:
				setChair((String)newValue);
				return;
			case PdcaPackage.REVIEW_MEETING__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends String>)newValue);
				return;
			case PdcaPackage.REVIEW_MEETING__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case PdcaPackage.REVIEW_MEETING__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
				return;
			case PdcaPackage.REVIEW_MEETING__IMPROVEMENT_ACTIONS:
				getImprovementActions().clear();
				getImprovementActions().addAll((Collection<? extends ImprovementAction>)newValue);
				return;
			case PdcaPackage.REVIEW_MEETING__BASELINE:
				setBaseline((String)newValue);
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
			case PdcaPackage.REVIEW_MEETING__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PdcaPackage.REVIEW_MEETING__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PdcaPackage.REVIEW_MEETING__ROC_YEAR:
				setRocYear(ROC_YEAR_EDEFAULT);
				return;
			case PdcaPackage.REVIEW_MEETING__QUARTER:
				setQuarter(QUARTER_EDEFAULT);
				return;
			case PdcaPackage.REVIEW_MEETING__CHAIR:
				setChair(CHAIR_EDEFAULT);
				return;
			case PdcaPackage.REVIEW_MEETING__ATTENDEES:
				getAttendees().clear();
				return;
			case PdcaPackage.REVIEW_MEETING__FINDINGS:
				getFindings().clear();
				return;
			case PdcaPackage.REVIEW_MEETING__DECISIONS:
				getDecisions().clear();
				return;
			case PdcaPackage.REVIEW_MEETING__IMPROVEMENT_ACTIONS:
				getImprovementActions().clear();
				return;
			case PdcaPackage.REVIEW_MEETING__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
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
			case PdcaPackage.REVIEW_MEETING__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PdcaPackage.REVIEW_MEETING__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PdcaPackage.REVIEW_MEETING__ROC_YEAR:
				return rocYear != ROC_YEAR_EDEFAULT;
			case PdcaPackage.REVIEW_MEETING__QUARTER:
				return quarter != QUARTER_EDEFAULT;
			case PdcaPackage.REVIEW_MEETING__CHAIR:
				return CHAIR_EDEFAULT == null ? chair != null : !CHAIR_EDEFAULT.equals(chair);
			case PdcaPackage.REVIEW_MEETING__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case PdcaPackage.REVIEW_MEETING__FINDINGS:
				return findings != null && !findings.isEmpty();
			case PdcaPackage.REVIEW_MEETING__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case PdcaPackage.REVIEW_MEETING__IMPROVEMENT_ACTIONS:
				return improvementActions != null && !improvementActions.isEmpty();
			case PdcaPackage.REVIEW_MEETING__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
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
		result.append(" (title: ");
		result.append(title);
		result.append(", date: ");
		result.append(date);
		result.append(", rocYear: ");
		result.append(rocYear);
		result.append(", quarter: ");
		result.append(quarter);
		result.append(", chair: ");
		result.append(chair);
		result.append(", attendees: ");
		result.append(attendees);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(')');
		return result.toString();
	}

} //ReviewMeetingImpl
