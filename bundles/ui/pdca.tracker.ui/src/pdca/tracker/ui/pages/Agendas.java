package pdca.tracker.ui.pages;

import java.util.ArrayList;
import java.util.List;

import pdca.model.ReviewMeeting;
import pdca.model.logic.Figures;
import pdca.model.logic.Numbering;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.Terms;
import pdca.model.schedule.RocDate;
import pdca.ui.editor.Texts;

/** The agenda of a review meeting as text: the tracker's {@link ReviewAgenda} in the tracker's words and figures. */
final class Agendas {

	private Agendas() {
	}

	static String text(ReviewMeeting meeting) {
		ReviewAgenda agenda = ReviewAgenda.of((pdca.model.Plan) meeting.eContainer(), meeting);
		List<String> lines = new ArrayList<>();
		lines.add(PageMessages.bind(PageMessages.agendaOverdue, agenda.overdue().size()));
		for (ReviewAgenda.Overdue o : agenda.overdue()) {
			String path = Numbering.path(o.item());
			String text = Texts.oneLine(o.item().getText());
			lines.add(o.deadline() == null ? PageMessages.bind(PageMessages.agendaOverdueItemNoDate, path, text)
					: PageMessages.bind(PageMessages.agendaOverdueItem, new Object[] { path, text, pdca.model.logic.Terms.date(o.deadline()) }));
		}
		lines.add(PageMessages.bind(PageMessages.agendaKpis, agenda.kpisOffTarget().size()));
		for (ReviewAgenda.KpiOffTarget k : agenda.kpisOffTarget()) {
			var a = k.achievement();
			lines.add(PageMessages.bind(PageMessages.agendaKpiItem, new Object[] { Numbering.path(k.owner()), k.kpi().getName(),
					Figures.number(a.actual()), Figures.number(k.kpi().getTarget()),
					k.kpi().getUnit() == null ? "" : k.kpi().getUnit(), Figures.percent(a.ratio()), Terms.level(a.level()) }));
		}
		lines.add(PageMessages.bind(PageMessages.agendaScores, agenda.scoresFell().size()));
		for (ReviewAgenda.ScoreFell f : agenda.scoresFell()) {
			lines.add(PageMessages.bind(PageMessages.agendaScoreItem, new Object[] {
					f.record().getUnit() == null ? "" : f.record().getUnit().getName(),
					f.record().getForm() == null ? "" : Texts.oneLine(f.record().getForm().getText()),
					Figures.number(f.previousScore()), Figures.number(f.score()), Figures.change(f.change()) }));
		}
		lines.add(PageMessages.bind(PageMessages.agendaImprovements, agenda.improvementActions().size()));
		for (ReviewAgenda.OpenImprovement i : agenda.improvementActions()) {
			var a = i.action();
			lines.add(PageMessages.bind(PageMessages.agendaImprovementItem, new Object[] { Texts.oneLine(a.getText()),
					a.getOwner() == null ? "" : PageMessages.bind(PageMessages.agendaImprovementOwner, a.getOwner().getName()),
					a.getDueDate() == null ? "" : PageMessages.bind(PageMessages.agendaImprovementDueOn, pdca.model.logic.Terms.date(a.getDueDate())),
					i.late() ? PageMessages.bind(PageMessages.agendaImprovementLate, Terms.overdue()) : "" }));
		}
		return String.join("\n", lines);
	}
}
