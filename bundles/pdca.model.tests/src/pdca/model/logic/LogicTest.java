package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pdca.model.Action;
import pdca.model.ActionStatus;
import pdca.model.ChoiceItem;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.FormSection;
import pdca.model.ItemAnswer;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ScoreItem;
import pdca.model.Strategy;
import pdca.model.WorkItem;
import pdca.model.YesNoItem;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.samples.SamplePlans;

/** Status roll-ups, overdue rules, KPI achievement, grades and evaluation scores. */
class LogicTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	private static Plan seed(String prefix) throws Exception {
		Path file = SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix))
				.findFirst().orElseThrow();
		return PlanFiles.load(file);
	}

	private static void report(Plan plan, WorkItem item, int quarter, ActionStatus status) {
		ProgressReport r = F.createProgressReport();
		r.setAction(item);
		r.setRocYear(plan.getRocYear());
		r.setQuarter(quarter);
		r.setStatus(status);
		r.setProgress(status == ActionStatus.DONE ? 100 : 50);
		plan.getProgressReports().add(r);
	}

	/** A plan of year 106 with one strategy, one method and three actions with the given deadlines. */
	private static Plan plan(String... deadlines) {
		Plan plan = F.createPlan();
		plan.setRocYear(106);
		Strategy s = F.createStrategy();
		Method m = F.createMethod();
		s.getMethods().add(m);
		plan.getStrategies().add(s);
		for (String d : deadlines) {
			Action a = F.createAction();
			a.setSchedule(Schedule.parse(d));
			m.getActions().add(a);
		}
		return plan;
	}

	private static Action action(Plan plan, int i) {
		return PlanStructure.actions(plan).get(i);
	}

	@Test
	void oneOffDeadlineIsOverdueOnlyWhenPassedAndNotDone() {
		Plan plan = plan("106年6月", "106年6月");
		report(plan, action(plan, 1), 2, ActionStatus.DONE);
		assertFalse(new StatusRollup(plan, new Quarter(106, 1)).statusOf(action(plan, 0)).overdue(), "not yet due in Q1");
		StatusRollup q2 = new StatusRollup(plan, new Quarter(106, 2));
		assertTrue(q2.statusOf(action(plan, 0)).overdue());
		assertEquals(ActionStatus.DELAYED, q2.statusOf(action(plan, 0)).effective());
		assertEquals(ActionStatus.DONE, q2.statusOf(action(plan, 1)).effective());
		assertEquals(List.of(action(plan, 0)), q2.overdueItems());
	}

	@Test
	void recurringDeadlineNeedsAReportEveryQuarter() {
		Plan plan = plan("3月、6月、9月、12月完成");
		Action a = action(plan, 0);
		report(plan, a, 1, ActionStatus.DONE);
		assertFalse(new StatusRollup(plan, new Quarter(106, 1)).statusOf(a).overdue());
		assertTrue(new StatusRollup(plan, new Quarter(106, 2)).statusOf(a).overdue(), "Q2 has no report");
		report(plan, a, 2, ActionStatus.ONGOING);
		assertFalse(new StatusRollup(plan, new Quarter(106, 2)).statusOf(a).overdue());
	}

	@Test
	void doneThenOngoingNeedsDoneOrOngoingAfterItsMonth() {
		Plan plan = plan("6月完成並持續辦理");
		Action a = action(plan, 0);
		assertTrue(new StatusRollup(plan, new Quarter(106, 3)).statusOf(a).overdue());
		report(plan, a, 3, ActionStatus.ONGOING);
		assertFalse(new StatusRollup(plan, new Quarter(106, 3)).statusOf(a).overdue());
	}

	@Test
	void cancelledIsNeverOverdue() {
		Plan plan = plan("106年1月");
		report(plan, action(plan, 0), 1, ActionStatus.CANCELLED);
		assertFalse(new StatusRollup(plan, new Quarter(106, 4)).statusOf(action(plan, 0)).overdue());
	}

	@Test
	void rollUpToMethodStrategyAndPlan() {
		Plan plan = plan("106年12月", "106年12月");
		report(plan, action(plan, 0), 1, ActionStatus.DONE);
		report(plan, action(plan, 1), 1, ActionStatus.DONE);
		StatusRollup done = new StatusRollup(plan, new Quarter(106, 1));
		assertEquals(ActionStatus.DONE, done.planStatus().effective());
		assertEquals(100, done.statusOf(plan.getStrategies().get(0)).progress());

		Plan mixed = plan("106年3月", "106年12月");
		report(mixed, action(mixed, 1), 1, ActionStatus.ON_TRACK);
		StatusRollup r = new StatusRollup(mixed, new Quarter(106, 1));
		assertEquals(ActionStatus.DELAYED, r.statusOf(PlanStructure.methods(mixed).get(0)).reported());
		assertEquals(1, r.counts().get(ActionStatus.DELAYED));
		assertEquals(1, r.counts().get(ActionStatus.ON_TRACK));
	}

	@Test
	void motorVehicleStationInTheSecondQuarter() throws Exception {
		Plan plan = seed("tainan");
		StatusRollup r = new StatusRollup(plan, new Quarter(106, 2));
		// With no check-ins, every item due by June (6月完成…, 4月完成…, 3月/6月 recurring) is overdue;
		// the 8月 items, the 12月-only half-yearly item and 已完成並持續辦理 are not.
		Method m = PlanStructure.strategies(plan).get(0).getMethods().get(0);
		assertTrue(r.statusOf(m.getActions().get(0)).overdue());
		Method august = PlanStructure.strategies(plan).get(5).getMethods().get(2);
		assertEquals("8月完成並持續辦理", august.getSchedule().text());
		assertFalse(r.statusOf(august.getActions().get(0)).overdue());
		m.getActions().forEach(a -> report(plan, a, 2, ActionStatus.ONGOING));
		StatusRollup after = new StatusRollup(plan, new Quarter(106, 2));
		assertFalse(after.statusOf(m).overdue());
		assertEquals(ActionStatus.ONGOING, after.statusOf(m).effective());
	}

	private static Kpi kpi(KpiDirection direction, Double target, double... quarterly) {
		Kpi k = F.createKpi();
		k.setDirection(direction);
		k.setTarget(target);
		for (int q = 0; q < quarterly.length; q++) {
			Measurement m = F.createMeasurement();
			m.setRocYear(106);
			m.setQuarter(q + 1);
			m.setValue(quarterly[q]);
			k.getMeasurements().add(m);
		}
		return k;
	}

	@Test
	void kpiAchievement() {
		Quarter q2 = new Quarter(106, 2);
		assertEquals(KpiAchievement.Level.MET, KpiAchievement.of(kpi(KpiDirection.HIGHER_IS_BETTER, 90.0, 50, 92), q2).level());
		assertEquals(KpiAchievement.Level.NEAR, KpiAchievement.of(kpi(KpiDirection.HIGHER_IS_BETTER, 100.0, 95), q2).level());
		assertEquals(KpiAchievement.Level.MISSED, KpiAchievement.of(kpi(KpiDirection.HIGHER_IS_BETTER, 100.0, 80), q2).level());
		assertEquals(0.92, KpiAchievement.of(kpi(KpiDirection.HIGHER_IS_BETTER, 100.0, 92, 10), new Quarter(106, 1)).ratio(), 1e-9);
		assertEquals(KpiAchievement.Level.MET, KpiAchievement.of(kpi(KpiDirection.LOWER_IS_BETTER, 10.0, 8), q2).level());
		assertEquals(KpiAchievement.Level.MISSED, KpiAchievement.of(kpi(KpiDirection.LOWER_IS_BETTER, 10.0, 20), q2).level());
		assertEquals(KpiAchievement.Level.NO_DATA, KpiAchievement.of(kpi(KpiDirection.HIGHER_IS_BETTER, 10.0), q2).level());
		assertEquals(KpiAchievement.Level.NO_TARGET, KpiAchievement.of(kpi(KpiDirection.HIGHER_IS_BETTER, null, 5), q2).level());
		assertEquals(KpiAchievement.Level.MET,
				KpiAchievement.of(kpi(KpiDirection.HIGHER_IS_BETTER, 100.0, 85), q2, new KpiAchievement.Thresholds(0.8, 0.6)).level());
	}

	@ParameterizedTest
	@CsvSource({ "59,丁等,SANCTION", "60,丙等,SANCTION", "69,丙等,SANCTION", "70,乙等,NONE", "79,乙等,NONE",
			"80,甲等,NONE", "84.9,甲等,NONE", "85,甲等,REWARD", "89,甲等,REWARD", "89.5,甲等,REWARD", "90,優等,REWARD",
			"100,優等,REWARD", "0,丁等,SANCTION" })
	void gradeBandsOfTheChiayiElectionCommission(double score, String grade, String consequence) throws Exception {
		var scheme = seed("chiayi").getScoringScheme();
		assertEquals(grade, GradeScale.grade(scheme, score).orElseThrow().getName());
		assertEquals(consequence, GradeScale.consequence(scheme, score).orElseThrow().getKind().getName());
	}

	// ---- evaluation forms of seed 001 (基隆市選舉委員會) ----

	private static List<FormItem> items(FormGroup g) {
		List<FormItem> all = new java.util.ArrayList<>(g.getItems());
		for (FormSection s : g.getSections()) {
			all.addAll(items(s));
		}
		return all;
	}

	/** A record answering every item at its best: yes, the highest choice, the maximum score. */
	private static EvaluationRecord best(EvaluationForm form) {
		EvaluationRecord r = F.createEvaluationRecord();
		r.setForm(form);
		for (FormItem item : items(form)) {
			ItemAnswer a = F.createItemAnswer();
			a.setItem(item);
			if (item instanceof YesNoItem) {
				a.setChecked(true);
			} else if (item instanceof ChoiceItem c) {
				a.setChoice(c.getChoices().stream().max((x, y) -> Double.compare(x.getMaxPoints(), y.getMaxPoints())).orElseThrow());
				a.setPoints(a.getChoice().getMaxPoints());
			} else if (item instanceof ScoreItem) {
				a.setPoints(item.getMaxPoints());
			}
			r.getAnswers().add(a);
		}
		return r;
	}

	private static ItemAnswer answer(EvaluationRecord r, FormItem item) {
		return r.getAnswers().stream().filter(a -> a.getItem() == item).findFirst().orElseThrow();
	}

	@Test
	void candidateRegistrationFormAllYesAndThreeNos() throws Exception {
		EvaluationForm form = seed("keelung").getEvaluationForms().get(0);
		EvaluationRecord r = best(form);
		assertEquals(100, EvaluationScorer.score(r).score(), 1e-9);
		// two 'no' in section (一) (10 points each) and one in (三) (7 points): 100 − 10 − 10 − 7 = 73
		answer(r, form.getSections().get(0).getItems().get(0)).setChecked(false);
		answer(r, form.getSections().get(0).getItems().get(1)).setChecked(false);
		answer(r, form.getSections().get(2).getItems().get(3)).setChecked(false);
		assertEquals(73, EvaluationScorer.score(r).score(), 1e-9);
	}

	@Test
	void petitionFormWithAReplySpeedChoice() throws Exception {
		EvaluationForm form = seed("keelung").getEvaluationForms().get(1);
		EvaluationRecord r = best(form);
		ChoiceItem speed = (ChoiceItem) items(form).stream().filter(i -> i instanceof ChoiceItem).findFirst().orElseThrow();
		ItemAnswer a = answer(r, speed);
		a.setChoice(speed.getChoices().get(0)); // 一至三天 (11–15)
		a.setPoints(13.0);
		// 35 + 35 + 13 + 15 = 98
		assertEquals(98, EvaluationScorer.score(r).score(), 1e-9);
		a.setPoints(20.0); // above the choice's range: kept at 15
		assertEquals(100, EvaluationScorer.score(r).score(), 1e-9);
	}

	@Test
	void notApplicableItemIsLeftOutAndTheScoreScaled() throws Exception {
		EvaluationForm form = seed("keelung").getEvaluationForms().get(1);
		EvaluationRecord r = best(form);
		FormItem last = form.getItems().get(form.getItems().size() - 1); // (四) yes/no 15
		answer(r, form.getItems().get(0)).setChecked(false); // (一) 35 lost
		answer(r, last).setNotApplicable(true);
		EvaluationScorer.Result result = EvaluationScorer.score(r);
		// earned 35 + 15 = 50 of 85 possible → 50 / 85 × 100 = 58.82…
		assertEquals(85, result.possible(), 1e-9);
		assertEquals(50.0 / 85 * 100, result.score(), 1e-9);
		assertEquals(List.of(last), result.notApplicable());
	}

	@Test
	void phoneCourtesyWithoutAVoiceSystemCountsSectionTwoDouble() throws Exception {
		EvaluationForm form = seed("keelung").getEvaluationForms().get(2);
		EvaluationRecord r = best(form);
		assertEquals(100, EvaluationScorer.score(r).score(), 1e-9);
		FormSection switchboard = form.getSections().get(0);
		FormSection pickUp = switchboard.getSections().get(1); // （二）總機人員接聽速度, 10 points
		ScoreItem rings = (ScoreItem) pickUp.getItems().get(0);
		answer(r, rings).setPoints(8.0); // two rings too many: 10 − 2 = 8
		assertEquals(98, EvaluationScorer.score(r).score(), 1e-9);
		r.getAppliedRules().add(form.getRules().get(0)); // 無電話語音系統: (一) not scored, (二) × 2
		EvaluationScorer.Result result = EvaluationScorer.score(r);
		// (一) left out: earned 98 − 10 = 88 of 90; (二) doubled: 8 → 16 of 20, so earned 88 + 8 = 96 of 100
		assertEquals(100, result.possible(), 1e-9);
		assertEquals(96, result.score(), 1e-9);
	}

	@Test
	void exclusiveAnswerSectionCountsOnlyTheAnsweredAlternative() throws Exception {
		EvaluationForm form = seed("keelung").getEvaluationForms().get(2);
		FormSection answers = form.getSections().get(1).getSections().get(2); // 二、（三）答話內容, 20
		assertTrue(answers.isExclusive());
		EvaluationRecord r = best(form);
		r.getAnswers().removeIf(a -> a.getItem() == answers.getItems().get(1)); // only 甲 answered
		assertEquals(100, EvaluationScorer.score(r).score(), 1e-9);
	}
}
