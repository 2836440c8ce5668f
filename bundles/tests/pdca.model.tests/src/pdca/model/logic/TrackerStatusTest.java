package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.ActionStatus.DELAYED;
import static pdca.model.ActionStatus.DONE;
import static pdca.model.ActionStatus.ONGOING;
import static pdca.model.logic.TrackerFixtures.improvement;
import static pdca.model.logic.TrackerFixtures.meeting;
import static pdca.model.logic.TrackerFixtures.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.ActionStatus;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.Strategy;
import pdca.model.logic.TrackerStatus.StrategyRow;
import pdca.model.seeds.Seed;

/**
 * The roll-up the dashboard and {@code pdca status} show, on seed 106 with prepared check-ins: strategy 六、 has
 * quarterly work (六、（二）3月、6月、9月、12月), work done by June then ongoing (六、（一）) and work due in August then
 * ongoing (六、（三）（四）).
 */
class TrackerStatusTest {

	private Plan plan;
	private Strategy sixth;
	private Method innovation; // 六、（一） 6月完成並持續辦理, 5 actions
	private Method rules; // 六、（二） 3月、6月、9月、12月完成, 1 action
	private Method crossDomain; // 六、（三） 8月完成並持續辦理, 2 actions
	private Method cost; // 六、（四） 8月完成並持續辦理, 2 actions

	@BeforeEach
	void setUp() {
		plan = Seed.MOTOR_VEHICLE_106.load();
		sixth = PlanStructure.strategies(plan).get(5);
		innovation = sixth.getMethods().get(0);
		rules = sixth.getMethods().get(1);
		crossDomain = sixth.getMethods().get(2);
		cost = sixth.getMethods().get(3);
		for (Action a : innovation.getActions()) {
			report(plan, a, 106, 1, ONGOING, 40);
			report(plan, a, 106, 2, DONE, 100);
		}
		Action rule = rules.getActions().get(0);
		report(plan, rule, 106, 1, ONGOING, 25);
		report(plan, rule, 106, 2, ONGOING, 50);
		// September missing for the quarterly work
		for (Method m : List.of(crossDomain, cost)) {
			for (Action a : m.getActions()) {
				report(plan, a, 106, 3, DONE, 100);
			}
		}
	}

	private StrategyRow row(TrackerStatus status, Strategy s) {
		return status.strategies().stream().filter(r -> r.strategy() == s).findFirst().orElseThrow();
	}

	@Test
	void heatMapShowsEachQuarterUpToTheOneShown() {
		TrackerStatus q3 = TrackerStatus.of(plan, new Quarter(106, 3));
		StrategyRow r = row(q3, sixth);
		assertEquals("六、", r.label());
		assertEquals(10, r.tracked());
		// Q1: only the quarterly work was due (March reported): in progress → ongoing (5 ongoing + 1 ongoing,
		//     4 not started: ON_TRACK roll-up since not all are ongoing/done)
		// Q2: 六、（一） done, the quarterly work ongoing, 六、（三）（四） not due yet, not started → on track
		// Q3: the quarterly work has no September report → delayed
		// Q4: after the quarter shown → not known
		assertArrayEquals(new ActionStatus[] { ActionStatus.ON_TRACK, ActionStatus.ON_TRACK, DELAYED, null }, r.quarters());
		assertEquals(DELAYED, r.status().effective());
		assertTrue(r.status().overdue());
		// progress (5 × 100 + 50 + 4 × 100) / 10 = 95
		assertEquals(95, r.status().progress());
	}

	@Test
	void theYearEndViewColoursTheLastQuarterToo() {
		report(plan, rules.getActions().get(0), 106, 3, ONGOING, 75);
		report(plan, rules.getActions().get(0), 106, 4, DONE, 100);
		StrategyRow r = row(TrackerStatus.of(plan, new Quarter(106, 4)), sixth);
		assertEquals(DONE, r.quarters()[3], "everything of 六、 done or done-then-ongoing by December");
		assertEquals(ONGOING, r.quarters()[2], "September: done, done-then-ongoing and ongoing quarterly work");
	}

	@Test
	void countsAddUpToTheTrackedItemsAndMatchTheOverdueList() {
		TrackerStatus s = TrackerStatus.of(plan, new Quarter(106, 3));
		assertEquals(74, s.trackedItems());
		assertEquals(s.counts().get(DELAYED).intValue(), s.overdue().size());
		assertEquals(DELAYED, s.planStatus().effective());
		assertFalse(s.overdue().stream().anyMatch(o -> innovation.getActions().contains(o.item())));
		assertEquals(LocalDate.of(2017, 9, 30), s.overdue().stream().filter(o -> o.item() == rules.getActions().get(0))
				.findFirst().orElseThrow().deadline());
		assertEquals(0, s.counts().get(ActionStatus.CANCELLED), "every status is present, also with 0");
	}

	@Test
	void openImprovementActionsIncludeTheQuartersOwnMeetingAndLeaveClosedOnesOut() {
		ReviewMeeting q2 = meeting(plan, 106, 2, LocalDate.of(2017, 7, 10));
		ImprovementAction open = improvement(q2, "尖峰時段增開臨時櫃台", null, LocalDate.of(2017, 8, 31),
				ImprovementStatus.OPEN, null);
		ImprovementAction faq = improvement(q2, "網站常見問答更新", null, LocalDate.of(2017, 8, 1), ImprovementStatus.CLOSED,
				LocalDate.of(2017, 7, 30));
		assertEquals(List.of(faq, open), TrackerStatus.of(plan, new Quarter(106, 2)).openImprovements().stream()
				.map(ReviewAgenda.OpenImprovement::action).toList(),
				"the quarter's own meeting's decisions are open work; closed only in July, so open on June 30; by due date");
		List<ReviewAgenda.OpenImprovement> september = TrackerStatus.of(plan, new Quarter(106, 3)).openImprovements();
		assertEquals(List.of(open), september.stream().map(ReviewAgenda.OpenImprovement::action).toList(), "closed by then");
		assertTrue(september.get(0).due());
		assertTrue(TrackerStatus.of(plan, new Quarter(106, 1)).openImprovements().isEmpty(), "not decided yet in March");
	}

	@Test
	void defaultQuarterIsTheLatestReportedOne() {
		assertEquals(new Quarter(106, 3), TrackerStatus.defaultQuarter(plan));
		assertEquals(new Quarter(105, 1), TrackerStatus.defaultQuarter(Seed.ELECTION_105.load()));
	}

	@Test
	void aPlanIsTrackedInItsOwnYearAndOneWithoutAYearInTodays() {
		java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 1); // 民國115年
		assertEquals(106, TrackerStatus.planYear(plan, today));
		pdca.model.Plan blank = pdca.model.PdcaFactory.eINSTANCE.createPlan();
		assertEquals(115, TrackerStatus.planYear(blank, today));
		assertEquals(new Quarter(115, 4), TrackerStatus.defaultQuarter(blank, today), "and opens on today's quarter");
	}
}
