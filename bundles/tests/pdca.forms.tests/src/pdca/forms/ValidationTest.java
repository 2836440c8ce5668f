package pdca.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.ActionStatus;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.CheckIns;
import pdca.model.logic.PlanStructure;
import pdca.test.support.UseLocale;

/**
 * Every problem a return can have is found, named with the file and the row, and keeps its row (or its file) out of
 * the command, while the clean rows beside it still apply.
 */
@UseLocale("en")
class ValidationTest {

	@TempDir
	Path temp;

	private Plan plan;
	private WorkItem first;
	private Path form;
	private int row;

	@BeforeEach
	void setUp() throws Exception {
		plan = Forms.load(Forms.plan(temp));
		first = PlanStructure.trackedItems(plan).get(0);
		Map<String, Path> forms = Forms.export(plan, Forms.Q4, temp.resolve("out"));
		form = forms.get(FormRows.unitOf(first).getName());
		row = Forms.row(form, FormLayout.ITEM + first.getId());
	}

	private ReturnPreview preview(Path... files) {
		return ReturnPreview.of(plan, Forms.Q4, List.of(files));
	}

	private static List<ReturnPreview.Problem> problems(ReturnPreview p) {
		List<ReturnPreview.Problem> list = new ArrayList<>();
		for (ReturnPreview.FileResult f : p.files()) {
			list.addAll(f.problems());
			f.rows().forEach(r -> list.addAll(r.problems()));
		}
		return list;
	}

	private static ReturnPreview.Problem only(ReturnPreview p, ReturnPreview.Kind kind) {
		List<ReturnPreview.Problem> list = problems(p);
		assertEquals(1, list.size(), list.toString());
		assertEquals(kind, list.get(0).kind(), list.get(0).message());
		assertTrue(p.needsDecision());
		return list.get(0);
	}

	@Test
	void aStatusNotInTheList() throws Exception {
		new Forms.Ods(form).text(row, FormLayout.STATUS, "差不多完成").save(null);
		ReturnPreview.Problem p = only(preview(form), ReturnPreview.Kind.BAD_STATUS);
		assertEquals(row + 1, p.row());
		assertTrue(p.message().contains(form.getFileName() + ", row " + (row + 1)), p.message());
		assertTrue(p.message().contains("差不多完成"), p.message());
	}

	@Test
	void statusesInEnglishAndAsNamesAreUnderstood() {
		assertEquals(ActionStatus.DONE, ReturnPreview.statusNamed("已完成"));
		assertEquals(ActionStatus.AT_RISK, ReturnPreview.statusNamed("at risk"));
		assertEquals(ActionStatus.ONGOING, ReturnPreview.statusNamed("ONGOING"));
		assertEquals(null, ReturnPreview.statusNamed("完成"));
	}

	@Test
	void progressOutOfRangeOrNotWhole() throws Exception {
		for (String bad : new String[] { "150", "-1", "33.5", "很多" }) {
			new Forms.Ods(form).text(row, FormLayout.PROGRESS, bad).save(null);
			ReturnPreview.Problem p = only(preview(form), ReturnPreview.Kind.BAD_VALUE);
			assertTrue(p.message().contains(bad), p.message());
		}
		new Forms.Ods(form).text(row, FormLayout.PROGRESS, "80%").save(null);
		ReturnPreview ok = preview(form);
		assertFalse(ok.needsDecision(), problems(ok).toString());
		assertEquals("80", ok.cleanRows().get(0).changes().get(0).after());
	}

	@Test
	void doneWithLessThanFullProgress() throws Exception {
		new Forms.Ods(form).text(row, FormLayout.STATUS, "已完成").number(row, FormLayout.PROGRESS, 60).save(null);
		only(preview(form), ReturnPreview.Kind.BAD_VALUE);
	}

