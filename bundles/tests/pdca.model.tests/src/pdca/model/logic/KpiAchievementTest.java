package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static pdca.model.logic.KpiAchievement.Level.MET;
import static pdca.model.logic.KpiAchievement.Level.MISSED;
import static pdca.model.logic.KpiAchievement.Level.NEAR;
import static pdca.model.logic.KpiAchievement.Level.NO_DATA;
import static pdca.model.logic.KpiAchievement.Level.NO_TARGET;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.Measurement;
import pdca.model.PdcaFactory;
import pdca.model.logic.KpiAchievement.Level;
import pdca.model.logic.KpiAchievement.Thresholds;

/** How far a KPI reaches its target at a review: the traffic light on the projector. */
class KpiAchievementTest {

	private static final Quarter Q1 = new Quarter(106, 1);
	private static final Quarter Q2 = new Quarter(106, 2);
	private static final Quarter Q3 = new Quarter(106, 3);
	private static final Quarter Q4 = new Quarter(106, 4);

	private static Kpi kpi(String name, Double target, KpiDirection direction) {
		Kpi kpi = PdcaFactory.eINSTANCE.createKpi();
		kpi.setName(name);
		kpi.setTarget(target);
		kpi.setDirection(direction);
		return kpi;
	}

	private static void measure(Kpi kpi, int rocYear, int quarter, double value) {
		Measurement m = PdcaFactory.eINSTANCE.createMeasurement();
		m.setRocYear(rocYear);
		m.setQuarter(quarter);
		m.setValue(value);
		kpi.getMeasurements().add(m);
	}

	@ParameterizedTest(name = "satisfaction {0} % against 90 %: {1}")
	@CsvSource({ "95, MET", "90, MET", "85, NEAR", "81, NEAR", "80.9, MISSED", "60, MISSED" })
	void higherIsBetter(double actual, Level level) {
		// 民眾滿意度 target 90 %: met from 90, near from 90 % of it (81), missed below
		Kpi satisfaction = kpi("民眾滿意度", 90.0, KpiDirection.HIGHER_IS_BETTER);
		measure(satisfaction, 106, 2, actual);
		KpiAchievement a = KpiAchievement.of(satisfaction, Q2);
		assertEquals(level, a.level());
		assertEquals(actual, a.actual());
		assertEquals(actual / 90.0, a.ratio(), 1e-9);
	}

	@ParameterizedTest(name = "{0} days against 3 days: {1}")
	@CsvSource({ "0, MET", "2, MET", "3, MET", "3.3, NEAR", "3.4, MISSED", "6, MISSED" })
	void lowerIsBetter(double actual, Level level) {
		// 陳情案件回復天數 target 3 days: 3.3 days is 3/3.3 = 0.909 of the target (near), 3.4 is 0.882 (missed)
		Kpi days = kpi("陳情案件平均回復天數", 3.0, KpiDirection.LOWER_IS_BETTER);
		measure(days, 106, 2, actual);
		assertEquals(level, KpiAchievement.of(days, Q2).level());
	}

	@Test
	void lowerIsBetterRatioIsTargetOverActual() {
		Kpi days = kpi("回復天數", 3.0, KpiDirection.LOWER_IS_BETTER);
		measure(days, 106, 1, 6.0);
		assertEquals(0.5, KpiAchievement.of(days, Q1).ratio(), 1e-9, "twice as slow as the target is half of it");
	}

	@Test
	void thresholdsOfTheTemplateApply() {
		Kpi satisfaction = kpi("民眾滿意度", 90.0, KpiDirection.HIGHER_IS_BETTER);
		measure(satisfaction, 106, 1, 85.0); // 0.944 of the target
		assertEquals(NEAR, KpiAchievement.of(satisfaction, Q1).level());
		assertEquals(MET, KpiAchievement.of(satisfaction, Q1, new Thresholds(0.9, 0.8)).level());
		assertEquals(MISSED, KpiAchievement.of(satisfaction, Q1, new Thresholds(1.0, 0.95)).level());
	}

	@Test
	void withoutMeasurementThereIsNoData() {
		Kpi satisfaction = kpi("民眾滿意度", 90.0, KpiDirection.HIGHER_IS_BETTER);
		KpiAchievement a = KpiAchievement.of(satisfaction, Q2);
		assertEquals(NO_DATA, a.level());
		assertNull(a.actual());
		assertNull(a.ratio());
	}

