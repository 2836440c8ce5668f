package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.ActionStatus.CANCELLED;
import static pdca.model.ActionStatus.DONE;
import static pdca.model.ActionStatus.ONGOING;
import static pdca.model.ActionStatus.ON_TRACK;
import static pdca.model.logic.TrackerFixtures.answer;
import static pdca.model.logic.TrackerFixtures.improvement;
import static pdca.model.logic.TrackerFixtures.kpi;
import static pdca.model.logic.TrackerFixtures.measure;
import static pdca.model.logic.TrackerFixtures.meeting;
import static pdca.model.logic.TrackerFixtures.record;
import static pdca.model.logic.TrackerFixtures.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormItem;
import pdca.model.FormSection;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.KpiAchievement.Level;
import pdca.model.logic.ReviewAgenda.OpenImprovement;
import pdca.model.logic.ReviewAgenda.Overdue;
import pdca.model.logic.ReviewAgenda.Section;
import pdca.model.seeds.Seed;

/**
 * The agenda of the quarterly review meeting of seed 106 (台南監理站), built from prepared check-ins: what is late
 * and since when, which KPIs miss their target, which evaluation scores fell (seed 105's forms), and which
 * improvement actions come back.
 */
class ReviewAgendaTest {

	private static final Quarter Q2 = new Quarter(106, 2);
	private static final Quarter Q3 = new Quarter(106, 3);
	private static final Quarter Q4 = new Quarter(106, 4);

	private Plan plan;
	private List<Strategy> strategies;
	private Method opinionTools; // 二、（二） 3月、6月、9月、12月完成, 5 actions
	private Method survey; // 二、（三） 每年或半年辦理（6月或12月底）, 3 actions
	private Method listening; // 二、（四） 4月完成並持續辦理, 3 actions
	private Method standard; // 一、（一） 6月完成並持續辦理, 5 actions
	private Unit units;

	@BeforeEach
	void setUp() {
		plan = Seed.MOTOR_VEHICLE_106.load();
		strategies = PlanStructure.strategies(plan);
		standard = strategies.get(0).getMethods().get(0);
		opinionTools = strategies.get(1).getMethods().get(1);
		survey = strategies.get(1).getMethods().get(2);
		listening = strategies.get(1).getMethods().get(3);
		units = plan.getOrganisation().getUnits().get(0); // 本站各單位
	}

	private static Overdue entryFor(ReviewAgenda agenda, WorkItem item) {
		return agenda.overdue().stream().filter(o -> o.item() == item).findFirst().orElse(null);
	}

	// --- overdue work and the deadline it missed ---

	@Test
	void quarterlyWorkMissingJuneIsLateSinceJuneEvenWhenSeptemberIsReported() {
		Action fifth = opinionTools.getActions().get(4);
		report(plan, fifth, 106, 1, ONGOING, 25);
		report(plan, fifth, 106, 3, ONGOING, 75); // nothing for June
		Overdue o = entryFor(ReviewAgenda.of(plan, Q3), fifth);
		assertEquals(LocalDate.of(2017, 6, 30), o.deadline(), "the first instance without a report");
		assertSame(strategies.get(1), o.strategy());
		assertTrue(o.status().overdue());
	}

	@Test
	void doneThenOngoingWorkIsLateFromItsOwnMonth() {
		Action first = listening.getActions().get(0); // 4月完成並持續辦理
		assertEquals(LocalDate.of(2017, 4, 30), entryFor(ReviewAgenda.of(plan, Q2), first).deadline());
		report(plan, first, 106, 2, ONGOING, 100);
		assertEquals(null, entryFor(ReviewAgenda.of(plan, Q2), first), "reported ongoing: off the agenda");
		assertEquals(null, entryFor(ReviewAgenda.of(plan, Q4), first), "and it stays off: no later report needed");
	}

	@Test
	void halfYearlyWorkDoneInJuneIsLateAtTheYearEndWithoutADecemberReport() {
		Action a = survey.getActions().get(0);
		report(plan, a, 106, 2, DONE, 100);
		assertEquals(null, entryFor(ReviewAgenda.of(plan, Q3), a), "June done; nothing due in September");
		assertEquals(LocalDate.of(2017, 12, 31), entryFor(ReviewAgenda.of(plan, Q4), a).deadline());
	}