	@Test
	void notADateAndNotANumber() throws Exception {
		new Forms.Ods(form).text(row, FormLayout.REPORTED_ON, "下週一").save(null);
		assertTrue(only(preview(form), ReturnPreview.Kind.BAD_VALUE).message().contains("下週一"));
		Path again = Forms.export(plan, Forms.Q4, temp.resolve("again")).get(FormRows.unitOf(first).getName());
		int k = Forms.rows(again, FormLayout.KPI).get(0);
		new Forms.Ods(again).text(k, FormLayout.KPI_VALUE, "九十").save(null);
		assertTrue(only(preview(again), ReturnPreview.Kind.BAD_VALUE).message().contains("九十"));
	}

	@Test
	void aChangedProtectedCellIsNamed() throws Exception {
		new Forms.Ods(form).text(row, FormLayout.TEXT, "改寫過的工作項目").text(row, FormLayout.STATUS, "進行中").save(null);
		ReturnPreview.Problem p = only(preview(form), ReturnPreview.Kind.PROTECTED_CHANGED);
		assertTrue(p.message().contains("F " + FormLayout.header(FormLayout.TEXT)), p.message());
		assertEquals(null, preview(form).command(Forms.domain()), "the row is held back");
	}

	@Test
	void anUnknownRowAndAnAddedRow() throws Exception {
		List<Integer> rows = Forms.rows(form, FormLayout.ITEM);
		new Forms.Ods(form).text(rows.get(1), FormLayout.KEY, "item:no-such-id").text(rows.get(2), FormLayout.KEY, "").save(null);
		List<ReturnPreview.Problem> list = problems(preview(form));
		assertEquals(2, list.size(), list.toString());
		assertTrue(list.stream().allMatch(p -> p.kind() == ReturnPreview.Kind.UNKNOWN_ROW), list.toString());
		assertEquals(List.of(rows.get(1) + 1, rows.get(2) + 1), list.stream().map(ReturnPreview.Problem::row).toList());
	}

	@Test
	void aRowMovedInThePlanSinceTheFormWasMade() throws Exception {
		new Forms.Ods(form).text(row, FormLayout.STATUS, "進行中").save(null);
		first.setNumber(first.getNumber() + 10);
		ReturnPreview.Problem p = only(preview(form), ReturnPreview.Kind.MOVED_ROW);
		assertTrue(p.message().contains(pdca.model.logic.Numbering.path(first)), p.message());
	}

	@Test
	void aRowThatAnotherUnitReportsNow() throws Exception {
		new Forms.Ods(form).text(row, FormLayout.STATUS, "進行中").save(null);
		Unit other = plan.getOrganisation().getUnits().stream().filter(u -> u != FormRows.unitOf(first) && u.getName().endsWith("課"))
				.findFirst().orElseThrow();
		first.setLeadOwner(other);
		ReturnPreview.Problem p = only(preview(form), ReturnPreview.Kind.OTHER_UNIT);
		assertTrue(p.message().contains(other.getName()), p.message());
	}

	@Test
	void aFormOfAnotherPlanOrQuarter() throws Exception {
		new Forms.Ods(form).text(row, FormLayout.STATUS, "進行中").save(null);
		ReturnPreview.Problem quarter = only(ReturnPreview.of(plan, Forms.Q3, List.of(form)), ReturnPreview.Kind.WRONG_QUARTER);
		assertEquals(0, quarter.row());
		assertTrue(quarter.message().contains("ROC 106 Q4"), quarter.message());
		Plan other = Forms.load(Forms.plan(Files.createDirectory(temp.resolve("other"))));
		other.setId("another-plan");
		ReturnPreview wrong = ReturnPreview.of(other, Forms.Q4, List.of(form));
		only(wrong, ReturnPreview.Kind.WRONG_PLAN);
		assertEquals(null, wrong.command(Forms.domain()));
	}

