package pdca.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import pdca.importer.source.SourceDocument;
import pdca.model.AgencyType;
import pdca.model.Citation;
import pdca.model.Plan;
import pdca.model.PlanSection;
import pdca.model.WorkItem;
import pdca.model.schedule.Schedule;
import pdca.model.io.PlanFiles;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;

/** The five seed plans imported from their text (as copied out of the PDFs), against the hand-encoded samples. */
class SeedImportTest {

	@TempDir
	Path folder;

	private ImportResult seed(String n) throws Exception {
		return PlanImporter.importFile(Documents.copy("seeds/" + n + ".txt", folder));
	}

	@Test
	void seed000IsReadWhole() throws Exception {
		ImportResult result = seed("000");
		Plan plan = result.plan();
		assertEquals("嘉義縣選舉委員會100年度提升服務品質執行計畫", plan.getTitle());
		assertEquals("嘉義縣選舉委員會", plan.getAgency().getName());
		assertEquals(AgencyType.ELECTION_COMMISSION, plan.getAgency().getType());
		assertEquals(100, plan.getRocYear());
		assertEquals("election-commission", plan.getTemplateId());
		assertEquals(2, plan.getBasis().size());
		Citation second = plan.getBasis().get(1);
		assertEquals("中央選舉委員會", second.getIssuer());
		assertEquals(LocalDate.of(2008, 1, 29), second.getDate());
		assertEquals("中選秘字第0973000010號", second.getDocumentNumber());
		assertEquals("中央選舉委員會提升服務品質實施計畫", second.getTitle());
		assertEquals(LocalDate.of(2008, 1, 1), plan.getPeriod().getStart());
		assertEquals(LocalDate.of(2011, 12, 31), plan.getPeriod().getEnd(), "為期四年 from 97/1/1");
		assertEquals(3, plan.getObjectives().size());
		assertEquals("本會各業務單位。", plan.getTargetDescription());
		assertEquals(5, plan.getStrategies().size());
		assertEquals("提升服務品質，深化服務績效", plan.getStrategies().get(0).getText());
		assertEquals("建立新聞媒體及輿論回應機制，適時為政策辯護或更正不實內容，導正社會視聽。",
				plan.getStrategies().get(2).getMethods().get(2).getText(), "a method broken over three lines, one of them mid-word");
		assertTrue(plan.getStrategyPreamble().startsWith("本會係以辦理選舉業務為主軸"));
		assertTrue(plan.getSections().stream().map(PlanSection::getHeading).toList().contains("實施方式與步驟"));
		// where each element came from: the first strategy is a paragraph of the source
		ImportResult.Placed first = result.placed().stream()
				.filter(p -> p.element() == plan.getStrategies().get(0)).findFirst().orElseThrow();
		assertTrue(first.origin().paragraph() > 30, "the strategy's line in the text: " + first.origin());
		assertFalse(first.uncertain());
	}

	@Test
	void seedsMatchTheirSamplesExactly() throws Exception {
		// 003: its table copied out of the PDF column by column (narrow columns)
		for (String n : List.of("000", "001", "002", "003", "004")) {
			Plan expected = PlanFiles.load(Documents.sample(n));
			List<ImportScore.Category> score = ImportScore.compare(seed(n).plan(), expected);
			for (ImportScore.Category c : score) {
				assertEquals(c.expected(), c.matched(), n + " " + c);
				assertEquals(c.expected(), c.imported(), n + " nothing invented: " + c);
			}
		}
	}

