package pdca.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.ConsequenceKind;
import pdca.model.GradeBand;
import pdca.model.Plan;
import pdca.model.PlanSection;
import pdca.model.ScoreConsequence;
import pdca.model.ScoringScheme;
import pdca.model.io.PlanFiles;

/**
 * Grade bands and their rewards and sanctions read out of a chapter's text, written here for an
 * agency other than the seeds', and on seed 000 against its sample.
 */
class ScoringImportTest {

	@TempDir
	Path folder;

	private static final String HEAD = String.join("\n",
			"宜蘭縣羅東鎮戶政事務所113年度提升服務品質執行計畫",
			"",
			"壹、計畫依據：內政部113年1月5日台內戶字第1130100001號函。",
			"",
			"貳、實施策略：",
			"一、便民服務",
			"（一）設置單一窗口，簡化申辦流程。",
			"（二）推動線上申辦，減少臨櫃等候。",
			"");

	private ImportResult read(String text) throws Exception {
		return Documents.importText(folder, text);
	}

	/** The grade first, the score after it, bands given from the top; rewards and sanctions one a sentence. */
	@Test
	void bandsWrittenGradeFirstAndTheirConsequences() throws Exception {
		ImportResult result = read(HEAD + String.join("\n",
				"參、考核與獎懲：",
				"一、年度考核成績分為四等：特優：95分以上；優等：85分以上未滿95分；",
				"甲等：75分以上未滿85分；乙等：未滿75分。",
				"二、考核結果為特優者，承辦人員記功一次；為優等者，承辦人員嘉獎二次；",
				"為乙等者，相關人員應予申誡。",
				""));
		ScoringScheme scheme = result.plan().getScoringScheme();
		assertNotNull(scheme, "the bands are read");
		assertEquals(List.of("特優", "優等", "甲等", "乙等"), scheme.getBands().stream().map(GradeBand::getName).toList());
		assertEquals(List.of(95.0, 85.0, 75.0, 0.0), scheme.getBands().stream().map(GradeBand::getMinScore).toList());
		assertEquals("考核與獎懲", scheme.getName());
		List<ScoreConsequence> consequences = scheme.getConsequences();
		assertEquals(3, consequences.size(), consequences.toString());
		assertEquals("特優", consequences.get(0).getBand().getName());
		assertEquals(ConsequenceKind.REWARD, consequences.get(0).getKind());
		assertEquals("考核結果為特優者，承辦人員記功一次", consequences.get(0).getText());
		assertEquals(ConsequenceKind.REWARD, consequences.get(1).getKind());
		assertEquals("優等", consequences.get(1).getBand().getName());
		assertEquals(ConsequenceKind.SANCTION, consequences.get(2).getKind());
		assertEquals("乙等", consequences.get(2).getBand().getName());
		assertEquals("為乙等者，相關人員應予申誡", consequences.get(2).getText());
		// 甲等 has none: nothing invented
		assertTrue(consequences.stream().noneMatch(c -> c.getBand().getName().equals("甲等")));
		// each band remembers its place; the section keeps the whole text
		assertTrue(result.placed().stream().anyMatch(p -> p.element() == scheme.getBands().get(0)
				&& p.origin().paragraph() > 0 && !p.uncertain()));
		PlanSection section = result.plan().getSections().stream().filter(s -> s.getHeading().equals("考核與獎懲"))
				.findFirst().orElseThrow();
		assertTrue(section.getBody().contains("特優：95分以上") && section.getBody().contains("應予申誡"), section.getBody());
	}

	/** The score first (「…分以上為…」, 「N至M分為…」, 「N分以下為…」); a reward shared by two grades or from a score within a band is checked. */
	@Test
	void bandsWrittenScoreFirstAndSharedConsequencesMarked() throws Exception {
		ImportResult result = read(HEAD + String.join("\n",
				"參、評比方式：",
				"一、各課室評比總分88分以上者列為甲等，",
				"76 至 87 分為乙等，75 分以下為丙等。",
				"二、評比為甲等且總分達 92 分以上者，優先薦送參加縣府服務品質獎；為乙等或丙等者，不予敘獎。",
				""));
		ScoringScheme scheme = result.plan().getScoringScheme();
		assertNotNull(scheme);
		assertEquals(List.of("甲等|88.0", "乙等|76.0", "丙等|0.0"),
				scheme.getBands().stream().map(b -> b.getName() + "|" + b.getMinScore()).toList());
		List<ScoreConsequence> consequences = scheme.getConsequences();
		assertEquals(List.of("乙等|NONE", "丙等|NONE"), consequences.stream()
				.map(c -> c.getBand().getName() + "|" + c.getKind()).toList(),
				"「優先薦送」 is no reward word the importer knows: not invented");
		assertEquals("為乙等或丙等者，不予敘獎", consequences.get(0).getText());
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == consequences.get(0)),
				"a sentence shared by two grades is checked");
	}

	/** Grade names without scores, or a single band, make no scheme. */
	@Test
	void gradesWithoutScoresMakeNoScheme() throws Exception {
		ImportResult result = read(HEAD + String.join("\n",
				"參、獎懲：",
				"一、考核成績分為優等、甲等、乙等三等，由本所考核小組評定。",
				"二、成績90分以上為優等者，承辦人員嘉獎一次。",
				""));
		assertNull(result.plan().getScoringScheme());
		assertTrue(result.plan().getSections().stream().anyMatch(s -> s.getBody().contains("90分以上為優等")));
	}

	/** Seed 000 (嘉義縣選舉委員會 100): the five bands and six consequences of its sample, exactly. */
	@Test
	void seed000GradeBandsAsInItsSample() throws Exception {
		ImportResult result = PlanImporter.importFile(Documents.copy("seeds/000.txt", folder));
		Plan expected = PlanFiles.load(Documents.sample("000"));
		Map<String, ImportScore.Category> score = new HashMap<>();
		ImportScore.compareScoring(result.plan(), expected).forEach(c -> score.put(c.name(), c));
		assertEquals(new ImportScore.Category("grade bands", 5, 5, 5), score.get("grade bands"));
		assertEquals(new ImportScore.Category("grade consequences", 6, 6, 6), score.get("grade consequences"));
		ScoringScheme scheme = result.plan().getScoringScheme();
		assertEquals(List.of("優等", "甲等", "乙等", "丙等", "丁等"), scheme.getBands().stream().map(GradeBand::getName).toList());
		// the chapter is still a section, with all its text
		assertTrue(result.plan().getSections().stream()
				.anyMatch(s -> s.getHeading().equals("獎勵與輔導") && s.getBody().contains("59分以下為丁等")));
		ScoreConsequence eightyFive = scheme.getConsequences().stream().filter(c -> c.getMinScore() != null)
				.findFirst().orElseThrow();
		assertEquals(85.0, eightyFive.getMinScore());
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == eightyFive));
		assertFalse(result.uncertain().stream().anyMatch(p -> p.element() == scheme.getBands().get(0)));
	}

	/** The other seeds name no grade bands: none is made up. */
	@Test
	void otherSeedsHaveNoScheme() throws Exception {
		for (String n : List.of("001", "002", "003", "004")) {
			assertNull(PlanImporter.importFile(Documents.copy("seeds/" + n + ".txt", folder)).plan().getScoringScheme(), n);
		}
	}
}
