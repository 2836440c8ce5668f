package pdca.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.cli.Cli;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.WorkItem;
import pdca.model.logic.CheckIns;
import pdca.model.logic.PlanStructure;
import pdca.test.support.UseLocale;

/**
 * The forms as Excel workbooks, for units that work in Excel: the same rows, protection and rules as the ODS form;
 * unchanged workbooks change nothing; a workbook filled as in Excel gives exactly the changes the same values typed
 * into the ODS form give, applied as one undoable command; a changed grey cell is named as in the ODS form.
 */
@UseLocale("en")
class XlsxFormsTest {

	@TempDir
	Path temp;

	private Plan plan;
	private WorkItem first;

	@BeforeEach
	void setUp() throws Exception {
		plan = Forms.load(Forms.plan(temp));
		first = PlanStructure.trackedItems(plan).get(0);
	}

	@Test
	void aWorkbookHoldsTheRowsOfTheOdsForm() throws Exception {
		Map<String, Path> ods = Forms.export(plan, Forms.Q4, temp.resolve("ods"));
		Map<String, Path> xlsx = Forms.exportXlsx(plan, Forms.Q4, temp.resolve("xlsx"));
		assertEquals(ods.keySet(), xlsx.keySet());
		for (String unit : ods.keySet()) {
			Path o = ods.get(unit);
			Path x = xlsx.get(unit);
			assertTrue(x.getFileName().toString().endsWith(".xlsx"), x.toString());
			assertEquals(stem(o), stem(x), "the same name but the extension");
			ReturnReader.Sheet a = ReturnReader.read(o);
			ReturnReader.Sheet b = ReturnReader.read(x);
			assertEquals("XLSX", b.format());
			assertEquals(a.rows().keySet(), b.rows().keySet(), unit);
			for (int r : a.rows().keySet()) {
				for (int c = 0; c < FormLayout.COLUMNS; c++) {
					assertEquals(a.text(r, c), b.text(r, c), unit + " row " + (r + 1) + " column " + FormLayout.columnName(c));
					assertEquals(a.cell(r, c).number(), b.cell(r, c).number(), unit + " row " + (r + 1) + " column " + c);
				}
			}
		}
		ReturnPreview p = ReturnPreview.of(plan, Forms.Q4, new ArrayList<>(xlsx.values()));
		assertFalse(p.needsDecision(), () -> RoundTripTest.problems(p));
		assertEquals(List.of(), p.cleanRows(), "unchanged workbooks change nothing");
		assertEquals(xlsx.size(), p.files().size());
	}

	private static String stem(Path p) {
		String n = p.getFileName().toString();
		return n.substring(0, n.lastIndexOf('.'));
	}

	@Test
	void theWorkbookIsProtectedWithTheListAndTheRanges() throws Exception {
		Path form = Forms.exportXlsx(plan, Forms.Q4, temp.resolve("xlsx")).get(FormRows.unitOf(first).getName());
		int row = Forms.row(form, FormLayout.ITEM + first.getId());
		Forms.Xlsx x = new Forms.Xlsx(form);
		XSSFSheet sheet = x.sheet();
		assertTrue(sheet.getProtect(), "the form sheet is protected");
		assertTrue(sheet.isColumnHidden(FormLayout.KEY) && sheet.isColumnHidden(FormLayout.LOCK) && sheet.isColumnHidden(FormLayout.BASE),
				"the columns a return is matched by are hidden");
		assertFalse(sheet.isColumnHidden(FormLayout.TEXT));
		assertTrue(sheet.getRow(row).getCell(FormLayout.TEXT).getCellStyle().getLocked(), "the item's text is locked");
		for (int c : new int[] { FormLayout.STATUS, FormLayout.PROGRESS, FormLayout.NARRATIVE, FormLayout.EVIDENCE, FormLayout.REPORTED_BY,
				FormLayout.REPORTED_ON }) {
			assertFalse(sheet.getRow(row).getCell(c).getCellStyle().getLocked(), "column " + FormLayout.columnName(c) + " is to fill");
		}
		assertEquals(2, x.sheet().getWorkbook().getNumberOfSheets(), "the form and the instructions");

		List<? extends DataValidation> rules = sheet.getDataValidations();
		DataValidation status = rules.stream()
				.filter(v -> v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.LIST).findFirst()
				.orElseThrow();
		assertEquals(OdsFormWriter.statusWords(), List.of(status.getValidationConstraint().getExplicitListValues()));
		assertTrue(covers(status, row, FormLayout.STATUS), "the list is on the item's status cell");
		DataValidation progress = rules.stream()
				.filter(v -> v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.INTEGER).findFirst()
				.orElseThrow();
		assertEquals("0", progress.getValidationConstraint().getFormula1());
		assertEquals("100", progress.getValidationConstraint().getFormula2());
		assertTrue(covers(progress, row, FormLayout.PROGRESS));
		assertEquals(DataValidation.ErrorStyle.STOP, progress.getErrorStyle(), "a value out of range is refused as typed");

		// the drop-down arrow: in the file format, showDropDown="1" on a list means "hide the arrow"
		try (ZipFile zip = new ZipFile(form.toFile())) {
			String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
			Matcher m = Pattern.compile("<(?:\\w+:)?dataValidation [^>]*type=\"list\"[^>]*>").matcher(xml);
			assertTrue(m.find(), "a list validation in the sheet");
			assertFalse(m.group().contains("showDropDown=\"1\"") || m.group().contains("showDropDown=\"true\""), m.group());
			assertTrue(xml.contains("<sheetProtection") || xml.contains(":sheetProtection"), "sheet protection in the file");
		}
	}