	@Test
	void seed003CitesFourDocumentsWithDatesInChineseNumerals() throws Exception {
		Plan plan = seed("003").plan();
		List<String> titles = plan.getBasis().stream().map(Citation::getTitle).toList();
		assertTrue(titles.contains("政府服務躍升方案"), titles.toString());
		assertTrue(titles.contains("交通部提升服務品質實施計畫"), "the document named after 「…」及: " + titles);
		assertTrue(titles.contains("一○六年提升服務品質執行計畫"), "a title without 「」 kept as written: " + titles);
		// a document cited without issuer whose title begins with an agency: that agency, marked to be checked
		ImportResult result = seed("003");
		Citation named = result.plan().getBasis().stream().filter(c -> "交通部提升服務品質實施計畫".equals(c.getTitle()))
				.findFirst().orElseThrow();
		assertEquals("交通部", named.getIssuer());
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == named), "the issuer read from the title is checked");
		Citation letter = plan.getBasis().stream().filter(c -> "交通部公路總局".equals(c.getIssuer()) && c.getDate() != null)
				.findFirst().orElseThrow();
		assertEquals(LocalDate.of(2017, 2, 17), letter.getDate(), "一○六年二月十七日");
		assertEquals("路秘研字第一○六○○一七八八九號", letter.getDocumentNumber());
		assertEquals(LocalDate.of(2017, 1, 1), plan.getPeriod().getStart(), "一○六年一月至十二月");
		assertEquals(LocalDate.of(2017, 12, 31), plan.getPeriod().getEnd());
		assertEquals(6, plan.getStrategies().size());
	}

	/** 004's table copied out of its PDF as text: deadline, owner unit and benefit read out of each row. */
	@Test
	void seed004TableReadAsText() throws Exception {
		Plan plan = seed("004").plan();
		Plan expected = PlanFiles.load(Documents.sample("004"));
		Map<String, ImportScore.Category> score = new HashMap<>();
		ImportScore.compare(plan, expected).forEach(c -> score.put(c.name(), c));
		assertEquals(8, score.get("strategies").matched(), score.toString());
		assertEquals(25, score.get("methods").matched(), "every 推動作法 exactly: " + score);
		assertEquals(25, score.get("deadlines").matched(), score.toString());
		assertEquals(25, score.get("owners").matched(), score.toString());
		assertEquals(25, score.get("benefits").matched(), score.toString());
		// 二（一）: two rows, two units, two benefit cells
		pdca.model.Method upkeep = plan.getStrategies().get(1).getMethods().get(0);
		assertEquals("本處各科", upkeep.getLeadOwner().getName());
		assertEquals(List.of("本處研究發展科"), upkeep.getCoOwners().stream().map(u -> u.getName()).toList());
		assertEquals(2, upkeep.getExpectedBenefit().split("\n").length, upkeep.getExpectedBenefit());
		// 四（一）: the benefit cell (◎ …) on a line of its own after the owner
		assertTrue(plan.getStrategies().get(3).getMethods().get(0).getExpectedBenefit().startsWith("縮短城鄉數位落差"));
		// 四（二）: 「本處研究發展科、資訊科」 is two units, the prefix said once
		pdca.model.Method video = plan.getStrategies().get(3).getMethods().get(1);
		assertEquals("本處研究發展科", video.getLeadOwner().getName());
		assertEquals(List.of("本處資訊科"), video.getCoOwners().stream().map(u -> u.getName()).toList());
		assertEquals("利用科技工具輔助，讓視障民眾享受即時服務。", video.getExpectedBenefit());
		pdca.model.Method first = plan.getStrategies().get(0).getMethods().get(0);
		assertEquals("107年12月", first.getSchedule().text());
		assertEquals("本處管制考核科", first.getLeadOwner().getName());
		assertTrue(first.getExpectedBenefit().startsWith("透過公文稽催管制作業"), first.getExpectedBenefit());
		assertFalse(first.getExpectedBenefit().contains("實施要項"), "the header repeated on the next page is not part of a benefit");
	}

	/** 002's table of tab-led cells under three dimensions (構面). */
	@Test
	void seed002CellsUnderDimensions() throws Exception {
		Plan plan = seed("002").plan();
		assertEquals(List.of("便民標準服務", "資訊流通服務", "創新加值服務"),
				plan.getDimensions().stream().map(d -> d.getText()).toList());
		Plan expected = PlanFiles.load(Documents.sample("002"));
		Map<String, ImportScore.Category> score = new HashMap<>();
		ImportScore.compare(plan, expected).forEach(c -> score.put(c.name(), c));
		assertEquals(6, score.get("strategies").matched(), score.toString());
		assertEquals(49, score.get("actions").matched(), "every 具體作法 exactly: " + score);
		pdca.model.Method first = plan.getDimensions().get(0).getStrategies().get(0).getMethods().get(0);
		assertEquals("服務流程便捷性", first.getText());
		assertEquals("99/1~99/12", first.getSchedule().text());
		assertTrue(first.getDescription().startsWith("1.建置全功能化單一窗口"), first.getDescription());
		assertEquals(7, first.getActions().size());
		// the 指標 cell listing three indicators gives three methods, as the seed has them, each with the
		// merged deadline; the merged content and actions go to the first
		List<pdca.model.Method> last = plan.getDimensions().get(2).getStrategies().get(0).getMethods();
		assertEquals(List.of("有價值的創意服務", "服務措施延續性", "服務措施執行方法效能性"), last.stream().map(m -> m.getText()).toList());
		assertTrue(last.stream().allMatch(m -> "99/1~99/12".equals(m.getSchedule().text())));
		assertEquals(List.of(5, 0, 0), last.stream().map(m -> m.getActions().size()).toList());
		// 「服務行為友善性與專業性」 over 「行銷有效性」 in one 指標 cell, contents and actions numbered
		// from 1 again for the second: two methods
		List<pdca.model.Method> customers = plan.getDimensions().get(0).getStrategies().get(2).getMethods();
		assertEquals(List.of("服務行為友善性與專業性", "行銷有效性", "民眾滿意度", "民眾意見處理有效性"),
				customers.stream().map(m -> m.getText()).toList());
		assertEquals(List.of(3, 3, 1, 4), customers.stream().map(m -> m.getActions().size()).toList());
		assertTrue(customers.get(1).getDescription().startsWith("1.透過施政宣導"), customers.get(1).getDescription());
		// 民眾滿意度's deadline cell is empty: the merged cell above gives it, marked to be checked
		ImportResult result = seed("002");
		pdca.model.Method satisfaction = result.plan().getDimensions().get(0).getStrategies().get(2).getMethods().get(2);
		assertEquals("99/1~99/12", satisfaction.getSchedule().text());
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == satisfaction));
		// 資訊內容有效性: its content in the next row under an empty 指標 cell
		pdca.model.Method validity = result.plan().getDimensions().get(1).getStrategies().get(0).getMethods().get(1);
		assertEquals("資訊內容有效性", validity.getText());
		assertTrue(validity.getDescription().startsWith("資訊服務正確程"), validity.getDescription()); // 度 as the seed writes it, U+FA01
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == validity));
	}

	@Test
	void an001AppendixIsASectionOfItsOwn() throws Exception {
		Plan plan = seed("001").plan();
		assertTrue(plan.getSections().stream().anyMatch(s -> s.getHeading().startsWith("附表")),
				plan.getSections().stream().map(PlanSection::getHeading).toList().toString());
		assertTrue(plan.getSections().stream().anyMatch(s -> s.getHeading().equals("本計畫如有未盡事宜，得依實際需要修正或另行補充辦理。")),
				"the one-sentence chapter 柒 is not joined with the appendix");
	}

	/**
	 * Nothing dropped in silence: every Han character of the source (but the numerals, of the
	 * numbering and the dates, that become numbers and dates) is in the plan or in the unplaced list.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void everyCharacterOfTheSourceIsPlacedOrListed(String n) throws Exception {
		ImportResult result = seed(n);
		Map<Integer, Integer> source = han(result.source().plainText());
		StringBuilder out = new StringBuilder();
		for (TreeIterator<EObject> it = result.plan().eAllContents(); it.hasNext();) {
			strings(it.next(), out);
		}
		strings(result.plan(), out);
		result.unplaced().forEach(u -> out.append(u.text()));
		result.consumed().forEach(out::append);
		Map<Integer, Integer> placed = han(out.toString());
		StringBuilder missing = new StringBuilder();
		source.forEach((c, count) -> {
			if (placed.getOrDefault(c, 0) < count) {
				missing.append(Character.toChars(c)).append(count - placed.getOrDefault(c, 0)).append(' ');
			}
		});
		assertEquals("", missing.toString(), n + ": characters of the source in neither the plan nor the unplaced list");
	}

	@ParameterizedTest
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void everyImportIsAValidPlanThatSavesAndLoads(String n) throws Exception {
		ImportResult result = seed(n);
		List<Problem> errors = PlanValidation.validate(result.plan()).stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR).toList();
		// an import may leave owners or deadlines out, never an element without its id or a broken reference
		assertTrue(errors.stream().noneMatch(p -> p.message().contains("id")), errors.toString());
		Path file = folder.resolve(n + ".pdca");
		PlanFiles.save(result.plan(), file);
		Plan again = PlanFiles.load(file);
		assertEquals(result.plan().getStrategies().size(), again.getStrategies().size());
		assertNotNull(again.getTitle());
		assertEquals(SourceDocument.Format.TEXT, result.source().format());
	}

	/**
	 * Numerals (of the numbering, and of dates that become dates), and the words that join cited
	 * documents (「…」暨中央選舉委員會…, 函頒之「…」), which the citations replace by their fields.
	 */
	/** A real plan cut off halfway (a page lost in scanning or sending): flagged, the first half still read. */
	@ParameterizedTest
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void aSeedCutOffHalfwayIsFlaggedAndItsFirstHalfRead(String n) throws Exception {
		Path whole = Documents.copy("seeds/" + n + ".txt", folder);
		List<String> lines = java.nio.file.Files.readAllLines(whole);
		// cut in the middle of a line of text, as a lost page leaves it
		int at = lines.size() / 2;
		while (lines.get(at).strip().length() < 12 || Texts.endsClause(lines.get(at))) {
			at++;
		}
		String line = lines.get(at).strip();
		List<String> kept = new java.util.ArrayList<>(lines.subList(0, at));
		kept.add(line.substring(0, line.length() / 2 + 6));
		Path cut = folder.resolve(n + "-cut.txt");
		java.nio.file.Files.write(cut, kept);
		ImportResult result = PlanImporter.importFile(cut);
		assertTrue(result.truncated(), n + ": cut after 「" + kept.get(kept.size() - 1) + "」");
		assertFalse(result.clean());
		assertEquals(seed(n).plan().getTitle(), result.plan().getTitle(), "the start is read as in the whole document");
		assertFalse(result.plan().getStrategies().isEmpty() && result.plan().getDimensions().isEmpty()
				&& result.plan().getSections().isEmpty() && result.plan().getObjectives().isEmpty());
	}

	private static final String NUMERALS = "〇○零一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾年月日之暨及";

	private static Map<Integer, Integer> han(String text) {
		Map<Integer, Integer> counts = new HashMap<>();
		text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
				.filter(c -> NUMERALS.indexOf(c) < 0).forEach(c -> counts.merge(c, 1, Integer::sum));
		return counts;
	}

	/** The text of an element: its strings, its deadline as written, the names of the units it refers to. */
	private static void strings(EObject e, StringBuilder out) {
		for (EAttribute a : e.eClass().getEAllAttributes()) {
			Object v = e.eGet(a);
			if (v instanceof String s) {
				out.append(s);
			} else if (v instanceof Schedule schedule) {
				out.append(schedule.text());
			}
		}
		if (e instanceof WorkItem w) {
			if (w.getLeadOwner() != null) {
				out.append(w.getLeadOwner().getName());
			}
			w.getCoOwners().forEach(u -> out.append(u.getName()));
		}
	}
}