	@Test
	void doneAndCancelledWorkIsNotOnTheAgendaAndTheRestIsGroupedByStrategyInPlanOrder() {
		report(plan, standard.getActions().get(0), 106, 2, DONE, 100);
		report(plan, standard.getActions().get(1), 106, 2, CANCELLED, 0);
		report(plan, standard.getActions().get(2), 106, 2, ON_TRACK, 80); // still not done after June
		ReviewAgenda agenda = ReviewAgenda.of(plan, Q2);
		assertEquals(null, entryFor(agenda, standard.getActions().get(0)));
		assertEquals(null, entryFor(agenda, standard.getActions().get(1)));
		assertEquals(LocalDate.of(2017, 6, 30), entryFor(agenda, standard.getActions().get(2)).deadline());

		Map<Strategy, List<Overdue>> grouped = agenda.overdueByStrategy();
		assertEquals(strategies.stream().filter(grouped::containsKey).toList(), List.copyOf(grouped.keySet()),
				"strategies in plan order");
		assertEquals(agenda.overdue().size(), grouped.values().stream().mapToInt(List::size).sum());
		// by hand from the seed (see StatusRollupTest): without reports, due by June are 55 done-then-ongoing
		// actions (6月 or 4月), 11 quarterly and 3 half-yearly ones = 69 late; one is now done, one cancelled: 67
		assertEquals(67, agenda.overdue().size());
		assertEquals(Section.OVERDUE, agenda.entries().get(0).section());
	}

	// --- KPIs off target ---

	@Test
	void kpisOffTargetMissedFirstThenNearWithActualAgainstTarget() {
		Method politeness = strategies.get(0).getMethods().get(2); // 一、（三）注重服務人員的禮貌態度
		Kpi courtesy = kpi(standard, "電話禮貌測試平均分數", 90, KpiDirection.HIGHER_IS_BETTER);
		Kpi waiting = kpi(politeness, "窗口平均等候時間（分鐘）", 10, KpiDirection.LOWER_IS_BETTER);
		Kpi satisfaction = kpi(survey, "民眾滿意度（%）", 85, KpiDirection.HIGHER_IS_BETTER);
		measure(courtesy, 106, 2, 85); // 85 / 90 = 94.4 %: near
		measure(waiting, 106, 2, 12); // 10 / 12 = 83.3 %: missed
		measure(satisfaction, 106, 2, 88); // met: not on the agenda

		List<ReviewAgenda.KpiOffTarget> off = ReviewAgenda.of(plan, Q2).kpisOffTarget();
		assertEquals(List.of(waiting, courtesy), off.stream().map(ReviewAgenda.KpiOffTarget::kpi).toList(),
				"missed before near, although the courtesy KPI comes first in the plan");
		assertEquals(Level.MISSED, off.get(0).achievement().level());
		assertEquals(12.0, off.get(0).achievement().actual());
		assertSame(politeness, off.get(0).owner());
		assertEquals(0.833, off.get(0).achievement().ratio(), 0.001);

		// the plan's own thresholds (green 95 %, amber 80 %) make the waiting time only near and the courtesy test near
		plan.setKpiGreenPercent(95.0);
		plan.setKpiAmberPercent(80.0);
		List<ReviewAgenda.KpiOffTarget> withPlanThresholds = ReviewAgenda.of(plan, Q2).kpisOffTarget();
		assertTrue(withPlanThresholds.stream().allMatch(k -> k.achievement().level() == Level.NEAR));
		assertEquals(List.of(courtesy, waiting), withPlanThresholds.stream().map(ReviewAgenda.KpiOffTarget::kpi).toList(),
				"all near: plan order");
		assertTrue(ReviewAgenda.of(plan, new Quarter(106, 1)).kpisOffTarget().isEmpty(), "nothing measured by March");
	}

	// --- improvement actions come back until closed ---

