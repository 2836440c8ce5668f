package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.test.support.EditorFixture;

/** The plan editor as a planning officer uses it, through its own widgets, in a running workbench. */
class PlanEditorTest {

	private EditorFixture fixture;
	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void workspace() throws Exception {
		fixture = new EditorFixture("editor-test");
		project = fixture.project;
		page = fixture.page;
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	private PlanEditor open(String seedPrefix) throws Exception {
		return fixture.open(seedPrefix);
	}

	private static void execute(String commandId) throws Exception {
		EditorFixture.execute(commandId);
	}

	@Test
	void editTextThroughTheStructurePageThenUndoRedoAndSave() throws Exception {
		PlanEditor editor = open("tainan");
		Action action = PlanStructure.actions(editor.plan()).get(1);
		String original = action.getText();
		editor.reveal(action);
		StructurePage structure = editor.structurePage();
		waitUntil("the detail form to show the selected action", () -> original.equals(structure.textField().getText()));
		assertEquals(original, structure.textField().getText(), "the detail form shows the selected action");

		structure.textField().setText("午休時段加派人力值班");
		structure.textField().notifyListeners(SWT.FocusOut, new Event());
		spin(editor::isDirty, 2000);
		assertEquals("午休時段加派人力值班", action.getText());
		assertTrue(editor.isDirty(), "the editor is dirty after an edit");

		execute("org.eclipse.ui.edit.undo");
		spin(() -> !editor.isDirty(), 2000);
		assertEquals(original, action.getText(), "undo restores the text");
		assertFalse(editor.isDirty(), "undo restores the clean state");
		assertEquals(original, structure.textField().getText(), "the form shows the restored text");

		execute("org.eclipse.ui.edit.redo");
		spin(editor::isDirty, 2000);
		assertEquals("午休時段加派人力值班", action.getText());

		page.saveEditor(editor, false);
		assertFalse(editor.isDirty());
		IFile file = project.getFile("tainan-motor-vehicle-station.pdca");
		Plan saved = PlanFiles.load(file.getLocation().toPath());
		assertEquals("午休時段加派人力值班", PlanStructure.actions(saved).get(1).getText(), "save wrote the file");
	}

	@Test
	void actionsGridPaintsItsRows() throws Exception {
		PlanEditor editor = open("tainan");
		editor.showPage(PlanEditorPages.ACTIONS);
		ActionsGridPage grid = editor.page(ActionsGridPage.class);
		waitUntil("the Actions page to show", () -> grid.table().isVisible());
		settle();
		NatTable table = grid.table();
		assertEquals(74, grid.rowCount(), "every action of the plan is a row");
		table.redraw();
		table.update();
		Image shot = new Image(table.getDisplay(), table.getSize().x, table.getSize().y);
		GC gc = new GC(table);
		try {
			gc.copyArea(shot, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageData data = shot.getImageData();
		shot.dispose();
		// the text column of the first body rows: rows are 26 px below a 28 px header; column 4 starts after the row header
		int x0 = 50 + 130 + 150 + 80 + 10, y0 = 28 + 4;
		int dark = 0;
		for (int y = y0; y < y0 + 3 * 26 && y < data.height; y++) {
			for (int x = x0; x < x0 + 300 && x < data.width; x++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red + rgb.green + rgb.blue < 200) {
					dark++;
				}
			}
		}
		assertTrue(dark > 300, "the first rows' text is painted (dark pixels: " + dark + ")");
	}

	@Test
	void removingAnOwnerGivesAProblemMarkerThatLeadsBackToTheElement() throws Exception {
		PlanEditor editor = open("changhua");
		IFile file = project.getFile("changhua-county-planning-department.pdca");
		Method first = PlanStructure.methods(editor.plan()).get(0);
		assertNotNull(first.getLeadOwner());
		editor.reveal(first);
		waitUntil("the method to be selected on the Structure page", () -> selected(editor) == first);
		editor.structurePage().leadOwnerField().select(0);
		editor.structurePage().leadOwnerField().notifyListeners(SWT.Selection, new Event());
		spin(() -> marker(file, first.getId()) != null, 3000);
		IMarker marker = marker(file, first.getId());
		assertNotNull(marker, "a problem marker for the method without owner");
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));

		Method other = PlanStructure.methods(editor.plan()).get(5);
		editor.reveal(other);
		waitUntil("the other method to be selected on the Structure page", () -> selected(editor) == other);
		IDE.gotoMarker(editor, marker);
		waitUntil("going to the marker to select an element", () -> selected(editor) != other);
		Object selected = ((IStructuredSelection) editor.structurePage().tree().getSelection()).getFirstElement();
		assertEquals(first, selected, "going to the marker selects the method");
		assertNotEquals(other, selected);
	}

