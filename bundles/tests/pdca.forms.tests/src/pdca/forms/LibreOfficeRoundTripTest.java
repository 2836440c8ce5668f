package pdca.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Kpi;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.WorkItem;
import pdca.model.logic.CheckIns;
import pdca.model.logic.PlanStructure;

/**
 * Forms that went through LibreOffice as a unit's office software would take them: saved as XLSX and back as ODS,
 * or saved as CSV. Chinese text, line breaks inside cells, whole per cents and decimals come back as they were: the
 * unchanged forms change nothing, the filled one changes exactly what was filled. Skipped, saying so, only when
 * LibreOffice is not installed (the project's scripts install it: releng/scripts/lib.sh).
 */
class LibreOfficeRoundTripTest {

	@TempDir
	Path temp;

	private Path soffice;

	@BeforeEach
	void findLibreOffice() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path p = Path.of(dir, "soffice");
			if (Files.isExecutable(p)) {
				soffice = p;
				break;
			}
		}
		Assumptions.assumeTrue(soffice != null,
				"LibreOffice (soffice) is not on the PATH, so the conversions cannot be tested; install libreoffice-calc-nogui");
	}

	/** Converts {@code file} with LibreOffice into {@code dir} and returns the new file. */
	private Path convert(Path file, String filter, String extension, Path dir) throws Exception {
		Files.createDirectories(dir);
		Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + temp.resolve("profile").toUri(), "--headless",
				"--convert-to", filter, "--outdir", dir.toString(), file.toString()).redirectErrorStream(true)
				.redirectOutput(temp.resolve("soffice.log").toFile()).start();
		if (!p.waitFor(10, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new AssertionError("LibreOffice did not finish converting " + file);
		}
		String name = file.getFileName().toString();
		Path out = dir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
		assertTrue(Files.isRegularFile(out), () -> "LibreOffice wrote no " + out + ": " + log());
		return out;
	}

	private String log() {
		try {
			return Files.readString(temp.resolve("soffice.log"));
		} catch (Exception e) {
			return e.toString();
		}
	}

	private List<Path> throughXlsx(List<Path> forms, String name) throws Exception {
		List<Path> back = new ArrayList<>();
		for (Path f : forms) {
			Path xlsx = convert(f, "xlsx", "xlsx", temp.resolve(name + "-xlsx"));
			back.add(convert(xlsx, "ods", "ods", temp.resolve(name + "-ods")));
		}
		return back;
	}

	/** The forms as the unit's office software saved them as XLSX, returned as such. */
	private List<Path> asXlsx(List<Path> forms, String name) throws Exception {
		List<Path> xlsx = new ArrayList<>();
		for (Path f : forms) {
			xlsx.add(convert(f, "xlsx", "xlsx", temp.resolve(name + "-asxlsx")));
		}
		return xlsx;
	}

	private List<Path> throughCsv(List<Path> forms, String name) throws Exception {
		List<Path> back = new ArrayList<>();
		for (Path f : forms) {
			back.add(convert(f, "csv:Text - txt - csv (StarCalc):44,34,76,1", "csv", temp.resolve(name + "-csv")));
		}
		return back;
	}

	@Test
	void unchangedFormsChangeNothingAfterXlsxAndCsv() throws Exception {
		Plan plan = Forms.load(Forms.plan(temp));
		// a narrative over two lines and a KPI value with decimals in the forms
		WorkItem first = PlanStructure.trackedItems(plan).get(0);
		ProgressReport r = CheckIns.report(plan, first, Forms.Q3).orElseThrow();
		r.setNarrative("第一行：完成 3 場說明會\n第二行：滿意度 92.5%");
		Kpi kpi = CheckIns.kpis(plan).get(0);
		CheckIns.measurement(kpi, Forms.Q3).orElseThrow().setValue(8.375);
		Map<String, Path> forms = Forms.export(plan, Forms.Q3, temp.resolve("out"));
		List<Path> files = new ArrayList<>(forms.values());
		for (List<Path> converted : List.of(throughXlsx(files, "q3"), asXlsx(files, "q3"), throughCsv(files, "q3"))) {
			ReturnPreview p = ReturnPreview.of(plan, Forms.Q3, converted);
			assertFalse(p.needsDecision(), () -> RoundTripTest.problems(p));
			assertEquals(List.of(), p.cleanRows(), converted.toString());
			assertEquals(forms.size(), p.files().size());
		}
	}

	@Test
	void aFilledFormKeepsItsValuesThroughXlsxAndCsv() throws Exception {
		Plan plan = Forms.load(Forms.plan(temp));
		WorkItem first = PlanStructure.trackedItems(plan).get(0);
		Path form = Forms.export(plan, Forms.Q4, temp.resolve("out")).get(FormRows.unitOf(first).getName());
		int row = Forms.row(form, FormLayout.ITEM + first.getId());
		int k = Forms.rows(form, FormLayout.KPI).get(0);
		new Forms.Ods(form).text(row, FormLayout.STATUS, "有落後之虞").number(row, FormLayout.PROGRESS, 75)
				.text(row, FormLayout.NARRATIVE, "受颱風影響延後辦理，\n預計12月完成（約 75%）")
				.text(row, FormLayout.EVIDENCE, "颱風停班公告\nhttps://example.gov.tw/a?b=1&c=2")
				.text(row, FormLayout.REPORTED_BY, "陳　美華").text(row, FormLayout.REPORTED_ON, "106年12月5日")
				.number(k, FormLayout.KPI_VALUE, 92.456).save(null);
		List<ReturnPreview.Change> expected = new ArrayList<>();
		ReturnPreview original = ReturnPreview.of(plan, Forms.Q4, List.of(form));
		assertFalse(original.needsDecision(), () -> RoundTripTest.problems(original));
		original.cleanRows().forEach(x -> expected.addAll(x.changes()));
		assertEquals(7, expected.size(), expected.toString());
		for (List<Path> converted : List.of(throughXlsx(List.of(form), "q4"), asXlsx(List.of(form), "q4"), throughCsv(List.of(form), "q4"))) {
			ReturnPreview p = ReturnPreview.of(plan, Forms.Q4, converted);
			assertFalse(p.needsDecision(), () -> RoundTripTest.problems(p));
			List<ReturnPreview.Change> changes = new ArrayList<>();
			p.cleanRows().forEach(x -> changes.addAll(x.changes()));
			assertEquals(expected, changes, converted.toString());
		}
	}

	/**
	 * Forms sent out as XLSX, opened by LibreOffice: it reads the protection, the status list and the ranges of the
	 * workbook (it keeps them when it saves the form as ODS), and the form comes back unchanged through ODS and CSV;
	 * a filled workbook saved as ODS by LibreOffice changes what was filled.
	 */
	@Test
	void workbooksSentOutAsXlsxReadInLibreOffice() throws Exception {
		Plan plan = Forms.load(Forms.plan(temp));
		Map<String, Path> forms = Forms.exportXlsx(plan, Forms.Q4, temp.resolve("xlsx"));
		List<Path> files = new ArrayList<>(forms.values());
		List<Path> asOds = new ArrayList<>();
		for (Path f : files) {
			asOds.add(convert(f, "ods", "ods", temp.resolve("x-ods")));
		}
		for (List<Path> converted : List.of(asOds, throughCsv(files, "x"))) {
			ReturnPreview p = ReturnPreview.of(plan, Forms.Q4, converted);
			assertFalse(p.needsDecision(), () -> RoundTripTest.problems(p));
			assertEquals(List.of(), p.cleanRows(), converted.toString());
		}
		String content;
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(asOds.get(0).toFile())) {
			content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		assertTrue(content.contains("table:protected=\"true\""), "LibreOffice keeps the sheet protected");
		for (String word : OdsFormWriter.statusWords()) {
			assertTrue(content.contains("&quot;" + word + "&quot;") || content.contains("\"" + word + "\""),
					() -> "the status list holds " + word);
		}
		assertTrue(content.contains("cell-content-is-whole-number") && (content.contains("between(0,100)") || content.contains("between(0;100)")),
				"the progress range");

		WorkItem first = PlanStructure.trackedItems(plan).get(0);
		Path form = forms.get(FormRows.unitOf(first).getName());
		int row = Forms.row(form, FormLayout.ITEM + first.getId());
		new Forms.Xlsx(form).text(row, FormLayout.STATUS, "有落後之虞").number(row, FormLayout.PROGRESS, 60)
				.text(row, FormLayout.NARRATIVE, "第一行\n第二行：約 60%").save(null);
		ReturnPreview direct = ReturnPreview.of(plan, Forms.Q4, List.of(form));
		List<ReturnPreview.Change> expected = new ArrayList<>();
		direct.cleanRows().forEach(x -> expected.addAll(x.changes()));
		assertEquals(3, expected.size(), expected.toString());
		Path saved = convert(form, "ods", "ods", temp.resolve("filled-ods"));
		ReturnPreview p = ReturnPreview.of(plan, Forms.Q4, List.of(saved));
		assertFalse(p.needsDecision(), () -> RoundTripTest.problems(p));
		List<ReturnPreview.Change> changes = new ArrayList<>();
		p.cleanRows().forEach(x -> changes.addAll(x.changes()));
		assertEquals(expected, changes);
	}
}
