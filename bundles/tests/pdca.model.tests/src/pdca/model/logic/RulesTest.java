package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.logic.TrackerFixtures.improvement;
import static pdca.model.logic.TrackerFixtures.kpi;
import static pdca.model.logic.TrackerFixtures.measure;
import static pdca.model.logic.TrackerFixtures.meeting;
import static pdca.model.logic.TrackerFixtures.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.ActionStatus;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.Unit;
import pdca.model.logic.KpiAchievement.Level;
import pdca.model.logic.ReviewAgenda.OpenImprovement;
import pdca.model.seeds.Seed;

/**
 * The rules every status surface shares, each with its one definition: when an improvement action is late, which
 * quarter a plan opens on, how figures are rounded and written, and the words and colours of the statuses.
 */
class RulesTest {

	private static final Quarter Q3 = new Quarter(106, 3);

	private Plan plan;
	private Unit unit;

	@BeforeEach
	void setUp() {
		plan = Seed.MOTOR_VEHICLE_106.load();
		unit = plan.getOrganisation().getUnits().get(0);
	}

	// --- late improvement actions ---

	@Test
	void anImprovementActionDueInMidQuarterAndStillOpenIsLateOnTheAgendaTheDashboardAndAtTheMeeting() {
		ReviewMeeting june = meeting(plan, 106, 2, LocalDate.of(2017, 7, 10));
		ImprovementAction midQuarter = improvement(june, "尖峰時段增開臨時櫃台", unit, LocalDate.of(2017, 8, 15),
				ImprovementStatus.OPEN, null);
		ImprovementAction nextQuarter = improvement(june, "午休時段值班人員禮儀訓練", unit, LocalDate.of(2017, 10, 5),
				ImprovementStatus.IN_PROGRESS, null);
		ImprovementAction closedInTime = improvement(june, "網站常見問答更新", unit, LocalDate.of(2017, 8, 15),
				ImprovementStatus.CLOSED, LocalDate.of(2017, 8, 10));
		ReviewMeeting september = meeting(plan, 106, 3, LocalDate.of(2017, 10, 12));

		assertTrue(ReviewAgenda.isLate(midQuarter, Q3));
		assertFalse(ReviewAgenda.isLate(nextQuarter, Q3), "due only after the quarter's end");
		assertFalse(ReviewAgenda.isLate(closedInTime, Q3), "closed before the review");
		assertTrue(ReviewAgenda.isLate(nextQuarter, new Quarter(106, 4)));

		List<OpenImprovement> agenda = ReviewAgenda.of(plan, Q3).improvementActions();
		List<OpenImprovement> meetingAgenda = ReviewAgenda.of(plan, september).improvementActions();
		List<OpenImprovement> dashboard = TrackerStatus.of(plan, Q3).openImprovements();
		for (List<OpenImprovement> shown : List.of(agenda, meetingAgenda, dashboard)) {
			assertEquals(List.of(midQuarter, nextQuarter), shown.stream().map(OpenImprovement::action).toList());
			assertTrue(shown.get(0).late(), "due 8/15, open at the review of the third quarter");
			assertFalse(shown.get(1).late(), "due 10/5: not late at the third quarter's review");
		}
		assertTrue(meetingAgenda.get(1).due(), "due 10/5, before the meeting of 10/12: on the agenda as due");
		assertFalse(dashboard.get(1).due());
	}

	@Test
	void anImprovementActionWithoutDueDateIsNeverLate() {
		ReviewMeeting june = meeting(plan, 106, 2, LocalDate.of(2017, 7, 10));
		ImprovementAction open = improvement(june, "志工排班", unit, null, ImprovementStatus.OPEN, null);
		assertFalse(ReviewAgenda.isLate(open, new Quarter(107, 4)));
	}

	// --- the quarter a plan opens on ---

