package pdca.tracker.ui.pages;

import pdca.model.i18n.MessageBundle;

/** Texts of the tracker pages of the plan editor (messages.properties, messages_zh_TW.properties). */
final class PageMessages {

	public static String agenda_improvementDueOn;
	public static String agenda_improvementItem;
	public static String agenda_improvementLate;
	public static String agenda_improvementOwner;
	public static String agenda_improvements;
	public static String agenda_kpiItem;
	public static String agenda_kpis;
	public static String agenda_overdue;
	public static String agenda_overdueItem;
	public static String agenda_overdueItemNoDate;
	public static String agenda_scoreItem;
	public static String agenda_scores;
	public static String checkIn_allUnits;
	public static String checkIn_attach;
	public static String checkIn_attachFailed;
	public static String checkIn_deadlineOverdue;
	public static String checkIn_evidence;
	public static String checkIn_kpiActual;
	public static String checkIn_narrative;
	public static String checkIn_previous;
	public static String checkIn_previousEntry;
	public static String checkIn_previousEntryNarrative;
	public static String checkIn_previousOf;
	public static String checkIn_progress;
	public static String checkIn_quarter;
	public static String checkIn_reportedBy;
	public static String checkIn_reportedOn;
	public static String checkIn_reporter;
	public static String checkIn_selectRow;
	public static String checkIn_setStatus;
	public static String checkIn_status;
	public static String checkIn_summary;
	public static String checkIn_unit;
	public static String column_deadline;
	public static String column_item;
	public static String column_owners;
	public static String eval_add;
	public static String eval_answer;
	public static String eval_badPoints;
	public static String eval_change;
	public static String eval_changeDown;
	public static String eval_changeNone;
	public static String eval_changeUp;
	public static String eval_date;
	public static String eval_delete;
	public static String eval_evaluator;
	public static String eval_form;
	public static String eval_grade;
	public static String eval_history;
	public static String eval_item;
	public static String eval_max;
	public static String eval_no;
	public static String eval_noForms;
	public static String eval_notApplicable;
	public static String eval_note;
	public static String eval_points;
	public static String eval_result;
	public static String eval_resultGrade;
	public static String eval_rules;
	public static String eval_score;
	public static String eval_unanswered;
	public static String eval_unit;
	public static String eval_yes;
	public static String page_findingSubject;
	public static String page_gridNumber;
	public static String improvement_closedOn;
	public static String improvement_closure;
	public static String improvement_due;
	public static String improvement_from;
	public static String improvement_owner;
	public static String improvement_status;
	public static String meeting_add;
	public static String meeting_add2;
	public static String meeting_agenda;
	public static String meeting_attendees;
	public static String meeting_baseline;
	public static String meeting_baselineHint;
	public static String meeting_baselineTooltip;
	public static String meeting_carried;
	public static String meeting_chair;
	public static String meeting_date;
	public static String meeting_decisions;
	public static String meeting_delete;
	public static String meeting_findings;
	public static String meeting_improvements;
	public static String meeting_newText;
	public static String meeting_none;
	public static String meeting_quarter;
	public static String meeting_remove;
	public static String meeting_title;
	public static String meeting_titleDefault;
	public static String page_checkIns;

	static {
		MessageBundle.fill("pdca.tracker.ui.pages.messages", PageMessages.class);
	}

	private PageMessages() {
	}
}
