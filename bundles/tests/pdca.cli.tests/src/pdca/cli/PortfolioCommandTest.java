package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.samples.SamplePlans;

/**
 * {@code pdca portfolio} over the sample workspace: each plan's line gives the same answers as that plan's own
 * {@code pdca status --json} (status, progress, counts, overdue items, KPIs off target, open and late improvement
 * actions), plans needing attention come first, and unreadable or hidden files are handled as a planning
 * department expects.
 */
class PortfolioCommandTest extends CliRunning {

	@TempDir
	Path dir;

	private JsonObject portfolio(String quarter, String... more) {
		List<String> args = new ArrayList<>(List.of("portfolio", SamplePlans.workspaceFolder().toString(), "--quarter", quarter, "--json"));
		args.addAll(List.of(more));
		assertEquals(Cli.OK, run(args), err());
		return JsonParser.parseString(out()).getAsJsonObject();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "2", "3", "4" })
	void eachPlansLineGivesTheAnswersOfItsOwnStatus(String quarter) {
		JsonObject portfolio = portfolio(quarter);
		int plans = SamplePlans.allFiles().size();
		assertEquals(plans, portfolio.getAsJsonArray("plans").size(), "every plan of the workspace, once");
		for (JsonElement e : portfolio.getAsJsonArray("plans")) {
			JsonObject line = e.getAsJsonObject();
			String file = line.get("file").getAsString();
			assertEquals(Cli.OK, run("status", file, "--quarter", quarter, "--json"), err());
			JsonObject status = JsonParser.parseString(out()).getAsJsonObject();
			assertEquals(status.get("plan"), line.get("plan"), file);
			assertEquals(status.get("counts"), line.get("counts"), file);
			assertEquals(status.get("trackedItems"), line.get("trackedItems"), file);
			assertEquals(status.getAsJsonArray("overdue").size(), line.get("overdueItems").getAsInt(), file);
			int offTarget = 0, measured = 0;
			for (JsonElement k : status.getAsJsonArray("kpis")) {
				String level = k.getAsJsonObject().get("level").getAsString();
				offTarget += Set.of("NEAR", "MISSED").contains(level) ? 1 : 0;
				measured += k.getAsJsonObject().get("actual").isJsonNull() ? 0 : 1;
			}
			assertEquals(offTarget, line.get("kpisOffTarget").getAsInt(), file);
			assertEquals(measured, line.get("kpisMeasured").getAsInt(), file);
			int open = 0, late = 0;
			for (JsonElement a : status.getAsJsonArray("openImprovementActions")) {
				open++;
				late += a.getAsJsonObject().get("late").getAsBoolean() ? 1 : 0;
			}
			assertEquals(open, line.get("openImprovementActions").getAsInt(), file);
			assertEquals(late, line.get("lateImprovementActions").getAsInt(), file);
		}
	}

	@Test
	void plansWithOverdueWorkComeFirstAndUnreportedUnitsAreNamed() {
		JsonObject portfolio = portfolio("3");
		List<Integer> overdue = new ArrayList<>();
		for (JsonElement e : portfolio.getAsJsonArray("plans")) {
			overdue.add(e.getAsJsonObject().get("overdueItems").getAsInt());
		}
		List<Integer> sorted = new ArrayList<>(overdue);
		sorted.sort((a, b) -> b - a);
		assertEquals(sorted, overdue, "most overdue first");
		assertTrue(overdue.get(0) > 0, "the tracking sample has overdue work at its third review");

		JsonObject tracked = find(portfolio, "tracking/106/tainan");
		assertEquals(0, tracked.getAsJsonArray("unitsExpected").size(), "its items name no lead unit");
		assertEquals(100.0, tracked.get("reportingPercent").getAsDouble(), "nobody is waited for");
		JsonObject approved = find(portfolio, "plans/107/changhua");
		assertTrue(approved.getAsJsonArray("unitsExpected").size() >= 2, approved.toString());
		assertEquals(approved.getAsJsonArray("unitsExpected"), approved.getAsJsonArray("unitsNotReported"),
				"an approved plan without check-ins: no unit has reported");
		assertEquals(0.0, approved.get("reportingPercent").getAsDouble());

		assertEquals(Cli.OK, run("portfolio", SamplePlans.workspaceFolder().toString(), "--quarter", "3"), err());
		assertTrue(out().contains("units reported: 0 of " + approved.getAsJsonArray("unitsExpected").size()), out());
	}

	@Test
	void aYearKeepsOnlyThatYearsPlans() {
		JsonObject portfolio = portfolio("2", "--year", "106");
		assertEquals(4, portfolio.getAsJsonArray("plans").size(),
				"the approved and the tracked plan of 台南監理站 106, and the county sample's two plans of 106");
		for (JsonElement e : portfolio.getAsJsonArray("plans")) {
			assertEquals(106, e.getAsJsonObject().get("rocYear").getAsInt());
		}
	}

	@Test
	void unreadableFilesAreListedHiddenFoldersLeftOutAndNothingFoundIsAnError() throws IOException {
		Path plan = SamplePlans.trackingFiles().get(0);
		Files.copy(plan, dir.resolve("good.pdca"));
		Files.writeString(dir.resolve("broken.pdca"), "<?xml version=\"1.0\"?><pdca:Plan");
		Files.createDirectories(dir.resolve(".metadata/recovery"));
		Files.copy(plan, dir.resolve(".metadata/recovery/copy.pdca"));

		assertEquals(Cli.FOUND_ERRORS, run("portfolio", dir.toString(), "-q", "1", "--json"));
		JsonObject portfolio = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals(1, portfolio.getAsJsonArray("plans").size(), "the hidden copy is not a plan of the portfolio");
		assertEquals(dir.resolve("broken.pdca").toString(),
				portfolio.getAsJsonArray("problems").get(0).getAsJsonObject().get("file").getAsString());

		assertEquals(Cli.FOUND_ERRORS, run("portfolio", dir.toString(), "-q", "1"));
		assertTrue(err().contains("broken.pdca"), err());

		Path empty = Files.createDirectories(dir.resolve("empty"));
		assertEquals(Cli.USAGE, run("portfolio", empty.toString(), "-q", "1"));
		assertTrue(err().contains("no plan file"), err());
		assertEquals(Cli.USAGE, run("portfolio", dir.resolve("nowhere").toString(), "-q", "1"));
		assertEquals(Cli.USAGE, run("portfolio", dir.toString()), "the quarter is required");
	}

	@Test
	void aRolledOverPlanComesWithLastYearsLineAtTheSameQuarter() {
		JsonObject portfolio = portfolio("3");
		JsonObject election = find(portfolio, "county/107/changhua-county-election");
		JsonObject last = election.getAsJsonObject("lastYear");
		assertTrue(last.get("file").getAsString().replace('\\', '/').endsWith("county/106/changhua-county-election-commission.pdca"));
		assertEquals(106, last.get("rocYear").getAsInt());
		JsonObject earlier = find(portfolio, "county/106/changhua-county-election");
		assertEquals(earlier.getAsJsonObject("plan").get("progress"), last.get("progress"), "last year's own line");
		assertEquals(earlier.get("overdueItems"), last.get("overdueItems"));
		assertEquals(election.getAsJsonObject("plan").get("progress").getAsInt() - last.get("progress").getAsInt(),
				last.get("progressChange").getAsInt());
		assertEquals(election.get("overdueItems").getAsInt() - last.get("overdueItems").getAsInt(), last.get("overdueChange").getAsInt());
		assertEquals(election.getAsJsonObject("grade").get("score").getAsDouble()
				- earlier.getAsJsonObject("grade").get("score").getAsDouble(), last.get("scoreChange").getAsDouble(), 0.005);
		assertTrue(find(portfolio, "county/107/changhua-yuanlin").get("lastYear").isJsonObject());
		assertTrue(find(portfolio, "county/107/changhua-hemei-township").get("lastYear").isJsonNull(), "a plan not rolled over");
		assertTrue(earlier.get("lastYear").isJsonNull());
	}

	private static JsonObject find(JsonObject portfolio, String fileContains) {
		for (JsonElement e : portfolio.getAsJsonArray("plans")) {
			if (e.getAsJsonObject().get("file").getAsString().replace('\\', '/').contains(fileContains)) {
				return e.getAsJsonObject();
			}
		}
		throw new AssertionError("no plan " + fileContains);
	}

	/** The portfolio packet: an ODS whose figures are numbers, and a PDF/A; independent tools check them in CI. */
	@Test
	void theOutFolderGetsTheOdsAndThePdfOfTheLines() throws Exception {
		Path out = dir.resolve("packet");
		assertEquals(Cli.OK, run("portfolio", SamplePlans.workspaceFolder().toString(), "--quarter", "3", "--out", out.toString()), err());
		Path ods = out.resolve("portfolio-Q3.ods");
		Path pdf = out.resolve("portfolio-Q3.pdf");
		assertTrue(out().contains(ods.toString()) && out().contains(pdf.toString()), out());
		String content;
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ods.toFile())) {
			content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		int plans = SamplePlans.allFiles().size();
		assertEquals(plans + 1, content.split("<table:table-row").length - 1, "a header row and a row per plan");
		assertTrue(content.contains("基隆市選舉委員會") && content.contains("逾期項目"), "agencies and Chinese headers");
		// year, quarter, progress and eight counts: eleven number cells a plan (and the score when graded: the
		// tracked 基隆市選舉委員會 and the county sample's election commission in 106 and 107)
		int numbers = content.split("office:value-type=\"float\"").length - 1;
		assertEquals(plans * 11 + 3, numbers, "figures are numbers (three plans graded): " + numbers);
		byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 8);
		assertEquals("%PDF-1.", new String(head, 0, 7, java.nio.charset.StandardCharsets.US_ASCII));
		String bytes = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
		assertTrue(bytes.contains("pdfaid:part"), "PDF/A identification in the metadata");
		// with a year, the names carry it
		assertEquals(Cli.OK, run("portfolio", SamplePlans.workspaceFolder().toString(), "--quarter", "2", "--year", "106", "--out",
				out.toString()), err());
		assertTrue(Files.isRegularFile(out.resolve("portfolio-106-Q2.ods")));
		assertTrue(Files.isRegularFile(out.resolve("portfolio-106-Q2.pdf")));
	}
}
