package pdca.forms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.cli.Cli;
import pdca.model.ActionStatus;
import pdca.model.Plan;
import pdca.model.WorkItem;
import pdca.model.logic.CheckIns;
import pdca.model.logic.PlanStructure;
import pdca.test.support.UseLocale;

/**
 * {@code pdca checkins export|import}: the forms written, the report of the returns, exit status 0 when nothing needs a
 * decision (the plan saved with the changes), 1 when something does (the plan file untouched, unless --apply-clean
 * saved the clean rows), 2 for bad usage or an unreadable plan.
 */
@UseLocale("en")
class CheckinsCommandTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private Path planFile;
	private Path outDir;

	@BeforeEach
	void setUp() throws Exception {
		planFile = Forms.plan(temp);
		outDir = temp.resolve("forms");
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private List<Path> export() throws Exception {
		assertEquals(Cli.OK, run("checkins", "export", planFile.toString(), "--quarter", "Q4", "--out", outDir.toString()), err());
		try (var files = Files.list(outDir)) {
			return files.sorted().toList();
		}
	}

	@Test
	void exportWritesOneFormPerUnitOrTheUnitsAsked() throws Exception {
		List<Path> forms = export();
		assertEquals(4, forms.size(), out());
		assertEquals(4, out().strip().split("\n").length, out());
		assertTrue(out().contains("監理課\t" + outDir.resolve("106-Q4-監理課.ods")), out());
		Path only = temp.resolve("only");
		assertEquals(Cli.OK, run("checkins", "export", planFile.toString(), "-q", "第4季", "-o", only.toString(), "--unit", "牌照課",
				"--unit", "考驗課"), err());
		try (var files = Files.list(only)) {
			assertEquals(List.of("106-Q4-牌照課.ods", "106-Q4-考驗課.ods"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void usageErrorsAndAnUnreadablePlanExitWith2() throws Exception {
		assertEquals(Cli.USAGE, run("checkins", "export", planFile.toString(), "--quarter", "4"));
		assertTrue(err().contains("--out"), err());
		assertEquals(Cli.USAGE, run("checkins", "export", planFile.toString(), "--quarter", "4", "--out", outDir.toString(), "--unit", "人事室"));
		assertTrue(err().contains("人事室") && err().contains("監理課"), err());
		assertEquals(Cli.USAGE, run("checkins", "import", planFile.toString(), "--quarter", "4"));
		assertEquals(Cli.USAGE, run("checkins", "send", planFile.toString(), "--quarter", "4"));
		assertEquals(Cli.USAGE, run("checkins", "export", planFile.toString(), "--quarter", "5", "--out", outDir.toString()));
		Path broken = Files.writeString(temp.resolve("broken.pdca"), "<not a plan");
		assertEquals(Cli.USAGE, run("checkins", "export", broken.toString(), "--quarter", "4", "--out", outDir.toString()));
		assertEquals(1, err().strip().split("\n").length, err());
		assertEquals(Cli.USAGE, run("checkins", "import", planFile.toString(), "--quarter", "4", temp.resolve("missing.ods").toString()));
	}

	@Test
	void unchangedReturnsExit0AndLeaveThePlanAlone() throws Exception {
		List<Path> forms = export();
		byte[] before = Files.readAllBytes(planFile);
		String[] args = new String[3 + 2 + forms.size()];
		int i = 0;
		args[i++] = "checkins";
		args[i++] = "import";
		args[i++] = planFile.toString();
		args[i++] = "--quarter";
		args[i++] = "4";
		for (Path f : forms) {
			args[i++] = f.toString();
		}
		assertEquals(Cli.OK, run(args), out() + err());
		assertTrue(out().contains("Nothing to apply."), out());
		assertArrayEquals(before, Files.readAllBytes(planFile));
	}

	@Test
	void problemsExit1AndApplyNothingUnlessApplyClean() throws Exception {
		List<Path> forms = export();
		Plan plan = Forms.load(planFile);
		WorkItem first = PlanStructure.trackedItems(plan).get(0);
		Path form = outDir.resolve("106-Q4-" + FormRows.unitOf(first).getName() + ".ods");
		List<Integer> rows = Forms.rows(form, FormLayout.ITEM);
		int row = Forms.row(form, FormLayout.ITEM + first.getId());
		int bad = rows.get(rows.size() - 1);
		new Forms.Ods(form).text(row, FormLayout.STATUS, "已完成").number(bad, FormLayout.PROGRESS, 150).save(null);
		byte[] before = Files.readAllBytes(planFile);

		assertEquals(Cli.FOUND_ERRORS, run("checkins", "import", planFile.toString(), "--quarter", "4", form.toString()), err());
		assertTrue(out().contains("row " + (row + 1)) && out().contains("status — → done"), out());
		assertTrue(out().contains("row " + (bad + 1) + ": progress \"150\""), out());
		assertTrue(out().contains("Nothing was applied"), out());
		assertArrayEquals(before, Files.readAllBytes(planFile), "nothing partly applied");

		assertEquals(Cli.FOUND_ERRORS, run("checkins", "import", planFile.toString(), "--quarter", "4", "--apply-clean", form.toString()),
				err());
		assertTrue(out().contains("Applied 1 row(s)"), out());
		Plan saved = Forms.load(planFile);
		WorkItem savedFirst = PlanStructure.trackedItems(saved).get(0);
		assertEquals(ActionStatus.DONE, CheckIns.report(saved, savedFirst, Forms.Q4).orElseThrow().getStatus());
		assertEquals(100, CheckIns.report(saved, savedFirst, Forms.Q4).orElseThrow().getProgress());
		WorkItem badItem = PlanStructure.trackedItems(saved).stream()
				.filter(w -> ("item:" + w.getId()).equals(key(form, bad))).findFirst().orElseThrow();
		assertTrue(CheckIns.report(saved, badItem, Forms.Q4).isEmpty(), "the row with a problem was left out");
		assertFalse(forms.isEmpty());
	}

	@Test
	void cleanReturnsExit0AndSaveThePlan() throws Exception {
		export();
		Plan plan = Forms.load(planFile);
		WorkItem first = PlanStructure.trackedItems(plan).get(0);
		Path form = outDir.resolve("106-Q4-" + FormRows.unitOf(first).getName() + ".ods");
		int row = Forms.row(form, FormLayout.ITEM + first.getId());
		new Forms.Ods(form).text(row, FormLayout.NARRATIVE, "完成").number(row, FormLayout.PROGRESS, 30).save(null);
		assertEquals(Cli.OK, run("checkins", "import", planFile.toString(), "--quarter", "4", form.toString()), out() + err());
		assertTrue(out().contains("Applied 1 row(s) and saved"), out());
		Plan saved = Forms.load(planFile);
		var report = CheckIns.report(saved, PlanStructure.trackedItems(saved).get(0), Forms.Q4).orElseThrow();
		assertEquals("完成", report.getNarrative());
		assertEquals(30, report.getProgress());
		// read again: the plan holds it already
		assertEquals(Cli.OK, run("checkins", "import", planFile.toString(), "--quarter", "4", form.toString()), out() + err());
		assertTrue(out().contains("Nothing to apply."), out());
	}

	@Test
	void theReportInTraditionalChinese() throws Exception {
		export();
		Locale.setDefault(Locale.TAIWAN);
		Path bad = Files.writeString(temp.resolve("亂碼.ods"), "PK\u0003\u0004 broken");
		assertEquals(Cli.FOUND_ERRORS, run("checkins", "import", planFile.toString(), "--quarter", "4", bad.toString()));
		assertTrue(out().contains("檔案已損毀") && out().contains("未套用任何變更"), out());
	}

	private static String key(Path form, int row) {
		try {
			return ReturnReader.read(form).text(row, FormLayout.KEY);
		} catch (FormException e) {
			throw new AssertionError(e);
		}
	}
}
