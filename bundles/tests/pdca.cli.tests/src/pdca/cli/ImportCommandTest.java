package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.model.Plan;
import pdca.model.io.PlanFiles;

/** {@code pdca import}: a plan from a plan document, with its report and exit status. */
class ImportCommandTest extends CliRunning {

	@TempDir
	Path temp;

	private static final String PLAN = """
			測試市選舉委員會 110 年度提升服務品質執行計畫
			壹、計畫依據
			    行政院 96 年 7 月 23 日院授研展字第 09600152471
			號函頒之「政府服務創新精進方案」。
			貳、計畫目標
			一、持續推動民眾滿意服務。
			二、促使政府資訊透明化。
			參、實施策略與方法
			一、提升服務品質，深化服務績效
			（一）考量民眾洽公之便利性及實用性，合宜改造服務
			場所及更新服務設施。
			（二）塑造專業、便民、高效率的優質服務形象。
			二、便捷服務程序，確保流程透明
			（一）提供民眾洽公之服務窗口。
			肆、本計畫如有未盡事宜，得另行補充。
			""";

	private Path document(String name, String text) throws Exception {
		Path file = temp.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void importWritesThePlanAndSaysWhatWasRecognised() throws Exception {
		Path doc = document("plan.txt", PLAN);
		Path out = temp.resolve("plan.pdca");
		Path report = temp.resolve("report.json");
		assertEquals(Cli.OK, run("import", doc.toString(), "-o", out.toString(), "--report", report.toString()), out() + err());
		assertTrue(out().contains("2 strategies, 3 methods, 0 actions, 1 cited documents"), out());
		Plan plan = PlanFiles.load(out);
		assertEquals("測試市選舉委員會110年度提升服務品質執行計畫", plan.getTitle());
		assertEquals("election-commission", plan.getTemplateId());
		assertEquals("考量民眾洽公之便利性及實用性，合宜改造服務場所及更新服務設施。",
				plan.getStrategies().get(0).getMethods().get(0).getText());
		JsonObject json = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
		assertEquals(1, json.get("schema").getAsInt());
		assertTrue(json.get("clean").getAsBoolean());
		assertEquals(2, json.getAsJsonObject("counts").get("strategies").getAsInt());
		JsonObject first = json.getAsJsonArray("elements").asList().stream().map(e -> e.getAsJsonObject())
				.filter(e -> e.get("kind").getAsString().equals("strategy")).findFirst().orElseThrow();
		assertEquals(9, first.getAsJsonObject("origin").get("paragraph").getAsInt(), "the strategy's line");
		assertEquals(Cli.OK, run("validate", out.toString()), out());
	}

	@Test
	void somethingToCheckStillWritesThePlanAndExitsOne() throws Exception {
		// the document ends at the end of a wrapped line, mid-sentence
		Path doc = document("cut.txt", PLAN.substring(0, PLAN.indexOf("場所及更新服務設施")));
		Path out = temp.resolve("cut.pdca");
		assertEquals(Cli.FOUND_ERRORS, run("import", doc.toString(), "-o", out.toString()));
		assertTrue(out().contains("stop mid-sentence"), out());
		assertTrue(Files.exists(out), "written for the officer to correct");
	}

	@Test
	void aTemplateCanBeChosenAndAnUnknownOneIsRefused() throws Exception {
		Path doc = document("plan.txt", PLAN);
		Path out = temp.resolve("plan.pdca");
		assertEquals(Cli.OK, run("import", doc.toString(), "-t", "county-planning-department", "-o", out.toString()));
		assertEquals("county-planning-department", PlanFiles.load(out).getTemplateId());
		Path other = temp.resolve("other.pdca");
		assertEquals(Cli.USAGE, run("import", doc.toString(), "-t", "fire-department", "-o", other.toString()));
		assertTrue(err().contains("fire-department"), err());
		assertFalse(Files.exists(other));
	}

	@Test
	void unreadableOrPlanlessDocumentsWriteNothingAndExitTwo() throws Exception {
		Path out = temp.resolve("x.pdca");
		Path empty = document("empty.odt", "");
		assertEquals(Cli.USAGE, run("import", empty.toString(), "-o", out.toString()));
		assertTrue(err().contains(empty.toString()) && err().contains("is empty"), err());
		Path letter = document("letter.txt", "敬啟者：\n本週三下午開會，請準時出席。\n");
		assertEquals(Cli.USAGE, run("import", letter.toString(), "-o", out.toString()));
		assertTrue(err().contains("holds no plan"), err());
		Path zip = temp.resolve("broken.docx");
		Files.write(zip, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
		assertEquals(Cli.USAGE, run("import", zip.toString(), "-o", out.toString()));
		assertTrue(err().contains("damaged"), err());
		assertFalse(Files.exists(out));
	}

	@Test
	void usageErrors() throws Exception {
		Path doc = document("plan.txt", PLAN);
		assertEquals(Cli.USAGE, run("import", doc.toString()));
		assertEquals(Cli.USAGE, run("import", "-o", temp.resolve("a.pdca").toString()));
		Path existing = Files.writeString(temp.resolve("exists.pdca"), "x");
		assertEquals(Cli.USAGE, run("import", doc.toString(), "-o", existing.toString()));
		assertEquals("x", Files.readString(existing), "not overwritten without --force");
	}
}