	@Test
	void aPlanOpensOnTodaysQuarterDuringItsYearElseOnTheLatestReportedQuarter() {
		assertEquals(new Quarter(106, 1), TrackerStatus.defaultQuarter(plan, LocalDate.of(2019, 5, 1)),
				"no reports: the first quarter");
		var item = PlanStructure.trackedItems(plan).get(0);
		report(plan, item, 106, 2, ActionStatus.ON_TRACK, 40);
		report(plan, item, 105, 4, ActionStatus.ON_TRACK, 10); // last year's: not of this plan year
		assertEquals(new Quarter(106, 2), TrackerStatus.defaultQuarter(plan, LocalDate.of(2019, 5, 1)),
				"after the year: the latest quarter reported");
		assertEquals(new Quarter(106, 2), TrackerStatus.defaultQuarter(plan, LocalDate.of(2016, 11, 1)),
				"before the year: the latest quarter reported");
		assertEquals(new Quarter(106, 3), TrackerStatus.defaultQuarter(plan, LocalDate.of(2017, 8, 1)),
				"during the year: the quarter of today, even if not reported yet");
	}

	@Test
	void aNewMeetingIsForTheQuarterAfterTheLatestOne() {
		assertEquals(new Quarter(106, 1), ReviewAgenda.nextMeetingQuarter(plan, LocalDate.of(2019, 5, 1)));
		assertEquals(new Quarter(106, 3), ReviewAgenda.nextMeetingQuarter(plan, LocalDate.of(2017, 8, 1)));
		meeting(plan, 106, 2, LocalDate.of(2017, 7, 10));
		meeting(plan, 105, 0, null); // carried over from last year
		assertEquals(new Quarter(106, 3), ReviewAgenda.nextMeetingQuarter(plan, LocalDate.of(2019, 5, 1)));
		meeting(plan, 106, 4, LocalDate.of(2018, 1, 10));
		assertEquals(new Quarter(107, 1), ReviewAgenda.nextMeetingQuarter(plan, LocalDate.of(2017, 8, 1)));
	}

	// --- figures ---

	@Test
	void valuesHaveAtMostTwoDecimalsRoundedHalfUp() {
		assertEquals("92.46", Figures.number(92.456));
		assertEquals("92.5", Figures.number(92.5));
		assertEquals("90", Figures.number(90.0));
		assertEquals("0.01", Figures.number(0.005));
		assertEquals("1.01", Figures.number(1.005), "half up on the decimal written, not on the binary value");
		assertEquals("0", Figures.number(-0.001));
		assertEquals("1290", Figures.number(1290.0));
		assertEquals("100000000000000000000", Figures.number(1e20), "no exponent");
		assertEquals("—", Figures.number(null));
		assertEquals("—", Figures.number(Double.NaN));
		assertEquals("—", Figures.number(Double.POSITIVE_INFINITY));
		assertEquals(92.46, Figures.rounded(92.456));
	}

	@Test
	void percentagesAreWholeAndChangesCarryTheirSign() {
		assertEquals("92%", Figures.percent(0.92456));
		assertEquals("93%", Figures.percent(0.925));
		assertEquals("125%", Figures.percent(1.25));
		assertEquals(92.0, Figures.roundedPercent(0.92456));
		assertEquals("33%", Figures.percent(1, 3));
		assertEquals("—", Figures.percent(1, 0));
		assertEquals("—", Figures.percent((Double) null));
		assertEquals("+3.5", Figures.change(3.5));
		assertEquals("-2", Figures.change(-2.0));
		assertEquals("0", Figures.change(0.001));
		assertEquals("92.456", Figures.exact(92.456), "editing shows what was entered");
		assertEquals("92", Figures.exact(92.0));
		assertEquals("", Figures.exact(null));
	}

	@Test
	void aValueThatIsNotANumberIsNoData() {
		var item = PlanStructure.trackedItems(plan).get(0);
		Kpi kpi = kpi(item, "滿意度", 90, KpiDirection.HIGHER_IS_BETTER);
		measure(kpi, 106, 1, Double.NaN);
		KpiAchievement a = KpiAchievement.of(kpi, new Quarter(106, 1));
		assertEquals(Level.NO_DATA, a.level(), "NaN is not a figure anybody entered: not 0 %, not missed");
		assertEquals("—", Figures.percent(a.ratio()));
	}

