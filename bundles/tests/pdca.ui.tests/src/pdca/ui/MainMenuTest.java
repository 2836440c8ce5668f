package pdca.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.spin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The main menu as the user opens it: the workbench's commands contributed in plugin.xml into the groups of File, Edit
 * and Window, in their order, with their labels; File › New Plan… opens the new-plan wizard.
 */
class MainMenuTest {

	private static String label(String key) {
		return Platform.getResourceString(FrameworkUtil.getBundle(UiMessages.class), "%" + key).replace("&", "");
	}

	/** The items of the menu bar's menu titled {@code title}, as shown: without mnemonics and key bindings. */
	private static List<MenuItem> items(String title) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Menu menu = null;
		for (MenuItem item : shell.getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals(title.replace("&", ""))) {
				menu = item.getMenu();
			}
		}
		assertNotNull(menu, "the menu " + title);
		Menu shown = menu;
		shown.notifyListeners(SWT.Show, new Event());
		spin(() -> shown.getItemCount() > 0, 2000);
		List<MenuItem> items = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				items.add(item);
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return items;
	}

	private static List<String> texts(List<MenuItem> items) {
		return items.stream().map(i -> i.getText().replace("&", "").replaceAll("\t.*", "")).toList();
	}

	private static void assertInOrder(List<String> shown, String... keys) {
		int last = -1;
		for (String key : keys) {
			int at = shown.indexOf(label(key));
			assertTrue(at > last, label(key) + " after the items before it in " + shown);
			last = at;
		}
	}

	@Test
	void fileEditAndWindowHoldTheWorkbenchCommandsInTheirOrder() {
		List<String> file = texts(items(UiMessages.menu_file));
		assertEquals(label("menu.newPlan"), file.get(0), "New Plan first in " + file);
		assertInOrder(file, "menu.newPlan", "menu.newOther", "menu.close", "menu.closeAll", "menu.save", "menu.saveAs", "menu.saveAll",
				"menu.revert", "menu.rename", "menu.import", "menu.export", "menu.exit");
		assertEquals(label("menu.exit"), file.get(file.size() - 1), "Exit last in " + file);
		assertInOrder(texts(items(UiMessages.menu_edit)), "menu.undo", "menu.redo", "menu.cut", "menu.copy", "menu.paste", "menu.delete",
				"menu.selectAll");
		assertInOrder(texts(items(UiMessages.menu_window)), "menu.resetPerspective", "menu.preferences");
		assertTrue(texts(items(UiMessages.menu_help)).contains(label("menu.about")));
	}

	@Test
	void fileNewPlanOpensTheNewPlanWizard() {
		MenuItem newPlan = items(UiMessages.menu_file).get(0);
		assertTrue(newPlan.isEnabled());
		Display display = Display.getCurrent();
		AtomicReference<String> opened = new AtomicReference<>();
		// the wizard is modal: read its title and close it from the event loop it runs
		display.timerExec(500, () -> {
			Shell active = display.getActiveShell();
			opened.set(active == null ? null : active.getText());
			if (active != null && active != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
				active.close();
			}
		});
		newPlan.notifyListeners(SWT.Selection, new Event());
		spin(() -> opened.get() != null, 5000);
		assertEquals(UiMessages.newPlan_title, opened.get());
	}
}
