package pdca.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pdca.model.ChoiceItem;
import pdca.model.ConsequenceKind;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.ItemAnswer;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.ScoreConsequence;
import pdca.model.logic.EvaluationScorer;
import pdca.model.logic.GradeScale;

/**
 * The election commission template's evaluation forms (seed 001) and scoring scheme (seed 000), in a
 * plan made from the template, scored against examples worked by hand.
 */
class ElectionScoringTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	private Plan plan;
	private EvaluationForm registration;
	private EvaluationForm petition;
	private EvaluationForm phone;

	@BeforeEach
	void setUp() {
		plan = Templates.newPlan(Templates.ELECTION, "嘉義縣選舉委員會", 114);
		registration = plan.getEvaluationForms().get(0);
		petition = plan.getEvaluationForms().get(1);
		phone = plan.getEvaluationForms().get(2);
	}

	private EvaluationRecord record(EvaluationForm form) {
		EvaluationRecord r = F.createEvaluationRecord();
		r.setForm(form);
		plan.getEvaluationRecords().add(r);
		return r;
	}

	private static ItemAnswer answer(EvaluationRecord r, FormItem item) {
		ItemAnswer a = F.createItemAnswer();
		a.setItem(item);
		r.getAnswers().add(a);
		return a;
	}

	private static void yesNo(EvaluationRecord r, FormItem item, boolean yes) {
		answer(r, item).setChecked(yes);
	}

	/** Choice {@code index} (0-based); {@code points} for a choice with a range, else null. */
	private static void choose(EvaluationRecord r, FormItem item, int index, Double points) {
		ItemAnswer a = answer(r, item);
		a.setChoice(((ChoiceItem) item).getChoices().get(index));
		a.setPoints(points);
	}

	private static void points(EvaluationRecord r, FormItem item, double points) {
		answer(r, item).setPoints(points);
	}

	private static FormItem item(FormGroup form, int... path) {
		FormGroup g = form;
		for (int i = 0; i < path.length - 1; i++) {
			g = g.getSections().get(path[i]);
		}
		return g.getItems().get(path[path.length - 1]);
	}

	@Test
	void theFormsAreOutOfAHundredAndTheirPointsAddUp() {
		assertEquals(3, plan.getEvaluationForms().size());
		for (EvaluationForm form : plan.getEvaluationForms()) {
			assertEquals(100, form.getMaxPoints(), 1e-9);
		}
		assertEquals("", Templates.errors(plan), "FORM_POINTS_MISMATCH would be an error");
	}

	@Test
	void registrationWithTwoShortcomings() {
		EvaluationRecord r = record(registration);
		for (int s = 0; s < 3; s++) {
			for (FormItem i : registration.getSections().get(s).getItems()) {
				yesNo(r, i, true);
			}
		}
		r.getAnswers().stream().filter(a -> a.getItem() == item(registration, 1, 0)).findFirst().orElseThrow().setChecked(false); // （二）1. 6 points
		r.getAnswers().stream().filter(a -> a.getItem() == item(registration, 2, 3)).findFirst().orElseThrow().setChecked(false); // （三）4. 7 points
		// 100 − 6 − 7 = 87 → 甲等, and from 85 on: 記功一次
		assertEquals(87, EvaluationScorer.score(r).score(), 1e-9);
		assertEquals("甲等", GradeScale.grade(plan.getScoringScheme(), 87).orElseThrow().getName());
		assertEquals(ConsequenceKind.REWARD, GradeScale.consequence(plan.getScoringScheme(), 87).orElseThrow().getKind());
	}

	@Test
	void petitionAnsweredInFourToSixDays() {
		EvaluationRecord r = record(petition);
		yesNo(r, item(petition, 0), true); // 35
		yesNo(r, item(petition, 1), false); // 0 of 35
		choose(r, item(petition, 2), 1, 8.0); // 四至六天, 8 of 6–10
		yesNo(r, item(petition, 3), true); // 15
		// 35 + 0 + 8 + 15 = 58 → 丁等, 記過一次
		assertEquals(58, EvaluationScorer.score(r).score(), 1e-9);
		assertEquals("丁等", GradeScale.grade(plan.getScoringScheme(), 58).orElseThrow().getName());
		assertEquals(ConsequenceKind.SANCTION, GradeScale.consequence(plan.getScoringScheme(), 58).orElseThrow().getKind());
	}

	/** One phone test: the answers of the worked example, with or without the rule 無電話語音系統. */
	private EvaluationRecord phoneTest(boolean voiceSystem) {
		EvaluationRecord r = record(phone);
		// 一、（一） voice system: 十五秒內 3, 招呼語簡明 5 → 8 of 10 (not scored without a voice system)
		choose(r, item(phone, 0, 0, 0), 1, null);
		choose(r, item(phone, 0, 0, 1), 0, null);
		// 一、（二） operator speed: rang six times, 7 of 10 (doubled to 14 of 20 without a voice system)
		choose(r, item(phone, 0, 1, 0), 0, 7.0);
		// 一、（三） operator courtesy: 3 + 0 + 3 + 2 + 2 (轉接未告知分機) + 2 + 2 + 1 (語調平淡) = 15 of 20
		yesNo(r, item(phone, 0, 2, 0), true);
		yesNo(r, item(phone, 0, 2, 1), false);
		yesNo(r, item(phone, 0, 2, 2), true);
		yesNo(r, item(phone, 0, 2, 3), true);
		choose(r, item(phone, 0, 2, 4), 1, null);
		yesNo(r, item(phone, 0, 2, 5), true);
		choose(r, item(phone, 0, 2, 6), 0, null);
		choose(r, item(phone, 0, 2, 7), 1, null);
		// 二、（一） answering speed 9 of 10, no-answer handling 5 → 14 of 15
		points(r, item(phone, 1, 0, 0), 9);
		choose(r, item(phone, 1, 0, 1), 0, null);
		// 二、（二） 報明單位 10, 禮貌性用語 5, 語調平淡 6 of 5–7 → 21 of 25
		choose(r, item(phone, 1, 1, 0), 0, null);
		yesNo(r, item(phone, 1, 1, 1), true);
		choose(r, item(phone, 1, 1, 2), 1, 6.0);
		// 二、（三） either-or: 乙 (answered by someone else), 能先洽詢其他人員後簡單答復, 13 of 11–15 → 13 of 20
		choose(r, item(phone, 1, 2, 1), 1, 13.0);
		if (!voiceSystem) {
			r.getAppliedRules().add(phone.getRules().get(0));
		}
		return r;
	}

	@Test
	void phoneTestWithAVoiceSystem() {
		// 8 + 7 + 15 + 14 + 21 + 13 = 78 of 10 + 10 + 20 + 15 + 25 + 20 = 100 → 乙等, no reward
		EvaluationScorer.Result result = EvaluationScorer.score(phoneTest(true));
		assertEquals(78, result.earned(), 1e-9);
		assertEquals(100, result.possible(), 1e-9);
		assertEquals(78, result.score(), 1e-9);
		assertEquals("乙等", GradeScale.grade(plan.getScoringScheme(), result.score()).orElseThrow().getName());
		assertEquals(ConsequenceKind.NONE, GradeScale.consequence(plan.getScoringScheme(), result.score()).orElseThrow().getKind());
	}

	@Test
	void phoneTestWithoutAVoiceSystemCountsTheOperatorSpeedTwice() {
		// （一） not scored; （二） 7 × 2 = 14 of 20: 14 + 15 + 14 + 21 + 13 = 77 of 20 + 20 + 15 + 25 + 20 = 100
		EvaluationScorer.Result result = EvaluationScorer.score(phoneTest(false));
		assertEquals(77, result.earned(), 1e-9);
		assertEquals(100, result.possible(), 1e-9);
		assertEquals(77, result.score(), 1e-9);
		assertEquals("乙等", GradeScale.grade(plan.getScoringScheme(), result.score()).orElseThrow().getName());
	}

	@Test
	void noOneAnsweringAndNoOperatorScoreTheWayTheFormSays() {
		EvaluationRecord r = phoneTest(true);
		// 一、（二） 連打二次無人接聽: the alternative to item 1, 0 points
		ItemAnswer speed = r.getAnswers().stream().filter(a -> a.getItem() == item(phone, 0, 1, 0)).findFirst().orElseThrow();
		speed.setChoice(((ChoiceItem) speed.getItem()).getChoices().get(1));
		speed.setPoints(null);
		// 一、（三） 無總機人員本項不給分: the rule leaves the section out
		r.getAppliedRules().add(phone.getRules().get(1));
		// 8 + 0 + 14 + 21 + 13 = 56 of 10 + 10 + 15 + 25 + 20 = 80 → 70 of 100, 乙等
		EvaluationScorer.Result result = EvaluationScorer.score(r);
		assertEquals(56, result.earned(), 1e-9);
		assertEquals(80, result.possible(), 1e-9);
		assertEquals(70, result.score(), 1e-9);
		assertEquals("乙等", GradeScale.grade(plan.getScoringScheme(), result.score()).orElseThrow().getName());
	}

	@Test
	void theRuleIsTheSeedsNoVoiceSystemRule() {
		var rule = phone.getRules().get(0);
		assertEquals("無電話語音系統", rule.getCondition());
		assertEquals(2.0, rule.getFactor(), 1e-9);
		assertEquals("電話語音系統接聽速度", rule.getExcluded().get(0).getText());
		assertEquals("總機人員接聽速度", rule.getMultiplied().get(0).getText());
		assertEquals(plan, org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(rule.getMultiplied().get(0)),
				"the rule refers to the new plan's own form, not the template's");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"59, 丁等, SANCTION, 記過一次",
			"60, 丙等, SANCTION, 申誡二次",
			"69, 丙等, SANCTION, 申誡二次",
			"70, 乙等, NONE, 不予獎勵",
			"79, 乙等, NONE, 不予獎勵",
			"80, 甲等, NONE, 不予獎勵",
			"84.9, 甲等, NONE, 不予獎勵",
			"85, 甲等, REWARD, 記功一次",
			"89, 甲等, REWARD, 記功一次",
			"90, 優等, REWARD, 記功二次",
			"0, 丁等, SANCTION, 記過一次",
			"100, 優等, REWARD, 記功二次" })
	void scoresMapToTheGradesAndConsequencesOfSeed000(double score, String grade, ConsequenceKind kind, String text) {
		assertEquals(grade, GradeScale.grade(plan.getScoringScheme(), score).orElseThrow().getName());
		ScoreConsequence c = GradeScale.consequence(plan.getScoringScheme(), score).orElseThrow();
		assertEquals(kind, c.getKind());
		assertTrue(c.getText().contains(text), c.getText());
	}
}
