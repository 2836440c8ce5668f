package pdca.update.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.closeNextMessage;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.texts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pdca.update.UpdateMessages;
import pdca.update.UpdateSite;
import pdca.update.Updater;

/** Help › Check for Updates and Window › Preferences › Updates, in the running workbench. */
class CheckForUpdatesUiTest {

	private static final String COMMAND = "pdca.update.ui.check";

	@AfterEach
	void forget() throws Exception {
		UpdateSite.setPreference("");
	}

	@Test
	void theHelpMenuOffersCheckForUpdates() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Menu bar = shell.getMenuBar();
		MenuItem help = bar.getItem(bar.getItemCount() - 1);
		Menu menu = help.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			labels.add(item.getText());
		}
		menu.notifyListeners(SWT.Hide, new Event());
		String label = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class).getCommand(COMMAND).getName()
				.replace("&", "");
		assertTrue(labels.stream().anyMatch(l -> l.replace("&", "").startsWith(label)), "Help menu: " + labels + ", looked for " + label);
	}

	@Test
	void withoutP2ProfileTheCommandSaysTheWorkbenchCannotUpdateItself() throws Exception {
		assertNull(Updater.ofThisInstallation(), "the test runtime has no p2 profile");
		List<String> told = closeNextMessage();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
		spin(() -> !told.isEmpty(), 10_000);
		assertFalse(told.isEmpty(), "no message was shown");
		assertTrue(told.contains(UpdateMessages.update_noProfile), "shown: " + told);
	}

	@Test
	void thePreferencePageRefusesAnUnusableAddressAndKeepsAGoodOne() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, CheckForUpdatesHandler.PREFERENCE_PAGE,
				new String[] { CheckForUpdatesHandler.PREFERENCE_PAGE }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UpdatePreferencePage page = (UpdatePreferencePage) dialog.getSelectedPage();
			assertNotNull(page.siteField());
			assertTrue(texts(page.getControl()).stream().anyMatch(t -> t.contains(UpdateSite.FILE)),
					"the page says where the installation's address comes from: " + texts(page.getControl()));
			page.siteField().setText("javascript:alert(1)");
			assertFalse(page.isValid());
			assertNotNull(page.getErrorMessage());
			assertTrue(page.getErrorMessage().contains(UpdateMessages.site_scheme), page.getErrorMessage());
			page.siteField().setText("https://intranet.example.gov.tw/pdca/updates");
			assertTrue(page.isValid());
			assertNull(page.getErrorMessage());
			assertTrue(page.performOk());
		} finally {
			dialog.close();
		}
		assertEquals("https://intranet.example.gov.tw/pdca/updates", UpdateSite.preference());
		assertEquals("https://intranet.example.gov.tw/pdca/updates", UpdateSite.current());
	}
}
