package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.Method;
import pdca.model.PlanElement;
import pdca.model.Strategy;
import pdca.model.logic.PlanStructure;
import pdca.test.support.EditorFixture;

/** Drag and drop in the Structure tree, the Outline and Properties views, and renaming or deleting the file. */
class StructureAndViewsTest {

	private EditorFixture fixture;

	@BeforeEach
	void workspace() throws Exception {
		fixture = new EditorFixture("structure-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	private static List<Integer> numbers(List<? extends PlanElement> elements) {
		return elements.stream().map(PlanElement::getNumber).toList();
	}

	private static List<Integer> oneTo(int n) {
		List<Integer> list = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			list.add(i);
		}
		return list;
	}

	@Test
	void droppingAnActionOnAnotherMethodMovesItThereAndRenumbersBothLists() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		List<Method> methods = PlanStructure.methods(editor.plan());
		Method from = methods.stream().filter(m -> m.getActions().size() >= 2).findFirst().orElseThrow();
		Method to = methods.stream().filter(m -> m != from && !m.getActions().isEmpty()).findFirst().orElseThrow();
		Action moved = from.getActions().get(0);
		List<Action> fromBefore = List.copyOf(from.getActions());
		int toSize = to.getActions().size();

		StructureDragAndDrop.Target target = StructureDragAndDrop.target(moved, to, ViewerDropAdapter.LOCATION_ON);
		assertNotNull(target, "an action can be dropped on a method");
		assertTrue(editor.editing().relocate(moved, target.owner(), target.feature(), target.index()));
		spin(editor::isDirty, 2000);

		assertSame(to, moved.eContainer(), "the action now belongs to the method it was dropped on");
		assertEquals(toSize + 1, moved.getNumber(), "it goes last there and is numbered so");
		assertEquals(oneTo(toSize + 1), numbers(to.getActions()));
		assertEquals(oneTo(fromBefore.size() - 1), numbers(from.getActions()), "the old method's actions close the gap");
		assertTrue(editor.isDirty());

