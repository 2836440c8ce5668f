package pdca.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench shell (messages.properties, messages_zh_TW.properties). */
public final class UiMessages extends NLS {

	public static String propShortName;
	public static String fileDeletedMessage;
	public static String fileDeletedTitle;
	public static String propMembers;
	public static String propName;
	public static String propUnitLead;
	public static String propCategory;
	public static String propId;
	public static String propKpis;
	public static String propNumber;
	public static String propKind;
	public static String menuFile;
	public static String menuEdit;
	public static String menuWindow;
	public static String menuHelp;
	public static String menuNewPlan;
	public static String viewerNotAFile;
	public static String pageKpis;
	public static String kpiAdd;
	public static String kpiItem;
	public static String kpiName;
	public static String kpiUnit;
	public static String kpiBaseline;
	public static String kpiTarget;
	public static String kpiDirection;
	public static String kpiHigher;
	public static String kpiLower;
	public static String kpiDefinition;
	public static String kpiBadNumber;
	public static String kpiSelectItem;
	public static String kpiNewName;
	public static String kpiAddsTo;
	public static String nextYearTitle;
	public static String nextYearExists;
	public static String nextYearDone;
	public static String newPlanTemplate;
	public static String newPlanBlank;
	public static String newPlanTitle;
	public static String newPlanFileTitle;
	public static String newPlanFileDescription;
	public static String newPlanDefaultTitle;
	public static String newPlanAgencyTitle;
	public static String newPlanAgencyDescription;
	public static String newPlanAgencyType;
	public static String newPlanNeedAgency;
	public static String agencyTypeOther;
	public static String agencyTypeElection;
	public static String agencyTypeHousehold;
	public static String agencyTypeMotorVehicle;
	public static String agencyTypeCounty;
	public static String actionUndo;
	public static String actionRedo;
	public static String pageOverview;
	public static String pageStructure;
	public static String pageActions;
	public static String pageOrganisation;
	public static String saveFailedTitle;
	public static String reloadedFromDisk;
	public static String changedOnDiskTitle;
	public static String changedOnDiskMessage;
	public static String keepMine;
	public static String reloadFromDisk;
	public static String addStrategy;
	public static String addChild;
	public static String delete;
	public static String moveUp;
	public static String moveDown;
	public static String fieldText;
	public static String fieldDescription;
	public static String fieldBenefit;
	public static String fieldSchedule;
	public static String fieldLeadOwner;
	public static String fieldCoOwners;
	public static String fieldNote;
	public static String selectAnElement;
	public static String scheduleNotUnderstood;
	public static String scheduleByMonth;
	public static String scheduleRange;
	public static String scheduleRecurring;
	public static String scheduleDoneThenOngoing;
	public static String scheduleOngoing;
	public static String newStrategyText;
	public static String newElementText;
	public static String fieldTitle;
	public static String fieldAgency;
	public static String fieldYear;
	public static String fieldVersion;
	public static String fieldPeriodStart;
	public static String fieldPeriodEnd;
	public static String fieldApprovalDate;
	public static String fieldApprovalNumber;
	public static String fieldTarget;
	public static String fieldBasis;
	public static String columnIssuer;
	public static String columnDate;
	public static String columnDocumentNumber;
	public static String columnCitationTitle;
	public static String fieldObjectives;
	public static String badYear;
	public static String gridFilter;
	public static String gridSetOwner;
	public static String gridSetDeadline;
	public static String gridNumber;
	public static String gridPaste;
	public static String addUnit;
	public static String columnUnit;
	public static String columnLeads;
	public static String newUnitName;
	public static String viewerYear;
	public static String columnItem;
	public static String columnDeadline;
	public static String columnOwners;
	public static String columnBenefit;

	static {
		NLS.initializeMessages("pdca.ui.messages", UiMessages.class);
	}

	private UiMessages() {
	}
}
