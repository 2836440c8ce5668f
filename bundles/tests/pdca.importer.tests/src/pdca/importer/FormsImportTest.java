package pdca.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Choice;
import pdca.model.ChoiceItem;
import pdca.model.EvaluationForm;
import pdca.model.FormItem;
import pdca.model.FormSection;
import pdca.model.Plan;
import pdca.model.ScoreItem;
import pdca.model.ScoringRule;
import pdca.model.YesNoItem;
import pdca.model.io.PlanFiles;

/**
 * Evaluation forms (評核項目表) given as text, written here for an agency other than the seeds',
 * and seed 001's three forms against its sample.
 */
class FormsImportTest {

	@TempDir
	Path folder;

	private static final String PLAN = String.join("\n",
			"新竹市東區戶政事務所113年度提升服務品質執行計畫",
			"",
			"壹、計畫依據：內政部113年1月5日台內戶字第1130100001號函。",
			"",
			"貳、實施策略：",
			"一、便民服務",
			"（一）設置單一窗口，簡化申辦流程。",
			"（二）推動線上申辦，減少臨櫃等候。",
			"",
			"參、評核方式：每半年依附表評核一次。",
			"",
			"附表 新竹市東區戶政事務所服務品質評核表",
			"一、櫃台服務",
			"受評單位：            評核日期：   年   月   日",
			"評核項目 配分 得分 備註",
			"（一）服務態度 30 分",
			"1.□是□否 主動招呼洽公民眾。 10",
			"2.□是□否 說明申辦程序及應備",
			"證件清楚。 10",
			"3.等候時間：",
			"(1) 五分鐘以內。 (10)",
			"(2) 五至十五分鐘。 (5~8)",
			"(3) 十五分鐘以上。 (0)",
			"（二）哺集乳室（無哺集乳室者本項不給分） 20 分",
			"1. 哺集乳室整潔。 10",
			"2. 哺集乳室設備完善。 10",
			"註：總分為50分。",
			"二、電話服務",
			"受評單位：",
			"評核內容 配分 評分",
			"（一）接聽禮貌",
			"1.□是□否 三聲內接聽。",
			"2.□是□否 報明單位及姓名。",
			"本項配",
			"分 10",
			"分，每項",
			"配分 5",
			"分。",
			"（二）回復速度：",
			"1.□ 當日回復。（8-10 分）",
			"2.□ 三日內回復。（4-7 分）",
			"3.□ 逾三日。（0分）",
			"本項配分10分",
			"（三）接聽速度",
			"1.電話鈴響三聲內接聽。（每增一聲即減1分）",
			"5",
			"2.無人接聽。 0",
			"");

	private ImportResult read(String text) throws Exception {
		return Documents.importText(folder, text);
	}

