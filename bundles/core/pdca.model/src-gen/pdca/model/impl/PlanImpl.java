/**
 */
package pdca.model.impl;

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

import pdca.model.Agency;
import pdca.model.Approval;
import pdca.model.Citation;
import pdca.model.Dimension;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.Objective;
import pdca.model.Organisation;
import pdca.model.PdcaPackage;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.PlanSection;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.ScoringScheme;
import pdca.model.Strategy;
import pdca.model.Unit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.PlanImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getRocYear <em>Roc Year</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getApproval <em>Approval</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getVersionLabel <em>Version Label</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getBasis <em>Basis</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getTargetDescription <em>Target Description</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getTargetUnits <em>Target Units</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getStrategyPreamble <em>Strategy Preamble</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getProgressReports <em>Progress Reports</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getReviewMeetings <em>Review Meetings</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getEvaluationForms <em>Evaluation Forms</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getEvaluationRecords <em>Evaluation Records</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getScoringScheme <em>Scoring Scheme</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getPreviousPlanId <em>Previous Plan Id</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getPreviousPlanPath <em>Previous Plan Path</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getKpiGreenPercent <em>Kpi Green Percent</em>}</li>
 *   <li>{@link pdca.model.impl.PlanImpl#getKpiAmberPercent <em>Kpi Amber Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends IdentifiedImpl implements Plan {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * This is true if the Format Version attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formatVersionESet;

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
	 * The cached value of the '{@link #getAgency() <em>Agency</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected Agency agency;

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
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected Period period;

	/**
	 * The cached value of the '{@link #getApproval() <em>Approval</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproval()
	 * @generated
	 * @ordered
	 */
	protected Approval approval;

	/**
	 * The default value of the '{@link #getVersionLabel() <em>Version Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersionLabel() <em>Version Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionLabel()
	 * @generated
	 * @ordered
	 */
	protected String versionLabel = VERSION_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected String templateId = TEMPLATE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBasis() <em>Basis</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasis()
	 * @generated
	 * @ordered
	 */
	protected EList<Citation> basis;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * The default value of the '{@link #getTargetDescription() <em>Target Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetDescription() <em>Target Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDescription()
	 * @generated
	 * @ordered
	 */
	protected String targetDescription = TARGET_DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetUnits() <em>Target Units</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<Unit> targetUnits;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The default value of the '{@link #getStrategyPreamble() <em>Strategy Preamble</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategyPreamble()
	 * @generated
	 * @ordered
	 */
	protected static final String STRATEGY_PREAMBLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrategyPreamble() <em>Strategy Preamble</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategyPreamble()
	 * @generated
	 * @ordered
	 */
	protected String strategyPreamble = STRATEGY_PREAMBLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected EList<Dimension> dimensions;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> strategies;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanSection> sections;

	/**
	 * The cached value of the '{@link #getProgressReports() <em>Progress Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressReports()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgressReport> progressReports;

	/**
	 * The cached value of the '{@link #getReviewMeetings() <em>Review Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewMeeting> reviewMeetings;

	/**
	 * The cached value of the '{@link #getEvaluationForms() <em>Evaluation Forms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationForms()
	 * @generated
	 * @ordered
	 */
	protected EList<EvaluationForm> evaluationForms;

	/**
	 * The cached value of the '{@link #getEvaluationRecords() <em>Evaluation Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<EvaluationRecord> evaluationRecords;

	/**
	 * The cached value of the '{@link #getScoringScheme() <em>Scoring Scheme</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoringScheme()
	 * @generated
	 * @ordered
	 */
	protected ScoringScheme scoringScheme;

	/**
	 * The default value of the '{@link #getPreviousPlanId() <em>Previous Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousPlanId()
	 * @generated
	 * @ordered
	 */
	protected static final String PREVIOUS_PLAN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousPlanId() <em>Previous Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousPlanId()
	 * @generated
	 * @ordered
	 */
	protected String previousPlanId = PREVIOUS_PLAN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreviousPlanPath() <em>Previous Plan Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousPlanPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PREVIOUS_PLAN_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousPlanPath() <em>Previous Plan Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousPlanPath()
	 * @generated
	 * @ordered
	 */
	protected String previousPlanPath = PREVIOUS_PLAN_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getKpiGreenPercent() <em>Kpi Green Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpiGreenPercent()
	 * @generated
	 * @ordered
	 */
	protected static final Double KPI_GREEN_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKpiGreenPercent() <em>Kpi Green Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpiGreenPercent()
	 * @generated
	 * @ordered
	 */
	protected Double kpiGreenPercent = KPI_GREEN_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKpiAmberPercent() <em>Kpi Amber Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpiAmberPercent()
	 * @generated
	 * @ordered
	 */
	protected static final Double KPI_AMBER_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKpiAmberPercent() <em>Kpi Amber Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpiAmberPercent()
	 * @generated
	 * @ordered
	 */
	protected Double kpiAmberPercent = KPI_AMBER_PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__FORMAT_VERSION, oldFormatVersion, formatVersion, !oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFormatVersion() {
		int oldFormatVersion = formatVersion;
		boolean oldFormatVersionESet = formatVersionESet;
		formatVersion = FORMAT_VERSION_EDEFAULT;
		formatVersionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, PdcaPackage.PLAN__FORMAT_VERSION, oldFormatVersion, FORMAT_VERSION_EDEFAULT, oldFormatVersionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFormatVersion() {
		return formatVersionESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency getAgency() {
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAgency(Agency newAgency, NotificationChain msgs) {
		Agency oldAgency = agency;
		agency = newAgency;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__AGENCY, oldAgency, newAgency);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgency(Agency newAgency) {
		if (newAgency != agency) {
			NotificationChain msgs = null;
			if (agency != null)
				msgs = ((InternalEObject)agency).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__AGENCY, null, msgs);
			if (newAgency != null)
				msgs = ((InternalEObject)newAgency).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__AGENCY, null, msgs);
			msgs = basicSetAgency(newAgency, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__AGENCY, newAgency, newAgency));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__ROC_YEAR, oldRocYear, rocYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Period getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPeriod(Period newPeriod, NotificationChain msgs) {
		Period oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__PERIOD, oldPeriod, newPeriod);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(Period newPeriod) {
		if (newPeriod != period) {
			NotificationChain msgs = null;
			if (period != null)
				msgs = ((InternalEObject)period).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__PERIOD, null, msgs);
			if (newPeriod != null)
				msgs = ((InternalEObject)newPeriod).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__PERIOD, null, msgs);
			msgs = basicSetPeriod(newPeriod, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__PERIOD, newPeriod, newPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Approval getApproval() {
		return approval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetApproval(Approval newApproval, NotificationChain msgs) {
		Approval oldApproval = approval;
		approval = newApproval;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__APPROVAL, oldApproval, newApproval);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproval(Approval newApproval) {
		if (newApproval != approval) {
			NotificationChain msgs = null;
			if (approval != null)
				msgs = ((InternalEObject)approval).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__APPROVAL, null, msgs);
			if (newApproval != null)
				msgs = ((InternalEObject)newApproval).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__APPROVAL, null, msgs);
			msgs = basicSetApproval(newApproval, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__APPROVAL, newApproval, newApproval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersionLabel() {
		return versionLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersionLabel(String newVersionLabel) {
		String oldVersionLabel = versionLabel;
		versionLabel = newVersionLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__VERSION_LABEL, oldVersionLabel, versionLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateId() {
		return templateId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateId(String newTemplateId) {
		String oldTemplateId = templateId;
		templateId = newTemplateId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__TEMPLATE_ID, oldTemplateId, templateId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Citation> getBasis() {
		if (basis == null) {
			basis = new EObjectContainmentEList<Citation>(Citation.class, this, PdcaPackage.PLAN__BASIS);
		}
		return basis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectContainmentEList<Objective>(Objective.class, this, PdcaPackage.PLAN__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetDescription() {
		return targetDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDescription(String newTargetDescription) {
		String oldTargetDescription = targetDescription;
		targetDescription = newTargetDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__TARGET_DESCRIPTION, oldTargetDescription, targetDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Unit> getTargetUnits() {
		if (targetUnits == null) {
			targetUnits = new EObjectResolvingEList<Unit>(Unit.class, this, PdcaPackage.PLAN__TARGET_UNITS);
		}
		return targetUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOrganisation(Organisation newOrganisation, NotificationChain msgs) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__ORGANISATION, oldOrganisation, newOrganisation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		if (newOrganisation != organisation) {
			NotificationChain msgs = null;
			if (organisation != null)
				msgs = ((InternalEObject)organisation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__ORGANISATION, null, msgs);
			if (newOrganisation != null)
				msgs = ((InternalEObject)newOrganisation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__ORGANISATION, null, msgs);
			msgs = basicSetOrganisation(newOrganisation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__ORGANISATION, newOrganisation, newOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrategyPreamble() {
		return strategyPreamble;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategyPreamble(String newStrategyPreamble) {
		String oldStrategyPreamble = strategyPreamble;
		strategyPreamble = newStrategyPreamble;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__STRATEGY_PREAMBLE, oldStrategyPreamble, strategyPreamble));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dimension> getDimensions() {
		if (dimensions == null) {
			dimensions = new EObjectContainmentEList<Dimension>(Dimension.class, this, PdcaPackage.PLAN__DIMENSIONS);
		}
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getStrategies() {
		if (strategies == null) {
			strategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, PdcaPackage.PLAN__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanSection> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<PlanSection>(PlanSection.class, this, PdcaPackage.PLAN__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgressReport> getProgressReports() {
		if (progressReports == null) {
			progressReports = new EObjectContainmentEList<ProgressReport>(ProgressReport.class, this, PdcaPackage.PLAN__PROGRESS_REPORTS);
		}
		return progressReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewMeeting> getReviewMeetings() {
		if (reviewMeetings == null) {
			reviewMeetings = new EObjectContainmentEList<ReviewMeeting>(ReviewMeeting.class, this, PdcaPackage.PLAN__REVIEW_MEETINGS);
		}
		return reviewMeetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvaluationForm> getEvaluationForms() {
		if (evaluationForms == null) {
			evaluationForms = new EObjectContainmentEList<EvaluationForm>(EvaluationForm.class, this, PdcaPackage.PLAN__EVALUATION_FORMS);
		}
		return evaluationForms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvaluationRecord> getEvaluationRecords() {
		if (evaluationRecords == null) {
			evaluationRecords = new EObjectContainmentEList<EvaluationRecord>(EvaluationRecord.class, this, PdcaPackage.PLAN__EVALUATION_RECORDS);
		}
		return evaluationRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringScheme getScoringScheme() {
		return scoringScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScoringScheme(ScoringScheme newScoringScheme, NotificationChain msgs) {
		ScoringScheme oldScoringScheme = scoringScheme;
		scoringScheme = newScoringScheme;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__SCORING_SCHEME, oldScoringScheme, newScoringScheme);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoringScheme(ScoringScheme newScoringScheme) {
		if (newScoringScheme != scoringScheme) {
			NotificationChain msgs = null;
			if (scoringScheme != null)
				msgs = ((InternalEObject)scoringScheme).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__SCORING_SCHEME, null, msgs);
			if (newScoringScheme != null)
				msgs = ((InternalEObject)newScoringScheme).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PdcaPackage.PLAN__SCORING_SCHEME, null, msgs);
			msgs = basicSetScoringScheme(newScoringScheme, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__SCORING_SCHEME, newScoringScheme, newScoringScheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreviousPlanId() {
		return previousPlanId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousPlanId(String newPreviousPlanId) {
		String oldPreviousPlanId = previousPlanId;
		previousPlanId = newPreviousPlanId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__PREVIOUS_PLAN_ID, oldPreviousPlanId, previousPlanId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreviousPlanPath() {
		return previousPlanPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousPlanPath(String newPreviousPlanPath) {
		String oldPreviousPlanPath = previousPlanPath;
		previousPlanPath = newPreviousPlanPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__PREVIOUS_PLAN_PATH, oldPreviousPlanPath, previousPlanPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getKpiGreenPercent() {
		return kpiGreenPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpiGreenPercent(Double newKpiGreenPercent) {
		Double oldKpiGreenPercent = kpiGreenPercent;
		kpiGreenPercent = newKpiGreenPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__KPI_GREEN_PERCENT, oldKpiGreenPercent, kpiGreenPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getKpiAmberPercent() {
		return kpiAmberPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpiAmberPercent(Double newKpiAmberPercent) {
		Double oldKpiAmberPercent = kpiAmberPercent;
		kpiAmberPercent = newKpiAmberPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.PLAN__KPI_AMBER_PERCENT, oldKpiAmberPercent, kpiAmberPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PdcaPackage.PLAN__AGENCY:
				return basicSetAgency(null, msgs);
			case PdcaPackage.PLAN__PERIOD:
				return basicSetPeriod(null, msgs);
			case PdcaPackage.PLAN__APPROVAL:
				return basicSetApproval(null, msgs);
			case PdcaPackage.PLAN__BASIS:
				return ((InternalEList<?>)getBasis()).basicRemove(otherEnd, msgs);
			case PdcaPackage.PLAN__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case PdcaPackage.PLAN__ORGANISATION:
				return basicSetOrganisation(null, msgs);
			case PdcaPackage.PLAN__DIMENSIONS:
				return ((InternalEList<?>)getDimensions()).basicRemove(otherEnd, msgs);
			case PdcaPackage.PLAN__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
			case PdcaPackage.PLAN__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case PdcaPackage.PLAN__PROGRESS_REPORTS:
				return ((InternalEList<?>)getProgressReports()).basicRemove(otherEnd, msgs);
			case PdcaPackage.PLAN__REVIEW_MEETINGS:
				return ((InternalEList<?>)getReviewMeetings()).basicRemove(otherEnd, msgs);
			case PdcaPackage.PLAN__EVALUATION_FORMS:
				return ((InternalEList<?>)getEvaluationForms()).basicRemove(otherEnd, msgs);
			case PdcaPackage.PLAN__EVALUATION_RECORDS:
				return ((InternalEList<?>)getEvaluationRecords()).basicRemove(otherEnd, msgs);
			case PdcaPackage.PLAN__SCORING_SCHEME:
				return basicSetScoringScheme(null, msgs);
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
			case PdcaPackage.PLAN__FORMAT_VERSION:
				return getFormatVersion();
			case PdcaPackage.PLAN__TITLE:
				return getTitle();
			case PdcaPackage.PLAN__AGENCY:
				return getAgency();
			case PdcaPackage.PLAN__ROC_YEAR:
				return getRocYear();
			case PdcaPackage.PLAN__PERIOD:
				return getPeriod();
			case PdcaPackage.PLAN__APPROVAL:
				return getApproval();
			case PdcaPackage.PLAN__VERSION_LABEL:
				return getVersionLabel();
			case PdcaPackage.PLAN__TEMPLATE_ID:
				return getTemplateId();
			case PdcaPackage.PLAN__BASIS:
				return getBasis();
			case PdcaPackage.PLAN__OBJECTIVES:
				return getObjectives();
			case PdcaPackage.PLAN__TARGET_DESCRIPTION:
				return getTargetDescription();
			case PdcaPackage.PLAN__TARGET_UNITS:
				return getTargetUnits();
			case PdcaPackage.PLAN__ORGANISATION:
				return getOrganisation();
			case PdcaPackage.PLAN__STRATEGY_PREAMBLE:
				return getStrategyPreamble();
			case PdcaPackage.PLAN__DIMENSIONS:
				return getDimensions();
			case PdcaPackage.PLAN__STRATEGIES:
				return getStrategies();
			case PdcaPackage.PLAN__SECTIONS:
				return getSections();
			case PdcaPackage.PLAN__PROGRESS_REPORTS:
				return getProgressReports();
			case PdcaPackage.PLAN__REVIEW_MEETINGS:
				return getReviewMeetings();
			case PdcaPackage.PLAN__EVALUATION_FORMS:
				return getEvaluationForms();
			case PdcaPackage.PLAN__EVALUATION_RECORDS:
				return getEvaluationRecords();
			case PdcaPackage.PLAN__SCORING_SCHEME:
				return getScoringScheme();
			case PdcaPackage.PLAN__PREVIOUS_PLAN_ID:
				return getPreviousPlanId();
			case PdcaPackage.PLAN__PREVIOUS_PLAN_PATH:
				return getPreviousPlanPath();
			case PdcaPackage.PLAN__KPI_GREEN_PERCENT:
				return getKpiGreenPercent();
			case PdcaPackage.PLAN__KPI_AMBER_PERCENT:
				return getKpiAmberPercent();
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
			case PdcaPackage.PLAN__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case PdcaPackage.PLAN__TITLE:
				setTitle((String)newValue);
				return;
			case PdcaPackage.PLAN__AGENCY:
				setAgency((Agency)newValue);
				return;
			case PdcaPackage.PLAN__ROC_YEAR:
				setRocYear((Integer)newValue);
				return;
			case PdcaPackage.PLAN__PERIOD:
				setPeriod((Period)newValue);
				return;
			case PdcaPackage.PLAN__APPROVAL:
				setApproval((Approval)newValue);
				return;
			case PdcaPackage.PLAN__VERSION_LABEL:
				setVersionLabel((String)newValue);
				return;
			case PdcaPackage.PLAN__TEMPLATE_ID:
				setTemplateId((String)newValue);
				return;
			case PdcaPackage.PLAN__BASIS:
				getBasis().clear();
				getBasis().addAll((Collection<? extends Citation>)newValue);
				return;
			case PdcaPackage.PLAN__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case PdcaPackage.PLAN__TARGET_DESCRIPTION:
				setTargetDescription((String)newValue);
				return;
			case PdcaPackage.PLAN__TARGET_UNITS:
				getTargetUnits().clear();
				getTargetUnits().addAll((Collection<? extends Unit>)newValue);
				return;
			case PdcaPackage.PLAN__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case PdcaPackage.PLAN__STRATEGY_PREAMBLE:
				setStrategyPreamble((String)newValue);
				return;
			case PdcaPackage.PLAN__DIMENSIONS:
				getDimensions().clear();
				getDimensions().addAll((Collection<? extends Dimension>)newValue);
				return;
			case PdcaPackage.PLAN__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case PdcaPackage.PLAN__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends PlanSection>)newValue);
				return;
			case PdcaPackage.PLAN__PROGRESS_REPORTS:
				getProgressReports().clear();
				getProgressReports().addAll((Collection<? extends ProgressReport>)newValue);
				return;
			case PdcaPackage.PLAN__REVIEW_MEETINGS:
				getReviewMeetings().clear();
				getReviewMeetings().addAll((Collection<? extends ReviewMeeting>)newValue);
				return;
			case PdcaPackage.PLAN__EVALUATION_FORMS:
				getEvaluationForms().clear();
				getEvaluationForms().addAll((Collection<? extends EvaluationForm>)newValue);
				return;
			case PdcaPackage.PLAN__EVALUATION_RECORDS:
				getEvaluationRecords().clear();
				getEvaluationRecords().addAll((Collection<? extends EvaluationRecord>)newValue);
				return;
			case PdcaPackage.PLAN__SCORING_SCHEME:
				setScoringScheme((ScoringScheme)newValue);
				return;
			case PdcaPackage.PLAN__PREVIOUS_PLAN_ID:
				setPreviousPlanId((String)newValue);
				return;
			case PdcaPackage.PLAN__PREVIOUS_PLAN_PATH:
				setPreviousPlanPath((String)newValue);
				return;
			case PdcaPackage.PLAN__KPI_GREEN_PERCENT:
				setKpiGreenPercent((Double)newValue);
				return;
			case PdcaPackage.PLAN__KPI_AMBER_PERCENT:
				setKpiAmberPercent((Double)newValue);
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
			case PdcaPackage.PLAN__FORMAT_VERSION:
				unsetFormatVersion();
				return;
			case PdcaPackage.PLAN__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PdcaPackage.PLAN__AGENCY:
				setAgency((Agency)null);
				return;
			case PdcaPackage.PLAN__ROC_YEAR:
				setRocYear(ROC_YEAR_EDEFAULT);
				return;
			case PdcaPackage.PLAN__PERIOD:
				setPeriod((Period)null);
				return;
			case PdcaPackage.PLAN__APPROVAL:
				setApproval((Approval)null);
				return;
			case PdcaPackage.PLAN__VERSION_LABEL:
				setVersionLabel(VERSION_LABEL_EDEFAULT);
				return;
			case PdcaPackage.PLAN__TEMPLATE_ID:
				setTemplateId(TEMPLATE_ID_EDEFAULT);
				return;
			case PdcaPackage.PLAN__BASIS:
				getBasis().clear();
				return;
			case PdcaPackage.PLAN__OBJECTIVES:
				getObjectives().clear();
				return;
			case PdcaPackage.PLAN__TARGET_DESCRIPTION:
				setTargetDescription(TARGET_DESCRIPTION_EDEFAULT);
				return;
			case PdcaPackage.PLAN__TARGET_UNITS:
				getTargetUnits().clear();
				return;
			case PdcaPackage.PLAN__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case PdcaPackage.PLAN__STRATEGY_PREAMBLE:
				setStrategyPreamble(STRATEGY_PREAMBLE_EDEFAULT);
				return;
			case PdcaPackage.PLAN__DIMENSIONS:
				getDimensions().clear();
				return;
			case PdcaPackage.PLAN__STRATEGIES:
				getStrategies().clear();
				return;
			case PdcaPackage.PLAN__SECTIONS:
				getSections().clear();
				return;
			case PdcaPackage.PLAN__PROGRESS_REPORTS:
				getProgressReports().clear();
				return;
			case PdcaPackage.PLAN__REVIEW_MEETINGS:
				getReviewMeetings().clear();
				return;
			case PdcaPackage.PLAN__EVALUATION_FORMS:
				getEvaluationForms().clear();
				return;
			case PdcaPackage.PLAN__EVALUATION_RECORDS:
				getEvaluationRecords().clear();
				return;
			case PdcaPackage.PLAN__SCORING_SCHEME:
				setScoringScheme((ScoringScheme)null);
				return;
			case PdcaPackage.PLAN__PREVIOUS_PLAN_ID:
				setPreviousPlanId(PREVIOUS_PLAN_ID_EDEFAULT);
				return;
			case PdcaPackage.PLAN__PREVIOUS_PLAN_PATH:
				setPreviousPlanPath(PREVIOUS_PLAN_PATH_EDEFAULT);
				return;
			case PdcaPackage.PLAN__KPI_GREEN_PERCENT:
				setKpiGreenPercent(KPI_GREEN_PERCENT_EDEFAULT);
				return;
			case PdcaPackage.PLAN__KPI_AMBER_PERCENT:
				setKpiAmberPercent(KPI_AMBER_PERCENT_EDEFAULT);
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
			case PdcaPackage.PLAN__FORMAT_VERSION:
				return isSetFormatVersion();
			case PdcaPackage.PLAN__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PdcaPackage.PLAN__AGENCY:
				return agency != null;
			case PdcaPackage.PLAN__ROC_YEAR:
				return rocYear != ROC_YEAR_EDEFAULT;
			case PdcaPackage.PLAN__PERIOD:
				return period != null;
			case PdcaPackage.PLAN__APPROVAL:
				return approval != null;
			case PdcaPackage.PLAN__VERSION_LABEL:
				return VERSION_LABEL_EDEFAULT == null ? versionLabel != null : !VERSION_LABEL_EDEFAULT.equals(versionLabel);
			case PdcaPackage.PLAN__TEMPLATE_ID:
				return TEMPLATE_ID_EDEFAULT == null ? templateId != null : !TEMPLATE_ID_EDEFAULT.equals(templateId);
			case PdcaPackage.PLAN__BASIS:
				return basis != null && !basis.isEmpty();
			case PdcaPackage.PLAN__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case PdcaPackage.PLAN__TARGET_DESCRIPTION:
				return TARGET_DESCRIPTION_EDEFAULT == null ? targetDescription != null : !TARGET_DESCRIPTION_EDEFAULT.equals(targetDescription);
			case PdcaPackage.PLAN__TARGET_UNITS:
				return targetUnits != null && !targetUnits.isEmpty();
			case PdcaPackage.PLAN__ORGANISATION:
				return organisation != null;
			case PdcaPackage.PLAN__STRATEGY_PREAMBLE:
				return STRATEGY_PREAMBLE_EDEFAULT == null ? strategyPreamble != null : !STRATEGY_PREAMBLE_EDEFAULT.equals(strategyPreamble);
			case PdcaPackage.PLAN__DIMENSIONS:
				return dimensions != null && !dimensions.isEmpty();
			case PdcaPackage.PLAN__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case PdcaPackage.PLAN__SECTIONS:
				return sections != null && !sections.isEmpty();
			case PdcaPackage.PLAN__PROGRESS_REPORTS:
				return progressReports != null && !progressReports.isEmpty();
			case PdcaPackage.PLAN__REVIEW_MEETINGS:
				return reviewMeetings != null && !reviewMeetings.isEmpty();
			case PdcaPackage.PLAN__EVALUATION_FORMS:
				return evaluationForms != null && !evaluationForms.isEmpty();
			case PdcaPackage.PLAN__EVALUATION_RECORDS:
				return evaluationRecords != null && !evaluationRecords.isEmpty();
			case PdcaPackage.PLAN__SCORING_SCHEME:
				return scoringScheme != null;
			case PdcaPackage.PLAN__PREVIOUS_PLAN_ID:
				return PREVIOUS_PLAN_ID_EDEFAULT == null ? previousPlanId != null : !PREVIOUS_PLAN_ID_EDEFAULT.equals(previousPlanId);
			case PdcaPackage.PLAN__PREVIOUS_PLAN_PATH:
				return PREVIOUS_PLAN_PATH_EDEFAULT == null ? previousPlanPath != null : !PREVIOUS_PLAN_PATH_EDEFAULT.equals(previousPlanPath);
			case PdcaPackage.PLAN__KPI_GREEN_PERCENT:
				return KPI_GREEN_PERCENT_EDEFAULT == null ? kpiGreenPercent != null : !KPI_GREEN_PERCENT_EDEFAULT.equals(kpiGreenPercent);
			case PdcaPackage.PLAN__KPI_AMBER_PERCENT:
				return KPI_AMBER_PERCENT_EDEFAULT == null ? kpiAmberPercent != null : !KPI_AMBER_PERCENT_EDEFAULT.equals(kpiAmberPercent);
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
		result.append(" (formatVersion: ");
		if (formatVersionESet) result.append(formatVersion); else result.append("<unset>");
		result.append(", title: ");
		result.append(title);
		result.append(", rocYear: ");
		result.append(rocYear);
		result.append(", versionLabel: ");
		result.append(versionLabel);
		result.append(", templateId: ");
		result.append(templateId);
		result.append(", targetDescription: ");
		result.append(targetDescription);
		result.append(", strategyPreamble: ");
		result.append(strategyPreamble);
		result.append(", previousPlanId: ");
		result.append(previousPlanId);
		result.append(", previousPlanPath: ");
		result.append(previousPlanPath);
		result.append(", kpiGreenPercent: ");
		result.append(kpiGreenPercent);
		result.append(", kpiAmberPercent: ");
		result.append(kpiAmberPercent);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