	// --- words and colours ---

	@Test
	void everyTermHasItsWordInBothLanguagesAndEnglishIsNotChinese() {
		Locale zh = Locale.TAIWAN;
		Locale en = Locale.ENGLISH;
		List<String> english = new java.util.ArrayList<>();
		List<String> chinese = new java.util.ArrayList<>();
		for (ActionStatus s : ActionStatus.VALUES) {
			english.add(Terms.status(en, s));
			chinese.add(Terms.status(zh, s));
		}
		for (ImprovementStatus s : ImprovementStatus.VALUES) {
			english.add(Terms.improvement(en, s));
			chinese.add(Terms.improvement(zh, s));
		}
		for (Level l : Level.values()) {
			english.add(Terms.level(en, l));
			chinese.add(Terms.level(zh, l));
		}
		for (KpiDirection d : KpiDirection.VALUES) {
			english.add(Terms.direction(en, d));
			chinese.add(Terms.direction(zh, d));
		}
		english.add(Terms.overdue(en));
		chinese.add(Terms.overdue(zh));
		english.add(Terms.quarter(en, new Quarter(106, 2)));
		chinese.add(Terms.quarter(zh, new Quarter(106, 2)));
		for (String w : english) {
			assertFalse(w.isBlank() || w.contains("!"), "missing English term: " + w);
			assertTrue(w.codePoints().allMatch(c -> c < 0x2E80), "Chinese in English mode: " + w);
		}
		for (String w : chinese) {
			assertFalse(w.isBlank() || w.contains("!"), "missing Chinese term: " + w);
			assertTrue(w.codePoints().anyMatch(c -> c >= 0x4E00), "not Chinese: " + w);
		}
		assertEquals("待辦", Terms.improvement(zh, ImprovementStatus.OPEN));
		assertEquals("不再辦理", Terms.improvement(zh, ImprovementStatus.DROPPED));
		assertEquals("106年第2季", Terms.quarter(zh, new Quarter(106, 2)));
		assertEquals("ROC 106 Q2", Terms.quarter(en, new Quarter(106, 2)));
		assertEquals("106-Q2", new Quarter(106, 2).toString(), "toString is not a user's word");
		assertEquals("106年6月30日", Terms.date(zh, LocalDate.of(2017, 6, 30)));
		assertEquals("106/6/30", Terms.date(en, LocalDate.of(2017, 6, 30)), "English: the plans' numeric ROC form");
		assertEquals(LocalDate.of(2017, 6, 30), pdca.model.schedule.RocDate.parse(Terms.date(en, LocalDate.of(2017, 6, 30))),
				"which a date field takes back");
	}

	@Test
	void eachStatusHasItsOwnColourAndSymbolAndItsTintIsThatHueLightened() {
		Set<Integer> colours = new HashSet<>();
		Set<String> symbols = new HashSet<>();
		for (ActionStatus s : ActionStatus.VALUES) {
			colours.add(StatusPalette.rgb(s));
			symbols.add(StatusPalette.symbol(s));
			int c = StatusPalette.rgb(s), t = StatusPalette.tint(s);
			assertNotEquals(c, t);
			assertTrue(lightness(t) > lightness(c), s + ": a tint is lighter");
			if (s != ActionStatus.NOT_STARTED && s != ActionStatus.CANCELLED) {
				assertEquals(dominant(c), dominant(t), s + ": the tint keeps the colour's hue");
			}
		}
		assertEquals(ActionStatus.VALUES.size(), colours.size());
		assertEquals(ActionStatus.VALUES.size(), symbols.size());
		assertEquals(StatusPalette.rgb(ActionStatus.DELAYED), StatusPalette.rgb(Level.MISSED));
		assertEquals(StatusPalette.rgb(ActionStatus.DONE), StatusPalette.rgb(Level.MET));
	}

	private static int lightness(int rgb) {
		return ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
	}

	/** Which channel is strongest: 0 red, 1 green, 2 blue. */
	private static int dominant(int rgb) {
		int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
		return r >= g && r >= b ? 0 : g >= b ? 1 : 2;
	}
}
