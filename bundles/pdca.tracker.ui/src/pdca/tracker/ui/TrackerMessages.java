package pdca.tracker.ui;

import org.eclipse.osgi.util.NLS;

import pdca.model.ActionStatus;
import pdca.model.ImprovementStatus;
import pdca.model.logic.KpiAchievement;

/** Texts of the dashboard and the presentation mode (messages.properties, messages_zh_TW.properties). */
public final class TrackerMessages extends NLS {

	public static String status_NOT_STARTED;
	public static String status_ON_TRACK;
	public static String status_AT_RISK;
	public static String status_DELAYED;
	public static String status_DONE;
	public static String status_ONGOING;
	public static String status_CANCELLED;
	public static String level_MET;
	public static String level_NEAR;
	public static String level_MISSED;
	public static String level_NO_DATA;
	public static String level_NO_TARGET;
	public static String improvement_OPEN;
	public static String improvement_IN_PROGRESS;
	public static String improvement_CLOSED;
	public static String improvement_DROPPED;
	public static String noPlan;
	public static String quarterLabel;
	public static String quarterItem;
	public static String summary;
	public static String countsTitle;
	public static String heatMapTitle;
	public static String kpiTitle;
	public static String overdueTitle;
	public static String improvementsTitle;
	public static String evaluationTitle;
	public static String none;
	public static String deadline;
	public static String dueOn;
	public static String late;
	public static String kpiValue;
	public static String notYet;
	public static String present;
	public static String slideOverview;
	public static String slideOverdue;
	public static String slideKpis;
	public static String slideImprovements;
	public static String slideEvaluation;
	public static String slideContinued;
	public static String slideNumber;
	public static String slideHelp;
	public static String planProgress;
	public static String itemsOverdue;
	public static String strategyLine;
	public static String evaluationLine;
	public static String scoreChange;
	public static String raisedAt;
	public static String ownerNone;
	public static String presentNoPlan;

	static {
		NLS.initializeMessages("pdca.tracker.ui.messages", TrackerMessages.class);
	}

	private TrackerMessages() {
	}

	/** The name of a status as users read it. */
	public static String status(ActionStatus s) {
		return switch (s) {
			case NOT_STARTED -> status_NOT_STARTED;
			case ON_TRACK -> status_ON_TRACK;
			case AT_RISK -> status_AT_RISK;
			case DELAYED -> status_DELAYED;
			case DONE -> status_DONE;
			case ONGOING -> status_ONGOING;
			case CANCELLED -> status_CANCELLED;
		};
	}

	public static String level(KpiAchievement.Level l) {
		return switch (l) {
			case MET -> level_MET;
			case NEAR -> level_NEAR;
			case MISSED -> level_MISSED;
			case NO_DATA -> level_NO_DATA;
			case NO_TARGET -> level_NO_TARGET;
		};
	}

	public static String improvement(ImprovementStatus s) {
		return switch (s) {
			case OPEN -> improvement_OPEN;
			case IN_PROGRESS -> improvement_IN_PROGRESS;
			case CLOSED -> improvement_CLOSED;
			case DROPPED -> improvement_DROPPED;
		};
	}
}
