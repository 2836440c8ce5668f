package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.waitUntil;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.Method;
import pdca.model.logic.PlanStructure;
import pdca.tracker.ui.pages.CheckInPage;
import pdca.test.support.EditorFixture;

/**
 * The editor's actions are workbench commands: Edit > Delete, Copy, Paste and Select All act on the page shown (or on
 * the text field being typed in), Alt+↑/↓ is the Move Up / Move Down command, and the Structure tree and the grids
 * have context menus.
 */
class EditCommandsTest {

	private EditorFixture fixture;

	@BeforeEach
	void workspace() throws Exception {
		fixture = new EditorFixture("edit-commands");
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	@Test
	void deleteAndMoveActOnTheSelectedElementOfTheStructureTree() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Method method = PlanStructure.strategies(editor.plan()).get(0).getMethods().get(0);
		Action first = method.getActions().get(0);
		Action second = method.getActions().get(1);
		int count = method.getActions().size();
		editor.reveal(second);
		editor.structurePage().tree().getTree().setFocus();
		waitUntil("the Structure tree to have the focus", () -> editor.structurePage().tree().getTree().isFocusControl());
		settle();

		EditorFixture.execute("pdca.ui.moveUp");
		assertEquals(List.of(second, first), method.getActions().subList(0, 2), "Move Up (Alt+↑)");
		EditorFixture.execute("pdca.ui.moveDown");
		assertEquals(List.of(first, second), method.getActions().subList(0, 2), "Move Down (Alt+↓)");

		EditorFixture.execute("org.eclipse.ui.edit.delete");
		assertEquals(count - 1, method.getActions().size());
		assertFalse(method.getActions().contains(second), "Edit > Delete removed the selected action");
		EditorFixture.execute("org.eclipse.ui.edit.undo");
		assertTrue(method.getActions().contains(second), "and undo brings it back");
	}

	@Test
	void theDeleteKeyInATextFieldDeletesACharacterNotTheElement() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Method method = PlanStructure.strategies(editor.plan()).get(0).getMethods().get(0);
		Action action = method.getActions().get(0);
		int count = method.getActions().size();
		editor.reveal(action);
		var field = editor.structurePage().textField();
		field.setFocus();
		field.setSelection(0);
		String before = field.getText();
		waitUntil("the text field to have the focus", field::isFocusControl);
		settle();

		EditorFixture.execute("org.eclipse.ui.edit.delete");

		assertEquals(before.substring(1), field.getText(), "one character went");
		assertEquals(count, method.getActions().size(), "the action is still there");
	}

	@Test
	void selectAllCopyAndPasteInTheActionsGrid() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		editor.showPage(PlanEditorPages.ACTIONS);
		ActionsGridPage grid = editor.page(ActionsGridPage.class);
		waitUntil("the Actions page to show", () -> grid.table().isVisible());
		grid.table().setFocus();

		EditorFixture.execute("org.eclipse.ui.edit.selectAll");
		var copyCommand = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
				.getCommand("org.eclipse.ui.edit.copy");
		assertTrue(copyCommand.isHandled(), "Edit > Copy has a handler: focus " + grid.table().getDisplay().getFocusControl()
				+ ", active part " + fixture.page.getActivePart() + ", action enabled " + editor.copyAction().isEnabled()
				+ ", handler " + copyCommand.getHandler());
		EditorFixture.execute("org.eclipse.ui.edit.copy");
		String copied = Clipboards.text(grid.table().getDisplay());
		assertTrue(copied != null && copied.lines().count() >= 74, "every row copied: " + (copied == null ? null : copied.lines().count()));
		assertTrue(copied.contains("\t"), "as tab-separated cells");

		List<Action> actions = PlanStructure.actions(editor.plan());
		grid.selectCell(ActionsGridPage.TEXT, 0);
		Clipboards.put(grid.table().getDisplay(), "從試算表貼上的文字\n");
		grid.table().setFocus();
		EditorFixture.execute("org.eclipse.ui.edit.paste");
		assertEquals("從試算表貼上的文字", actions.get(0).getText(), "Edit > Paste took the spreadsheet text");
	}

	@Test
	void theStructureTreeAndTheGridsHaveContextMenus() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		var menu = editor.structurePage().tree().getTree().getMenu();
		assertTrue(menu != null, "the tree has a context menu");
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> labels = Arrays.stream(menu.getItems()).map(MenuItem::getText).filter(t -> !t.isEmpty()).toList();
		assertTrue(labels.size() >= 6, "add, move, copy, delete: " + labels);
		// the plan file's own menus (Team, Compare With, Replace With) are not offered on a strategy or row
		assertTrue(labels.stream().map(l -> l.replace("&", "").replaceAll("\\(.\\)", ""))
				.noneMatch(l -> List.of("Team", "Compare With", "Replace With", "團隊", "比較對象", "取代為").contains(l.strip())),
				"no menus of the plan file: " + labels);
		ActionsGridPage grid = editor.page(ActionsGridPage.class);
		assertTrue(grid.table().getMenu() != null, "the Actions grid has a context menu");
		assertTrue(editor.page(CheckInPage.class).table().getMenu() != null, "the check-in grid has a context menu");
	}
}
