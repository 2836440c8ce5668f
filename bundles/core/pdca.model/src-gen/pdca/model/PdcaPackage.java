/**
 */
package pdca.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A yearly service-quality plan (提升服務品質執行計畫) of a Taiwanese government agency and the records of its PDCA cycle.
 * <!-- end-model-doc -->
 * @see pdca.model.PdcaFactory
 * @model kind="package"
 * @generated
 */
public interface PdcaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:pdca:plan:1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "pdca";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PdcaPackage eINSTANCE = pdca.model.impl.PdcaPackageImpl.init();

	/**
	 * The meta object id for the '{@link pdca.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.IdentifiedImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.PlanImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__FORMAT_VERSION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__AGENCY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Roc Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ROC_YEAR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PERIOD = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Approval</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__APPROVAL = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Version Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__VERSION_LABEL = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TEMPLATE_ID = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__BASIS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OBJECTIVES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Target Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TARGET_DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Target Units</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TARGET_UNITS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ORGANISATION = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Strategy Preamble</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__STRATEGY_PREAMBLE = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DIMENSIONS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__STRATEGIES = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SECTIONS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Progress Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PROGRESS_REPORTS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Review Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__REVIEW_MEETINGS = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Evaluation Forms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__EVALUATION_FORMS = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Evaluation Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__EVALUATION_RECORDS = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Scoring Scheme</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SCORING_SCHEME = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Previous Plan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PREVIOUS_PLAN_ID = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Previous Plan Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PREVIOUS_PLAN_PATH = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Kpi Green Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__KPI_GREEN_PERCENT = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Kpi Amber Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__KPI_AMBER_PERCENT = IDENTIFIED_FEATURE_COUNT + 25;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 26;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.AgencyImpl <em>Agency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.AgencyImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getAgency()
	 * @generated
	 */
	int AGENCY = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Superior</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__SUPERIOR = 2;

	/**
	 * The number of structural features of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.PeriodImpl <em>Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.PeriodImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getPeriod()
	 * @generated
	 */
	int PERIOD = 3;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__START = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__END = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ApprovalImpl <em>Approval</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ApprovalImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getApproval()
	 * @generated
	 */
	int APPROVAL = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__DATE = 0;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__DOCUMENT_NUMBER = 1;

	/**
	 * The number of structural features of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.CitationImpl <em>Citation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.CitationImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getCitation()
	 * @generated
	 */
	int CITATION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__ISSUER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__DOCUMENT_NUMBER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__TITLE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__REMARK = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ObjectiveImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TEXT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.PlanSectionImpl <em>Plan Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.PlanSectionImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getPlanSection()
	 * @generated
	 */
	int PLAN_SECTION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__HEADING = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION__BODY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Plan Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Plan Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_SECTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.OrganisationImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 8;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__UNITS = 0;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PEOPLE = 1;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.UnitImpl <em>Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.UnitImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__SHORT_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__PARENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.PersonImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Job Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__JOB_TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__UNIT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PHONE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.PlanElementImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getPlanElement()
	 * @generated
	 */
	int PLAN_ELEMENT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__NOTE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.DimensionImpl <em>Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.DimensionImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getDimension()
	 * @generated
	 */
	int DIMENSION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NUMBER = PLAN_ELEMENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__TEXT = PLAN_ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NOTE = PLAN_ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.WorkItemImpl <em>Work Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.WorkItemImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getWorkItem()
	 * @generated
	 */
	int WORK_ITEM = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__NUMBER = PLAN_ELEMENT__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__TEXT = PLAN_ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__NOTE = PLAN_ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Expected Benefit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__EXPECTED_BENEFIT = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lead Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__LEAD_OWNER = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Co Owners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__CO_OWNERS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__SCHEDULE = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__KPIS = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM__CARRIED_OVER = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Work Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Work Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_ITEM_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.StrategyImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ID = WORK_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NUMBER = WORK_ITEM__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__TEXT = WORK_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NOTE = WORK_ITEM__NOTE;

	/**
	 * The feature id for the '<em><b>Expected Benefit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__EXPECTED_BENEFIT = WORK_ITEM__EXPECTED_BENEFIT;

	/**
	 * The feature id for the '<em><b>Lead Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__LEAD_OWNER = WORK_ITEM__LEAD_OWNER;

	/**
	 * The feature id for the '<em><b>Co Owners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CO_OWNERS = WORK_ITEM__CO_OWNERS;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__SCHEDULE = WORK_ITEM__SCHEDULE;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__KPIS = WORK_ITEM__KPIS;

	/**
	 * The feature id for the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CARRIED_OVER = WORK_ITEM__CARRIED_OVER;

	/**
	 * The feature id for the '<em><b>Methods</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__METHODS = WORK_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = WORK_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_OPERATION_COUNT = WORK_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.MethodImpl <em>Method</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.MethodImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getMethod()
	 * @generated
	 */
	int METHOD = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__ID = WORK_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__NUMBER = WORK_ITEM__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__TEXT = WORK_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__NOTE = WORK_ITEM__NOTE;

	/**
	 * The feature id for the '<em><b>Expected Benefit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__EXPECTED_BENEFIT = WORK_ITEM__EXPECTED_BENEFIT;

	/**
	 * The feature id for the '<em><b>Lead Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__LEAD_OWNER = WORK_ITEM__LEAD_OWNER;

	/**
	 * The feature id for the '<em><b>Co Owners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__CO_OWNERS = WORK_ITEM__CO_OWNERS;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__SCHEDULE = WORK_ITEM__SCHEDULE;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__KPIS = WORK_ITEM__KPIS;

	/**
	 * The feature id for the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__CARRIED_OVER = WORK_ITEM__CARRIED_OVER;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__DESCRIPTION = WORK_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD__ACTIONS = WORK_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Method</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_FEATURE_COUNT = WORK_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Method</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_OPERATION_COUNT = WORK_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ActionImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ID = WORK_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__NUMBER = WORK_ITEM__NUMBER;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TEXT = WORK_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__NOTE = WORK_ITEM__NOTE;

	/**
	 * The feature id for the '<em><b>Expected Benefit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__EXPECTED_BENEFIT = WORK_ITEM__EXPECTED_BENEFIT;

	/**
	 * The feature id for the '<em><b>Lead Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__LEAD_OWNER = WORK_ITEM__LEAD_OWNER;

	/**
	 * The feature id for the '<em><b>Co Owners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CO_OWNERS = WORK_ITEM__CO_OWNERS;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__SCHEDULE = WORK_ITEM__SCHEDULE;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__KPIS = WORK_ITEM__KPIS;

	/**
	 * The feature id for the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CARRIED_OVER = WORK_ITEM__CARRIED_OVER;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = WORK_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = WORK_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.KpiImpl <em>Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.KpiImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getKpi()
	 * @generated
	 */
	int KPI = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DEFINITION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__UNIT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__BASELINE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGET = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DIRECTION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__FREQUENCY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__MEASUREMENTS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.MeasurementImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 18;

	/**
	 * The feature id for the '<em><b>Roc Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ROC_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__QUARTER = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ProgressReportImpl <em>Progress Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ProgressReportImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getProgressReport()
	 * @generated
	 */
	int PROGRESS_REPORT = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__ACTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Roc Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__ROC_YEAR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__QUARTER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__PROGRESS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__NARRATIVE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reported By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__REPORTED_BY = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Reported On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__REPORTED_ON = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Progress Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Progress Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.EvidenceImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 20;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__LOCATION = 1;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ReviewMeetingImpl <em>Review Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ReviewMeetingImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getReviewMeeting()
	 * @generated
	 */
	int REVIEW_MEETING = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Roc Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__ROC_YEAR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__QUARTER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Chair</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__CHAIR = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__ATTENDEES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__FINDINGS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__DECISIONS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Improvement Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__IMPROVEMENT_ACTIONS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING__BASELINE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Review Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Review Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_MEETING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.FindingImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TEXT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SUBJECT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.DecisionImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__TEXT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ImprovementActionImpl <em>Improvement Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ImprovementActionImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getImprovementAction()
	 * @generated
	 */
	int IMPROVEMENT_ACTION = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__TEXT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__OWNER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__DUE_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__CLOSED_ON = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Closure Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__CLOSURE_NOTE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Finding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__FINDING = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION__CARRIED_OVER = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Improvement Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Improvement Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPROVEMENT_ACTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.FormNodeImpl <em>Form Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.FormNodeImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getFormNode()
	 * @generated
	 */
	int FORM_NODE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_NODE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_NODE__LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_NODE__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_NODE__MAX_POINTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_NODE__NOTE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Form Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_NODE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Form Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_NODE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.FormGroupImpl <em>Form Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.FormGroupImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getFormGroup()
	 * @generated
	 */
	int FORM_GROUP = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP__ID = FORM_NODE__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP__LABEL = FORM_NODE__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP__TEXT = FORM_NODE__TEXT;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP__MAX_POINTS = FORM_NODE__MAX_POINTS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP__NOTE = FORM_NODE__NOTE;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP__SECTIONS = FORM_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP__ITEMS = FORM_NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP__EXCLUSIVE = FORM_NODE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Form Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP_FEATURE_COUNT = FORM_NODE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Form Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_GROUP_OPERATION_COUNT = FORM_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.EvaluationFormImpl <em>Evaluation Form</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.EvaluationFormImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getEvaluationForm()
	 * @generated
	 */
	int EVALUATION_FORM = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__ID = FORM_GROUP__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__LABEL = FORM_GROUP__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__TEXT = FORM_GROUP__TEXT;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__MAX_POINTS = FORM_GROUP__MAX_POINTS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__NOTE = FORM_GROUP__NOTE;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__SECTIONS = FORM_GROUP__SECTIONS;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__ITEMS = FORM_GROUP__ITEMS;

	/**
	 * The feature id for the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__EXCLUSIVE = FORM_GROUP__EXCLUSIVE;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__CODE = FORM_GROUP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Header Fields</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__HEADER_FIELDS = FORM_GROUP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM__RULES = FORM_GROUP_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Evaluation Form</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM_FEATURE_COUNT = FORM_GROUP_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Evaluation Form</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FORM_OPERATION_COUNT = FORM_GROUP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.FormSectionImpl <em>Form Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.FormSectionImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getFormSection()
	 * @generated
	 */
	int FORM_SECTION = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__ID = FORM_GROUP__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__LABEL = FORM_GROUP__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__TEXT = FORM_GROUP__TEXT;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__MAX_POINTS = FORM_GROUP__MAX_POINTS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__NOTE = FORM_GROUP__NOTE;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__SECTIONS = FORM_GROUP__SECTIONS;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__ITEMS = FORM_GROUP__ITEMS;

	/**
	 * The feature id for the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION__EXCLUSIVE = FORM_GROUP__EXCLUSIVE;

	/**
	 * The number of structural features of the '<em>Form Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION_FEATURE_COUNT = FORM_GROUP_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Form Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_SECTION_OPERATION_COUNT = FORM_GROUP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.FormItemImpl <em>Form Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.FormItemImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getFormItem()
	 * @generated
	 */
	int FORM_ITEM = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ITEM__ID = FORM_NODE__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ITEM__LABEL = FORM_NODE__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ITEM__TEXT = FORM_NODE__TEXT;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ITEM__MAX_POINTS = FORM_NODE__MAX_POINTS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ITEM__NOTE = FORM_NODE__NOTE;

	/**
	 * The feature id for the '<em><b>Not Applicable Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ITEM__NOT_APPLICABLE_ALLOWED = FORM_NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ITEM__CONDITION = FORM_NODE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Form Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ITEM_FEATURE_COUNT = FORM_NODE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Form Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ITEM_OPERATION_COUNT = FORM_NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.YesNoItemImpl <em>Yes No Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.YesNoItemImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getYesNoItem()
	 * @generated
	 */
	int YES_NO_ITEM = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YES_NO_ITEM__ID = FORM_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YES_NO_ITEM__LABEL = FORM_ITEM__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YES_NO_ITEM__TEXT = FORM_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YES_NO_ITEM__MAX_POINTS = FORM_ITEM__MAX_POINTS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YES_NO_ITEM__NOTE = FORM_ITEM__NOTE;

	/**
	 * The feature id for the '<em><b>Not Applicable Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YES_NO_ITEM__NOT_APPLICABLE_ALLOWED = FORM_ITEM__NOT_APPLICABLE_ALLOWED;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YES_NO_ITEM__CONDITION = FORM_ITEM__CONDITION;

	/**
	 * The number of structural features of the '<em>Yes No Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YES_NO_ITEM_FEATURE_COUNT = FORM_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Yes No Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int YES_NO_ITEM_OPERATION_COUNT = FORM_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ChoiceItemImpl <em>Choice Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ChoiceItemImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getChoiceItem()
	 * @generated
	 */
	int CHOICE_ITEM = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM__ID = FORM_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM__LABEL = FORM_ITEM__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM__TEXT = FORM_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM__MAX_POINTS = FORM_ITEM__MAX_POINTS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM__NOTE = FORM_ITEM__NOTE;

	/**
	 * The feature id for the '<em><b>Not Applicable Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM__NOT_APPLICABLE_ALLOWED = FORM_ITEM__NOT_APPLICABLE_ALLOWED;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM__CONDITION = FORM_ITEM__CONDITION;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM__CHOICES = FORM_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Choice Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM_FEATURE_COUNT = FORM_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Choice Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_ITEM_OPERATION_COUNT = FORM_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ChoiceImpl <em>Choice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ChoiceImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getChoice()
	 * @generated
	 */
	int CHOICE = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE__LABEL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE__TEXT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Min Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE__MIN_POINTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE__MAX_POINTS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ScoreItemImpl <em>Score Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ScoreItemImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getScoreItem()
	 * @generated
	 */
	int SCORE_ITEM = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM__ID = FORM_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM__LABEL = FORM_ITEM__LABEL;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM__TEXT = FORM_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Max Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM__MAX_POINTS = FORM_ITEM__MAX_POINTS;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM__NOTE = FORM_ITEM__NOTE;

	/**
	 * The feature id for the '<em><b>Not Applicable Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM__NOT_APPLICABLE_ALLOWED = FORM_ITEM__NOT_APPLICABLE_ALLOWED;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM__CONDITION = FORM_ITEM__CONDITION;

	/**
	 * The feature id for the '<em><b>Min Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM__MIN_POINTS = FORM_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Deduction Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM__DEDUCTION_RULE = FORM_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Score Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM_FEATURE_COUNT = FORM_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Score Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ITEM_OPERATION_COUNT = FORM_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ScoringRuleImpl <em>Scoring Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ScoringRuleImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getScoringRule()
	 * @generated
	 */
	int SCORING_RULE = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE__CONDITION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Excluded</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE__EXCLUDED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Multiplied</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE__MULTIPLIED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE__FACTOR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Scoring Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Scoring Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.EvaluationRecordImpl <em>Evaluation Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.EvaluationRecordImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getEvaluationRecord()
	 * @generated
	 */
	int EVALUATION_RECORD = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Form</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__FORM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__UNIT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evaluator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__EVALUATOR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Applied Rules</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__APPLIED_RULES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__ANSWERS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__NOTE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Evaluation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Evaluation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ItemAnswerImpl <em>Item Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ItemAnswerImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getItemAnswer()
	 * @generated
	 */
	int ITEM_ANSWER = 36;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__CHECKED = 1;

	/**
	 * The feature id for the '<em><b>Choice</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__CHOICE = 2;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__POINTS = 3;

	/**
	 * The feature id for the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__NOT_APPLICABLE = 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER__NOTE = 5;

	/**
	 * The number of structural features of the '<em>Item Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Item Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ScoringSchemeImpl <em>Scoring Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ScoringSchemeImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getScoringScheme()
	 * @generated
	 */
	int SCORING_SCHEME = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__BANDS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Consequences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__CONSEQUENCES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Scoring Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Scoring Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.GradeBandImpl <em>Grade Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.GradeBandImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getGradeBand()
	 * @generated
	 */
	int GRADE_BAND = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_BAND__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_BAND__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Min Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_BAND__MIN_SCORE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Grade Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_BAND_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Grade Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADE_BAND_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.impl.ScoreConsequenceImpl <em>Score Consequence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.impl.ScoreConsequenceImpl
	 * @see pdca.model.impl.PdcaPackageImpl#getScoreConsequence()
	 * @generated
	 */
	int SCORE_CONSEQUENCE = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_CONSEQUENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Band</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_CONSEQUENCE__BAND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Min Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_CONSEQUENCE__MIN_SCORE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_CONSEQUENCE__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_CONSEQUENCE__TEXT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Score Consequence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_CONSEQUENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Score Consequence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_CONSEQUENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link pdca.model.AgencyType <em>Agency Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.AgencyType
	 * @see pdca.model.impl.PdcaPackageImpl#getAgencyType()
	 * @generated
	 */
	int AGENCY_TYPE = 40;

	/**
	 * The meta object id for the '{@link pdca.model.KpiDirection <em>Kpi Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.KpiDirection
	 * @see pdca.model.impl.PdcaPackageImpl#getKpiDirection()
	 * @generated
	 */
	int KPI_DIRECTION = 41;

	/**
	 * The meta object id for the '{@link pdca.model.KpiFrequency <em>Kpi Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.KpiFrequency
	 * @see pdca.model.impl.PdcaPackageImpl#getKpiFrequency()
	 * @generated
	 */
	int KPI_FREQUENCY = 42;

	/**
	 * The meta object id for the '{@link pdca.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.ActionStatus
	 * @see pdca.model.impl.PdcaPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 43;

	/**
	 * The meta object id for the '{@link pdca.model.ImprovementStatus <em>Improvement Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.ImprovementStatus
	 * @see pdca.model.impl.PdcaPackageImpl#getImprovementStatus()
	 * @generated
	 */
	int IMPROVEMENT_STATUS = 44;

	/**
	 * The meta object id for the '{@link pdca.model.ConsequenceKind <em>Consequence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.ConsequenceKind
	 * @see pdca.model.impl.PdcaPackageImpl#getConsequenceKind()
	 * @generated
	 */
	int CONSEQUENCE_KIND = 45;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see pdca.model.impl.PdcaPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 46;

	/**
	 * The meta object id for the '<em>Schedule</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see pdca.model.schedule.Schedule
	 * @see pdca.model.impl.PdcaPackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 47;


	/**
	 * Returns the meta object for class '{@link pdca.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see pdca.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see pdca.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link pdca.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see pdca.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see pdca.model.Plan#getFormatVersion()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see pdca.model.Plan#getTitle()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Title();

	/**
	 * Returns the meta object for the containment reference '{@link pdca.model.Plan#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Agency</em>'.
	 * @see pdca.model.Plan#getAgency()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Agency();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getRocYear <em>Roc Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roc Year</em>'.
	 * @see pdca.model.Plan#getRocYear()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_RocYear();

	/**
	 * Returns the meta object for the containment reference '{@link pdca.model.Plan#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Period</em>'.
	 * @see pdca.model.Plan#getPeriod()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Period();

	/**
	 * Returns the meta object for the containment reference '{@link pdca.model.Plan#getApproval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Approval</em>'.
	 * @see pdca.model.Plan#getApproval()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Approval();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getVersionLabel <em>Version Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version Label</em>'.
	 * @see pdca.model.Plan#getVersionLabel()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_VersionLabel();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getTemplateId <em>Template Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Id</em>'.
	 * @see pdca.model.Plan#getTemplateId()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_TemplateId();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Plan#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Basis</em>'.
	 * @see pdca.model.Plan#getBasis()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Basis();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Plan#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see pdca.model.Plan#getObjectives()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Objectives();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getTargetDescription <em>Target Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Description</em>'.
	 * @see pdca.model.Plan#getTargetDescription()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_TargetDescription();

	/**
	 * Returns the meta object for the reference list '{@link pdca.model.Plan#getTargetUnits <em>Target Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Units</em>'.
	 * @see pdca.model.Plan#getTargetUnits()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_TargetUnits();

	/**
	 * Returns the meta object for the containment reference '{@link pdca.model.Plan#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Organisation</em>'.
	 * @see pdca.model.Plan#getOrganisation()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getStrategyPreamble <em>Strategy Preamble</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy Preamble</em>'.
	 * @see pdca.model.Plan#getStrategyPreamble()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_StrategyPreamble();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Plan#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see pdca.model.Plan#getDimensions()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Plan#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see pdca.model.Plan#getStrategies()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Strategies();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Plan#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see pdca.model.Plan#getSections()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Plan#getProgressReports <em>Progress Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progress Reports</em>'.
	 * @see pdca.model.Plan#getProgressReports()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ProgressReports();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Plan#getReviewMeetings <em>Review Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review Meetings</em>'.
	 * @see pdca.model.Plan#getReviewMeetings()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ReviewMeetings();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Plan#getEvaluationForms <em>Evaluation Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluation Forms</em>'.
	 * @see pdca.model.Plan#getEvaluationForms()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_EvaluationForms();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Plan#getEvaluationRecords <em>Evaluation Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluation Records</em>'.
	 * @see pdca.model.Plan#getEvaluationRecords()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_EvaluationRecords();

	/**
	 * Returns the meta object for the containment reference '{@link pdca.model.Plan#getScoringScheme <em>Scoring Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scoring Scheme</em>'.
	 * @see pdca.model.Plan#getScoringScheme()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ScoringScheme();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getPreviousPlanId <em>Previous Plan Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Plan Id</em>'.
	 * @see pdca.model.Plan#getPreviousPlanId()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_PreviousPlanId();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getPreviousPlanPath <em>Previous Plan Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Plan Path</em>'.
	 * @see pdca.model.Plan#getPreviousPlanPath()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_PreviousPlanPath();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getKpiGreenPercent <em>Kpi Green Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kpi Green Percent</em>'.
	 * @see pdca.model.Plan#getKpiGreenPercent()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_KpiGreenPercent();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Plan#getKpiAmberPercent <em>Kpi Amber Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kpi Amber Percent</em>'.
	 * @see pdca.model.Plan#getKpiAmberPercent()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_KpiAmberPercent();

	/**
	 * Returns the meta object for class '{@link pdca.model.Agency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agency</em>'.
	 * @see pdca.model.Agency
	 * @generated
	 */
	EClass getAgency();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Agency#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see pdca.model.Agency#getName()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Name();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Agency#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see pdca.model.Agency#getType()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Type();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Agency#getSuperior <em>Superior</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Superior</em>'.
	 * @see pdca.model.Agency#getSuperior()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Superior();

	/**
	 * Returns the meta object for class '{@link pdca.model.Period <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Period</em>'.
	 * @see pdca.model.Period
	 * @generated
	 */
	EClass getPeriod();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Period#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see pdca.model.Period#getStart()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_Start();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Period#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see pdca.model.Period#getEnd()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_End();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Period#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see pdca.model.Period#getText()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_Text();

	/**
	 * Returns the meta object for class '{@link pdca.model.Approval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval</em>'.
	 * @see pdca.model.Approval
	 * @generated
	 */
	EClass getApproval();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Approval#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see pdca.model.Approval#getDate()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Date();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Approval#getDocumentNumber <em>Document Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Number</em>'.
	 * @see pdca.model.Approval#getDocumentNumber()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_DocumentNumber();

	/**
	 * Returns the meta object for class '{@link pdca.model.Citation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Citation</em>'.
	 * @see pdca.model.Citation
	 * @generated
	 */
	EClass getCitation();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Citation#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see pdca.model.Citation#getIssuer()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Citation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see pdca.model.Citation#getDate()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Date();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Citation#getDocumentNumber <em>Document Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Number</em>'.
	 * @see pdca.model.Citation#getDocumentNumber()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_DocumentNumber();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Citation#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see pdca.model.Citation#getTitle()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Title();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Citation#getRemark <em>Remark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remark</em>'.
	 * @see pdca.model.Citation#getRemark()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Remark();

	/**
	 * Returns the meta object for class '{@link pdca.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see pdca.model.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Objective#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see pdca.model.Objective#getText()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Text();

	/**
	 * Returns the meta object for class '{@link pdca.model.PlanSection <em>Plan Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Section</em>'.
	 * @see pdca.model.PlanSection
	 * @generated
	 */
	EClass getPlanSection();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.PlanSection#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see pdca.model.PlanSection#getHeading()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_Heading();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.PlanSection#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see pdca.model.PlanSection#getBody()
	 * @see #getPlanSection()
	 * @generated
	 */
	EAttribute getPlanSection_Body();

	/**
	 * Returns the meta object for class '{@link pdca.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see pdca.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Organisation#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see pdca.model.Organisation#getUnits()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Units();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Organisation#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see pdca.model.Organisation#getPeople()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_People();

	/**
	 * Returns the meta object for class '{@link pdca.model.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unit</em>'.
	 * @see pdca.model.Unit
	 * @generated
	 */
	EClass getUnit();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Unit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see pdca.model.Unit#getName()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_Name();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Unit#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see pdca.model.Unit#getShortName()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_ShortName();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.Unit#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see pdca.model.Unit#getParent()
	 * @see #getUnit()
	 * @generated
	 */
	EReference getUnit_Parent();

	/**
	 * Returns the meta object for class '{@link pdca.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see pdca.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see pdca.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Person#getJobTitle <em>Job Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Job Title</em>'.
	 * @see pdca.model.Person#getJobTitle()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_JobTitle();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.Person#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see pdca.model.Person#getUnit()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Unit();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see pdca.model.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Person#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see pdca.model.Person#getPhone()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Phone();

	/**
	 * Returns the meta object for class '{@link pdca.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Element</em>'.
	 * @see pdca.model.PlanElement
	 * @generated
	 */
	EClass getPlanElement();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.PlanElement#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see pdca.model.PlanElement#getNumber()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Number();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.PlanElement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see pdca.model.PlanElement#getText()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Text();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.PlanElement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see pdca.model.PlanElement#getNote()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Note();

	/**
	 * Returns the meta object for class '{@link pdca.model.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension</em>'.
	 * @see pdca.model.Dimension
	 * @generated
	 */
	EClass getDimension();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Dimension#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see pdca.model.Dimension#getStrategies()
	 * @see #getDimension()
	 * @generated
	 */
	EReference getDimension_Strategies();

	/**
	 * Returns the meta object for class '{@link pdca.model.WorkItem <em>Work Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Item</em>'.
	 * @see pdca.model.WorkItem
	 * @generated
	 */
	EClass getWorkItem();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.WorkItem#getExpectedBenefit <em>Expected Benefit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Benefit</em>'.
	 * @see pdca.model.WorkItem#getExpectedBenefit()
	 * @see #getWorkItem()
	 * @generated
	 */
	EAttribute getWorkItem_ExpectedBenefit();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.WorkItem#getLeadOwner <em>Lead Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Lead Owner</em>'.
	 * @see pdca.model.WorkItem#getLeadOwner()
	 * @see #getWorkItem()
	 * @generated
	 */
	EReference getWorkItem_LeadOwner();

	/**
	 * Returns the meta object for the reference list '{@link pdca.model.WorkItem#getCoOwners <em>Co Owners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Co Owners</em>'.
	 * @see pdca.model.WorkItem#getCoOwners()
	 * @see #getWorkItem()
	 * @generated
	 */
	EReference getWorkItem_CoOwners();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.WorkItem#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schedule</em>'.
	 * @see pdca.model.WorkItem#getSchedule()
	 * @see #getWorkItem()
	 * @generated
	 */
	EAttribute getWorkItem_Schedule();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.WorkItem#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see pdca.model.WorkItem#getKpis()
	 * @see #getWorkItem()
	 * @generated
	 */
	EReference getWorkItem_Kpis();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.WorkItem#isCarriedOver <em>Carried Over</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carried Over</em>'.
	 * @see pdca.model.WorkItem#isCarriedOver()
	 * @see #getWorkItem()
	 * @generated
	 */
	EAttribute getWorkItem_CarriedOver();

	/**
	 * Returns the meta object for class '{@link pdca.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see pdca.model.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Strategy#getMethods <em>Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Methods</em>'.
	 * @see pdca.model.Strategy#getMethods()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Methods();

	/**
	 * Returns the meta object for class '{@link pdca.model.Method <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Method</em>'.
	 * @see pdca.model.Method
	 * @generated
	 */
	EClass getMethod();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Method#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see pdca.model.Method#getDescription()
	 * @see #getMethod()
	 * @generated
	 */
	EAttribute getMethod_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Method#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see pdca.model.Method#getActions()
	 * @see #getMethod()
	 * @generated
	 */
	EReference getMethod_Actions();

	/**
	 * Returns the meta object for class '{@link pdca.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see pdca.model.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for class '{@link pdca.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi</em>'.
	 * @see pdca.model.Kpi
	 * @generated
	 */
	EClass getKpi();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Kpi#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see pdca.model.Kpi#getName()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Name();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Kpi#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see pdca.model.Kpi#getDefinition()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Definition();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Kpi#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see pdca.model.Kpi#getUnit()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Unit();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Kpi#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see pdca.model.Kpi#getBaseline()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Kpi#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see pdca.model.Kpi#getTarget()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Target();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Kpi#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see pdca.model.Kpi#getDirection()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Direction();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Kpi#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see pdca.model.Kpi#getFrequency()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Frequency();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.Kpi#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see pdca.model.Kpi#getMeasurements()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Measurements();

	/**
	 * Returns the meta object for class '{@link pdca.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see pdca.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Measurement#getRocYear <em>Roc Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roc Year</em>'.
	 * @see pdca.model.Measurement#getRocYear()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_RocYear();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Measurement#getQuarter <em>Quarter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quarter</em>'.
	 * @see pdca.model.Measurement#getQuarter()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Quarter();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see pdca.model.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Measurement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see pdca.model.Measurement#getNote()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Note();

	/**
	 * Returns the meta object for class '{@link pdca.model.ProgressReport <em>Progress Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Progress Report</em>'.
	 * @see pdca.model.ProgressReport
	 * @generated
	 */
	EClass getProgressReport();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.ProgressReport#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Action</em>'.
	 * @see pdca.model.ProgressReport#getAction()
	 * @see #getProgressReport()
	 * @generated
	 */
	EReference getProgressReport_Action();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ProgressReport#getRocYear <em>Roc Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roc Year</em>'.
	 * @see pdca.model.ProgressReport#getRocYear()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_RocYear();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ProgressReport#getQuarter <em>Quarter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quarter</em>'.
	 * @see pdca.model.ProgressReport#getQuarter()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Quarter();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ProgressReport#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see pdca.model.ProgressReport#getStatus()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Status();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ProgressReport#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress</em>'.
	 * @see pdca.model.ProgressReport#getProgress()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Progress();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ProgressReport#getNarrative <em>Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Narrative</em>'.
	 * @see pdca.model.ProgressReport#getNarrative()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Narrative();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.ProgressReport#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see pdca.model.ProgressReport#getEvidence()
	 * @see #getProgressReport()
	 * @generated
	 */
	EReference getProgressReport_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ProgressReport#getReportedBy <em>Reported By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported By</em>'.
	 * @see pdca.model.ProgressReport#getReportedBy()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_ReportedBy();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ProgressReport#getReportedOn <em>Reported On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported On</em>'.
	 * @see pdca.model.ProgressReport#getReportedOn()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_ReportedOn();

	/**
	 * Returns the meta object for class '{@link pdca.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see pdca.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Evidence#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see pdca.model.Evidence#getTitle()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Title();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Evidence#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see pdca.model.Evidence#getLocation()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Location();

	/**
	 * Returns the meta object for class '{@link pdca.model.ReviewMeeting <em>Review Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Meeting</em>'.
	 * @see pdca.model.ReviewMeeting
	 * @generated
	 */
	EClass getReviewMeeting();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ReviewMeeting#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see pdca.model.ReviewMeeting#getTitle()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EAttribute getReviewMeeting_Title();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ReviewMeeting#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see pdca.model.ReviewMeeting#getDate()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EAttribute getReviewMeeting_Date();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ReviewMeeting#getRocYear <em>Roc Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roc Year</em>'.
	 * @see pdca.model.ReviewMeeting#getRocYear()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EAttribute getReviewMeeting_RocYear();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ReviewMeeting#getQuarter <em>Quarter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quarter</em>'.
	 * @see pdca.model.ReviewMeeting#getQuarter()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EAttribute getReviewMeeting_Quarter();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ReviewMeeting#getChair <em>Chair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chair</em>'.
	 * @see pdca.model.ReviewMeeting#getChair()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EAttribute getReviewMeeting_Chair();

	/**
	 * Returns the meta object for the attribute list '{@link pdca.model.ReviewMeeting#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Attendees</em>'.
	 * @see pdca.model.ReviewMeeting#getAttendees()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EAttribute getReviewMeeting_Attendees();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.ReviewMeeting#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see pdca.model.ReviewMeeting#getFindings()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EReference getReviewMeeting_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.ReviewMeeting#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see pdca.model.ReviewMeeting#getDecisions()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EReference getReviewMeeting_Decisions();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.ReviewMeeting#getImprovementActions <em>Improvement Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Improvement Actions</em>'.
	 * @see pdca.model.ReviewMeeting#getImprovementActions()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EReference getReviewMeeting_ImprovementActions();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ReviewMeeting#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see pdca.model.ReviewMeeting#getBaseline()
	 * @see #getReviewMeeting()
	 * @generated
	 */
	EAttribute getReviewMeeting_Baseline();

	/**
	 * Returns the meta object for class '{@link pdca.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see pdca.model.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Finding#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see pdca.model.Finding#getText()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Text();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.Finding#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see pdca.model.Finding#getSubject()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Subject();

	/**
	 * Returns the meta object for class '{@link pdca.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see pdca.model.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Decision#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see pdca.model.Decision#getText()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Text();

	/**
	 * Returns the meta object for class '{@link pdca.model.ImprovementAction <em>Improvement Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Improvement Action</em>'.
	 * @see pdca.model.ImprovementAction
	 * @generated
	 */
	EClass getImprovementAction();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ImprovementAction#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see pdca.model.ImprovementAction#getText()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EAttribute getImprovementAction_Text();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.ImprovementAction#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see pdca.model.ImprovementAction#getOwner()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EReference getImprovementAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ImprovementAction#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see pdca.model.ImprovementAction#getDueDate()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EAttribute getImprovementAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ImprovementAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see pdca.model.ImprovementAction#getStatus()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EAttribute getImprovementAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ImprovementAction#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see pdca.model.ImprovementAction#getClosedOn()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EAttribute getImprovementAction_ClosedOn();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ImprovementAction#getClosureNote <em>Closure Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closure Note</em>'.
	 * @see pdca.model.ImprovementAction#getClosureNote()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EAttribute getImprovementAction_ClosureNote();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.ImprovementAction#getFinding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Finding</em>'.
	 * @see pdca.model.ImprovementAction#getFinding()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EReference getImprovementAction_Finding();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ImprovementAction#isCarriedOver <em>Carried Over</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carried Over</em>'.
	 * @see pdca.model.ImprovementAction#isCarriedOver()
	 * @see #getImprovementAction()
	 * @generated
	 */
	EAttribute getImprovementAction_CarriedOver();

	/**
	 * Returns the meta object for class '{@link pdca.model.FormNode <em>Form Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Node</em>'.
	 * @see pdca.model.FormNode
	 * @generated
	 */
	EClass getFormNode();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.FormNode#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see pdca.model.FormNode#getLabel()
	 * @see #getFormNode()
	 * @generated
	 */
	EAttribute getFormNode_Label();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.FormNode#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see pdca.model.FormNode#getText()
	 * @see #getFormNode()
	 * @generated
	 */
	EAttribute getFormNode_Text();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.FormNode#getMaxPoints <em>Max Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Points</em>'.
	 * @see pdca.model.FormNode#getMaxPoints()
	 * @see #getFormNode()
	 * @generated
	 */
	EAttribute getFormNode_MaxPoints();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.FormNode#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see pdca.model.FormNode#getNote()
	 * @see #getFormNode()
	 * @generated
	 */
	EAttribute getFormNode_Note();

	/**
	 * Returns the meta object for class '{@link pdca.model.FormGroup <em>Form Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Group</em>'.
	 * @see pdca.model.FormGroup
	 * @generated
	 */
	EClass getFormGroup();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.FormGroup#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see pdca.model.FormGroup#getSections()
	 * @see #getFormGroup()
	 * @generated
	 */
	EReference getFormGroup_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.FormGroup#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see pdca.model.FormGroup#getItems()
	 * @see #getFormGroup()
	 * @generated
	 */
	EReference getFormGroup_Items();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.FormGroup#isExclusive <em>Exclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive</em>'.
	 * @see pdca.model.FormGroup#isExclusive()
	 * @see #getFormGroup()
	 * @generated
	 */
	EAttribute getFormGroup_Exclusive();

	/**
	 * Returns the meta object for class '{@link pdca.model.EvaluationForm <em>Evaluation Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation Form</em>'.
	 * @see pdca.model.EvaluationForm
	 * @generated
	 */
	EClass getEvaluationForm();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.EvaluationForm#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see pdca.model.EvaluationForm#getCode()
	 * @see #getEvaluationForm()
	 * @generated
	 */
	EAttribute getEvaluationForm_Code();

	/**
	 * Returns the meta object for the attribute list '{@link pdca.model.EvaluationForm#getHeaderFields <em>Header Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Header Fields</em>'.
	 * @see pdca.model.EvaluationForm#getHeaderFields()
	 * @see #getEvaluationForm()
	 * @generated
	 */
	EAttribute getEvaluationForm_HeaderFields();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.EvaluationForm#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see pdca.model.EvaluationForm#getRules()
	 * @see #getEvaluationForm()
	 * @generated
	 */
	EReference getEvaluationForm_Rules();

	/**
	 * Returns the meta object for class '{@link pdca.model.FormSection <em>Form Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Section</em>'.
	 * @see pdca.model.FormSection
	 * @generated
	 */
	EClass getFormSection();

	/**
	 * Returns the meta object for class '{@link pdca.model.FormItem <em>Form Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form Item</em>'.
	 * @see pdca.model.FormItem
	 * @generated
	 */
	EClass getFormItem();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.FormItem#isNotApplicableAllowed <em>Not Applicable Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Applicable Allowed</em>'.
	 * @see pdca.model.FormItem#isNotApplicableAllowed()
	 * @see #getFormItem()
	 * @generated
	 */
	EAttribute getFormItem_NotApplicableAllowed();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.FormItem#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see pdca.model.FormItem#getCondition()
	 * @see #getFormItem()
	 * @generated
	 */
	EAttribute getFormItem_Condition();

	/**
	 * Returns the meta object for class '{@link pdca.model.YesNoItem <em>Yes No Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Yes No Item</em>'.
	 * @see pdca.model.YesNoItem
	 * @generated
	 */
	EClass getYesNoItem();

	/**
	 * Returns the meta object for class '{@link pdca.model.ChoiceItem <em>Choice Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice Item</em>'.
	 * @see pdca.model.ChoiceItem
	 * @generated
	 */
	EClass getChoiceItem();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.ChoiceItem#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Choices</em>'.
	 * @see pdca.model.ChoiceItem#getChoices()
	 * @see #getChoiceItem()
	 * @generated
	 */
	EReference getChoiceItem_Choices();

	/**
	 * Returns the meta object for class '{@link pdca.model.Choice <em>Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice</em>'.
	 * @see pdca.model.Choice
	 * @generated
	 */
	EClass getChoice();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Choice#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see pdca.model.Choice#getLabel()
	 * @see #getChoice()
	 * @generated
	 */
	EAttribute getChoice_Label();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Choice#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see pdca.model.Choice#getText()
	 * @see #getChoice()
	 * @generated
	 */
	EAttribute getChoice_Text();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Choice#getMinPoints <em>Min Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Points</em>'.
	 * @see pdca.model.Choice#getMinPoints()
	 * @see #getChoice()
	 * @generated
	 */
	EAttribute getChoice_MinPoints();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.Choice#getMaxPoints <em>Max Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Points</em>'.
	 * @see pdca.model.Choice#getMaxPoints()
	 * @see #getChoice()
	 * @generated
	 */
	EAttribute getChoice_MaxPoints();

	/**
	 * Returns the meta object for class '{@link pdca.model.ScoreItem <em>Score Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score Item</em>'.
	 * @see pdca.model.ScoreItem
	 * @generated
	 */
	EClass getScoreItem();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ScoreItem#getMinPoints <em>Min Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Points</em>'.
	 * @see pdca.model.ScoreItem#getMinPoints()
	 * @see #getScoreItem()
	 * @generated
	 */
	EAttribute getScoreItem_MinPoints();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ScoreItem#getDeductionRule <em>Deduction Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deduction Rule</em>'.
	 * @see pdca.model.ScoreItem#getDeductionRule()
	 * @see #getScoreItem()
	 * @generated
	 */
	EAttribute getScoreItem_DeductionRule();

	/**
	 * Returns the meta object for class '{@link pdca.model.ScoringRule <em>Scoring Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring Rule</em>'.
	 * @see pdca.model.ScoringRule
	 * @generated
	 */
	EClass getScoringRule();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ScoringRule#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see pdca.model.ScoringRule#getCondition()
	 * @see #getScoringRule()
	 * @generated
	 */
	EAttribute getScoringRule_Condition();

	/**
	 * Returns the meta object for the reference list '{@link pdca.model.ScoringRule#getExcluded <em>Excluded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Excluded</em>'.
	 * @see pdca.model.ScoringRule#getExcluded()
	 * @see #getScoringRule()
	 * @generated
	 */
	EReference getScoringRule_Excluded();

	/**
	 * Returns the meta object for the reference list '{@link pdca.model.ScoringRule#getMultiplied <em>Multiplied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Multiplied</em>'.
	 * @see pdca.model.ScoringRule#getMultiplied()
	 * @see #getScoringRule()
	 * @generated
	 */
	EReference getScoringRule_Multiplied();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ScoringRule#getFactor <em>Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Factor</em>'.
	 * @see pdca.model.ScoringRule#getFactor()
	 * @see #getScoringRule()
	 * @generated
	 */
	EAttribute getScoringRule_Factor();

	/**
	 * Returns the meta object for class '{@link pdca.model.EvaluationRecord <em>Evaluation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation Record</em>'.
	 * @see pdca.model.EvaluationRecord
	 * @generated
	 */
	EClass getEvaluationRecord();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.EvaluationRecord#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Form</em>'.
	 * @see pdca.model.EvaluationRecord#getForm()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EReference getEvaluationRecord_Form();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.EvaluationRecord#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see pdca.model.EvaluationRecord#getUnit()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EReference getEvaluationRecord_Unit();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.EvaluationRecord#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see pdca.model.EvaluationRecord#getDate()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Date();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.EvaluationRecord#getEvaluator <em>Evaluator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluator</em>'.
	 * @see pdca.model.EvaluationRecord#getEvaluator()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Evaluator();

	/**
	 * Returns the meta object for the reference list '{@link pdca.model.EvaluationRecord#getAppliedRules <em>Applied Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Applied Rules</em>'.
	 * @see pdca.model.EvaluationRecord#getAppliedRules()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EReference getEvaluationRecord_AppliedRules();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.EvaluationRecord#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see pdca.model.EvaluationRecord#getAnswers()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EReference getEvaluationRecord_Answers();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.EvaluationRecord#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see pdca.model.EvaluationRecord#getNote()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Note();

	/**
	 * Returns the meta object for class '{@link pdca.model.ItemAnswer <em>Item Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Answer</em>'.
	 * @see pdca.model.ItemAnswer
	 * @generated
	 */
	EClass getItemAnswer();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.ItemAnswer#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see pdca.model.ItemAnswer#getItem()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EReference getItemAnswer_Item();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ItemAnswer#getChecked <em>Checked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked</em>'.
	 * @see pdca.model.ItemAnswer#getChecked()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EAttribute getItemAnswer_Checked();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.ItemAnswer#getChoice <em>Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Choice</em>'.
	 * @see pdca.model.ItemAnswer#getChoice()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EReference getItemAnswer_Choice();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ItemAnswer#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see pdca.model.ItemAnswer#getPoints()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EAttribute getItemAnswer_Points();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ItemAnswer#isNotApplicable <em>Not Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Applicable</em>'.
	 * @see pdca.model.ItemAnswer#isNotApplicable()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EAttribute getItemAnswer_NotApplicable();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ItemAnswer#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see pdca.model.ItemAnswer#getNote()
	 * @see #getItemAnswer()
	 * @generated
	 */
	EAttribute getItemAnswer_Note();

	/**
	 * Returns the meta object for class '{@link pdca.model.ScoringScheme <em>Scoring Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring Scheme</em>'.
	 * @see pdca.model.ScoringScheme
	 * @generated
	 */
	EClass getScoringScheme();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ScoringScheme#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see pdca.model.ScoringScheme#getName()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EAttribute getScoringScheme_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.ScoringScheme#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see pdca.model.ScoringScheme#getBands()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_Bands();

	/**
	 * Returns the meta object for the containment reference list '{@link pdca.model.ScoringScheme#getConsequences <em>Consequences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consequences</em>'.
	 * @see pdca.model.ScoringScheme#getConsequences()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_Consequences();

	/**
	 * Returns the meta object for class '{@link pdca.model.GradeBand <em>Grade Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Grade Band</em>'.
	 * @see pdca.model.GradeBand
	 * @generated
	 */
	EClass getGradeBand();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.GradeBand#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see pdca.model.GradeBand#getName()
	 * @see #getGradeBand()
	 * @generated
	 */
	EAttribute getGradeBand_Name();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.GradeBand#getMinScore <em>Min Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Score</em>'.
	 * @see pdca.model.GradeBand#getMinScore()
	 * @see #getGradeBand()
	 * @generated
	 */
	EAttribute getGradeBand_MinScore();

	/**
	 * Returns the meta object for class '{@link pdca.model.ScoreConsequence <em>Score Consequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score Consequence</em>'.
	 * @see pdca.model.ScoreConsequence
	 * @generated
	 */
	EClass getScoreConsequence();

	/**
	 * Returns the meta object for the reference '{@link pdca.model.ScoreConsequence#getBand <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Band</em>'.
	 * @see pdca.model.ScoreConsequence#getBand()
	 * @see #getScoreConsequence()
	 * @generated
	 */
	EReference getScoreConsequence_Band();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ScoreConsequence#getMinScore <em>Min Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Score</em>'.
	 * @see pdca.model.ScoreConsequence#getMinScore()
	 * @see #getScoreConsequence()
	 * @generated
	 */
	EAttribute getScoreConsequence_MinScore();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ScoreConsequence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see pdca.model.ScoreConsequence#getKind()
	 * @see #getScoreConsequence()
	 * @generated
	 */
	EAttribute getScoreConsequence_Kind();

	/**
	 * Returns the meta object for the attribute '{@link pdca.model.ScoreConsequence#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see pdca.model.ScoreConsequence#getText()
	 * @see #getScoreConsequence()
	 * @generated
	 */
	EAttribute getScoreConsequence_Text();

	/**
	 * Returns the meta object for enum '{@link pdca.model.AgencyType <em>Agency Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agency Type</em>'.
	 * @see pdca.model.AgencyType
	 * @generated
	 */
	EEnum getAgencyType();

	/**
	 * Returns the meta object for enum '{@link pdca.model.KpiDirection <em>Kpi Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kpi Direction</em>'.
	 * @see pdca.model.KpiDirection
	 * @generated
	 */
	EEnum getKpiDirection();

	/**
	 * Returns the meta object for enum '{@link pdca.model.KpiFrequency <em>Kpi Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kpi Frequency</em>'.
	 * @see pdca.model.KpiFrequency
	 * @generated
	 */
	EEnum getKpiFrequency();

	/**
	 * Returns the meta object for enum '{@link pdca.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see pdca.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link pdca.model.ImprovementStatus <em>Improvement Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Improvement Status</em>'.
	 * @see pdca.model.ImprovementStatus
	 * @generated
	 */
	EEnum getImprovementStatus();

	/**
	 * Returns the meta object for enum '{@link pdca.model.ConsequenceKind <em>Consequence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Consequence Kind</em>'.
	 * @see pdca.model.ConsequenceKind
	 * @generated
	 */
	EEnum getConsequenceKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, stored as ISO yyyy-MM-dd, shown in the ROC calendar.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the meta object for data type '{@link pdca.model.schedule.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A deadline (完成期限), stored as written in the plan and parsed on load.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Schedule</em>'.
	 * @see pdca.model.schedule.Schedule
	 * @model instanceClass="pdca.model.schedule.Schedule"
	 * @generated
	 */
	EDataType getSchedule();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PdcaFactory getPdcaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link pdca.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.IdentifiedImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.PlanImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__FORMAT_VERSION = eINSTANCE.getPlan_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__TITLE = eINSTANCE.getPlan_Title();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__AGENCY = eINSTANCE.getPlan_Agency();

		/**
		 * The meta object literal for the '<em><b>Roc Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ROC_YEAR = eINSTANCE.getPlan_RocYear();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PERIOD = eINSTANCE.getPlan_Period();

		/**
		 * The meta object literal for the '<em><b>Approval</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__APPROVAL = eINSTANCE.getPlan_Approval();

		/**
		 * The meta object literal for the '<em><b>Version Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__VERSION_LABEL = eINSTANCE.getPlan_VersionLabel();

		/**
		 * The meta object literal for the '<em><b>Template Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__TEMPLATE_ID = eINSTANCE.getPlan_TemplateId();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__BASIS = eINSTANCE.getPlan_Basis();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__OBJECTIVES = eINSTANCE.getPlan_Objectives();

		/**
		 * The meta object literal for the '<em><b>Target Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__TARGET_DESCRIPTION = eINSTANCE.getPlan_TargetDescription();

		/**
		 * The meta object literal for the '<em><b>Target Units</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__TARGET_UNITS = eINSTANCE.getPlan_TargetUnits();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__ORGANISATION = eINSTANCE.getPlan_Organisation();

		/**
		 * The meta object literal for the '<em><b>Strategy Preamble</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__STRATEGY_PREAMBLE = eINSTANCE.getPlan_StrategyPreamble();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__DIMENSIONS = eINSTANCE.getPlan_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__STRATEGIES = eINSTANCE.getPlan_Strategies();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SECTIONS = eINSTANCE.getPlan_Sections();

		/**
		 * The meta object literal for the '<em><b>Progress Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PROGRESS_REPORTS = eINSTANCE.getPlan_ProgressReports();

		/**
		 * The meta object literal for the '<em><b>Review Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__REVIEW_MEETINGS = eINSTANCE.getPlan_ReviewMeetings();

		/**
		 * The meta object literal for the '<em><b>Evaluation Forms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__EVALUATION_FORMS = eINSTANCE.getPlan_EvaluationForms();

		/**
		 * The meta object literal for the '<em><b>Evaluation Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__EVALUATION_RECORDS = eINSTANCE.getPlan_EvaluationRecords();

		/**
		 * The meta object literal for the '<em><b>Scoring Scheme</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SCORING_SCHEME = eINSTANCE.getPlan_ScoringScheme();

		/**
		 * The meta object literal for the '<em><b>Previous Plan Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__PREVIOUS_PLAN_ID = eINSTANCE.getPlan_PreviousPlanId();

		/**
		 * The meta object literal for the '<em><b>Previous Plan Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__PREVIOUS_PLAN_PATH = eINSTANCE.getPlan_PreviousPlanPath();

		/**
		 * The meta object literal for the '<em><b>Kpi Green Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__KPI_GREEN_PERCENT = eINSTANCE.getPlan_KpiGreenPercent();

		/**
		 * The meta object literal for the '<em><b>Kpi Amber Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__KPI_AMBER_PERCENT = eINSTANCE.getPlan_KpiAmberPercent();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.AgencyImpl <em>Agency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.AgencyImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getAgency()
		 * @generated
		 */
		EClass AGENCY = eINSTANCE.getAgency();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__NAME = eINSTANCE.getAgency_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__TYPE = eINSTANCE.getAgency_Type();

		/**
		 * The meta object literal for the '<em><b>Superior</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__SUPERIOR = eINSTANCE.getAgency_Superior();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.PeriodImpl <em>Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.PeriodImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getPeriod()
		 * @generated
		 */
		EClass PERIOD = eINSTANCE.getPeriod();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__START = eINSTANCE.getPeriod_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__END = eINSTANCE.getPeriod_End();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__TEXT = eINSTANCE.getPeriod_Text();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ApprovalImpl <em>Approval</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ApprovalImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getApproval()
		 * @generated
		 */
		EClass APPROVAL = eINSTANCE.getApproval();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__DATE = eINSTANCE.getApproval_Date();

		/**
		 * The meta object literal for the '<em><b>Document Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__DOCUMENT_NUMBER = eINSTANCE.getApproval_DocumentNumber();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.CitationImpl <em>Citation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.CitationImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getCitation()
		 * @generated
		 */
		EClass CITATION = eINSTANCE.getCitation();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__ISSUER = eINSTANCE.getCitation_Issuer();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__DATE = eINSTANCE.getCitation_Date();

		/**
		 * The meta object literal for the '<em><b>Document Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__DOCUMENT_NUMBER = eINSTANCE.getCitation_DocumentNumber();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__TITLE = eINSTANCE.getCitation_Title();

		/**
		 * The meta object literal for the '<em><b>Remark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__REMARK = eINSTANCE.getCitation_Remark();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ObjectiveImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TEXT = eINSTANCE.getObjective_Text();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.PlanSectionImpl <em>Plan Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.PlanSectionImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getPlanSection()
		 * @generated
		 */
		EClass PLAN_SECTION = eINSTANCE.getPlanSection();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__HEADING = eINSTANCE.getPlanSection_Heading();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_SECTION__BODY = eINSTANCE.getPlanSection_Body();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.OrganisationImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__UNITS = eINSTANCE.getOrganisation_Units();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__PEOPLE = eINSTANCE.getOrganisation_People();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.UnitImpl <em>Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.UnitImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getUnit()
		 * @generated
		 */
		EClass UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__NAME = eINSTANCE.getUnit_Name();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__SHORT_NAME = eINSTANCE.getUnit_ShortName();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT__PARENT = eINSTANCE.getUnit_Parent();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.PersonImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Job Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__JOB_TITLE = eINSTANCE.getPerson_JobTitle();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__UNIT = eINSTANCE.getPerson_Unit();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PHONE = eINSTANCE.getPerson_Phone();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.PlanElementImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getPlanElement()
		 * @generated
		 */
		EClass PLAN_ELEMENT = eINSTANCE.getPlanElement();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__NUMBER = eINSTANCE.getPlanElement_Number();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__TEXT = eINSTANCE.getPlanElement_Text();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__NOTE = eINSTANCE.getPlanElement_Note();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.DimensionImpl <em>Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.DimensionImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getDimension()
		 * @generated
		 */
		EClass DIMENSION = eINSTANCE.getDimension();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION__STRATEGIES = eINSTANCE.getDimension_Strategies();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.WorkItemImpl <em>Work Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.WorkItemImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getWorkItem()
		 * @generated
		 */
		EClass WORK_ITEM = eINSTANCE.getWorkItem();

		/**
		 * The meta object literal for the '<em><b>Expected Benefit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ITEM__EXPECTED_BENEFIT = eINSTANCE.getWorkItem_ExpectedBenefit();

		/**
		 * The meta object literal for the '<em><b>Lead Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ITEM__LEAD_OWNER = eINSTANCE.getWorkItem_LeadOwner();

		/**
		 * The meta object literal for the '<em><b>Co Owners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ITEM__CO_OWNERS = eINSTANCE.getWorkItem_CoOwners();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ITEM__SCHEDULE = eINSTANCE.getWorkItem_Schedule();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_ITEM__KPIS = eINSTANCE.getWorkItem_Kpis();

		/**
		 * The meta object literal for the '<em><b>Carried Over</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_ITEM__CARRIED_OVER = eINSTANCE.getWorkItem_CarriedOver();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.StrategyImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Methods</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__METHODS = eINSTANCE.getStrategy_Methods();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.MethodImpl <em>Method</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.MethodImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getMethod()
		 * @generated
		 */
		EClass METHOD = eINSTANCE.getMethod();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHOD__DESCRIPTION = eINSTANCE.getMethod_Description();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD__ACTIONS = eINSTANCE.getMethod_Actions();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ActionImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.KpiImpl <em>Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.KpiImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getKpi()
		 * @generated
		 */
		EClass KPI = eINSTANCE.getKpi();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__NAME = eINSTANCE.getKpi_Name();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__DEFINITION = eINSTANCE.getKpi_Definition();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__UNIT = eINSTANCE.getKpi_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__BASELINE = eINSTANCE.getKpi_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__TARGET = eINSTANCE.getKpi_Target();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__DIRECTION = eINSTANCE.getKpi_Direction();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__FREQUENCY = eINSTANCE.getKpi_Frequency();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__MEASUREMENTS = eINSTANCE.getKpi_Measurements();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.MeasurementImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Roc Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__ROC_YEAR = eINSTANCE.getMeasurement_RocYear();

		/**
		 * The meta object literal for the '<em><b>Quarter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__QUARTER = eINSTANCE.getMeasurement_Quarter();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__NOTE = eINSTANCE.getMeasurement_Note();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ProgressReportImpl <em>Progress Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ProgressReportImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getProgressReport()
		 * @generated
		 */
		EClass PROGRESS_REPORT = eINSTANCE.getProgressReport();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_REPORT__ACTION = eINSTANCE.getProgressReport_Action();

		/**
		 * The meta object literal for the '<em><b>Roc Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__ROC_YEAR = eINSTANCE.getProgressReport_RocYear();

		/**
		 * The meta object literal for the '<em><b>Quarter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__QUARTER = eINSTANCE.getProgressReport_Quarter();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__STATUS = eINSTANCE.getProgressReport_Status();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__PROGRESS = eINSTANCE.getProgressReport_Progress();

		/**
		 * The meta object literal for the '<em><b>Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__NARRATIVE = eINSTANCE.getProgressReport_Narrative();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRESS_REPORT__EVIDENCE = eINSTANCE.getProgressReport_Evidence();

		/**
		 * The meta object literal for the '<em><b>Reported By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__REPORTED_BY = eINSTANCE.getProgressReport_ReportedBy();

		/**
		 * The meta object literal for the '<em><b>Reported On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__REPORTED_ON = eINSTANCE.getProgressReport_ReportedOn();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.EvidenceImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__TITLE = eINSTANCE.getEvidence_Title();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__LOCATION = eINSTANCE.getEvidence_Location();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ReviewMeetingImpl <em>Review Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ReviewMeetingImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getReviewMeeting()
		 * @generated
		 */
		EClass REVIEW_MEETING = eINSTANCE.getReviewMeeting();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_MEETING__TITLE = eINSTANCE.getReviewMeeting_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_MEETING__DATE = eINSTANCE.getReviewMeeting_Date();

		/**
		 * The meta object literal for the '<em><b>Roc Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_MEETING__ROC_YEAR = eINSTANCE.getReviewMeeting_RocYear();

		/**
		 * The meta object literal for the '<em><b>Quarter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_MEETING__QUARTER = eINSTANCE.getReviewMeeting_Quarter();

		/**
		 * The meta object literal for the '<em><b>Chair</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_MEETING__CHAIR = eINSTANCE.getReviewMeeting_Chair();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_MEETING__ATTENDEES = eINSTANCE.getReviewMeeting_Attendees();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_MEETING__FINDINGS = eINSTANCE.getReviewMeeting_Findings();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_MEETING__DECISIONS = eINSTANCE.getReviewMeeting_Decisions();

		/**
		 * The meta object literal for the '<em><b>Improvement Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_MEETING__IMPROVEMENT_ACTIONS = eINSTANCE.getReviewMeeting_ImprovementActions();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_MEETING__BASELINE = eINSTANCE.getReviewMeeting_Baseline();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.FindingImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TEXT = eINSTANCE.getFinding_Text();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__SUBJECT = eINSTANCE.getFinding_Subject();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.DecisionImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__TEXT = eINSTANCE.getDecision_Text();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ImprovementActionImpl <em>Improvement Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ImprovementActionImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getImprovementAction()
		 * @generated
		 */
		EClass IMPROVEMENT_ACTION = eINSTANCE.getImprovementAction();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT_ACTION__TEXT = eINSTANCE.getImprovementAction_Text();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPROVEMENT_ACTION__OWNER = eINSTANCE.getImprovementAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT_ACTION__DUE_DATE = eINSTANCE.getImprovementAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT_ACTION__STATUS = eINSTANCE.getImprovementAction_Status();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT_ACTION__CLOSED_ON = eINSTANCE.getImprovementAction_ClosedOn();

		/**
		 * The meta object literal for the '<em><b>Closure Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT_ACTION__CLOSURE_NOTE = eINSTANCE.getImprovementAction_ClosureNote();

		/**
		 * The meta object literal for the '<em><b>Finding</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPROVEMENT_ACTION__FINDING = eINSTANCE.getImprovementAction_Finding();

		/**
		 * The meta object literal for the '<em><b>Carried Over</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPROVEMENT_ACTION__CARRIED_OVER = eINSTANCE.getImprovementAction_CarriedOver();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.FormNodeImpl <em>Form Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.FormNodeImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getFormNode()
		 * @generated
		 */
		EClass FORM_NODE = eINSTANCE.getFormNode();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_NODE__LABEL = eINSTANCE.getFormNode_Label();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_NODE__TEXT = eINSTANCE.getFormNode_Text();

		/**
		 * The meta object literal for the '<em><b>Max Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_NODE__MAX_POINTS = eINSTANCE.getFormNode_MaxPoints();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_NODE__NOTE = eINSTANCE.getFormNode_Note();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.FormGroupImpl <em>Form Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.FormGroupImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getFormGroup()
		 * @generated
		 */
		EClass FORM_GROUP = eINSTANCE.getFormGroup();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_GROUP__SECTIONS = eINSTANCE.getFormGroup_Sections();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_GROUP__ITEMS = eINSTANCE.getFormGroup_Items();

		/**
		 * The meta object literal for the '<em><b>Exclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_GROUP__EXCLUSIVE = eINSTANCE.getFormGroup_Exclusive();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.EvaluationFormImpl <em>Evaluation Form</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.EvaluationFormImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getEvaluationForm()
		 * @generated
		 */
		EClass EVALUATION_FORM = eINSTANCE.getEvaluationForm();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_FORM__CODE = eINSTANCE.getEvaluationForm_Code();

		/**
		 * The meta object literal for the '<em><b>Header Fields</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_FORM__HEADER_FIELDS = eINSTANCE.getEvaluationForm_HeaderFields();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_FORM__RULES = eINSTANCE.getEvaluationForm_Rules();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.FormSectionImpl <em>Form Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.FormSectionImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getFormSection()
		 * @generated
		 */
		EClass FORM_SECTION = eINSTANCE.getFormSection();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.FormItemImpl <em>Form Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.FormItemImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getFormItem()
		 * @generated
		 */
		EClass FORM_ITEM = eINSTANCE.getFormItem();

		/**
		 * The meta object literal for the '<em><b>Not Applicable Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_ITEM__NOT_APPLICABLE_ALLOWED = eINSTANCE.getFormItem_NotApplicableAllowed();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_ITEM__CONDITION = eINSTANCE.getFormItem_Condition();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.YesNoItemImpl <em>Yes No Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.YesNoItemImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getYesNoItem()
		 * @generated
		 */
		EClass YES_NO_ITEM = eINSTANCE.getYesNoItem();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ChoiceItemImpl <em>Choice Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ChoiceItemImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getChoiceItem()
		 * @generated
		 */
		EClass CHOICE_ITEM = eINSTANCE.getChoiceItem();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHOICE_ITEM__CHOICES = eINSTANCE.getChoiceItem_Choices();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ChoiceImpl <em>Choice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ChoiceImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getChoice()
		 * @generated
		 */
		EClass CHOICE = eINSTANCE.getChoice();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE__LABEL = eINSTANCE.getChoice_Label();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE__TEXT = eINSTANCE.getChoice_Text();

		/**
		 * The meta object literal for the '<em><b>Min Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE__MIN_POINTS = eINSTANCE.getChoice_MinPoints();

		/**
		 * The meta object literal for the '<em><b>Max Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE__MAX_POINTS = eINSTANCE.getChoice_MaxPoints();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ScoreItemImpl <em>Score Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ScoreItemImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getScoreItem()
		 * @generated
		 */
		EClass SCORE_ITEM = eINSTANCE.getScoreItem();

		/**
		 * The meta object literal for the '<em><b>Min Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_ITEM__MIN_POINTS = eINSTANCE.getScoreItem_MinPoints();

		/**
		 * The meta object literal for the '<em><b>Deduction Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_ITEM__DEDUCTION_RULE = eINSTANCE.getScoreItem_DeductionRule();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ScoringRuleImpl <em>Scoring Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ScoringRuleImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getScoringRule()
		 * @generated
		 */
		EClass SCORING_RULE = eINSTANCE.getScoringRule();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RULE__CONDITION = eINSTANCE.getScoringRule_Condition();

		/**
		 * The meta object literal for the '<em><b>Excluded</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_RULE__EXCLUDED = eINSTANCE.getScoringRule_Excluded();

		/**
		 * The meta object literal for the '<em><b>Multiplied</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_RULE__MULTIPLIED = eINSTANCE.getScoringRule_Multiplied();

		/**
		 * The meta object literal for the '<em><b>Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RULE__FACTOR = eINSTANCE.getScoringRule_Factor();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.EvaluationRecordImpl <em>Evaluation Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.EvaluationRecordImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getEvaluationRecord()
		 * @generated
		 */
		EClass EVALUATION_RECORD = eINSTANCE.getEvaluationRecord();

		/**
		 * The meta object literal for the '<em><b>Form</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_RECORD__FORM = eINSTANCE.getEvaluationRecord_Form();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_RECORD__UNIT = eINSTANCE.getEvaluationRecord_Unit();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__DATE = eINSTANCE.getEvaluationRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Evaluator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__EVALUATOR = eINSTANCE.getEvaluationRecord_Evaluator();

		/**
		 * The meta object literal for the '<em><b>Applied Rules</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_RECORD__APPLIED_RULES = eINSTANCE.getEvaluationRecord_AppliedRules();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_RECORD__ANSWERS = eINSTANCE.getEvaluationRecord_Answers();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__NOTE = eINSTANCE.getEvaluationRecord_Note();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ItemAnswerImpl <em>Item Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ItemAnswerImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getItemAnswer()
		 * @generated
		 */
		EClass ITEM_ANSWER = eINSTANCE.getItemAnswer();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_ANSWER__ITEM = eINSTANCE.getItemAnswer_Item();

		/**
		 * The meta object literal for the '<em><b>Checked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_ANSWER__CHECKED = eINSTANCE.getItemAnswer_Checked();

		/**
		 * The meta object literal for the '<em><b>Choice</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM_ANSWER__CHOICE = eINSTANCE.getItemAnswer_Choice();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_ANSWER__POINTS = eINSTANCE.getItemAnswer_Points();

		/**
		 * The meta object literal for the '<em><b>Not Applicable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_ANSWER__NOT_APPLICABLE = eINSTANCE.getItemAnswer_NotApplicable();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_ANSWER__NOTE = eINSTANCE.getItemAnswer_Note();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ScoringSchemeImpl <em>Scoring Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ScoringSchemeImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getScoringScheme()
		 * @generated
		 */
		EClass SCORING_SCHEME = eINSTANCE.getScoringScheme();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_SCHEME__NAME = eINSTANCE.getScoringScheme_Name();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__BANDS = eINSTANCE.getScoringScheme_Bands();

		/**
		 * The meta object literal for the '<em><b>Consequences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__CONSEQUENCES = eINSTANCE.getScoringScheme_Consequences();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.GradeBandImpl <em>Grade Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.GradeBandImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getGradeBand()
		 * @generated
		 */
		EClass GRADE_BAND = eINSTANCE.getGradeBand();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADE_BAND__NAME = eINSTANCE.getGradeBand_Name();

		/**
		 * The meta object literal for the '<em><b>Min Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADE_BAND__MIN_SCORE = eINSTANCE.getGradeBand_MinScore();

		/**
		 * The meta object literal for the '{@link pdca.model.impl.ScoreConsequenceImpl <em>Score Consequence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.impl.ScoreConsequenceImpl
		 * @see pdca.model.impl.PdcaPackageImpl#getScoreConsequence()
		 * @generated
		 */
		EClass SCORE_CONSEQUENCE = eINSTANCE.getScoreConsequence();

		/**
		 * The meta object literal for the '<em><b>Band</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE_CONSEQUENCE__BAND = eINSTANCE.getScoreConsequence_Band();

		/**
		 * The meta object literal for the '<em><b>Min Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_CONSEQUENCE__MIN_SCORE = eINSTANCE.getScoreConsequence_MinScore();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_CONSEQUENCE__KIND = eINSTANCE.getScoreConsequence_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_CONSEQUENCE__TEXT = eINSTANCE.getScoreConsequence_Text();

		/**
		 * The meta object literal for the '{@link pdca.model.AgencyType <em>Agency Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.AgencyType
		 * @see pdca.model.impl.PdcaPackageImpl#getAgencyType()
		 * @generated
		 */
		EEnum AGENCY_TYPE = eINSTANCE.getAgencyType();

		/**
		 * The meta object literal for the '{@link pdca.model.KpiDirection <em>Kpi Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.KpiDirection
		 * @see pdca.model.impl.PdcaPackageImpl#getKpiDirection()
		 * @generated
		 */
		EEnum KPI_DIRECTION = eINSTANCE.getKpiDirection();

		/**
		 * The meta object literal for the '{@link pdca.model.KpiFrequency <em>Kpi Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.KpiFrequency
		 * @see pdca.model.impl.PdcaPackageImpl#getKpiFrequency()
		 * @generated
		 */
		EEnum KPI_FREQUENCY = eINSTANCE.getKpiFrequency();

		/**
		 * The meta object literal for the '{@link pdca.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.ActionStatus
		 * @see pdca.model.impl.PdcaPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link pdca.model.ImprovementStatus <em>Improvement Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.ImprovementStatus
		 * @see pdca.model.impl.PdcaPackageImpl#getImprovementStatus()
		 * @generated
		 */
		EEnum IMPROVEMENT_STATUS = eINSTANCE.getImprovementStatus();

		/**
		 * The meta object literal for the '{@link pdca.model.ConsequenceKind <em>Consequence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.ConsequenceKind
		 * @see pdca.model.impl.PdcaPackageImpl#getConsequenceKind()
		 * @generated
		 */
		EEnum CONSEQUENCE_KIND = eINSTANCE.getConsequenceKind();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see pdca.model.impl.PdcaPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

		/**
		 * The meta object literal for the '<em>Schedule</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see pdca.model.schedule.Schedule
		 * @see pdca.model.impl.PdcaPackageImpl#getSchedule()
		 * @generated
		 */
		EDataType SCHEDULE = eINSTANCE.getSchedule();

	}

} //PdcaPackage
