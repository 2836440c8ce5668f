package pdca.tracker.ui.pages;

import org.eclipse.osgi.util.NLS;

/** Texts of the tracker pages of the plan editor (messages.properties, messages_zh_TW.properties). */
final class PageMessages extends NLS {

	public static String agendaImprovementDueOn;
	public static String agendaImprovementItem;
	public static String agendaImprovementLate;
	public static String agendaImprovementOwner;
	public static String agendaImprovements;
	public static String agendaKpiItem;
	public static String agendaKpis;
	public static String agendaOverdue;
	public static String agendaOverdueItem;
	public static String agendaOverdueItemNoDate;
	public static String agendaScoreItem;
	public static String agendaScores;
	public static String checkInAllUnits;
	public static String checkInAttach;
	public static String checkInAttachFailed;
	public static String checkInDeadlineOverdue;
	public static String checkInEvidence;
	public static String checkInKpiActual;
	public static String checkInNarrative;
	public static String checkInPrevious;
	public static String checkInPreviousEntry;
	public static String checkInPreviousEntryNarrative;
	public static String checkInPreviousOf;
	public static String checkInProgress;
	public static String checkInQuarter;
	public static String checkInReportedBy;
	public static String checkInReportedOn;
	public static String checkInReporter;
	public static String checkInSelectRow;
	public static String checkInSetStatus;
	public static String checkInStatus;
	public static String checkInSummary;
	public static String checkInUnit;
	public static String columnDeadline;
	public static String columnItem;
	public static String columnOwners;
	public static String evalAdd;
	public static String evalAnswer;
	public static String evalBadPoints;
	public static String evalChange;
	public static String evalChangeDown;
	public static String evalChangeNone;
	public static String evalChangeUp;
	public static String evalDate;
	public static String evalDelete;
	public static String evalEvaluator;
	public static String evalForm;
	public static String evalGrade;
	public static String evalHistory;
	public static String evalItem;
	public static String evalMax;
	public static String evalNo;
	public static String evalNoForms;
	public static String evalNotApplicable;
	public static String evalNote;
	public static String evalPoints;
	public static String evalResult;
	public static String evalResultGrade;
	public static String evalRules;
	public static String evalScore;
	public static String evalUnanswered;
	public static String evalUnit;
	public static String evalYes;
	public static String findingSubject;
	public static String gridNumber;
	public static String improvementClosedOn;
	public static String improvementClosure;
	public static String improvementDue;
	public static String improvementFrom;
	public static String improvementOwner;
	public static String improvementStatus;
	public static String meetingAdd;
	public static String meetingAdd2;
	public static String meetingAgenda;
	public static String meetingAttendees;
	public static String meetingBaseline;
	public static String meetingBaselineHint;
	public static String meetingBaselineTooltip;
	public static String meetingCarried;
	public static String meetingChair;
	public static String meetingDate;
	public static String meetingDecisions;
	public static String meetingDelete;
	public static String meetingFindings;
	public static String meetingImprovements;
	public static String meetingNewText;
	public static String meetingNone;
	public static String meetingQuarter;
	public static String meetingRemove;
	public static String meetingTitle;
	public static String meetingTitleDefault;
	public static String pageCheckIns;

	static {
		NLS.initializeMessages("pdca.tracker.ui.pages.messages", PageMessages.class);
	}

	private PageMessages() {
	}
}
