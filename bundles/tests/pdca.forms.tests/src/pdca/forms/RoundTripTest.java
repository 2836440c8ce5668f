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
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.ActionStatus;
import pdca.model.Kpi;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.CheckIns;
import pdca.model.logic.PlanStructure;

/**
 * Forms out and back: one form per unit holding exactly its items and KPIs; a form returned unchanged changes
 * nothing; a filled form changes what the unit filled, by the editor's rules, as one command that undo takes back
 * whole.
 */
class RoundTripTest {

	@TempDir
	Path temp;

	@Test
	void oneFormPerUnitWithItsItemsAndKpis() throws Exception {
		Plan plan = Forms.load(Forms.plan(temp));
		Map<String, Path> forms = Forms.export(plan, Forms.Q3, temp.resolve("out"));
		assertEquals(Set.of("監理課", "考驗課", "牌照課", "綜合業務課"), forms.keySet());
		int items = 0;
		Set<String> seen = new TreeSet<>();
		for (Map.Entry<String, Path> e : forms.entrySet()) {
			assertEquals("106-Q3-" + e.getKey() + ".ods", e.getValue().getFileName().toString());
			for (int r : Forms.rows(e.getValue(), FormLayout.ITEM)) {
				String key = ReturnReader.read(e.getValue()).text(r, FormLayout.KEY);
				WorkItem item = PlanStructure.trackedItems(plan).stream().filter(w -> key.equals(FormLayout.ITEM + w.getId())).findFirst()
						.orElseThrow();
				assertEquals(e.getKey(), FormRows.unitOf(item).getName(), key);
				assertTrue(seen.add(key), key);
				items++;
			}
		}
		assertEquals(PlanStructure.trackedItems(plan).size(), items, "every tracked item in exactly one form");
		int kpis = 0;
		for (Path f : forms.values()) {
			kpis += Forms.rows(f, FormLayout.KPI).size();
		}
		assertEquals(CheckIns.kpis(plan).size(), kpis);
	}

	@Test
	void theFormPreFillsThisQuartersCheckInsAndShowsTheLastOnes() throws Exception {
		Plan plan = Forms.load(Forms.plan(temp));
		Map<String, Path> forms = Forms.export(plan, Forms.Q3, temp.resolve("out"));
		WorkItem item = PlanStructure.trackedItems(plan).get(0);
		Path form = forms.get(FormRows.unitOf(item).getName());
		ReturnReader.Sheet sheet = ReturnReader.read(form);
		int r = Forms.row(form, FormLayout.ITEM + item.getId());
		ProgressReport now = CheckIns.report(plan, item, Forms.Q3).orElseThrow();
		ProgressReport before = CheckIns.previousReport(plan, item, Forms.Q3).orElseThrow();
		assertEquals(pdca.model.logic.Terms.status(java.util.Locale.TAIWAN, now.getStatus()), sheet.text(r, FormLayout.STATUS));
		assertEquals((double) now.getProgress(), sheet.cell(r, FormLayout.PROGRESS).number());
		assertEquals(pdca.model.logic.Terms.status(java.util.Locale.TAIWAN, before.getStatus()), sheet.text(r, FormLayout.PREVIOUS_STATUS));
		assertEquals(FormLayout.text(before.getNarrative()), FormLayout.text(sheet.text(r, FormLayout.PREVIOUS_NARRATIVE)));
		assertEquals(FormLayout.text(item.getText()), FormLayout.text(sheet.text(r, FormLayout.TEXT)));
		assertEquals("pdca-checkin-form", sheet.text(0, 0));
		assertEquals(plan.getId(), sheet.text(1, 1));
		assertEquals("106-3", sheet.text(2, 1));
		assertEquals(FormRows.unitOf(item).getId(), sheet.text(3, 1));
	}

	@Test
	void formsReturnedUnchangedChangeNothing() throws Exception {
		Plan plan = Forms.load(Forms.plan(temp));
		for (var quarter : List.of(Forms.Q3, Forms.Q4)) {
			Map<String, Path> forms = Forms.export(plan, quarter, temp.resolve("out-" + quarter.quarter()));
			ReturnPreview preview = ReturnPreview.of(plan, quarter, new ArrayList<>(forms.values()));
			assertFalse(preview.needsDecision(), () -> problems(preview));
			assertEquals(List.of(), preview.cleanRows());
			assertNull(preview.command(Forms.domain()));
			for (ReturnPreview.FileResult f : preview.files()) {
				assertEquals(List.of(), f.rows(), f.file().toString());
			}
		}
	}

	static String problems(ReturnPreview preview) {
		StringBuilder b = new StringBuilder();
		for (ReturnPreview.FileResult f : preview.files()) {
			f.problems().forEach(p -> b.append(p.message()).append('\n'));
			f.rows().forEach(r -> r.problems().forEach(p -> b.append(p.message()).append('\n')));
		}
		return b.toString();
	}