	@Test
	void aFormWithPointsAfterItsRowsChoicesAndARule() throws Exception {
		ImportResult result = read(PLAN);
		Plan plan = result.plan();
		assertEquals(2, plan.getEvaluationForms().size());
		EvaluationForm form = plan.getEvaluationForms().get(0);
		assertEquals("一、", form.getLabel());
		assertEquals("櫃台服務", form.getText());
		assertEquals(50.0, form.getMaxPoints(), "總分為50分 in its note");
		assertEquals(List.of("受評單位", "評核日期"), form.getHeaderFields());
		FormSection manner = form.getSections().get(0);
		assertEquals("（一）", manner.getLabel());
		assertEquals("服務態度", manner.getText());
		assertEquals(30.0, manner.getMaxPoints());
		assertEquals(3, manner.getItems().size());
		YesNoItem first = assertInstanceOf(YesNoItem.class, manner.getItems().get(0));
		assertEquals("主動招呼洽公民眾。", first.getText());
		assertEquals(10.0, first.getMaxPoints());
		assertEquals("說明申辦程序及應備證件清楚。", manner.getItems().get(1).getText(), "a row wrapped over two lines");
		assertEquals(10.0, manner.getItems().get(1).getMaxPoints());
		ChoiceItem waiting = assertInstanceOf(ChoiceItem.class, manner.getItems().get(2));
		assertEquals("等候時間：", waiting.getText());
		assertEquals(10.0, waiting.getMaxPoints(), "the best choice's points");
		assertEquals(List.of("五分鐘以內。|10.0-10.0", "五至十五分鐘。|5.0-8.0", "十五分鐘以上。|0.0-0.0"),
				waiting.getChoices().stream().map(c -> c.getText() + "|" + c.getMinPoints() + "-" + c.getMaxPoints()).toList());
		FormSection room = form.getSections().get(1);
		assertEquals("哺集乳室", room.getText());
		assertEquals(20.0, room.getMaxPoints());
		assertEquals(1, form.getRules().size());
		ScoringRule rule = form.getRules().get(0);
		assertEquals("無哺集乳室者", rule.getCondition());
		assertEquals(List.of(room), rule.getExcluded());
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == rule), "a rule is checked");
		assertFalse(result.uncertain().stream().anyMatch(p -> p.element() == first));
		// the appendix is still a section with all its text
		assertTrue(plan.getSections().stream().anyMatch(s -> s.getBody().contains("哺集乳室設備完善")));
	}

	@Test
	void pointsWrittenApartAndRowsOfNoPointsAsChoices() throws Exception {
		ImportResult result = read(PLAN);
		EvaluationForm form = result.plan().getEvaluationForms().get(1);
		assertEquals("電話服務", form.getText());
		FormSection courtesy = form.getSections().get(0);
		assertEquals(10.0, courtesy.getMaxPoints(), "本項配分10分, written over five lines");
		assertEquals(List.of(5.0, 5.0), courtesy.getItems().stream().map(FormItem::getMaxPoints).toList(), "每項配分5分");
		ChoiceItem speed = assertInstanceOf(ChoiceItem.class, form.getItems().get(0));
		assertEquals("（二）", speed.getLabel());
		assertEquals(10.0, speed.getMaxPoints());
		assertEquals(List.of("8.0-10.0", "4.0-7.0", "0.0-0.0"),
				speed.getChoices().stream().map(c -> c.getMinPoints() + "-" + c.getMaxPoints()).toList());
		assertEquals("當日回復。", speed.getChoices().get(0).getText(), "the box (□) is not part of the text");
		// 「無人接聽 0」 after 「電話鈴響三聲內接聽 5」: a choice of that item, to be checked
		FormSection answer = form.getSections().get(1);
		ChoiceItem ring = assertInstanceOf(ChoiceItem.class, answer.getItems().get(0));
		assertEquals(1, answer.getItems().size());
		assertEquals(5.0, ring.getMaxPoints(), "its points on a line of their own");
		List<Choice> choices = ring.getChoices();
		assertEquals(List.of("0.0-5.0", "0.0-0.0"), choices.stream().map(c -> c.getMinPoints() + "-" + c.getMaxPoints()).toList());
		assertEquals("無人接聽。", choices.get(1).getText());
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == ring));
	}

	@Test
	void aDeductionMakesAScoreItem() throws Exception {
		ImportResult result = read(PLAN.replace("2.無人接聽。 0\n", ""));
		FormSection answer = result.plan().getEvaluationForms().get(1).getSections().get(1);
		ScoreItem ring = assertInstanceOf(ScoreItem.class, answer.getItems().get(0));
		assertEquals("電話鈴響三聲內接聽。", ring.getText());
		assertEquals("每增一聲即減1分", ring.getDeductionRule());
		assertEquals(5.0, ring.getMaxPoints());
	}

	@Test
	void textThatSpeaksOfPointsIsNoForm() throws Exception {
		ImportResult result = read(PLAN.substring(0, PLAN.indexOf("附表")) + String.join("\n",
				"肆、評核項目及配分，依本所考核要點辦理。",
				"一、服務態度 30 分",
				"二、環境整潔 20 分",
				""));
		assertTrue(result.plan().getEvaluationForms().isEmpty());
	}

	/** A form as an ODT table: each row's cells read side by side, the points in a column of their own. */
	@Test
	void aFormAsAnOdtTable() throws Exception {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
				+ " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
				+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
				+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>");
		for (String line : PLAN.substring(0, PLAN.indexOf("一、櫃台服務")).split("\n")) {
			x.append("<text:p>").append(line).append("</text:p>");
		}
		x.append("<text:p>一、櫃台服務</text:p><text:p>受評單位：</text:p>");
		x.append("<table:table><table:table-column table:number-columns-repeated=\"3\"/>");
		String[][] rows = { { "評核項目", "配分", "得分" }, { "（一）服務態度", "20 分", "" },
				{ "1.□是□否 主動招呼洽公民眾。", "10", "" }, { "2.□是□否 說明申辦程序清楚。", "10", "" },
				{ "（二）等候時間：", "10 分", "" }, { "(1) 五分鐘以內。", "(10)", "" }, { "(2) 五分鐘以上。", "(0-5)", "" } };
		for (String[] row : rows) {
			x.append("<table:table-row>");
			for (String c : row) {
				x.append("<table:table-cell>").append(c.isEmpty() ? "" : "<text:p>" + c + "</text:p>").append("</table:table-cell>");
			}
			x.append("</table:table-row>");
		}
		x.append("</table:table></office:text></office:body></office:document-content>");
		Path file = folder.resolve("form.odt");
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			for (String[] e : new String[][] { { "mimetype", "application/vnd.oasis.opendocument.text" },
					{ "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
							+ " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>" },
					{ "content.xml", x.toString() } }) {
				zip.putNextEntry(new java.util.zip.ZipEntry(e[0]));
				zip.write(e[1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		ImportResult result = PlanImporter.importFile(file);
		assertEquals(1, result.plan().getEvaluationForms().size());
		EvaluationForm form = result.plan().getEvaluationForms().get(0);
		assertEquals("櫃台服務", form.getText());
		assertEquals(List.of("受評單位"), form.getHeaderFields());
		FormSection manner = form.getSections().get(0);
		assertEquals(20.0, manner.getMaxPoints());
		assertEquals(List.of("主動招呼洽公民眾。|10.0", "說明申辦程序清楚。|10.0"),
				manner.getItems().stream().map(i -> i.getText() + "|" + i.getMaxPoints()).toList());
		ChoiceItem waiting = assertInstanceOf(ChoiceItem.class, form.getItems().get(0));
		assertEquals(10.0, waiting.getMaxPoints());
		assertEquals(List.of("10.0-10.0", "0.0-5.0"),
				waiting.getChoices().stream().map(c -> c.getMinPoints() + "-" + c.getMaxPoints()).toList());
		assertTrue(result.placed().stream().anyMatch(p -> p.element() == waiting && p.origin().inTable()));
	}

	/** Seed 001 (基隆市選舉委員會 105): its three forms against the sample's. */
	@Test
	void seed001FormsAsInItsSample() throws Exception {
		ImportResult result = PlanImporter.importFile(Documents.copy("seeds/001.txt", folder));
		Plan plan = result.plan();
		Plan expected = PlanFiles.load(Documents.sample("001"));
		Map<String, ImportScore.Category> score = new HashMap<>();
		ImportScore.compareScoring(plan, expected).forEach(c -> score.put(c.name(), c));
		// the sample writes one item without the colon the seed prints (回復速度：), and two choices reworded
		assertEquals(new ImportScore.Category("form items", 34, 33, 34), score.get("form items"));
		assertEquals(new ImportScore.Category("form choices", 39, 33, 39), score.get("form choices"));
		assertEquals(List.of("提供候選人登記服務", "人民陳情之處理", "電話禮貌"),
				plan.getEvaluationForms().stream().map(EvaluationForm::getText).toList());
		assertEquals(List.of("受測機關或單位", "總機/電話", "測試時間", "測試人員"), plan.getEvaluationForms().get(2).getHeaderFields());
		EvaluationForm phone = plan.getEvaluationForms().get(2);
		FormSection operator = phone.getSections().get(0);
		// 「連打二次無人接聽 0」 and 「電話故障 0」 are choices of item 1 of 三（一）（二）
		ChoiceItem ring = assertInstanceOf(ChoiceItem.class, operator.getSections().get(1).getItems().get(0));
		assertEquals(List.of("電話故障。"), ring.getChoices().subList(2, 3).stream().map(Choice::getText).toList());
		// 「無總機人員本項不給分」: a rule excluding 三（一）（三）
		FormSection manners = operator.getSections().get(2);
		assertTrue(phone.getRules().stream().anyMatch(r -> "無總機人員".equals(r.getCondition()) && r.getExcluded().equals(List.of(manners))));
		assertTrue(phone.getRules().stream().anyMatch(r -> r.getFactor() == 2.0 && !r.getMultiplied().isEmpty()));
		// 「（註：毋需轉接即能充分提供所詢問之資訊時，第５、６項給分）」 printed under item 5: items 5 and 6
		assertEquals(List.of("5", "6"), manners.getItems().stream().filter(i -> i.getCondition() != null
				&& i.getCondition().contains("毋需轉接")).map(FormItem::getLabel).toList());
		// 三（二）（三） 答話內容: 甲 or 乙, one scored
		assertTrue(phone.getSections().get(1).getSections().get(2).isExclusive());
		assertEquals(100.0, plan.getEvaluationForms().get(0).getMaxPoints());
		// the appendix stays a section with its text
		assertTrue(plan.getSections().stream().anyMatch(s -> s.getHeading().startsWith("附表") && s.getBody().contains("電話故障")));
	}

	/** Thousands of forms, and a row that never ends: read in bounded time, the endless row no form. */
	@Test
	void manyFormsAndAnEndlessRowAreReadQuickly() throws Exception {
		StringBuilder b = new StringBuilder(PLAN.substring(0, PLAN.indexOf("附表")));
		for (int i = 0; i < 3000; i++) {
			b.append("附表 評分表\n一、服務\n評核項目 配分 評分\n（一）服務 10 分\n1.□是□否 主動招呼。 5\n2.□是□否 說明清楚。 5\n");
		}
		b.append("附表 評分表\n一、服務\n評核項目 配分 評分\n（一）服務\n");
		for (int i = 0; i < 20000; i++) {
			b.append("很長的一列文字沒有結束\n");
		}
		ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(b.toString()));
		assertEquals(3000, result.plan().getEvaluationForms().size());
	}

	/** The other seeds hold no form: none is made up. */
	@Test
	void otherSeedsHaveNoForms() throws Exception {
		for (String n : List.of("000", "002", "003", "004")) {
			assertEquals(List.of(), PlanImporter.importFile(Documents.copy("seeds/" + n + ".txt", folder)).plan().getEvaluationForms(), n);
		}
	}
}