	@Test
	void aMultiLineCellPastedFromASpreadsheetStaysOneCellAndControlCharactersAreLeftOut() throws Exception {
		PlanEditor editor = open("tainan");
		editor.showPage(PlanEditorPages.ACTIONS);
		ActionsGridPage grid = editor.page(ActionsGridPage.class);
		waitUntil("the Actions page to show", () -> grid.table().isVisible());
		List<Action> actions = PlanStructure.actions(editor.plan());
		String third = actions.get(2).getText();
		grid.selectCell(ActionsGridPage.TEXT, 0);

		// as Excel and LibreOffice copy two cells of a column, the first holding a line break and a quote
		grid.paste("\"第一行\n第二行說「\"\"好\"\"」\"\r\n第二列\u0007文字\r\n");

		assertEquals("第一行\n第二行說「\"好\"」", actions.get(0).getText(), "the quoted cell is one cell");
		assertEquals("第二列文字", actions.get(1).getText(), "the next row got its own value, the bell character left out");
		assertEquals(third, actions.get(2).getText(), "nothing shifted into the rows below");
		execute("org.eclipse.ui.edit.undo");
		waitUntil("Undo to give the third row its text back", () -> third.equals(actions.get(2).getText()));
		assertEquals(third, actions.get(2).getText());
	}

	@Test
	void gridSortsByOwnerAndBackToPlanOrder() throws Exception {
		PlanEditor editor = open("changhua");
		editor.showPage(PlanEditorPages.ACTIONS);
		ActionsGridPage grid = editor.page(ActionsGridPage.class);
		waitUntil("the Actions page to show", () -> grid.table().isVisible());
		java.util.List<pdca.model.WorkItem> planOrder = PlanStructure.trackedItems(editor.plan());
		assertEquals(planOrder.get(0), grid.itemAt(0));
		grid.sortBy(ActionsGridPage.OWNERS);
		java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.getDefault());
		for (int i = 1; i < grid.rowCount(); i++) {
			String a = PlanStructure.effectiveOwners(grid.itemAt(i - 1)).get(0).getName();
			String b = PlanStructure.effectiveOwners(grid.itemAt(i)).get(0).getName();
			assertTrue(collator.compare(a, b) <= 0, a + " before " + b);
		}
		grid.sortBy(ActionsGridPage.OWNERS);
		grid.sortBy(ActionsGridPage.OWNERS);
		for (int i = 0; i < grid.rowCount(); i++) {
			assertEquals(planOrder.get(i), grid.itemAt(i), "the third click restores plan order");
		}
	}

	@Test
	void kpiAddedToAnActionAsksForItsTargetAndUndoRemovesIt() throws Exception {
		PlanEditor editor = open("tainan");
		IFile file = project.getFile("tainan-motor-vehicle-station.pdca");
		Action action = PlanStructure.actions(editor.plan()).get(0);
		editor.reveal(action);
		waitUntil("the action to be selected on the Structure page", () -> selected(editor) == action);
		KpiPage kpis = editor.page(KpiPage.class);
		assertTrue(kpis.kpis().isEmpty());
		kpis.addKpi();
		waitUntil("the KPI page to list the new KPI", () -> kpis.kpis().size() == 1);
		assertEquals(1, action.getKpis().size(), "the KPI belongs to the action selected on the Structure page");
		assertEquals(1, kpis.kpis().size());
		spin(() -> marker(file, action.getKpis().get(0).getId()) != null, 3000);
		assertNotNull(marker(file, action.getKpis().get(0).getId()), "a KPI without target is a problem");
		execute("org.eclipse.ui.edit.undo");
		assertTrue(action.getKpis().isEmpty(), "undo removes the KPI");
		assertTrue(kpis.kpis().isEmpty());
	}

	/** What is selected on the Structure page. */
	private static Object selected(PlanEditor editor) {
		return editor.structurePage().tree().getStructuredSelection().getFirstElement();
	}

	private static IMarker marker(IFile file, String elementId) {
		try {
			for (IMarker m : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
				if (elementId.equals(m.getAttribute(PlanEditor.ELEMENT_ID, null))) {
					return m;
				}
			}
			return null;
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
