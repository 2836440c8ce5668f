package pdca.ui.editor;

import java.util.ArrayList;
import java.util.List;

import pdca.model.ReviewMeeting;
import pdca.model.logic.Numbering;
import pdca.model.logic.ReviewAgenda;
import pdca.model.schedule.RocDate;
import pdca.ui.UiMessages;

/** The agenda of a review meeting as text, from the tracker's {@link ReviewAgenda}. */
final class Agendas {

	private Agendas() {
	}

	static String text(ReviewMeeting meeting) {
		ReviewAgenda agenda = ReviewAgenda.of((pdca.model.Plan) meeting.eContainer(), meeting);
		List<String> lines = new ArrayList<>();
		lines.add(UiMessages.bind(UiMessages.agendaOverdue, agenda.overdue().size()));
		for (ReviewAgenda.Overdue o : agenda.overdue()) {
			lines.add("  " + Numbering.path(o.item()) + " " + Texts.oneLine(o.item().getText())
					+ (o.deadline() == null ? "" : "（" + UiMessages.improvementDue + " " + RocDate.format(o.deadline()) + "）"));
		}
		lines.add(UiMessages.bind(UiMessages.agendaKpis, agenda.kpisOffTarget().size()));
		for (ReviewAgenda.KpiOffTarget k : agenda.kpisOffTarget()) {
			lines.add("  " + Numbering.path(k.owner()) + " " + k.kpi().getName() + "："
					+ CheckInEdits.number(k.achievement().actual()) + " / " + CheckInEdits.number(k.kpi().getTarget())
					+ (k.kpi().getUnit() == null ? "" : k.kpi().getUnit()));
		}
		lines.add(UiMessages.bind(UiMessages.agendaScores, agenda.scoresFell().size()));
		for (ReviewAgenda.ScoreFell f : agenda.scoresFell()) {
			lines.add("  " + (f.record().getUnit() == null ? "" : f.record().getUnit().getName()) + " "
					+ (f.record().getForm() == null ? "" : Texts.oneLine(f.record().getForm().getText())) + "："
					+ CheckInEdits.number(Math.round(f.previousScore() * 100) / 100.0) + " → "
					+ CheckInEdits.number(Math.round(f.score() * 100) / 100.0));
		}
		lines.add(UiMessages.bind(UiMessages.agendaImprovements, agenda.improvementActions().size()));
		for (ReviewAgenda.OpenImprovement i : agenda.improvementActions()) {
			var a = i.action();
			lines.add("  " + Texts.oneLine(a.getText()) + (a.getOwner() == null ? "" : "（" + a.getOwner().getName() + "）")
					+ (a.getDueDate() == null ? "" : " " + UiMessages.improvementDue + " " + RocDate.format(a.getDueDate()))
					+ (i.late() ? " " + UiMessages.checkInOverdue : ""));
		}
		return String.join("\n", lines);
	}
}