		EditorFixture.execute("org.eclipse.ui.edit.undo");
		spin(() -> !editor.isDirty(), 2000);
		assertEquals(fromBefore, from.getActions(), "undo puts the action back in its place");
		assertEquals(oneTo(fromBefore.size()), numbers(from.getActions()));
		assertFalse(editor.isDirty());
	}

	@Test
	void droppingWithinAListReordersAndRefusesWhatDoesNotFit() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Method method = PlanStructure.methods(editor.plan()).stream().filter(m -> m.getActions().size() >= 3).findFirst().orElseThrow();
		Action first = method.getActions().get(0);
		Action third = method.getActions().get(2);

		StructureDragAndDrop.Target after = StructureDragAndDrop.target(first, third, ViewerDropAdapter.LOCATION_AFTER);
		assertTrue(editor.editing().relocate(first, after.owner(), after.feature(), after.index()));
		assertEquals(2, method.getActions().indexOf(first), "dropped after the third action, it becomes the third");
		assertEquals(3, first.getNumber());
		assertEquals(oneTo(method.getActions().size()), numbers(method.getActions()));

		Strategy strategy = (Strategy) method.eContainer();
		assertNull(StructureDragAndDrop.target(first, strategy, ViewerDropAdapter.LOCATION_ON),
				"an action cannot be dropped straight on a strategy");
		assertNull(StructureDragAndDrop.target(strategy, first, ViewerDropAdapter.LOCATION_ON),
				"a strategy cannot be dropped on an action");
		assertFalse(editor.editing().relocate(method, method, pdca.model.PdcaPackage.Literals.METHOD__ACTIONS, 0),
				"nothing is moved into itself");
	}

	@Test
	void propertiesViewShowsTheSelectedActionAndEditsThroughTheCommandStack() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Action action = PlanStructure.actions(editor.plan()).get(2);
		String original = action.getText();
		fixture.page.showView(IPageLayout.ID_PROP_SHEET);
		fixture.page.activate(editor);
		editor.revealInStructure(action);
		waitUntil("the editor to tell the workbench what is selected",
				() -> ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement() == action);

		IStructuredSelection selected = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
		assertSame(action, selected.getFirstElement(), "the editor tells the workbench what is selected");
		PropertySheetPage sheet = (PropertySheetPage) editor.getAdapter(IPropertySheetPage.class);
		assertNotNull(sheet.getControl(), "the Properties view shows the editor's page");
		spin(() -> texts((Tree) sheet.getControl()).contains(original), 2000);
		assertTrue(texts((Tree) sheet.getControl()).contains(original), "the Properties view lists the action's text");

		assertTrue(texts((Tree) sheet.getControl()).contains(pdca.edit.EditMessages.get("property.text")),
				"the properties are named by the item providers, in the user's language");
		assertTrue(texts((Tree) sheet.getControl()).contains(pdca.model.logic.Numbering.path(action)), "and show the computed number");

		ItemProviderViews.properties(editor.itemProviders(), action).setPropertyValue("text", "改由服務台統一受理");
		assertEquals("改由服務台統一受理", action.getText());
		assertTrue(editor.isDirty());
		spin(() -> texts((Tree) sheet.getControl()).contains("改由服務台統一受理"), 2000);
		assertTrue(texts((Tree) sheet.getControl()).contains("改由服務台統一受理"), "the view follows the edit");
		EditorFixture.execute("org.eclipse.ui.edit.undo");
		assertEquals(original, action.getText(), "an edit made in the Properties view is undone like any other");
	}

	@Test
	void outlineShowsTheStructureAndSelectingThereRevealsInTheEditor() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		fixture.page.showView(IPageLayout.ID_OUTLINE);
		fixture.page.activate(editor);
		waitUntil("the Outline view to show the plan",
				() -> ((PlanOutlinePage) editor.getAdapter(IContentOutlinePage.class)).viewer() != null);
		settle();
		PlanOutlinePage outline = (PlanOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		assertNotNull(outline.viewer(), "the Outline view shows the plan");
		Tree tree = outline.viewer().getTree();
		int topLevel = editor.plan().getDimensions().isEmpty() ? editor.plan().getStrategies().size()
				: editor.plan().getDimensions().size() + editor.plan().getStrategies().size();
		assertEquals(topLevel, tree.getItemCount());
		Strategy first = PlanStructure.strategies(editor.plan()).get(0);
		assertTrue(tree.getItem(0).getText().contains(first.getText().substring(0, 4)), tree.getItem(0).getText());

		Action action = PlanStructure.actions(editor.plan()).get(3);
		outline.viewer().setSelection(new StructuredSelection(action), true);
		waitUntil("selecting in the Outline to select on the Structure page",
				() -> editor.structurePage().tree().getStructuredSelection().getFirstElement() == action);
		assertSame(action, editor.structurePage().tree().getStructuredSelection().getFirstElement(),
				"selecting in the Outline selects the element on the Structure page");

		editor.editing().set(first, pdca.model.PdcaPackage.Literals.PLAN_ELEMENT__TEXT, "以數位服務縮短等候時間");
		waitUntil("the Outline to follow the edit", () -> tree.getItem(0).getText().contains("以數位服務縮短等候時間"));
		assertTrue(tree.getItem(0).getText().contains("以數位服務縮短等候時間"), "the Outline follows edits");
	}

	@Test
	void editorFollowsARenameAndClosesWhenTheFileIsDeleted() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		IFile file = ((IFileEditorInput) editor.getEditorInput()).getFile();
		file.move(new Path("renamed-plan.pdca"), true, null);
		spin(() -> editor.getPartName().equals("renamed-plan.pdca"), 3000);
		assertEquals("renamed-plan.pdca", editor.getPartName(), "the tab shows the new name");
		IFile renamed = ((IFileEditorInput) editor.getEditorInput()).getFile();
		assertEquals("renamed-plan.pdca", renamed.getName());

		renamed.delete(true, null);
		spin(() -> planEditors(fixture.page) == 0, 3000);
		assertEquals(0, planEditors(fixture.page), "a clean editor closes with its deleted file");
	}

	/** The plan editors open in the page (the welcome page of a first start may be open too). */
	private static long planEditors(org.eclipse.ui.IWorkbenchPage page) {
		return java.util.Arrays.stream(page.getEditorReferences()).filter(r -> PlanEditor.ID.equals(r.getId())).count();
	}

	private static List<String> texts(Tree tree) {
		List<String> texts = new ArrayList<>();
		collect(tree.getItems(), texts);
		return texts;
	}

	private static void collect(TreeItem[] items, List<String> texts) {
		for (TreeItem item : items) {
			texts.addAll(Arrays.asList(item.getText(0), item.getText(1)));
			item.setExpanded(true);
			collect(item.getItems(), texts);
		}
	}
}