	@Test
	void improvementActionsOfEarlierMeetingsComeBackUntilClosed() {
		ReviewMeeting first = meeting(plan, 106, 1, LocalDate.of(2017, 4, 12));
		ImprovementAction signs = improvement(first, "櫃台動線指示牌重新設計", units, LocalDate.of(2017, 5, 31),
				ImprovementStatus.OPEN, null);
		ImprovementAction training = improvement(first, "午休時段值班人員禮儀訓練", units, LocalDate.of(2017, 9, 30),
				ImprovementStatus.IN_PROGRESS, null);
		improvement(first, "網站常見問答更新", units, LocalDate.of(2017, 5, 15), ImprovementStatus.CLOSED,
				LocalDate.of(2017, 5, 20));
		ReviewMeeting second = meeting(plan, 106, 2, LocalDate.of(2017, 7, 10));
		ImprovementAction queue = improvement(second, "尖峰時段增開臨時櫃台", units, LocalDate.of(2017, 8, 31),
				ImprovementStatus.OPEN, null);

		ReviewAgenda atSecond = ReviewAgenda.of(plan, second);
		assertEquals(LocalDate.of(2017, 7, 10), atSecond.cutoff());
		List<OpenImprovement> shown = atSecond.improvementActions();
		assertEquals(List.of(signs, training), shown.stream().map(OpenImprovement::action).toList(),
				"the one closed in May is gone; the meeting's own decision is not on its agenda");
		assertTrue(shown.get(0).due(), "due 5/31, before the meeting");
		assertFalse(shown.get(1).due());
		assertEquals(1, shown.get(0).timesShown());
		assertSame(first, shown.get(0).raisedAt());

		ReviewAgenda atThird = ReviewAgenda.of(plan, Q3);
		assertEquals(List.of(signs, queue, training), atThird.improvementActions().stream().map(OpenImprovement::action).toList(),
				"all three are due by 9/30: by due date 5/31, 8/31, 9/30; the second meeting's decision is back too");
		OpenImprovement signsAgain = atThird.improvementActions().get(0);
		assertTrue(signsAgain.late(), "due in May, still open in the third quarter");
		assertEquals(2, signsAgain.timesShown(), "shown again at the second later meeting");

		signs.setStatus(ImprovementStatus.CLOSED);
		signs.setClosedOn(LocalDate.of(2017, 8, 15));
		assertEquals(List.of(queue, training),
				ReviewAgenda.of(plan, Q3).improvementActions().stream().map(OpenImprovement::action).toList(), "closed in August");
		assertTrue(ReviewAgenda.of(plan, second).improvementActions().stream().anyMatch(o -> o.action() == signs),
				"at the July meeting it was still open");
	}

	@Test
	void theMinutesListWhatWasClosedSinceThePreviousMeetingOnceAndTheRestStaysOnTheAgenda() {
		ReviewMeeting first = meeting(plan, 106, 1, LocalDate.of(2017, 4, 12));
		ImprovementAction beforeFirst = improvement(first, "開會前已結案", units, LocalDate.of(2017, 4, 30),
				ImprovementStatus.CLOSED, LocalDate.of(2017, 4, 10));
		ImprovementAction signs = improvement(first, "櫃台動線指示牌重新設計", units, LocalDate.of(2017, 5, 31),
				ImprovementStatus.CLOSED, LocalDate.of(2017, 7, 10));
		ImprovementAction dropped = improvement(first, "志工排班", units, LocalDate.of(2017, 6, 30),
				ImprovementStatus.DROPPED, LocalDate.of(2017, 5, 2));
		ImprovementAction afterSecond = improvement(first, "網站常見問答更新", units, LocalDate.of(2017, 8, 31),
				ImprovementStatus.CLOSED, LocalDate.of(2017, 7, 11));
		ImprovementAction open = improvement(first, "午休時段值班人員禮儀訓練", units, LocalDate.of(2017, 9, 30),
				ImprovementStatus.IN_PROGRESS, null);
		improvement(first, "結案但未填結案日", units, null, ImprovementStatus.CLOSED, null);
		ReviewMeeting second = meeting(plan, 106, 2, LocalDate.of(2017, 7, 10));
		ImprovementAction own = improvement(second, "本次會議自己的決定", units, LocalDate.of(2017, 7, 31),
				ImprovementStatus.CLOSED, LocalDate.of(2017, 7, 20));
		ReviewMeeting third = meeting(plan, 106, 3, null); // not held yet: its quarter's last day

		assertEquals(List.of(), ReviewAgenda.closedSincePreviousMeeting(plan, first), "nothing earlier than the first");
		assertEquals(first, ReviewAgenda.previousMeeting(plan, second).orElseThrow());
		assertEquals(List.of(dropped, signs), ReviewAgenda.closedSincePreviousMeeting(plan, second),
				"closed after 4/12 and by the meeting day 7/10, by closing date; dropped ones too; not the meeting's own");
		assertEquals(List.of(afterSecond, own), ReviewAgenda.closedSincePreviousMeeting(plan, third),
				"after 7/10 up to 9/30: what the second meeting decided counts at the third");
		assertEquals(LocalDate.of(2017, 9, 30), ReviewAgenda.dayOf(third));
		assertEquals(List.of(afterSecond, open),
				ReviewAgenda.of(plan, second).improvementActions().stream().map(OpenImprovement::action).toList(),
				"what the second meeting still sees open: the one closed the day after it, the one in progress");
		assertFalse(ReviewAgenda.closedSincePreviousMeeting(plan, second).contains(beforeFirst));
	}

