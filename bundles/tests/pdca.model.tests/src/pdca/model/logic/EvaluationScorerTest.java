package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pdca.model.Choice;
import pdca.model.ChoiceItem;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.FormSection;
import pdca.model.ItemAnswer;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.ScoreItem;
import pdca.model.YesNoItem;
import pdca.model.logic.EvaluationScorer.Result;
import pdca.model.seeds.Seed;

/**
 * The three evaluation forms (評核項目表) of seed 105, 基隆市選舉委員會, scored against examples worked by hand.
 *
 * <pre>
 * 一、提供候選人登記服務  （一）6 yes/no × 10 = 60  （二）2 × 6 = 12  （三）4 × 7 = 28
 * 二、人民陳情之處理      （一）35 （二）35 （三）回復速度 15: 一至三天 11–15, 四至六天 6–10, … （四）15
 * 三、電話禮貌           一、總機接聽 40: （一）語音系統 10 （二）總機人員接聽速度 10 （三）總機人員電話禮貌 20
 *                       二、業務單位接聽電話 60: （一）接聽速度 15 （二）電話禮貌 25 （三）答話內容 20, 甲 or 乙
 *                       rule 無電話語音系統: （一） not scored, （二） counts twice
 * </pre>
 */
class EvaluationScorerTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	private Plan plan;
	private EvaluationForm registration;
	private EvaluationForm petition;
	private EvaluationForm phone;

	@BeforeEach
	void setUp() {
		plan = Seed.ELECTION_105.load();
		registration = plan.getEvaluationForms().get(0);
		petition = plan.getEvaluationForms().get(1);
		phone = plan.getEvaluationForms().get(2);
	}

	// --- building records ---

	private EvaluationRecord record(EvaluationForm form) {
		EvaluationRecord record = F.createEvaluationRecord();
		record.setForm(form);
		plan.getEvaluationRecords().add(record);
		return record;
	}

	/** The answer to {@code item}, replacing an earlier one. */
	private static ItemAnswer answer(EvaluationRecord record, FormItem item) {
		record.getAnswers().removeIf(a -> a.getItem() == item);
		ItemAnswer a = F.createItemAnswer();
		a.setItem(item);
		record.getAnswers().add(a);
		return a;
	}

	private static void yes(EvaluationRecord record, FormItem item) {
		answer(record, item).setChecked(true);
	}

	private static void no(EvaluationRecord record, FormItem item) {
		answer(record, item).setChecked(false);
	}

	private static void choose(EvaluationRecord record, ChoiceItem item, int choice, Double points) {
		ItemAnswer a = answer(record, item);
		a.setChoice(item.getChoices().get(choice));
		a.setPoints(points);
	}

	private static void points(EvaluationRecord record, FormItem item, double points) {
		answer(record, item).setPoints(points);
	}

	private static void notApplicable(EvaluationRecord record, FormItem item) {
		answer(record, item).setNotApplicable(true);
	}

	/** Full marks on every item; in an either-or group only the first alternative is filled in. */
	private static void fullMarks(EvaluationRecord record, FormGroup group) {
		List<FormItem> items = group.isExclusive() ? group.getItems().subList(0, 1) : group.getItems();
		for (FormItem item : items) {
			if (item instanceof YesNoItem) {
				yes(record, item);
			} else if (item instanceof ChoiceItem c) {
				Choice best = c.getChoices().stream().filter(x -> x.getMaxPoints() == c.getMaxPoints()).findFirst().orElseThrow();
				ItemAnswer a = answer(record, item);
				a.setChoice(best);
				a.setPoints(best.getMaxPoints());
			} else if (item instanceof ScoreItem) {
				points(record, item, item.getMaxPoints());
			}
		}
		for (FormSection s : group.getSections()) {
			fullMarks(record, s);
		}
	}

	private static FormItem item(FormGroup group, int... path) {
		FormGroup g = group;
		for (int i = 0; i < path.length - 1; i++) {
			g = g.getSections().get(path[i]);
		}
		return g.getItems().get(path[path.length - 1]);
	}

	// --- all forms ---

	@ParameterizedTest(name = "form {0}")
	@ValueSource(ints = { 0, 1, 2 })
	void fullMarksEverywhereIsAHundred(int index) {
		EvaluationForm form = plan.getEvaluationForms().get(index);
		EvaluationRecord record = record(form);
		fullMarks(record, form);
		Result r = EvaluationScorer.score(record);
		assertEquals(100, r.earned(), 1e-9);
		assertEquals(100, r.possible(), 1e-9);
		assertEquals(100, r.score(), 1e-9);
		assertTrue(r.notApplicable().isEmpty());
		assertTrue(r.unanswered().isEmpty(), () -> "unanswered: " + r.unanswered());
	}

	// --- 一、提供候選人登記服務 ---

	@Test
	void registrationWithThreeShortcomings() {
		EvaluationRecord record = record(registration);
		fullMarks(record, registration);
		no(record, item(registration, 0, 1)); // （一）2. 清楚標示登記相關訊息
		no(record, item(registration, 0, 4)); // （一）5. 服務場所導引標示明確
		no(record, item(registration, 2, 2)); // （三）3. 工作人員服務態度和藹
		// 100 − 10 − 10 − 7 = 73
		Result r = EvaluationScorer.score(record);
		assertEquals(73, r.earned(), 1e-9);
		assertEquals(73, r.score(), 1e-9);
	}

	@Test
	void itemNotApplicableIsLeftOutAndTheScoreScaledToHundred() {
		EvaluationRecord record = record(registration);
		fullMarks(record, registration);
		FormItem facilities = item(registration, 0, 5); // （一）6. 提供民眾服務設施: not applicable, 10 points
		notApplicable(record, facilities);
		no(record, item(registration, 2, 0)); // （三）1. 工作人員均佩戴識別證: no, 7 points
		// earned 100 − 10 − 7 = 83 of 100 − 10 = 90 possible; scaled: 83 / 90 × 100 = 92.22…
		Result r = EvaluationScorer.score(record);
		assertEquals(83, r.earned(), 1e-9);
		assertEquals(90, r.possible(), 1e-9);
		assertEquals(83.0 / 90.0 * 100.0, r.score(), 1e-9);
		assertEquals(List.of(facilities), r.notApplicable());
	}

	// --- 二、人民陳情之處理 ---

	@Test
	void petitionAnsweredInOneToThreeDays() {
		EvaluationRecord record = record(petition);
		yes(record, item(petition, 0)); // （一） 35
		yes(record, item(petition, 1)); // （二） 35
		choose(record, (ChoiceItem) item(petition, 2), 0, 13.0); // （三） 一至三天, 13 of 11–15
		no(record, item(petition, 3)); // （四） 0 of 15
		// 35 + 35 + 13 + 0 = 83
		Result r = EvaluationScorer.score(record);
		assertEquals(83, r.score(), 1e-9);
		assertTrue(r.unanswered().isEmpty());
	}

	@Test
	void pointsOutsideTheChoicesRangeAreKeptWithinIt() {
		ChoiceItem speed = (ChoiceItem) item(petition, 2);
		EvaluationRecord record = record(petition);
		yes(record, item(petition, 0));
		yes(record, item(petition, 1));
		yes(record, item(petition, 3));
		choose(record, speed, 0, 18.0); // 一至三天 gives at most 15
		assertEquals(100, EvaluationScorer.score(record).score(), 1e-9);
		choose(record, speed, 1, 3.0); // 四至六天 gives at least 6: 35 + 35 + 6 + 15 = 91
		assertEquals(91, EvaluationScorer.score(record).score(), 1e-9);
		choose(record, speed, 3, null); // 二個星期以上: 0: 35 + 35 + 0 + 15 = 85
		assertEquals(85, EvaluationScorer.score(record).score(), 1e-9);
	}

	@Test
	void unansweredItemScoresNothingAndIsListed() {
		EvaluationRecord record = record(petition);
		yes(record, item(petition, 0));
		yes(record, item(petition, 1));
		choose(record, (ChoiceItem) item(petition, 2), 0, 15.0);
		// （四） left blank: 35 + 35 + 15 = 85 of 100
		Result r = EvaluationScorer.score(record);
		assertEquals(85, r.score(), 1e-9);
		assertEquals(List.of(item(petition, 3)), r.unanswered());
	}

	// --- 三、電話禮貌 ---

	@Test
	void operatorSpeedWithVoiceSystem() {
		EvaluationRecord record = record(phone);
		fullMarks(record, phone);
		points(record, item(phone, 0, 1, 0), 8); // 一、（二）1. rang six times: 8 of 10
		// 100 − 2 = 98
		assertEquals(98, EvaluationScorer.score(record).score(), 1e-9);
	}

	@Test
	void withoutVoiceSystemTheOperatorSpeedCountsTwice() {
		EvaluationRecord record = record(phone);
		fullMarks(record, phone);
		points(record, item(phone, 0, 1, 0), 8); // 一、（二）1.: 8 of 10, doubled 16 of 20
		record.getAppliedRules().add(phone.getRules().get(0)); // 無電話語音系統
		// 一、: （一） not scored (its 10 points are gone, whatever was filled in), （二） 16 of 20, （三） 20 of 20
		// 二、: 60 of 60 → earned 16 + 20 + 60 = 96 of 20 + 20 + 60 = 100
		Result r = EvaluationScorer.score(record);
		assertEquals(96, r.earned(), 1e-9);
		assertEquals(100, r.possible(), 1e-9);
		assertEquals(96, r.score(), 1e-9);
	}

	@Test
	void withoutVoiceSystemFullMarksAreStillAHundred() {
		EvaluationRecord record = record(phone);
		fullMarks(record, phone);
		record.getAppliedRules().add(phone.getRules().get(0));
		// the voice-system answers are ignored: 20 + 20 + 60 = 100
		choose(record, (ChoiceItem) item(phone, 0, 0, 0), 2, null); // （一）1. 電話故障, 0 points: not scored anyway
		assertEquals(100, EvaluationScorer.score(record).score(), 1e-9);
	}

	@Test
	void eitherOrSectionCountsOnlyTheAnsweredAlternative() {
		EvaluationRecord record = record(phone);
		fullMarks(record, phone);
		FormSection answerContent = phone.getSections().get(1).getSections().get(2); // 二、（三）答話內容
		ChoiceItem direct = (ChoiceItem) answerContent.getItems().get(0); // 甲、業務承辦人直接接聽
		ChoiceItem other = (ChoiceItem) answerContent.getItems().get(1); // 乙、非業務承辦人代接
		record.getAnswers().removeIf(a -> a.getItem() == direct);
		choose(record, other, 1, 13.0); // 乙 2. 能先洽詢其他人員後做簡單答復: 13 of 11–15
		// 100 − 20 + 13 = 93; 甲 is not missing, it simply did not happen
		Result r = EvaluationScorer.score(record);
		assertEquals(93, r.earned(), 1e-9);
		assertEquals(100, r.possible(), 1e-9);
		assertTrue(r.unanswered().isEmpty(), () -> "unanswered: " + r.unanswered());
	}

	@Test
	void eitherOrSectionJudgedNotApplicableIsLeftOut() {
		EvaluationRecord record = record(phone);
		fullMarks(record, phone);
		FormSection answerContent = phone.getSections().get(1).getSections().get(2);
		for (FormItem alternative : answerContent.getItems()) {
			notApplicable(record, alternative); // the call never reached anyone who could answer
		}
		// earned 80 of 80 possible: scaled to 100, and both alternatives listed as not applicable
		Result r = EvaluationScorer.score(record);
		assertEquals(80, r.possible(), 1e-9);
		assertEquals(100, r.score(), 1e-9);
		assertEquals(answerContent.getItems(), r.notApplicable());
		assertTrue(r.unanswered().isEmpty(), () -> "unanswered: " + r.unanswered());
	}

	@Test
	void eitherOrSectionLeftBlankScoresNothing() {
		EvaluationRecord record = record(phone);
		fullMarks(record, phone);
		FormSection answerContent = phone.getSections().get(1).getSections().get(2);
		record.getAnswers().removeIf(a -> answerContent.getItems().contains(a.getItem()));
		Result r = EvaluationScorer.score(record);
		assertEquals(80, r.score(), 1e-9, "100 − 20");
		assertEquals(answerContent.getItems(), r.unanswered());
	}

	@Test
	void recordWithoutFormScoresNothing() {
		EvaluationRecord record = F.createEvaluationRecord();
		Result r = EvaluationScorer.score(record);
		assertEquals(0, r.score());
		assertEquals(0, r.possible());
	}

	@Test
	void scoreMapsToTheGradeOfTheScheme() {
		EvaluationRecord record = record(registration);
		fullMarks(record, registration);
		no(record, item(registration, 0, 1));
		no(record, item(registration, 0, 4));
		no(record, item(registration, 2, 2));
		double score = EvaluationScorer.score(record).score(); // 73, as above
		assertEquals("乙等", GradeScale.grade(Seed.ELECTION_100.load().getScoringScheme(), score).orElseThrow().getName());
	}
}
