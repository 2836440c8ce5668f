package pdca.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import pdca.model.ActionStatus;
import pdca.model.ChoiceItem;
import pdca.model.Decision;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.Evidence;
import pdca.model.Finding;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.FormSection;
import pdca.model.GradeBand;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.ItemAnswer;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.ScoreItem;
import pdca.model.ScoringScheme;
import pdca.model.WorkItem;
import pdca.model.YesNoItem;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.samples.SamplePlans;

/**
 * The seed plan of the Keelung City Election Commission (105) with a year of records added: progress
 * reports with narratives and evidence, a KPI with quarterly values, a review meeting with findings,
 * decisions and improvement actions (one closed, one open) and three evaluation records.
 */
final class Fixture {

	static final String NARRATIVE = "已完成候選人登記服務滿意度調查，回收問卷一百二十份";
	static final String EVIDENCE = "滿意度調查統計表";
	static final String KPI = "民眾滿意度";
	static final String FINDING = "部分網頁資訊未即時更新";
	static final String DECISION = "請資訊單位每月檢查網頁內容";
	static final String IMPROVEMENT_CLOSED = "建立網頁內容每月檢核表";
	static final String IMPROVEMENT_OPEN = "增設電話禮貌教育訓練課程";

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	private Fixture() {
	}

	static Path seed(String prefix) {
		return SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
				.orElseThrow();
	}

	static Plan plan() throws Exception {
		Plan plan = PlanFiles.load(seed("keelung"));
		int year = plan.getRocYear();
		List<WorkItem> tracked = PlanStructure.trackedItems(plan);
		for (int i = 0; i < tracked.size(); i++) {
			for (int q = 1; q <= 4; q++) {
				ProgressReport r = F.createProgressReport();
				r.setAction(tracked.get(i));
				r.setRocYear(year);
				r.setQuarter(q);
				boolean late = i == 1;
				r.setStatus(q == 4 ? (late ? ActionStatus.DELAYED : ActionStatus.DONE) : ActionStatus.ON_TRACK);
				r.setProgress(q == 4 ? (late ? 60 : 100) : q * 25);
				r.setNarrative(i == 0 && q == 4 ? NARRATIVE : "第" + q + "季依計畫辦理");
				r.setReportedOn(LocalDate.of(year + 1911, q * 3, 28));
				if (i == 0 && q == 4) {
					Evidence e = F.createEvidence();
					e.setTitle(EVIDENCE);
					e.setLocation("evidence/survey.pdf");
					r.getEvidence().add(e);
				}
				plan.getProgressReports().add(r);
			}
		}
		Method first = PlanStructure.methods(plan).get(0);
		Kpi kpi = F.createKpi();
		kpi.setName(KPI);
		kpi.setUnit("%");
		kpi.setBaseline(80.0);
		kpi.setTarget(90.0);
		kpi.setDirection(KpiDirection.HIGHER_IS_BETTER);
		double[] values = { 84.5, 87.25, 91.0, 93.5 };
		for (int q = 1; q <= 4; q++) {
			Measurement m = F.createMeasurement();
			m.setRocYear(year);
			m.setQuarter(q);
			m.setValue(values[q - 1]);
			kpi.getMeasurements().add(m);
		}
		first.getKpis().add(kpi);

		ReviewMeeting meeting = F.createReviewMeeting();
		meeting.setTitle(year + "年第2季查核結果報告與檢討會議");
		meeting.setRocYear(year);
		meeting.setQuarter(2);
		meeting.setDate(LocalDate.of(year + 1911, 6, 30));
		meeting.setChair("主任委員");
		meeting.getAttendees().add("第一組");
		meeting.getAttendees().add("行政室");
		Finding finding = F.createFinding();
		finding.setText(FINDING);
		finding.setSubject(first);
		meeting.getFindings().add(finding);
		Decision decision = F.createDecision();
		decision.setText(DECISION);
		meeting.getDecisions().add(decision);
		ImprovementAction closed = F.createImprovementAction();
		closed.setText(IMPROVEMENT_CLOSED);
		closed.setFinding(finding);
		closed.setDueDate(LocalDate.of(year + 1911, 9, 30));
		closed.setStatus(ImprovementStatus.CLOSED);
		closed.setClosedOn(LocalDate.of(year + 1911, 9, 15));
		closed.setClosureNote("檢核表已啟用");
		if (plan.getOrganisation() != null && !plan.getOrganisation().getUnits().isEmpty()) {
			closed.setOwner(plan.getOrganisation().getUnits().get(0));
		}
		meeting.getImprovementActions().add(closed);
		ImprovementAction open = F.createImprovementAction();
		open.setText(IMPROVEMENT_OPEN);
		open.setDueDate(LocalDate.of(year + 1911, 12, 31));
		open.setStatus(ImprovementStatus.IN_PROGRESS);
		meeting.getImprovementActions().add(open);
		plan.getReviewMeetings().add(meeting);

		EvaluationForm form = plan.getEvaluationForms().get(0);
		for (int n = 0; n < 3; n++) {
			EvaluationRecord rec = F.createEvaluationRecord();
			rec.setForm(form);
			rec.setDate(LocalDate.of(year + 1911, 3 + n * 4, 15));
			rec.setEvaluator("研考人員");
			int k = 0;
			for (FormItem item : items(form)) {
				ItemAnswer a = F.createItemAnswer();
				a.setItem(item);
				boolean full = (k++ + n) % 3 != 0;
				if (item instanceof YesNoItem) {
					a.setChecked(full);
				} else if (item instanceof ChoiceItem c && !c.getChoices().isEmpty()) {
					a.setChoice(c.getChoices().get(full ? 0 : c.getChoices().size() - 1));
					a.setPoints(full ? c.getChoices().get(0).getMaxPoints() : c.getChoices().get(c.getChoices().size() - 1).getMinPoints());
				} else if (item instanceof ScoreItem s) {
					a.setPoints(full ? s.getMaxPoints() : s.getMinPoints());
				}
				rec.getAnswers().add(a);
			}
			plan.getEvaluationRecords().add(rec);
		}
		if (plan.getScoringScheme() == null) {
			ScoringScheme scheme = F.createScoringScheme();
			scheme.setName("評核成績等第");
			for (String band : new String[] { "優等:90", "甲等:80", "乙等:70", "丙等:60", "丁等:0" }) {
				GradeBand b = F.createGradeBand();
				b.setName(band.split(":")[0]);
				b.setMinScore(Double.parseDouble(band.split(":")[1]));
				scheme.getBands().add(b);
			}
			plan.setScoringScheme(scheme);
		}
		return plan;
	}

	private static List<FormItem> items(FormGroup group) {
		List<FormItem> result = new ArrayList<>(group.getItems());
		for (FormSection s : group.getSections()) {
			result.addAll(items(s));
		}
		return result;
	}
}