	@Test
	void carriedOverActionsOfLastYearComeBackAtTheFirstMeeting() {
		ReviewMeeting carried = meeting(plan, 105, 0, null); // as the rollover makes it
		ImprovementAction old = improvement(carried, "105年未結案：志工排班", units, LocalDate.of(2016, 12, 31),
				ImprovementStatus.OPEN, null);
		List<OpenImprovement> shown = ReviewAgenda.of(plan, new Quarter(106, 1)).improvementActions();
		assertEquals(List.of(old), shown.stream().map(OpenImprovement::action).toList());
		assertTrue(shown.get(0).late());
	}

	// --- evaluation scores that fell (seed 105, 提供候選人登記服務) ---

	@Test
	void aScoreLowerThanTheUnitsPreviousRecordOfTheSameFormIsOnTheAgenda() {
		Plan keelung = Seed.ELECTION_105.load();
		EvaluationForm registration = keelung.getEvaluationForms().get(0);
		Unit first = keelung.getOrganisation().getUnits().get(0); // 第一組
		Unit fourth = keelung.getOrganisation().getUnits().get(1); // 第四組
		FormSection planning = registration.getSections().get(0); // （一）6 × 10
		FormSection staff = registration.getSections().get(2); // （三）4 × 7

		// 第一組, March: all yes but （一）6 → 100 − 10 = 90
		EvaluationRecord march = record(keelung, registration, first, LocalDate.of(2016, 3, 20));
		allYes(march, registration);
		answer(march, planning.getItems().get(5)).setChecked(false);
		// 第一組, August: all yes but （一）3 and （三）2 → 100 − 10 − 7 = 83, 7 below March
		EvaluationRecord august = record(keelung, registration, first, LocalDate.of(2016, 8, 5));
		allYes(august, registration);
		answer(august, planning.getItems().get(2)).setChecked(false);
		answer(august, staff.getItems().get(1)).setChecked(false);
		// 第四組, September: 70, but no earlier record to compare with
		EvaluationRecord other = record(keelung, registration, fourth, LocalDate.of(2016, 9, 1));
		allYes(other, registration);
		for (int i = 0; i < 3; i++) {
			answer(other, planning.getItems().get(i)).setChecked(false);
		}

		List<ReviewAgenda.ScoreFell> fell = ReviewAgenda.of(keelung, new Quarter(105, 3)).scoresFell();
		assertEquals(1, fell.size());
		assertSame(august, fell.get(0).record());
		assertSame(march, fell.get(0).previous());
		assertEquals(83.0, fell.get(0).score(), 1e-9);
		assertEquals(90.0, fell.get(0).previousScore(), 1e-9);
		assertEquals(-7.0, fell.get(0).change(), 1e-9);
		assertTrue(ReviewAgenda.of(keelung, new Quarter(105, 1)).scoresFell().isEmpty(), "a first record cannot fall");
	}

	static void allYes(EvaluationRecord record, EvaluationForm form) {
		for (FormSection s : form.getSections()) {
			for (FormItem item : s.getItems()) {
				answer(record, item).setChecked(true);
			}
		}
	}

	@Test
	void aQuarterWithNothingToDiscussGivesAnEmptyAgenda() {
		Plan keelung = Seed.ELECTION_105.load(); // no deadlines, KPIs, records or meetings
		assertTrue(ReviewAgenda.of(keelung, new Quarter(105, 2)).isEmpty());
	}
}