	@Test
	void theSameRowReturnedTwice() throws Exception {
		new Forms.Ods(form).text(row, FormLayout.STATUS, "進行中").save(null);
		Path copy = Files.copy(form, temp.resolve("copy.ods"));
		new Forms.Ods(copy).text(row, FormLayout.STATUS, "落後").save(null);
		ReturnPreview p = preview(form, copy);
		List<ReturnPreview.Problem> list = problems(p);
		assertEquals(2, list.size(), list.toString());
		assertTrue(list.stream().allMatch(x -> x.kind() == ReturnPreview.Kind.DUPLICATE), list.toString());
		assertTrue(list.get(0).message().contains("copy.ods"), list.get(0).message());
		assertEquals(null, p.command(Forms.domain()));
	}

	@Test
	void aValueEnteredInTheWorkbenchMeanwhileIsAConflict() throws Exception {
		List<Integer> rows = Forms.rows(form, FormLayout.ITEM);
		int other = rows.get(1);
		new Forms.Ods(form).text(row, FormLayout.STATUS, "落後").number(other, FormLayout.PROGRESS, 40).save(null);
		// meanwhile the planning office enters the first item's check-in in the workbench
		AdapterFactoryEditingDomain domain = Forms.domain();
		ProgressReport r = pdca.model.PdcaFactory.eINSTANCE.createProgressReport();
		r.setAction(first);
		r.setRocYear(106);
		r.setQuarter(4);
		r.setStatus(ActionStatus.ON_TRACK);
		plan.getProgressReports().add(r);
		ReturnPreview p = preview(form);
		ReturnPreview.Problem c = only(p, ReturnPreview.Kind.CONFLICT);
		assertEquals(row + 1, c.row());
		assertTrue(c.message().contains("on track") && c.message().contains("delayed"), c.message());
		// the clean row beside it still applies; the conflicting one is left alone
		Command command = p.command(domain);
		domain.getCommandStack().execute(command);
		assertEquals(ActionStatus.ON_TRACK, CheckIns.report(plan, first, Forms.Q4).orElseThrow().getStatus());
		WorkItem second = PlanStructure.trackedItems(plan).stream()
				.filter(w -> (FormLayout.ITEM + w.getId()).equals(keyAt(form, other))).findFirst().orElseThrow();
		assertEquals(40, CheckIns.report(plan, second, Forms.Q4).orElseThrow().getProgress());
	}

	@Test
	void aValueTheUnitLeftAsItWasIsNoConflict() throws Exception {
		Path q3 = Forms.export(plan, Forms.Q3, temp.resolve("q3")).get(FormRows.unitOf(first).getName());
		int r3 = Forms.row(q3, FormLayout.ITEM + first.getId());
		new Forms.Ods(q3).text(r3, FormLayout.REPORTED_BY, "林主任").save(null);
		ProgressReport report = CheckIns.report(plan, first, Forms.Q3).orElseThrow();
		report.setNarrative("研考室改寫的辦理情形");
		ReturnPreview p = ReturnPreview.of(plan, Forms.Q3, List.of(q3));
		assertFalse(p.needsDecision(), problems(p).toString());
		assertEquals(List.of(FormField.REPORTED_BY), p.cleanRows().get(0).changes().stream().map(ReturnPreview.Change::field).toList());
	}

	@Test
	void problemsAreWordedInTraditionalChineseToo() throws Exception {
		Locale.setDefault(Locale.TAIWAN);
		new Forms.Ods(form).text(row, FormLayout.STATUS, "差不多完成").save(null);
		ReturnPreview.Problem p = only(preview(form), ReturnPreview.Kind.BAD_STATUS);
		assertTrue(p.message().contains("第 " + (row + 1) + " 列") && p.message().contains("不是狀態"), p.message());
	}

	private static String keyAt(Path form, int row) {
		try {
			return ReturnReader.read(form).text(row, FormLayout.KEY);
		} catch (FormException e) {
			throw new AssertionError(e);
		}
	}
}