	@Test
	void aFilledFormAppliesAsOneCommandThatUndoTakesBack() throws Exception {
		Path planFile = Forms.plan(temp);
		Plan plan = Forms.load(planFile);
		Plan original = EcoreUtil.copy(plan);
		Map<String, Path> forms = Forms.export(plan, Forms.Q4, temp.resolve("out"));
		List<WorkItem> items = PlanStructure.trackedItems(plan);
		WorkItem first = items.get(0);
		Unit unit = FormRows.unitOf(first);
		Path form = forms.get(unit.getName());
		List<Integer> itemRows = Forms.rows(form, FormLayout.ITEM);
		List<Integer> kpiRows = Forms.rows(form, FormLayout.KPI);
		assertFalse(kpiRows.isEmpty(), "the first unit's form has KPIs");
		int r1 = itemRows.get(0);
		int r2 = itemRows.get(1);
		int k = kpiRows.get(0);
		new Forms.Ods(form)
				.text(r1, FormLayout.STATUS, "已完成")
				.text(r1, FormLayout.NARRATIVE, "第4季完成流程檢討。\n第二行：簡化表單 3 種")
				.text(r1, FormLayout.EVIDENCE, "檢討會議紀錄\nhttps://example.gov.tw/q4.pdf")
				.text(r1, FormLayout.REPORTED_BY, "王小明")
				.text(r1, FormLayout.REPORTED_ON, "106/12/20")
				.number(r2, FormLayout.PROGRESS, 75)
				.number(k, FormLayout.KPI_VALUE, 92.456)
				.save(null);
		ReturnPreview preview = ReturnPreview.of(plan, Forms.Q4, List.of(form));
		assertFalse(preview.needsDecision(), () -> problems(preview));
		assertEquals(3, preview.cleanRows().size());
		ReturnPreview.RowResult row1 = preview.cleanRows().get(0);
		assertEquals(first, row1.item());
		assertEquals(List.of(FormField.STATUS, FormField.NARRATIVE, FormField.EVIDENCE, FormField.REPORTED_BY, FormField.REPORTED_ON),
				row1.changes().stream().map(ReturnPreview.Change::field).toList());
		assertTrue(CheckIns.report(plan, first, Forms.Q4).isEmpty(), "the preview changes nothing");

		AdapterFactoryEditingDomain domain = Forms.domain();
		Command command = preview.command(domain);
		assertNotNull(command);
		domain.getCommandStack().execute(command);

		ProgressReport r = CheckIns.report(plan, first, Forms.Q4).orElseThrow();
		assertEquals(ActionStatus.DONE, r.getStatus());
		assertEquals(100, r.getProgress(), "done means 100");
		assertEquals("第4季完成流程檢討。\n第二行：簡化表單 3 種", r.getNarrative());
		assertEquals(List.of("檢討會議紀錄", "https://example.gov.tw/q4.pdf"), r.getEvidence().stream().map(e -> e.getTitle()).toList());
		assertEquals("https://example.gov.tw/q4.pdf", r.getEvidence().get(1).getLocation());
		assertEquals("王小明", r.getReportedBy());
		assertEquals(LocalDate.of(2017, 12, 20), r.getReportedOn());
		WorkItem second = items.stream().filter(w -> ("item:" + w.getId()).equals(keyAt(form, r2))).findFirst().orElseThrow();
		ProgressReport r2report = CheckIns.report(plan, second, Forms.Q4).orElseThrow();
		ProgressReport before = CheckIns.previousReport(plan, second, Forms.Q4).orElseThrow();
		assertEquals(75, r2report.getProgress());
		assertEquals(before.getStatus() == ActionStatus.CANCELLED ? ActionStatus.NOT_STARTED : before.getStatus(), r2report.getStatus(),
				"the status carried over from the quarter before");
		Kpi kpi = CheckIns.kpis(plan).stream().filter(x -> ("kpi:" + x.getId()).equals(keyAt(form, k))).findFirst().orElseThrow();
		assertEquals(92.456, CheckIns.actual(kpi, Forms.Q4));

		assertTrue(domain.getCommandStack().canUndo());
		domain.getCommandStack().undo();
		assertTrue(EcoreUtil.equals(original, plan), "undo restores the plan");
		assertFalse(domain.getCommandStack().canUndo(), "one command");
		domain.getCommandStack().redo();
		assertEquals(ActionStatus.DONE, CheckIns.report(plan, first, Forms.Q4).orElseThrow().getStatus());

		// forms made now hold what was applied, and come back unchanged without changing anything
		Map<String, Path> again = Forms.export(plan, Forms.Q4, temp.resolve("again"));
		ReturnPreview unchanged = ReturnPreview.of(plan, Forms.Q4, new ArrayList<>(again.values()));
		assertFalse(unchanged.needsDecision(), () -> problems(unchanged));
		assertEquals(List.of(), unchanged.cleanRows());
		// the same return read again changes nothing either: the plan already holds its values
		ReturnPreview twice = ReturnPreview.of(plan, Forms.Q4, List.of(form));
		assertEquals(List.of(), twice.cleanRows(), () -> problems(twice));
		assertTrue(Files.exists(planFile));
	}

	private static String keyAt(Path form, int row) {
		try {
			return ReturnReader.read(form).text(row, FormLayout.KEY);
		} catch (FormException e) {
			throw new AssertionError(e);
		}
	}
}
