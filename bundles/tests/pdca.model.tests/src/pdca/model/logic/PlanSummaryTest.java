package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pdca.model.Plan;
import pdca.model.logic.PlanSummary.OwnerLoad;
import pdca.model.schedule.Schedule;
import pdca.model.seeds.Seed;

/** The plan at a glance, counted by hand from the seed files. */
class PlanSummaryTest {

	/**
	 * Seed 106: 74 actions, each with its method's deadline.
	 *
	 * <pre>
	 * 6月完成並持續辦理  一（一）5 （二）5 （三）11 （四）2, 二（一）3, 三（一）7 （四）3, 四（一）1 （二）1 （三）2,
	 *                    五（一）4 （二）3, 六（一）5                                    = 52 → Q2
	 * 4月完成並持續辦理  二（四）3                                                       =  3 → Q2
	 * 8月完成並持續辦理  六（三）2 （四）2                                               =  4 → Q3
	 * 已完成並持續辦理    三（三）1                                                       =  1 → no quarter
	 * 3月、6月、9月、12月 二（二）5, 三（二）3, 五（三）2, 六（二）1                          = 11 → Q1 Q2 Q3 Q4
	 * 每年或半年（6月或12月）二（三）3                                                    =  3 → Q2 Q4
	 * Q1 = 11; Q2 = 52 + 3 + 11 + 3 = 69; Q3 = 4 + 11 = 15; Q4 = 11 + 3 = 14
	 * ongoing after the deadline: 52 + 3 + 4 + 1 = 60; without a quarter: 1
	 * </pre>
	 */
	@Test
	void motorVehicleStation106() {
		PlanSummary s = PlanSummary.of(Seed.MOTOR_VEHICLE_106.load());
		assertEquals(0, s.dimensions());
		assertEquals(6, s.strategies());
		assertEquals(22, s.methods());
		assertEquals(74, s.actions());
		assertEquals(74, s.trackedItems());
		assertEquals(0, s.kpis());
		assertEquals(0, s.evaluationForms());
		assertArrayEquals(new int[] { 11, 69, 15, 14 }, s.deadlinesPerQuarter());
		assertEquals(60, s.ongoing());
		assertEquals(1, s.unscheduled());
		assertEquals(Map.of(PlanSummary.NO_OWNER, new OwnerLoad(74, 0)), s.itemsPerOwner(),
				"the station's plan names no owner units: all 74 are unowned");
	}

	/**
	 * Seed 107: 25 methods without actions, every one due 107年12月, owners as printed (a method
	 * whose row is split in two has the first row's unit as lead, the second's as co-owner).
	 *
	 * <pre>
	 * 本處管制考核科  一（一）, 八（三）                                                   lead 2, co 1 (二（六）)
	 * 本處研究發展科  一（二）, 二（三）, 二（六）, 三（一）, 三（二）, 四（二）, 八（一）, 八（二） lead 8, co 1 (二（一）)
	 * 本處資訊科      二（二）, 二（五）, 四（一）, 六（二）, 六（三）                       lead 5, co 1 (四（二）)
	 * 本處綜合規劃科  五（二）, 五（三）, 六（一）                                         lead 3
	 * 本處各科        二（一）, 二（四）, 三（三）, 七（一）, 七（二）, 八（四）                 lead 6
	 * 本府各科        五（一）                                                           lead 1
	 * </pre>
	 */
	@Test
	void planningDepartment107() {
		PlanSummary s = PlanSummary.of(Seed.PLANNING_107.load());
		assertEquals(8, s.strategies());
		assertEquals(25, s.methods());
		assertEquals(0, s.actions());
		assertEquals(25, s.trackedItems());
		assertArrayEquals(new int[] { 0, 0, 0, 25 }, s.deadlinesPerQuarter());
		assertEquals(0, s.ongoing());
		assertEquals(0, s.unscheduled());
		Map<String, OwnerLoad> expected = new LinkedHashMap<>();
		expected.put("本處管制考核科", new OwnerLoad(2, 1));
		expected.put("本處研究發展科", new OwnerLoad(8, 1));
		expected.put("本處資訊科", new OwnerLoad(5, 1));
		expected.put("本處綜合規劃科", new OwnerLoad(3, 0));
		expected.put("本處各科", new OwnerLoad(6, 0));
		expected.put("本府各科", new OwnerLoad(1, 0));
		assertEquals(expected, s.itemsPerOwner());
		assertEquals(List.copyOf(expected.keySet()), List.copyOf(s.itemsPerOwner().keySet()), "in organisation order");
	}

	/** Seed 099: 99/1~99/12, a merged cell over every row, is due at the end of December. */
	@Test
	void householdOffice099() {
		PlanSummary s = PlanSummary.of(Seed.HOUSEHOLD_099.load());
		assertEquals(3, s.dimensions());
		assertEquals(52, s.trackedItems());
		assertArrayEquals(new int[] { 0, 0, 0, 52 }, s.deadlinesPerQuarter());
		assertEquals(0, s.unscheduled());
	}

	@Test
	void electionCommission105CountsItsForms() {
		PlanSummary s = PlanSummary.of(Seed.ELECTION_105.load());
		assertEquals(3, s.evaluationForms());
		assertEquals(18, s.trackedItems());
		assertEquals(18, s.unscheduled());
	}

	@Test
	void planWithoutYearYetIsSummarisedWithoutDeadlines() {
		Plan plan = Seed.MOTOR_VEHICLE_106.load();
		plan.setRocYear(0); // a new plan copied from last year, year not entered yet
		PlanSummary s = PlanSummary.of(plan);
		assertEquals(74, s.trackedItems());
		assertArrayEquals(new int[] { 0, 0, 0, 0 }, s.deadlinesPerQuarter());
		assertEquals(74, s.unscheduled());
	}

	@Test
	void deadlineInAnotherYearIsNotCountedInThisYearsQuarters() {
		Plan plan = Seed.PLANNING_107.load();
		PlanStructure.methods(plan).get(0).setSchedule(Schedule.parse("108年3月"));
		PlanSummary s = PlanSummary.of(plan);
		assertArrayEquals(new int[] { 0, 0, 0, 24 }, s.deadlinesPerQuarter());
		assertEquals(1, s.unscheduled());
	}
}
