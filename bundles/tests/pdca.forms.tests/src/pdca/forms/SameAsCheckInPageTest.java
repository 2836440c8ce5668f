package pdca.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.edit.CheckInCommands;
import pdca.edit.PlanEditingDomain;
import pdca.model.ActionStatus;
import pdca.model.Kpi;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.WorkItem;
import pdca.model.logic.CheckIns;
import pdca.model.logic.PlanStructure;

/**
 * One edit layer: values returned on a form change a plan exactly as the same values typed into the editor's check-in
 * page (the commands of {@link CheckInCommands}) change a copy of it — the status carried over from the quarter
 * before, done meaning 100 %, the reporter and the date, the evidence, the KPI measurements.
 */
class SameAsCheckInPageTest {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	@TempDir
	Path temp;

	@Test
	void aReturnedFormAndTheCheckInPageMeanTheSame() throws Exception {
		Path planFile = Forms.plan(temp);
		Plan byForm = Forms.load(planFile);
		Plan byPage = Forms.load(planFile);
		Map<String, Path> forms = Forms.export(byForm, Forms.Q4, temp.resolve("out"));
		WorkItem first = PlanStructure.trackedItems(byForm).get(0);
		Path form = forms.get(FormRows.unitOf(first).getName());
		List<Integer> itemRows = Forms.rows(form, FormLayout.ITEM);
		int r1 = itemRows.get(0);
		int r2 = itemRows.get(1);
		int k = Forms.rows(form, FormLayout.KPI).get(0);
		new Forms.Ods(form)
				.text(r1, FormLayout.STATUS, "已完成")
				.text(r1, FormLayout.EVIDENCE, "檢討會議紀錄\nhttps://example.gov.tw/q4.pdf")
				.text(r1, FormLayout.REPORTED_BY, "王小明")
				.number(r2, FormLayout.PROGRESS, 75)
				.text(r2, FormLayout.NARRATIVE, "辦理中")
				.text(r2, FormLayout.REPORTED_ON, "106/12/20")
				.number(k, FormLayout.KPI_VALUE, 92.5)
				.save(null);
		ReturnPreview preview = ReturnPreview.of(byForm, Forms.Q4, List.of(form));
		assertFalse(preview.needsDecision(), () -> RoundTripTest.problems(preview));
		PlanEditingDomain formDomain = PlanEditingDomain.headless();
		formDomain.getCommandStack().execute(preview.command(formDomain));

		// the same values typed cell by cell on the check-in page, one command per cell
		PlanEditingDomain pageDomain = PlanEditingDomain.headless();
		CheckInCommands page = new CheckInCommands(byPage, pageDomain);
		WorkItem item1 = itemAt(byPage, form, r1);
		WorkItem item2 = itemAt(byPage, form, r2);
		Kpi kpi = CheckIns.kpis(byPage).stream().filter(x -> (FormLayout.KPI + x.getId()).equals(keyAt(form, k))).findFirst().orElseThrow();
		run(pageDomain, page.setStatus(item1, Forms.Q4, ActionStatus.DONE, "王小明"));
		run(pageDomain, page.setEvidence(item1, Forms.Q4, "檢討會議紀錄；https://example.gov.tw/q4.pdf", "王小明"));
		run(pageDomain, page.setReport(item2, Forms.Q4, P.getProgressReport_Progress(), 75, ""));
		run(pageDomain, page.setReport(item2, Forms.Q4, P.getProgressReport_Narrative(), "辦理中", ""));
		run(pageDomain, page.setReport(item2, Forms.Q4, P.getProgressReport_ReportedOn(), CheckInCommands.parseDate("106/12/20"), ""));
		run(pageDomain, page.setKpiActual(kpi, Forms.Q4, 92.5));

		for (int r : List.of(r1, r2)) {
			ProgressReport a = CheckIns.report(byForm, itemAt(byForm, form, r), Forms.Q4).orElseThrow();
			ProgressReport b = CheckIns.report(byPage, itemAt(byPage, form, r), Forms.Q4).orElseThrow();
			assertEquals(describe(b), describe(a), "row " + (r + 1));
		}
		ProgressReport done = CheckIns.report(byForm, itemAt(byForm, form, r1), Forms.Q4).orElseThrow();
		assertEquals(100, done.getProgress(), "done means 100 %");
		assertEquals("王小明", done.getReportedBy());
		assertEquals(LocalDate.now(), done.getReportedOn(), "reported today when the form names no date");
		ProgressReport before = CheckIns.previousReport(byForm, itemAt(byForm, form, r2), Forms.Q4).orElseThrow();
		assertEquals(before.getStatus() == ActionStatus.CANCELLED ? ActionStatus.NOT_STARTED : before.getStatus(),
				CheckIns.report(byForm, itemAt(byForm, form, r2), Forms.Q4).orElseThrow().getStatus(), "the status carried over");
		Kpi formKpi = CheckIns.kpis(byForm).stream().filter(x -> (FormLayout.KPI + x.getId()).equals(keyAt(form, k))).findFirst().orElseThrow();
		assertEquals(92.5, CheckIns.actual(formKpi, Forms.Q4));
		assertEquals(CheckIns.actual(kpi, Forms.Q4), CheckIns.actual(formKpi, Forms.Q4));
		assertEquals(byPage.getProgressReports().size(), byForm.getProgressReports().size(), "one report per item and quarter");
	}