	@Test
	void measurementOfALaterQuarterIsNotSeenEarlier() {
		Kpi satisfaction = kpi("民眾滿意度", 90.0, KpiDirection.HIGHER_IS_BETTER);
		measure(satisfaction, 106, 3, 95.0);
		assertEquals(NO_DATA, KpiAchievement.of(satisfaction, Q2).level());
		assertEquals(MET, KpiAchievement.of(satisfaction, Q3).level());
	}

	@Test
	void withoutTargetThereIsNothingToMeasureAgainst() {
		Kpi visits = kpi("網站瀏覽人次", null, KpiDirection.HIGHER_IS_BETTER);
		measure(visits, 106, 1, 12000.0);
		KpiAchievement a = KpiAchievement.of(visits, Q1);
		assertEquals(NO_TARGET, a.level());
		assertEquals(12000.0, a.actual(), "the measured value is still shown");
		assertNull(a.ratio());
	}

	@Test
	void latestMeasurementCounts() {
		Kpi satisfaction = kpi("民眾滿意度", 90.0, KpiDirection.HIGHER_IS_BETTER);
		measure(satisfaction, 106, 2, 92.0);
		measure(satisfaction, 106, 1, 70.0); // entered later, but for an earlier quarter
		assertEquals(92.0, KpiAchievement.of(satisfaction, Q2).actual());
		assertEquals(70.0, KpiAchievement.of(satisfaction, Q1).actual());
	}

	@Test
	void wholeYearValueCountsAtTheYearEnd() {
		Kpi satisfaction = kpi("年度滿意度調查", 90.0, KpiDirection.HIGHER_IS_BETTER);
		measure(satisfaction, 106, 0, 93.0); // quarter 0: a value of the whole year
		assertEquals(NO_DATA, KpiAchievement.of(satisfaction, Q3).level());
		assertEquals(MET, KpiAchievement.of(satisfaction, Q4).level());
	}

	@Test
	void zeroTargetOfAHigherIsBetterKpiIsMetByAnyValue() {
		Kpi complaints = kpi("新增服務項目", 0.0, KpiDirection.HIGHER_IS_BETTER);
		measure(complaints, 106, 1, 0.0);
		assertEquals(MET, KpiAchievement.of(complaints, Q1).level());
	}

	@Test
	void zeroTargetOfALowerIsBetterKpiIsMissedByAnyComplaint() {
		Kpi complaints = kpi("有效申訴案件", 0.0, KpiDirection.LOWER_IS_BETTER);
		measure(complaints, 106, 1, 0.0);
		assertEquals(MET, KpiAchievement.of(complaints, Q1).level());
		measure(complaints, 106, 2, 1.0);
		assertEquals(MISSED, KpiAchievement.of(complaints, Q2).level());
	}

	// --- thresholds the plan carries (kpiGreenPercent, kpiAmberPercent) ---

	@Test
	void thePlansThresholdsApplyToItsKpis() {
		pdca.model.Plan plan = PdcaFactory.eINSTANCE.createPlan();
		pdca.model.Strategy strategy = PdcaFactory.eINSTANCE.createStrategy();
		plan.getStrategies().add(strategy);
		Kpi satisfaction = kpi("民眾滿意度", 90.0, KpiDirection.HIGHER_IS_BETTER);
		strategy.getKpis().add(satisfaction);
		measure(satisfaction, 106, 1, 80); // 88.9 % of the target

		assertEquals(Thresholds.DEFAULT, Thresholds.of(plan), "unset: green 100 %, amber 90 %");
		assertEquals(MISSED, KpiAchievement.of(satisfaction, Q1).level());
		plan.setKpiAmberPercent(85.0);
		assertEquals(NEAR, KpiAchievement.of(satisfaction, Q1).level(), "amber from 85 %: 88.9 % is near");
		plan.setKpiGreenPercent(88.0);
		assertEquals(MET, KpiAchievement.of(satisfaction, Q1).level(), "green from 88 %");
		assertEquals(88.0, Thresholds.of(plan).greenPercent(), 1e-9);
		assertEquals(85.0, Thresholds.of(plan).amberPercent(), 1e-9);
	}

	@Test
	void unusableThresholdsFallBackAndAmberNeverLiesAboveGreen() {
		pdca.model.Plan plan = PdcaFactory.eINSTANCE.createPlan();
		plan.setKpiGreenPercent(0.0);
		plan.setKpiAmberPercent(-5.0);
		assertEquals(Thresholds.DEFAULT, Thresholds.of(plan));
		plan.setKpiGreenPercent(80.0);
		plan.setKpiAmberPercent(95.0); // validation reports it; meanwhile amber is held at green
		assertEquals(new Thresholds(0.8, 0.8), Thresholds.of(plan));
		assertEquals(Thresholds.DEFAULT, Thresholds.of(null));
	}
}
