package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.ActionStatus.CANCELLED;
import static pdca.model.ActionStatus.DELAYED;
import static pdca.model.ActionStatus.DONE;
import static pdca.model.ActionStatus.NOT_STARTED;
import static pdca.model.ActionStatus.ONGOING;
import static pdca.model.ActionStatus.ON_TRACK;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.ActionStatus;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.Strategy;
import pdca.model.WorkItem;
import pdca.model.logic.StatusRollup.ItemStatus;
import pdca.model.schedule.Schedule;
import pdca.model.seeds.Seed;
import pdca.test.support.PlanBuilder;

/**
 * The status shown at the quarterly review meeting: what each unit reported, what is late, and how it adds up
 * to methods, strategies and the plan.
 *
 * <pre>
 * 106 plan
 * 一、完備基礎服務項目
 *   （一）建立業務標準作業流程
 *     1. 一次完成        106年3月
 *     2. 每季辦理        3月、6月、9月、12月完成
 *     3. 完成後持續辦理   6月完成並持續辦理
 *     4. 已取消          106年3月
 * 二、重視意見回饋
 *   （一）辦理滿意度調查（no actions, tracked itself）  106年12月
 * </pre>
 */
class StatusRollupTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	private static final Quarter Q1 = new Quarter(106, 1);
	private static final Quarter Q2 = new Quarter(106, 2);
	private static final Quarter Q3 = new Quarter(106, 3);
	private static final Quarter Q4 = new Quarter(106, 4);

	private Plan plan;
	private Strategy strategy1;
	private Method method11;
	private Action oneOff;
	private Action quarterly;
	private Action doneThenOngoing;
	private Action cancelled;
	private Strategy strategy2;
	private Method survey;

	@BeforeEach
	void setUp() {
		plan = PlanBuilder.plan().rocYear(106)
				.strategy("完備基礎服務項目").method("建立業務標準作業流程")
				.action("一次完成").deadline("106年3月")
				.action("每季辦理").deadline("3月、6月、9月、12月完成")
				.action("完成後持續辦理").deadline("6月完成並持續辦理")
				.action("已取消").deadline("106年3月")
				.strategy("重視意見回饋").method("辦理滿意度調查").deadline("106年12月")
				.build();
		strategy1 = plan.getStrategies().get(0);
		method11 = strategy1.getMethods().get(0);
		oneOff = method11.getActions().get(0);
		quarterly = method11.getActions().get(1);
		doneThenOngoing = method11.getActions().get(2);
		cancelled = method11.getActions().get(3);
		strategy2 = plan.getStrategies().get(1);
		survey = strategy2.getMethods().get(0);
		report(cancelled, 1, CANCELLED, 0);
	}

	private ProgressReport report(WorkItem item, int quarter, ActionStatus status, int progress) {
		ProgressReport r = F.createProgressReport();
		r.setAction(item);
		r.setRocYear(106);
		r.setQuarter(quarter);
		r.setStatus(status);
		r.setProgress(progress);
		plan.getProgressReports().add(r);
		return r;
	}

	private ItemStatus status(WorkItem item, Quarter quarter) {
		return new StatusRollup(plan, quarter).statusOf(item);
	}

	// --- one-off deadline (106年3月) ---

	@Test
	void oneOffDeadlinePassedWithoutReportIsLate() {
		ItemStatus s = status(oneOff, Q1); // due 3月31日: counts at the first quarter's review
		assertEquals(NOT_STARTED, s.reported());
		assertTrue(s.overdue());
		assertEquals(DELAYED, s.effective());
		assertNull(s.latest());
	}

	@Test
	void oneOffDeadlinePassedWhileStillInProgressIsLate() {
		report(oneOff, 1, ON_TRACK, 80);
		ItemStatus s = status(oneOff, Q2);
		assertEquals(ON_TRACK, s.reported());
		assertEquals(80, s.progress());
		assertTrue(s.overdue());
		assertEquals(DELAYED, s.effective());
	}

	@Test
	void oneOffDeadlineReportedDoneIsNotLate() {
		report(oneOff, 1, ON_TRACK, 50);
		ProgressReport done = report(oneOff, 1, DONE, 90);
		ItemStatus s = status(oneOff, Q2);
		assertFalse(s.overdue());
		assertEquals(DONE, s.effective());
		assertEquals(100, s.progress(), "done is 100 % whatever was typed");
		assertSame(done, s.latest());
	}

	@Test
	void reportOfALaterQuarterDoesNotCountEarlier() {
		report(oneOff, 2, DONE, 100); // done late, in the second quarter
		assertTrue(status(oneOff, Q1).overdue(), "at the first review it was late");
		assertFalse(status(oneOff, Q2).overdue());
	}

	@Test
	void deadlineLaterInTheYearIsNotLateYet() {
		ItemStatus atQ2 = status(survey, Q2);
		assertFalse(atQ2.overdue());
		assertEquals(NOT_STARTED, atQ2.effective());
		assertTrue(status(survey, Q4).overdue(), "106年12月 without a report of done is late at the year-end review");
	}

	// --- recurring deadline (3月、6月、9月、12月完成) ---

	@Test
	void quarterlyWorkWithoutReportThisQuarterIsLate() {
		report(quarterly, 1, ONGOING, 25);
		ItemStatus s = status(quarterly, Q2);
		assertTrue(s.overdue(), "nothing reported for June");
		assertEquals(DELAYED, s.effective());
	}

	@Test
	void quarterlyWorkReportedEveryQuarterIsNotLate() {
		report(quarterly, 1, ONGOING, 25);
		report(quarterly, 2, ONGOING, 50);
		ItemStatus s = status(quarterly, Q2);
		assertFalse(s.overdue());
		assertEquals(ONGOING, s.effective());
		assertEquals(50, s.progress());
	}

	@Test
	void quarterlyWorkDoneThisQuarterIsNotLate() {
		report(quarterly, 1, DONE, 100);
		report(quarterly, 2, DONE, 100);
		assertFalse(status(quarterly, Q2).overdue());
		assertEquals(DONE, status(quarterly, Q2).effective());
	}

	@Test
	void quarterlyWorkDoneLastQuarterButNotReportedThisQuarterShowsAsDelayed() {
		report(quarterly, 1, DONE, 100);
		ItemStatus s = status(quarterly, Q2);
		assertTrue(s.overdue());
		assertEquals(DELAYED, s.effective(), "March was done, June is missing: the review must see it as late, not done");
		// counted as delayed, like the one-off (March) and the done-then-ongoing (June) work without report
		assertEquals(Map.of(DELAYED, 3, NOT_STARTED, 1, CANCELLED, 1), nonZero(new StatusRollup(plan, Q2).counts()));
	}

	@Test
	void quarterlyWorkMissingAnEarlierQuarterStaysLate() {
		report(quarterly, 2, ONGOING, 50); // nothing for March
		assertTrue(status(quarterly, Q2).overdue());
	}

	@Test
	void quarterlyWorkIsDueAtTheFirstReview() {
		assertTrue(status(quarterly, Q1).overdue());
		report(quarterly, 1, ONGOING, 25);
		assertFalse(status(quarterly, Q1).overdue());
	}

	// --- done then ongoing (6月完成並持續辦理) ---

	@Test
	void doneThenOngoingIsNotLateBeforeJune() {
		assertFalse(status(doneThenOngoing, Q1).overdue());
		assertEquals(NOT_STARTED, status(doneThenOngoing, Q1).effective());
	}

	@Test
	void doneThenOngoingWithoutReportIsLateInTheThirdQuarter() {
		ItemStatus s = status(doneThenOngoing, Q3);
		assertTrue(s.overdue());
		assertEquals(DELAYED, s.effective());
	}

	@Test
	void doneThenOngoingReportedOngoingIsNotLate() {
		report(doneThenOngoing, 3, ONGOING, 100);
		ItemStatus s = status(doneThenOngoing, Q3);
		assertFalse(s.overdue());
		assertEquals(ONGOING, s.effective());
	}

	@Test
	void doneThenOngoingReportedDoneInJuneIsNotLateLater() {
		report(doneThenOngoing, 2, DONE, 100);
		assertFalse(status(doneThenOngoing, Q3).overdue());
		assertFalse(status(doneThenOngoing, Q4).overdue());
	}

	// --- cancelled ---

	@Test
	void cancelledWorkIsNeverLate() {
		for (Quarter q : List.of(Q1, Q2, Q3, Q4)) {
			ItemStatus s = status(cancelled, q);
			assertFalse(s.overdue(), q.toString());
			assertEquals(CANCELLED, s.effective());
		}
	}

	@Test
	void planWhoseYearIsNotEnteredYetHasNothingLate() {
		plan.setRocYear(0); // a new plan: deadlines without a year cannot be placed yet
		StatusRollup rollup = new StatusRollup(plan, Q4);
		assertTrue(rollup.overdueItems().isEmpty());
		assertEquals(NOT_STARTED, rollup.statusOf(quarterly).effective());
	}

	// --- roll-ups ---

	private void reportEverythingDoneUpTo(int quarter) {
		report(oneOff, 1, DONE, 100);
		for (int q = 1; q <= quarter; q++) {
			report(quarterly, q, q == quarter ? DONE : ONGOING, 100);
		}
		report(doneThenOngoing, 2, DONE, 100);
		report(survey, quarter, DONE, 100);
	}

	@Test
	void everythingDoneRollsUpToDone() {
		reportEverythingDoneUpTo(2);
		StatusRollup rollup = new StatusRollup(plan, Q2);
		assertEquals(DONE, rollup.statusOf(method11).reported(), "the cancelled action does not hold the method back");
		assertEquals(DONE, rollup.statusOf(strategy1).reported());
		assertEquals(DONE, rollup.statusOf(strategy2).reported());
		assertEquals(DONE, rollup.planStatus().reported());
		assertFalse(rollup.planStatus().overdue());
		assertEquals(100, rollup.planStatus().progress());
		assertEquals(Map.of(DONE, 4, CANCELLED, 1), nonZero(rollup.counts()));
		assertTrue(rollup.overdueItems().isEmpty());
	}

	@Test
	void oneDelayedActionMakesMethodStrategyAndPlanDelayed() {
		reportEverythingDoneUpTo(2);
		plan.getProgressReports().removeIf(r -> r.getAction() == oneOff);
		report(oneOff, 2, ON_TRACK, 60);
		StatusRollup rollup = new StatusRollup(plan, Q2);
		assertEquals(DELAYED, rollup.statusOf(method11).reported());
		assertTrue(rollup.statusOf(method11).overdue());
		assertEquals(DELAYED, rollup.statusOf(strategy1).reported());
		assertEquals(DONE, rollup.statusOf(strategy2).reported(), "the other strategy is not affected");
		assertEquals(DELAYED, rollup.planStatus().reported());
		assertEquals(Map.of(DONE, 3, DELAYED, 1, CANCELLED, 1), nonZero(rollup.counts()));
		assertEquals(List.of(oneOff), rollup.overdueItems());
		// (60 + 100 + 100) / 3 actions that are not cancelled
		assertEquals(87, rollup.statusOf(method11).progress());
	}

	@Test
	void nothingReportedAtTheFirstReview() {
		StatusRollup rollup = new StatusRollup(plan, Q1);
		// late at the end of March: the one-off March deadline and the March instance of the quarterly work
		assertEquals(List.of(oneOff, quarterly), rollup.overdueItems());
		assertEquals(Map.of(DELAYED, 2, NOT_STARTED, 2, CANCELLED, 1), nonZero(rollup.counts()));
		assertEquals(NOT_STARTED, rollup.statusOf(strategy2).reported());
		assertEquals(DELAYED, rollup.planStatus().reported());
	}

	@Test
	void workUnderWayRollsUpToOnTrack() {
		report(oneOff, 1, DONE, 100);
		report(quarterly, 1, ONGOING, 25);
		report(doneThenOngoing, 1, ONGOING, 30);
		report(survey, 1, ON_TRACK, 20);
		StatusRollup rollup = new StatusRollup(plan, Q1);
		assertEquals(ONGOING, rollup.statusOf(method11).reported(), "done and ongoing work is ongoing");
		assertEquals(ON_TRACK, rollup.planStatus().reported());
		assertFalse(rollup.planStatus().overdue());
	}

	private static Map<ActionStatus, Integer> nonZero(Map<ActionStatus, Integer> counts) {
		Map<ActionStatus, Integer> result = new java.util.EnumMap<>(ActionStatus.class);
		counts.forEach((k, v) -> {
			if (v != 0) {
				result.put(k, v);
			}
		});
		return result;
	}

	// --- seed 106 with a few check-ins ---

	@Test
	void motorVehicleStationAtTheSecondReview() {
		Plan seed = Seed.MOTOR_VEHICLE_106.load();
		List<Strategy> strategies = PlanStructure.strategies(seed);
		Method standardProcess = strategies.get(0).getMethods().get(0); // 一、（一） 5 actions, 6月完成並持續辦理
		Method opinionTools = strategies.get(1).getMethods().get(1); // 二、（二） 5 actions, 3月、6月、9月、12月完成
		for (Action a : standardProcess.getActions()) {
			add(seed, a, 2, DONE);
		}
		for (int i = 0; i < 5; i++) {
			Action a = opinionTools.getActions().get(i);
			add(seed, a, 1, ONGOING);
			if (i < 4) {
				add(seed, a, 2, ONGOING); // the fifth reported for March only
			}
		}
		StatusRollup rollup = new StatusRollup(seed, new Quarter(106, 2));

		assertEquals(DONE, rollup.statusOf(standardProcess).reported());
		assertEquals(DELAYED, rollup.statusOf(opinionTools).reported());
		assertEquals(List.of(opinionTools.getActions().get(4)), rollup.overdueItems().stream()
				.filter(opinionTools.getActions()::contains).toList());
		assertEquals(DELAYED, rollup.statusOf(strategies.get(0)).reported(), "一、（二）…（四） have no report for June");
		assertEquals(DELAYED, rollup.planStatus().reported());
		// Counted by hand from the seed (74 actions, each with its method's deadline):
		// due by June: 55 done-then-ongoing (6月 or 4月), 11 quarterly, 3 half-yearly (6月或12月);
		// not due yet: 4 done-then-ongoing in 8月; no due date: 1 已完成並持續辦理.
		// Late: 55 − 5 reported done + 11 − 4 reported both quarters + 3 = 60.
		assertEquals(Map.of(DONE, 5, ONGOING, 4, DELAYED, 60, NOT_STARTED, 5), nonZero(rollup.counts()));
		assertEquals(60, rollup.overdueItems().size());
	}

	@Test
	void motorVehicleStationAtTheFirstReviewWithoutReports() {
		StatusRollup rollup = new StatusRollup(Seed.MOTOR_VEHICLE_106.load(), new Quarter(106, 1));
		// only the 11 quarterly actions (二、（二） 5, 三、（二） 3, 五、（三） 2, 六、（二） 1) are due in March
		assertEquals(Map.of(DELAYED, 11, NOT_STARTED, 63), nonZero(rollup.counts()));
		assertTrue(rollup.overdueItems().stream()
				.allMatch(item -> PlanStructure.effectiveSchedule(item).kind() == Schedule.Kind.RECURRING));
	}

	private static void add(Plan plan, WorkItem item, int quarter, ActionStatus status) {
		ProgressReport r = F.createProgressReport();
		r.setAction(item);
		r.setRocYear(106);
		r.setQuarter(quarter);
		r.setStatus(status);
		r.setProgress(status == DONE ? 100 : 50);
		plan.getProgressReports().add(r);
	}
}