	private static boolean covers(DataValidation v, int row, int column) {
		return java.util.Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(a -> a.isInRange(row, column));
	}

	@Test
	void aFilledWorkbookChangesWhatTheSameOdsFormChanges() throws Exception {
		Plan original = EcoreUtil.copy(plan);
		Path ods = Forms.export(plan, Forms.Q4, temp.resolve("ods")).get(FormRows.unitOf(first).getName());
		Path xlsx = Forms.exportXlsx(plan, Forms.Q4, temp.resolve("xlsx")).get(FormRows.unitOf(first).getName());
		int row = Forms.row(ods, FormLayout.ITEM + first.getId());
		int k = Forms.rows(ods, FormLayout.KPI).get(0);
		assertEquals(row, Forms.row(xlsx, FormLayout.ITEM + first.getId()));
		String narrative = "受颱風影響延後辦理，\n預計12月完成（約 75%）";
		String evidence = "颱風停班公告\nhttps://example.gov.tw/a?b=1&c=2";
		new Forms.Ods(ods).text(row, FormLayout.STATUS, "有落後之虞").number(row, FormLayout.PROGRESS, 75)
				.text(row, FormLayout.NARRATIVE, narrative).text(row, FormLayout.EVIDENCE, evidence)
				.text(row, FormLayout.REPORTED_BY, "陳　美華").text(row, FormLayout.REPORTED_ON, "106年12月5日")
				.number(k, FormLayout.KPI_VALUE, 92.456).save(null);
		new Forms.Xlsx(xlsx).text(row, FormLayout.STATUS, "有落後之虞").number(row, FormLayout.PROGRESS, 75)
				.text(row, FormLayout.NARRATIVE, narrative).text(row, FormLayout.EVIDENCE, evidence)
				.text(row, FormLayout.REPORTED_BY, "陳　美華").text(row, FormLayout.REPORTED_ON, "106年12月5日")
				.number(k, FormLayout.KPI_VALUE, 92.456).save(null);
		ReturnPreview fromOds = ReturnPreview.of(plan, Forms.Q4, List.of(ods));
		ReturnPreview fromXlsx = ReturnPreview.of(plan, Forms.Q4, List.of(xlsx));
		assertFalse(fromXlsx.needsDecision(), () -> RoundTripTest.problems(fromXlsx));
		List<ReturnPreview.Change> expected = new ArrayList<>();
		fromOds.cleanRows().forEach(r -> expected.addAll(r.changes()));
		List<ReturnPreview.Change> changes = new ArrayList<>();
		fromXlsx.cleanRows().forEach(r -> changes.addAll(r.changes()));
		assertEquals(7, expected.size(), expected.toString());
		assertEquals(expected, changes);

		AdapterFactoryEditingDomain domain = Forms.domain();
		Command command = fromXlsx.command(domain);
		assertNotNull(command);
		domain.getCommandStack().execute(command);
		ProgressReport r = CheckIns.report(plan, first, Forms.Q4).orElseThrow();
		assertEquals("有落後之虞", FormLayout.statusWord(r.getStatus()));
		assertEquals(75, r.getProgress());
		assertEquals(narrative, r.getNarrative(), "the line break inside the cell survives");
		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(original, plan), "one undo restores the plan");
	}

	@Test
	void aChangedGreyCellInAWorkbookIsNamed() throws Exception {
		Path xlsx = Forms.exportXlsx(plan, Forms.Q4, temp.resolve("xlsx")).get(FormRows.unitOf(first).getName());
		int row = Forms.row(xlsx, FormLayout.ITEM + first.getId());
		new Forms.Xlsx(xlsx).text(row, FormLayout.TEXT, "改寫過的工作項目").text(row, FormLayout.STATUS, "進行中").save(null);
		ReturnPreview p = ReturnPreview.of(plan, Forms.Q4, List.of(xlsx));
		List<ReturnPreview.Problem> problems = new ArrayList<>();
		for (ReturnPreview.FileResult f : p.files()) {
			problems.addAll(f.problems());
			f.rows().forEach(r -> problems.addAll(r.problems()));
		}
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(ReturnPreview.Kind.PROTECTED_CHANGED, problems.get(0).kind());
		assertTrue(problems.get(0).message().contains("F " + FormLayout.header(FormLayout.TEXT)), problems.get(0).message());
		assertEquals(null, p.command(Forms.domain()), "the row is held back");
	}

	private static int run(Cli cli, String... args) {
		return cli.run(args);
	}

	@Test
	void theCommandLineWritesWorkbooksOnRequest() throws Exception {
		Path planFile = temp.resolve("plan.pdca");
		Path out = temp.resolve("forms");
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		Cli cli = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
		assertEquals(Cli.OK, run(cli, "checkins", "export", planFile.toString(), "--quarter", "4", "--format", "xlsx", "--out", out.toString()),
				e.toString(StandardCharsets.UTF_8));
		List<Path> files;
		try (var list = Files.list(out)) {
			files = list.sorted().toList();
		}
		assertEquals(4, files.size(), files.toString());
		assertTrue(files.stream().allMatch(f -> f.getFileName().toString().endsWith(".xlsx")), files.toString());
		assertEquals(Cli.OK, run(cli, "checkins", "import", planFile.toString(), "--quarter", "4", files.get(0).toString()),
				e.toString(StandardCharsets.UTF_8));
		assertEquals(Cli.USAGE, run(cli, "checkins", "export", planFile.toString(), "--quarter", "4", "--format", "pdf", "--out", out.toString()));
		assertTrue(e.toString(StandardCharsets.UTF_8).contains("unknown form format \"pdf\""), e.toString(StandardCharsets.UTF_8));
	}
}
