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
import org.eclipse.emf.ecore.util.InternalEList;

import pdca.model.ActionStatus;
import pdca.model.Evidence;
import pdca.model.PdcaPackage;
import pdca.model.ProgressReport;
import pdca.model.WorkItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Progress Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ProgressReportImpl#getAction <em>Action</em>}</li>
 *   <li>{@link pdca.model.impl.ProgressReportImpl#getRocYear <em>Roc Year</em>}</li>
 *   <li>{@link pdca.model.impl.ProgressReportImpl#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link pdca.model.impl.ProgressReportImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link pdca.model.impl.ProgressReportImpl#getProgress <em>Progress</em>}</li>
 *   <li>{@link pdca.model.impl.ProgressReportImpl#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link pdca.model.impl.ProgressReportImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link pdca.model.impl.ProgressReportImpl#getReportedBy <em>Reported By</em>}</li>
 *   <li>{@link pdca.model.impl.ProgressReportImpl#getReportedOn <em>Reported On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgressReportImpl extends IdentifiedImpl implements ProgressReport {
	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected WorkItem action;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected static final int PROGRESS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected int progress = PROGRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNarrative() <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNarrative() <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrative()
	 * @generated
	 * @ordered
	 */
	protected String narrative = NARRATIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The default value of the '{@link #getReportedBy() <em>Reported By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedBy() <em>Reported By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedBy()
	 * @generated
	 * @ordered
	 */
	protected String reportedBy = REPORTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedOn() <em>Reported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REPORTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedOn() <em>Reported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reportedOn = REPORTED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgressReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.PROGRESS_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkItem getAction() {
		if (action != null && action.eIsProxy()) {
			InternalEObject oldAction = (InternalEObject)action;
			action = (WorkItem)eResolveProxy(oldAction);
			if (action != oldAction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PdcaPackage.PROGRESS_REPORT__ACTION, oldAction, action));
			}
		}
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkItem basicGetAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(WorkItem newAction) {
		WorkItem oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PROGRESS_REPORT__ACTION, oldAction, action));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PROGRESS_REPORT__ROC_YEAR, oldRocYear, rocYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PROGRESS_REPORT__QUARTER, oldQuarter, quarter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PROGRESS_REPORT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProgress() {
		return progress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgress(int newProgress) {
		int oldProgress = progress;
		progress = newProgress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PROGRESS_REPORT__PROGRESS, oldProgress, progress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNarrative() {
		return narrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNarrative(String newNarrative) {
		String oldNarrative = narrative;
		narrative = newNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PROGRESS_REPORT__NARRATIVE, oldNarrative, narrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, PdcaPackage.PROGRESS_REPORT__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportedBy() {
		return reportedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedBy(String newReportedBy) {
		String oldReportedBy = reportedBy;
		reportedBy = newReportedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PROGRESS_REPORT__REPORTED_BY, oldReportedBy, reportedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReportedOn() {
		return reportedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedOn(LocalDate newReportedOn) {
		LocalDate oldReportedOn = reportedOn;
		reportedOn = newReportedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PROGRESS_REPORT__REPORTED_ON, oldReportedOn, reportedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PdcaPackage.PROGRESS_REPORT__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
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
			case PdcaPackage.PROGRESS_REPORT__ACTION:
				if (resolve) return getAction();
				return basicGetAction();
			case PdcaPackage.PROGRESS_REPORT__ROC_YEAR:
				return getRocYear();
			case PdcaPackage.PROGRESS_REPORT__QUARTER:
				return getQuarter();
			case PdcaPackage.PROGRESS_REPORT__STATUS:
				return getStatus();
			case PdcaPackage.PROGRESS_REPORT__PROGRESS:
				return getProgress();
			case PdcaPackage.PROGRESS_REPORT__NARRATIVE:
				return getNarrative();
			case PdcaPackage.PROGRESS_REPORT__EVIDENCE:
				return getEvidence();
			case PdcaPackage.PROGRESS_REPORT__REPORTED_BY:
				return getReportedBy();
			case PdcaPackage.PROGRESS_REPORT__REPORTED_ON:
				return getReportedOn();
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
			case PdcaPackage.PROGRESS_REPORT__ACTION:
				setAction((WorkItem)newValue);
				return;
			case PdcaPackage.PROGRESS_REPORT__ROC_YEAR:
				setRocYear((Integer)newValue);
				return;
			case PdcaPackage.PROGRESS_REPORT__QUARTER:
				setQuarter((Integer)newValue);
				return;
			case PdcaPackage.PROGRESS_REPORT__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case PdcaPackage.PROGRESS_REPORT__PROGRESS:
				setProgress((Integer)newValue);
				return;
			case PdcaPackage.PROGRESS_REPORT__NARRATIVE:
				setNarrative((String)newValue);
				return;
			case PdcaPackage.PROGRESS_REPORT__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case PdcaPackage.PROGRESS_REPORT__REPORTED_BY:
				setReportedBy((String)newValue);
				return;
			case PdcaPackage.PROGRESS_REPORT__REPORTED_ON:
				setReportedOn((LocalDate)newValue);
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
			case PdcaPackage.PROGRESS_REPORT__ACTION:
				setAction((WorkItem)null);
				return;
			case PdcaPackage.PROGRESS_REPORT__ROC_YEAR:
				setRocYear(ROC_YEAR_EDEFAULT);
				return;
			case PdcaPackage.PROGRESS_REPORT__QUARTER:
				setQuarter(QUARTER_EDEFAULT);
				return;
			case PdcaPackage.PROGRESS_REPORT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PdcaPackage.PROGRESS_REPORT__PROGRESS:
				setProgress(PROGRESS_EDEFAULT);
				return;
			case PdcaPackage.PROGRESS_REPORT__NARRATIVE:
				setNarrative(NARRATIVE_EDEFAULT);
				return;
			case PdcaPackage.PROGRESS_REPORT__EVIDENCE:
				getEvidence().clear();
				return;
			case PdcaPackage.PROGRESS_REPORT__REPORTED_BY:
				setReportedBy(REPORTED_BY_EDEFAULT);
				return;
			case PdcaPackage.PROGRESS_REPORT__REPORTED_ON:
				setReportedOn(REPORTED_ON_EDEFAULT);
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
			case PdcaPackage.PROGRESS_REPORT__ACTION:
				return action != null;
			case PdcaPackage.PROGRESS_REPORT__ROC_YEAR:
				return rocYear != ROC_YEAR_EDEFAULT;
			case PdcaPackage.PROGRESS_REPORT__QUARTER:
				return quarter != QUARTER_EDEFAULT;
			case PdcaPackage.PROGRESS_REPORT__STATUS:
				return status != STATUS_EDEFAULT;
			case PdcaPackage.PROGRESS_REPORT__PROGRESS:
				return progress != PROGRESS_EDEFAULT;
			case PdcaPackage.PROGRESS_REPORT__NARRATIVE:
				return NARRATIVE_EDEFAULT == null ? narrative != null : !NARRATIVE_EDEFAULT.equals(narrative);
			case PdcaPackage.PROGRESS_REPORT__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case PdcaPackage.PROGRESS_REPORT__REPORTED_BY:
				return REPORTED_BY_EDEFAULT == null ? reportedBy != null : !REPORTED_BY_EDEFAULT.equals(reportedBy);
			case PdcaPackage.PROGRESS_REPORT__REPORTED_ON:
				return REPORTED_ON_EDEFAULT == null ? reportedOn != null : !REPORTED_ON_EDEFAULT.equals(reportedOn);
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
		result.append(" (rocYear: ");
		result.append(rocYear);
		result.append(", quarter: ");
		result.append(quarter);
		result.append(", status: ");
		result.append(status);
		result.append(", progress: ");
		result.append(progress);
		result.append(", narrative: ");
		result.append(narrative);
		result.append(", reportedBy: ");
		result.append(reportedBy);
		result.append(", reportedOn: ");
		result.append(reportedOn);
		result.append(')');
		return result.toString();
	}

} //ProgressReportImpl