	@Test
	void theApplyingCommandUndoesAndRedoesWhole() throws Exception {
		Plan plan = Forms.load(Forms.plan(temp));
		Map<String, Path> forms = Forms.export(plan, Forms.Q4, temp.resolve("out"));
		WorkItem first = PlanStructure.trackedItems(plan).get(0);
		Path form = forms.get(FormRows.unitOf(first).getName());
		int r1 = Forms.rows(form, FormLayout.ITEM).get(0);
		new Forms.Ods(form).text(r1, FormLayout.STATUS, "已完成").text(r1, FormLayout.NARRATIVE, "完成").save(null);
		ReturnPreview preview = ReturnPreview.of(plan, Forms.Q4, List.of(form));
		PlanEditingDomain domain = PlanEditingDomain.headless();
		Command command = preview.command(domain);
		assertTrue(command instanceof CompoundCommand);
		int reports = plan.getProgressReports().size();
		domain.getCommandStack().execute(command);
		assertEquals(reports + 1, plan.getProgressReports().size(), "one report made for the quarter, the narrative set on it");
		ProgressReport made = CheckIns.report(plan, itemAt(plan, form, r1), Forms.Q4).orElseThrow();
		assertEquals("完成", made.getNarrative());
		domain.getCommandStack().undo();
		assertEquals(reports, plan.getProgressReports().size());
		assertNull(CheckIns.report(plan, itemAt(plan, form, r1), Forms.Q4).orElse(null));
		domain.getCommandStack().redo();
		assertEquals(made, CheckIns.report(plan, itemAt(plan, form, r1), Forms.Q4).orElseThrow());
		assertEquals("完成", made.getNarrative());
		assertEquals(ActionStatus.DONE, made.getStatus());
	}

	@Test
	void formsAsOneZipHoldOneFormPerUnit() throws Exception {
		Plan plan = Forms.load(Forms.plan(temp));
		List<CheckInForms.Written> written = CheckInForms.exportZip(plan, Forms.Q3, temp.resolve("zip"), null, "test");
		Path zip = temp.resolve("zip").resolve("106-Q3-季填報表.zip");
		assertTrue(Files.isRegularFile(zip));
		assertEquals(List.of(zip), written.stream().map(CheckInForms.Written::file).distinct().toList());
		TreeSet<String> entries = new TreeSet<>();
		List<Path> unpacked = new ArrayList<>();
		try (ZipFile z = new ZipFile(zip.toFile())) {
			for (var e : java.util.Collections.list(z.entries())) {
				entries.add(e.getName());
				Path f = temp.resolve(e.getName());
				try (var in = z.getInputStream(e)) {
					Files.copy(in, f);
				}
				unpacked.add(f);
			}
		}
		assertEquals(new TreeSet<>(List.of("106-Q3-監理課.ods", "106-Q3-考驗課.ods", "106-Q3-牌照課.ods", "106-Q3-綜合業務課.ods")), entries);
		assertEquals(written.size(), entries.size());
		ReturnPreview back = ReturnPreview.of(plan, Forms.Q3, unpacked);
		assertFalse(back.needsDecision(), () -> RoundTripTest.problems(back));
		assertEquals(List.of(), back.cleanRows(), "the zipped forms come back unchanged");
		try (var left = Files.list(temp.resolve("zip"))) {
			assertEquals(List.of(zip), left.toList(), "nothing but the zip in the folder");
		}
	}

	private static void run(PlanEditingDomain domain, Command c) {
		assertNotNull(c);
		domain.getCommandStack().execute(c);
	}

	private static WorkItem itemAt(Plan plan, Path form, int row) {
		String key = keyAt(form, row);
		return PlanStructure.trackedItems(plan).stream().filter(w -> (FormLayout.ITEM + w.getId()).equals(key)).findFirst().orElseThrow();
	}

	private static String keyAt(Path form, int row) {
		try {
			return ReturnReader.read(form).text(row, FormLayout.KEY);
		} catch (FormException e) {
			throw new AssertionError(e);
		}
	}

	private static String describe(ProgressReport r) {
		return r.getStatus() + " " + r.getProgress() + " " + r.getNarrative() + " " + r.getReportedBy() + " " + r.getReportedOn() + " "
				+ r.getEvidence().stream().map(e -> e.getTitle() + "|" + e.getLocation()).toList();
	}
}
