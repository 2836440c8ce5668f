package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.ActionStatus.DONE;
import static pdca.model.ActionStatus.ONGOING;
import static pdca.model.ActionStatus.ON_TRACK;
import static pdca.model.logic.TrackerFixtures.kpi;
import static pdca.model.logic.TrackerFixtures.measure;
import static pdca.model.logic.TrackerFixtures.report;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.WorkItem;
import pdca.model.seeds.Seed;

/** What the check-in grid of a quarter shows: this quarter's entry, the one before it, and KPI actuals. */
class CheckInsTest {

	private static final Quarter Q1 = new Quarter(106, 1);
	private static final Quarter Q2 = new Quarter(106, 2);
	private static final Quarter Q3 = new Quarter(106, 3);

	private Plan plan;
	private Action counterFlow; // 一、（一）1. 檢討並簡化「臨櫃辦理」案件…
	private Action walkAround; // 一、（一）2. 落實走動式服務…

	@BeforeEach
	void setUp() {
		plan = Seed.MOTOR_VEHICLE_106.load();
		Method standard = PlanStructure.strategies(plan).get(0).getMethods().get(0);
		counterFlow = standard.getActions().get(0);
		walkAround = standard.getActions().get(1);
	}

	@Test
	void theQuarterEntryAndThePreviousQuarterEntryAreFoundForTheGrid() {
		ProgressReport march = report(plan, counterFlow, 106, 1, ON_TRACK, 40);
		ProgressReport june = report(plan, counterFlow, 106, 2, DONE, 100);

		assertSame(june, CheckIns.report(plan, counterFlow, Q2).orElseThrow());
		assertSame(march, CheckIns.previousReport(plan, counterFlow, Q2).orElseThrow());
		assertSame(june, CheckIns.previousReport(plan, counterFlow, Q3).orElseThrow(), "beside the September entry: June");
		assertTrue(CheckIns.report(plan, counterFlow, Q3).isEmpty(), "September not entered yet");
		assertTrue(CheckIns.previousReport(plan, counterFlow, Q1).isEmpty(), "nothing before the first quarter");
	}

	@Test
	void aQuarterWithoutReportShowsTheLatestEarlierOneBeside() {
		ProgressReport march = report(plan, walkAround, 106, 1, ONGOING, 30);
		// nothing in June
		assertSame(march, CheckIns.previousReport(plan, walkAround, Q3).orElseThrow());
	}

	@Test
	void aReportOfAnotherYearIsNotThisYearsQuarter() {
		report(plan, counterFlow, 105, 2, DONE, 100);
		assertTrue(CheckIns.report(plan, counterFlow, Q2).isEmpty());
		assertEquals(105, CheckIns.previousReport(plan, counterFlow, Q1).orElseThrow().getRocYear(),
				"last year's last report is the one before the first quarter");
	}

	@Test
	void rowsListEveryTrackedItemInPlanOrderWithWhatIsMissing() {
		report(plan, counterFlow, 106, 1, ON_TRACK, 40);
		report(plan, counterFlow, 106, 2, ON_TRACK, 70);
		report(plan, walkAround, 106, 1, ONGOING, 30);

		List<CheckIns.Row> rows = CheckIns.rows(plan, Q2);
		assertEquals(74, rows.size(), "one row per action of the seed");
		assertSame(counterFlow, rows.get(0).item());
		assertEquals(70, rows.get(0).current().getProgress());
		assertEquals(40, rows.get(0).previous().getProgress());
		assertNull(rows.get(1).current(), "the walk-around service has no June entry yet");
		assertEquals(30, rows.get(1).previous().getProgress());
		List<WorkItem> missing = CheckIns.missing(plan, Q2);
		assertEquals(73, missing.size());
		assertEquals(walkAround, missing.get(0));
	}

	@Test
	void theKpiActualIsTheMeasurementOfExactlyThatQuarter() {
		Kpi waiting = kpi(counterFlow, "窗口平均等候時間", 10, KpiDirection.LOWER_IS_BETTER);
		measure(waiting, 106, 1, 12.5);
		Measurement whole = measure(waiting, 106, 0, 9.0); // a whole-year value is not a quarter's actual
		assertEquals(12.5, CheckIns.actual(waiting, Q1));
		assertNull(CheckIns.actual(waiting, Q2), "not measured in June");
		assertTrue(CheckIns.measurement(waiting, Q2).isEmpty());
		assertEquals(List.of(waiting), CheckIns.kpis(plan));
		assertEquals(0, whole.getQuarter());
	}
}
