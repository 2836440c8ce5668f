package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Kpi;
import pdca.model.ProgressReport;
import pdca.model.logic.PlanStructure;
import pdca.tracker.ui.pages.TrackerPages;
import pdca.test.support.EditorFixture;

/**
 * The plan editor's pages come from the {@code pdca.ui.planEditorPages} contributions: the tabs in their order with
 * their names, the editor opening on the initial one, and an element revealed on the first page, in reveal order,
 * that can show it.
 */
class PlanEditorPagesTest {

	private EditorFixture fixture;

	@BeforeEach
	void workspace() throws Exception {
		fixture = new EditorFixture("pages-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	@Test
	void theTabsAreTheContributedPagesInTheirOrder() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		List<String> names = PlanEditorPages.contributions().stream().map(PlanEditorPages.Contribution::name).toList();
		assertEquals(8, names.size(), names.toString());
		CTabFolder tabs = tabFolder(editor);
		List<String> shown = new ArrayList<>();
		for (CTabItem item : tabs.getItems()) {
			shown.add(item.getText());
		}
		assertEquals(names, shown);
		assertEquals(PlanEditorPages.STRUCTURE, editor.activePageId(), "the editor opens on the Structure page");
		assertFalse(editor.showPage("no.such.page"));
		assertTrue(editor.showPage(TrackerPages.EVALUATIONS));
		assertEquals(TrackerPages.EVALUATIONS, editor.activePageId());
	}

	@Test
	void anElementIsRevealedOnTheFirstPageInRevealOrderThatShowsIt() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Kpi kpi = pdca.model.PdcaFactory.eINSTANCE.createKpi();
		kpi.setName("臨櫃平均等候時間");
		assertTrue(editor.editing().addNew(PlanStructure.actions(editor.plan()).get(0), pdca.model.PdcaPackage.Literals.WORK_ITEM__KPIS, kpi));
		editor.showPage(PlanEditorPages.OVERVIEW);
		editor.reveal(kpi);
		assertEquals(PlanEditorPages.KPIS, editor.activePageId(), "a KPI on the KPI page, asked first");
		editor.reveal(PlanStructure.actions(editor.plan()).get(0));
		assertEquals(PlanEditorPages.STRUCTURE, editor.activePageId(), "an action on the Structure page");
		ProgressReport report = editor.plan().getProgressReports().isEmpty() ? null : editor.plan().getProgressReports().get(0);
		if (report != null) {
			editor.reveal(report);
			assertEquals(TrackerPages.CHECK_INS, editor.activePageId(), "a check-in on the Check-ins page");
		}
		assertNotNull(editor.page(StructurePage.class));
	}

	private static CTabFolder tabFolder(PlanEditor editor) {
		org.eclipse.swt.widgets.Control c = editor.page(StructurePage.class).control();
		while (c != null && !(c instanceof CTabFolder)) {
			c = c.getParent();
		}
		assertNotNull(c, "the editor's pages are tabs");
		return (CTabFolder) c;
	}
}
