package pdca.model.logic;

import java.time.LocalDate;

import pdca.model.ActionStatus;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormItem;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.ItemAnswer;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.Measurement;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.Unit;
import pdca.model.WorkItem;

/** Check-ins, measurements, meetings and evaluation records added to seed plans the way units enter them. */
final class TrackerFixtures {

	static final PdcaFactory F = PdcaFactory.eINSTANCE;

	private TrackerFixtures() {
	}

	static ProgressReport report(Plan plan, WorkItem item, int rocYear, int quarter, ActionStatus status, int progress) {
		ProgressReport r = F.createProgressReport();
		r.setAction(item);
		r.setRocYear(rocYear);
		r.setQuarter(quarter);
		r.setStatus(status);
		r.setProgress(progress);
		plan.getProgressReports().add(r);
		return r;
	}

	static Kpi kpi(WorkItem item, String name, double target, KpiDirection direction) {
		Kpi kpi = F.createKpi();
		kpi.setName(name);
		kpi.setTarget(target);
		kpi.setDirection(direction);
		item.getKpis().add(kpi);
		return kpi;
	}

	static Measurement measure(Kpi kpi, int rocYear, int quarter, double value) {
		Measurement m = F.createMeasurement();
		m.setRocYear(rocYear);
		m.setQuarter(quarter);
		m.setValue(value);
		kpi.getMeasurements().add(m);
		return m;
	}

	static ReviewMeeting meeting(Plan plan, int rocYear, int quarter, LocalDate date) {
		ReviewMeeting m = F.createReviewMeeting();
		m.setTitle(rocYear + "年第" + quarter + "季查核結果報告與檢討會議");
		m.setRocYear(rocYear);
		m.setQuarter(quarter);
		m.setDate(date);
		plan.getReviewMeetings().add(m);
		return m;
	}

	static ImprovementAction improvement(ReviewMeeting meeting, String text, Unit owner, LocalDate due,
			ImprovementStatus status, LocalDate closedOn) {
		ImprovementAction a = F.createImprovementAction();
		a.setText(text);
		a.setOwner(owner);
		a.setDueDate(due);
		a.setStatus(status);
		a.setClosedOn(closedOn);
		meeting.getImprovementActions().add(a);
		return a;
	}

	static EvaluationRecord record(Plan plan, EvaluationForm form, Unit unit, LocalDate date) {
		EvaluationRecord r = F.createEvaluationRecord();
		r.setForm(form);
		r.setUnit(unit);
		r.setDate(date);
		plan.getEvaluationRecords().add(r);
		return r;
	}

	static ItemAnswer answer(EvaluationRecord record, FormItem item) {
		record.getAnswers().removeIf(a -> a.getItem() == item);
		ItemAnswer a = F.createItemAnswer();
		a.setItem(item);
		record.getAnswers().add(a);
		return a;
	}
}
