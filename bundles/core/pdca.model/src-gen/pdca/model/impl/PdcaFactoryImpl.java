/**
 */
package pdca.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import pdca.model.*;

import pdca.model.schedule.Schedule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PdcaFactoryImpl extends EFactoryImpl implements PdcaFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PdcaFactory init() {
		try {
			PdcaFactory thePdcaFactory = (PdcaFactory)EPackage.Registry.INSTANCE.getEFactory(PdcaPackage.eNS_URI);
			if (thePdcaFactory != null) {
				return thePdcaFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PdcaFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PdcaFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PdcaPackage.PLAN: return createPlan();
			case PdcaPackage.AGENCY: return createAgency();
			case PdcaPackage.PERIOD: return createPeriod();
			case PdcaPackage.APPROVAL: return createApproval();
			case PdcaPackage.CITATION: return createCitation();
			case PdcaPackage.OBJECTIVE: return createObjective();
			case PdcaPackage.PLAN_SECTION: return createPlanSection();
			case PdcaPackage.ORGANISATION: return createOrganisation();
			case PdcaPackage.UNIT: return createUnit();
			case PdcaPackage.PERSON: return createPerson();
			case PdcaPackage.DIMENSION: return createDimension();
			case PdcaPackage.STRATEGY: return createStrategy();
			case PdcaPackage.METHOD: return createMethod();
			case PdcaPackage.ACTION: return createAction();
			case PdcaPackage.KPI: return createKpi();
			case PdcaPackage.MEASUREMENT: return createMeasurement();
			case PdcaPackage.PROGRESS_REPORT: return createProgressReport();
			case PdcaPackage.EVIDENCE: return createEvidence();
			case PdcaPackage.REVIEW_MEETING: return createReviewMeeting();
			case PdcaPackage.FINDING: return createFinding();
			case PdcaPackage.DECISION: return createDecision();
			case PdcaPackage.IMPROVEMENT_ACTION: return createImprovementAction();
			case PdcaPackage.EVALUATION_FORM: return createEvaluationForm();
			case PdcaPackage.FORM_SECTION: return createFormSection();
			case PdcaPackage.YES_NO_ITEM: return createYesNoItem();
			case PdcaPackage.CHOICE_ITEM: return createChoiceItem();
			case PdcaPackage.CHOICE: return createChoice();
			case PdcaPackage.SCORE_ITEM: return createScoreItem();
			case PdcaPackage.SCORING_RULE: return createScoringRule();
			case PdcaPackage.EVALUATION_RECORD: return createEvaluationRecord();
			case PdcaPackage.ITEM_ANSWER: return createItemAnswer();
			case PdcaPackage.SCORING_SCHEME: return createScoringScheme();
			case PdcaPackage.GRADE_BAND: return createGradeBand();
			case PdcaPackage.SCORE_CONSEQUENCE: return createScoreConsequence();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PdcaPackage.AGENCY_TYPE:
				return createAgencyTypeFromString(eDataType, initialValue);
			case PdcaPackage.KPI_DIRECTION:
				return createKpiDirectionFromString(eDataType, initialValue);
			case PdcaPackage.KPI_FREQUENCY:
				return createKpiFrequencyFromString(eDataType, initialValue);
			case PdcaPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case PdcaPackage.IMPROVEMENT_STATUS:
				return createImprovementStatusFromString(eDataType, initialValue);
			case PdcaPackage.CONSEQUENCE_KIND:
				return createConsequenceKindFromString(eDataType, initialValue);
			case PdcaPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			case PdcaPackage.SCHEDULE:
				return createScheduleFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PdcaPackage.AGENCY_TYPE:
				return convertAgencyTypeToString(eDataType, instanceValue);
			case PdcaPackage.KPI_DIRECTION:
				return convertKpiDirectionToString(eDataType, instanceValue);
			case PdcaPackage.KPI_FREQUENCY:
				return convertKpiFrequencyToString(eDataType, instanceValue);
			case PdcaPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case PdcaPackage.IMPROVEMENT_STATUS:
				return convertImprovementStatusToString(eDataType, instanceValue);
			case PdcaPackage.CONSEQUENCE_KIND:
				return convertConsequenceKindToString(eDataType, instanceValue);
			case PdcaPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			case PdcaPackage.SCHEDULE:
				return convertScheduleToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan createPlan() {
		PlanImpl plan = new PlanImpl();
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency createAgency() {
		AgencyImpl agency = new AgencyImpl();
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Period createPeriod() {
		PeriodImpl period = new PeriodImpl();
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Approval createApproval() {
		ApprovalImpl approval = new ApprovalImpl();
		return approval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Citation createCitation() {
		CitationImpl citation = new CitationImpl();
		return citation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objective createObjective() {
		ObjectiveImpl objective = new ObjectiveImpl();
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanSection createPlanSection() {
		PlanSectionImpl planSection = new PlanSectionImpl();
		return planSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit createUnit() {
		UnitImpl unit = new UnitImpl();
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension createDimension() {
		DimensionImpl dimension = new DimensionImpl();
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy createStrategy() {
		StrategyImpl strategy = new StrategyImpl();
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Method createMethod() {
		MethodImpl method = new MethodImpl();
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action createAction() {
		ActionImpl action = new ActionImpl();
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kpi createKpi() {
		KpiImpl kpi = new KpiImpl();
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement createMeasurement() {
		MeasurementImpl measurement = new MeasurementImpl();
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgressReport createProgressReport() {
		ProgressReportImpl progressReport = new ProgressReportImpl();
		return progressReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewMeeting createReviewMeeting() {
		ReviewMeetingImpl reviewMeeting = new ReviewMeetingImpl();
		return reviewMeeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding createFinding() {
		FindingImpl finding = new FindingImpl();
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision createDecision() {
		DecisionImpl decision = new DecisionImpl();
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImprovementAction createImprovementAction() {
		ImprovementActionImpl improvementAction = new ImprovementActionImpl();
		return improvementAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationForm createEvaluationForm() {
		EvaluationFormImpl evaluationForm = new EvaluationFormImpl();
		return evaluationForm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormSection createFormSection() {
		FormSectionImpl formSection = new FormSectionImpl();
		return formSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YesNoItem createYesNoItem() {
		YesNoItemImpl yesNoItem = new YesNoItemImpl();
		return yesNoItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChoiceItem createChoiceItem() {
		ChoiceItemImpl choiceItem = new ChoiceItemImpl();
		return choiceItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Choice createChoice() {
		ChoiceImpl choice = new ChoiceImpl();
		return choice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreItem createScoreItem() {
		ScoreItemImpl scoreItem = new ScoreItemImpl();
		return scoreItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringRule createScoringRule() {
		ScoringRuleImpl scoringRule = new ScoringRuleImpl();
		return scoringRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationRecord createEvaluationRecord() {
		EvaluationRecordImpl evaluationRecord = new EvaluationRecordImpl();
		return evaluationRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemAnswer createItemAnswer() {
		ItemAnswerImpl itemAnswer = new ItemAnswerImpl();
		return itemAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringScheme createScoringScheme() {
		ScoringSchemeImpl scoringScheme = new ScoringSchemeImpl();
		return scoringScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradeBand createGradeBand() {
		GradeBandImpl gradeBand = new GradeBandImpl();
		return gradeBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreConsequence createScoreConsequence() {
		ScoreConsequenceImpl scoreConsequence = new ScoreConsequenceImpl();
		return scoreConsequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgencyType createAgencyTypeFromString(EDataType eDataType, String initialValue) {
		AgencyType result = AgencyType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgencyTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KpiDirection createKpiDirectionFromString(EDataType eDataType, String initialValue) {
		KpiDirection result = KpiDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKpiDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KpiFrequency createKpiFrequencyFromString(EDataType eDataType, String initialValue) {
		KpiFrequency result = KpiFrequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKpiFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImprovementStatus createImprovementStatusFromString(EDataType eDataType, String initialValue) {
		ImprovementStatus result = ImprovementStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImprovementStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsequenceKind createConsequenceKindFromString(EDataType eDataType, String initialValue) {
		ConsequenceKind result = ConsequenceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConsequenceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDate(final String it) {
		return it == null ? null : LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return createDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return convertDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Schedule createSchedule(final String it) {
		return it == null ? null : Schedule.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Schedule createScheduleFromString(EDataType eDataType, String initialValue) {
		return createSchedule(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSchedule(final Schedule it) {
		return it == null ? null : it.text();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScheduleToString(EDataType eDataType, Object instanceValue) {
		return convertSchedule((Schedule)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PdcaPackage getPdcaPackage() {
		return (PdcaPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PdcaPackage getPackage() {
		return PdcaPackage.eINSTANCE;
	}

} //PdcaFactoryImpl
