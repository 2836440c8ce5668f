package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pdca.model.ConsequenceKind;
import pdca.model.GradeBand;
import pdca.model.PdcaFactory;
import pdca.model.ScoreConsequence;
import pdca.model.ScoringScheme;
import pdca.model.seeds.Seed;

/**
 * Seed 100 (嘉義縣選舉委員會), 捌、獎勵與輔導: 90分以上為優等，80至89分為甲等，70至79分為乙等，60至69分為丙等，59分以下為丁等;
 * 優等 and 甲等 with 85 or more are rewarded, 甲等 below 85 and 乙等 are not, 丙等 and 丁等 are sanctioned.
 */
class GradeScaleTest {

	private static ScoringScheme scheme;

	@BeforeAll
	static void loadScheme() {
		scheme = Seed.ELECTION_100.load().getScoringScheme();
	}

	@ParameterizedTest(name = "{0} points: {1}, {2}")
	@CsvSource({
			"59,    丁等, SANCTION",
			"60,    丙等, SANCTION",
			"69,    丙等, SANCTION",
			"70,    乙等, NONE",
			"79,    乙等, NONE",
			"80,    甲等, NONE",
			"84.9,  甲等, NONE",
			"85,    甲等, REWARD",
			"89,    甲等, REWARD",
			"89.5,  甲等, REWARD",
			"90,    優等, REWARD",
			"100,   優等, REWARD",
			"0,     丁等, SANCTION" })
	void scoreGetsItsGradeAndConsequence(double score, String grade, ConsequenceKind kind) {
		assertEquals(grade, GradeScale.grade(scheme, score).map(GradeBand::getName).orElse("none"));
		assertEquals(kind, GradeScale.consequence(scheme, score).map(ScoreConsequence::getKind).orElse(null));
	}

	@Test
	void rewardsDifferBetweenExcellentAndGoodAboveEightyFive() {
		assertTrue(GradeScale.consequence(scheme, 92).orElseThrow().getText().contains("記功二次"));
		assertTrue(GradeScale.consequence(scheme, 86).orElseThrow().getText().contains("記功一次"));
		assertTrue(GradeScale.consequence(scheme, 84).orElseThrow().getText().contains("不予獎勵"));
		assertTrue(GradeScale.consequence(scheme, 65).orElseThrow().getText().contains("申誡二次"));
		assertTrue(GradeScale.consequence(scheme, 40).orElseThrow().getText().contains("記過一次"));
	}

	@Test
	void negativeScoreHasNoGrade() {
		assertTrue(GradeScale.grade(scheme, -1).isEmpty());
		assertTrue(GradeScale.consequence(scheme, -1).isEmpty());
	}

	@Test
	void bandsNeedNotBeListedInOrder() {
		ScoringScheme shuffled = PdcaFactory.eINSTANCE.createScoringScheme();
		for (String b : new String[] { "普通:60", "優良:90", "劣:0", "良好:75" }) {
			GradeBand band = PdcaFactory.eINSTANCE.createGradeBand();
			band.setName(b.split(":")[0]);
			band.setMinScore(Double.parseDouble(b.split(":")[1]));
			shuffled.getBands().add(band);
		}
		assertEquals("良好", GradeScale.grade(shuffled, 80).orElseThrow().getName());
		assertEquals("普通", GradeScale.grade(shuffled, 74.99).orElseThrow().getName());
		assertEquals("優良", GradeScale.grade(shuffled, 90).orElseThrow().getName());
		assertTrue(GradeScale.consequence(shuffled, 95).isEmpty(), "a scheme without consequences has none");
	}
}
