package pdca.tracker.ui.pages;

import java.util.ArrayList;
import java.util.List;

import pdca.model.ReviewMeeting;
import pdca.model.i18n.MessageBundle;
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
		lines.add(MessageBundle.bind(PageMessages.agenda_overdue, agenda.overdue().size()));
		for (ReviewAgenda.Overdue o : agenda.overdue()) {
			String path = Numbering.path(o.item());
			String text = Texts.oneLine(o.item().getText());
			lines.add(o.deadline() == null ? MessageBundle.bind(PageMessages.agenda_overdueItemNoDate, path, text)
					: MessageBundle.bind(PageMessages.agenda_overdueItem, new Object[] { path, text, pdca.model.logic.Terms.date(o.deadline()) }));
		}
		lines.add(MessageBundle.bind(PageMessages.agenda_kpis, agenda.kpisOffTarget().size()));
		for (ReviewAgenda.KpiOffTarget k : agenda.kpisOffTarget()) {
			var a = k.achievement();
			lines.add(MessageBundle.bind(PageMessages.agenda_kpiItem, new Object[] { Numbering.path(k.owner()), k.kpi().getName(),
					Figures.number(a.actual()), Figures.number(k.kpi().getTarget()),
					k.kpi().getUnit() == null ? "" : k.kpi().getUnit(), Figures.percent(a.ratio()), Terms.level(a.level()) }));
		}
		lines.add(MessageBundle.bind(PageMessages.agenda_scores, agenda.scoresFell().size()));
		for (ReviewAgenda.ScoreFell f : agenda.scoresFell()) {
			lines.add(MessageBundle.bind(PageMessages.agenda_scoreItem, new Object[] {
					f.record().getUnit() == null ? "" : f.record().getUnit().getName(),
					f.record().getForm() == null ? "" : Texts.oneLine(f.record().getForm().getText()),
					Figures.number(f.previousScore()), Figures.number(f.score()), Figures.change(f.change()) }));
		}
		lines.add(MessageBundle.bind(PageMessages.agenda_improvements, agenda.improvementActions().size()));
		for (ReviewAgenda.OpenImprovement i : agenda.improvementActions()) {
			var a = i.action();
			lines.add(MessageBundle.bind(PageMessages.agenda_improvementItem, new Object[] { Texts.oneLine(a.getText()),
					a.getOwner() == null ? "" : MessageBundle.bind(PageMessages.agenda_improvementOwner, a.getOwner().getName()),
					a.getDueDate() == null ? "" : MessageBundle.bind(PageMessages.agenda_improvementDueOn, pdca.model.logic.Terms.date(a.getDueDate())),
					i.late() ? MessageBundle.bind(PageMessages.agenda_improvementLate, Terms.overdue()) : "" }));
		}
		return String.join("\n", lines);
	}
}
