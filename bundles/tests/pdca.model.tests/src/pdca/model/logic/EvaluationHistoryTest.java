package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.logic.TrackerFixtures.answer;
import static pdca.model.logic.TrackerFixtures.record;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.ChoiceItem;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormItem;
import pdca.model.ItemAnswer;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.logic.EvaluationHistory.Point;
import pdca.model.logic.EvaluationHistory.Series;
import pdca.model.seeds.Seed;

/**
 * A unit's evaluation history across the quarters on seed 105's form 二、人民陳情之處理, totals worked by hand from
 * the rubric, graded with seed 100's bands (優等 ≥ 90, 甲等 ≥ 80, 乙等 ≥ 70, 丙等 ≥ 60, 丁等 below).
 *
 * <pre>
 * （一）紓解機制 35 yes/no  （二）定期檢討分析 35 yes/no  （四）改善案例周知 15 yes/no
 * （三）回復速度 15: 1. 一至三天 11–15  2. 四至六天 6–10  3. 一個星期以上 1–5  4. 二個星期以上 0
 * </pre>
 */
class EvaluationHistoryTest {

	private Plan plan;
	private EvaluationForm petition;
	private Unit fourth;
	private FormItem relief;
	private FormItem analysis;
	private ChoiceItem speed;
	private FormItem published;

	@BeforeEach
	void setUp() {
		plan = Seed.ELECTION_105.load();
		plan.setScoringScheme(EcoreUtil.copy(Seed.ELECTION_100.load().getScoringScheme()));
		petition = plan.getEvaluationForms().get(1);
		fourth = plan.getOrganisation().getUnits().get(1); // 第四組
		relief = petition.getItems().get(0);
		analysis = petition.getItems().get(1);
		speed = (ChoiceItem) petition.getItems().get(2);
		published = petition.getItems().get(3);
	}

	private EvaluationRecord petitionRecord(LocalDate date, boolean relief, boolean analysis, int speedChoice,
			Double speedPoints, Boolean published) {
		EvaluationRecord r = record(plan, petition, fourth, date);
		answer(r, this.relief).setChecked(relief);
		answer(r, this.analysis).setChecked(analysis);
		ItemAnswer a = answer(r, speed);
		a.setChoice(speed.getChoices().get(speedChoice));
		a.setPoints(speedPoints);
		if (published == null) {
			answer(r, this.published).setNotApplicable(true);
		} else {
			answer(r, this.published).setChecked(published);
		}
		return r;
	}

	@Test
	void scoresGradesAndChangesAcrossTheQuarters() {
		// entered out of order: the history sorts by date
		EvaluationRecord december = petitionRecord(LocalDate.of(2016, 12, 5), true, false, 2, 5.0, true);
		EvaluationRecord march = petitionRecord(LocalDate.of(2016, 3, 15), true, false, 1, 8.0, true);
		EvaluationRecord june = petitionRecord(LocalDate.of(2016, 6, 20), true, true, 0, 13.0, false);
		EvaluationRecord september = petitionRecord(LocalDate.of(2016, 9, 10), true, true, 0, null, null);

		Series series = EvaluationHistory.of(plan, fourth, petition);
		List<Point> points = series.points();
		assertEquals(List.of(march, june, september, december), points.stream().map(Point::record).toList());

		// March: 35 + 0 + 四至六天 8 + 15 = 58 → 丁等
		assertEquals(58.0, points.get(0).score(), 1e-9);
		assertEquals("丁等", points.get(0).grade().getName());
		assertNull(points.get(0).change(), "nothing to compare the first record with");
		assertEquals(new Quarter(105, 1), points.get(0).quarter());
		// June: 35 + 35 + 一至三天 13 + 0 = 83 → 甲等, up 25
		assertEquals(83.0, points.get(1).score(), 1e-9);
		assertEquals("甲等", points.get(1).grade().getName());
		assertEquals(25.0, points.get(1).change(), 1e-9);
		assertFalse(points.get(1).fell());
		// September: （四） not applicable; 一至三天 without points entered gives the range's lowest, 11;
		// 35 + 35 + 11 = 81 of 85 possible, scaled to 100: 81 / 85 × 100 = 95.29 → 優等, up 12.29
		assertEquals(95.294, points.get(2).score(), 0.001);
		assertEquals("優等", points.get(2).grade().getName());
		assertEquals(12.294, points.get(2).change(), 0.001);
		// December: 35 + 0 + 一個星期以上 5 + 15 = 55 → 丁等, down 40.29
		assertEquals(55.0, points.get(3).score(), 1e-9);
		assertEquals(-40.294, points.get(3).change(), 0.001);
		assertTrue(points.get(3).fell());

		assertSame(june, series.latestUpTo(new Quarter(105, 2)).orElseThrow().record());
		assertSame(december, series.latest().record());
		assertSame(september, EvaluationHistory.previous(december).orElseThrow());
		// the one change the evaluation page, the dashboard and the agenda show
		assertEquals(-40.294, EvaluationHistory.change(december).orElseThrow(), 0.001);
		assertEquals("-40.29", Figures.change(EvaluationHistory.change(december).orElseThrow()));
		assertEquals("+25", Figures.change(EvaluationHistory.change(june).orElseThrow()));
		assertTrue(EvaluationHistory.change(march).isEmpty(), "the first record has no change");
		assertTrue(EvaluationHistory.previous(march).isEmpty());
	}

	@Test
	void oneSeriesPerFormAndUnitFormsInPlanOrderRecordsWithoutDateLeftOut() {
		Unit first = plan.getOrganisation().getUnits().get(0);
		petitionRecord(LocalDate.of(2016, 3, 15), true, true, 0, 15.0, true);
		EvaluationRecord registration = record(plan, plan.getEvaluationForms().get(0), first, LocalDate.of(2016, 4, 1));
		ReviewAgendaTest.allYes(registration, plan.getEvaluationForms().get(0));
		record(plan, petition, first, null); // being filled in: no date yet

		List<Series> all = EvaluationHistory.of(plan);
		assertEquals(2, all.size());
		assertSame(plan.getEvaluationForms().get(0), all.get(0).form(), "registration form first, as in the plan");
		assertSame(first, all.get(0).unit());
		assertEquals(100.0, all.get(0).latest().score(), 1e-9, "every item yes: 60 + 12 + 28");
		assertSame(petition, all.get(1).form());
		assertEquals(1, all.get(1).points().size(), "the record without a date is not part of the history");
		assertEquals(100.0, all.get(1).latest().score(), 1e-9);
	}

	@Test
	void withoutScoringSchemeThereIsNoGrade() {
		plan.setScoringScheme(null);
		petitionRecord(LocalDate.of(2016, 3, 15), true, true, 0, 15.0, true);
		assertNull(EvaluationHistory.of(plan, fourth, petition).latest().grade());
	}
}
