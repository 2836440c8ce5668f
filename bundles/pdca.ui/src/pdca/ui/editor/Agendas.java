package pdca.ui.editor;

import java.util.ArrayList;
import java.util.List;

import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.WorkItem;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Quarter;
import pdca.model.logic.StatusRollup;
import pdca.model.schedule.RocDate;
import pdca.ui.UiMessages;

/** The agenda of a review meeting as text, drawn from the plan's status as of the quarter. */
final class Agendas {

	private Agendas() {
	}

	/** Strategies, methods and actions in plan order (KPIs hang on any of them). */
	static List<WorkItem> workItems(Plan plan) {
		List<WorkItem> items = new ArrayList<>();
		for (pdca.model.Strategy s : PlanStructure.strategies(plan)) {
			items.add(s);
			for (pdca.model.Method m : s.getMethods()) {
				items.add(m);
				items.addAll(m.getActions());
			}
		}
		return items;
	}

	static String text(Plan plan, Quarter quarter) {
		StatusRollup status = new StatusRollup(plan, quarter);
		List<String> lines = new ArrayList<>();
		List<WorkItem> overdue = status.overdueItems();
		lines.add(UiMessages.bind(UiMessages.agendaOverdue, overdue.size()));
		for (WorkItem item : overdue) {
			lines.add("  " + Numbering.path(item) + " " + Texts.oneLine(item.getText())
					+ (PlanStructure.effectiveSchedule(item) == null ? "" : "（" + PlanStructure.effectiveSchedule(item).text() + "）"));
		}
		List<String> kpis = new ArrayList<>();
		for (WorkItem item : workItems(plan)) {
			for (Kpi kpi : item.getKpis()) {
				KpiAchievement a = KpiAchievement.of(kpi, quarter);
				if (a.level() == KpiAchievement.Level.MISSED || a.level() == KpiAchievement.Level.NEAR) {
					kpis.add("  " + Numbering.path(item) + " " + kpi.getName() + "：" + CheckIns.number(a.actual()) + " / "
							+ CheckIns.number(kpi.getTarget()) + (kpi.getUnit() == null ? "" : kpi.getUnit()));
				}
			}
		}
		lines.add(UiMessages.bind(UiMessages.agendaKpis, kpis.size()));
		lines.addAll(kpis);
		List<String> due = new ArrayList<>();
		for (ReviewMeeting m : plan.getReviewMeetings()) {
			Quarter mq = ReviewMeetingPage.quarterOf(m);
			if (mq == null || mq.compareTo(quarter) >= 0) {
				continue;
			}
			for (ImprovementAction a : m.getImprovementActions()) {
				if (a.getStatus() != ImprovementStatus.CLOSED && a.getStatus() != ImprovementStatus.DROPPED) {
					due.add("  " + Texts.oneLine(a.getText()) + (a.getOwner() == null ? "" : "（" + a.getOwner().getName() + "）")
							+ (a.getDueDate() == null ? "" : " " + UiMessages.improvementDue + " " + RocDate.format(a.getDueDate())));
				}
			}
		}
		lines.add(UiMessages.bind(UiMessages.agendaImprovements, due.size()));
		lines.addAll(due);
		return String.join("\n", lines);
	}
}
