package pdca.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.Preferences;

import pdca.model.i18n.MessageBundle;
import pdca.samples.SamplePlans;
import pdca.ui.SeedPlans.Seed;
import pdca.ui.editor.PlanEditor;

/**
 * The welcome page: shown once, at a workspace's first start (as this test run is); its links open the seed plans,
 * the New Plan wizard, the plan document import wizard and the dashboard; Help › Welcome brings it back.
 */
class WelcomePageTest {

	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private IProject plans;

	@BeforeEach
	void window() {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		page.closeAllEditors(false);
		plans = ResourcesPlugin.getWorkspace().getRoot().getProject(SamplePlans.PROJECT);
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		if (plans.exists()) {
			plans.delete(true, true, null);
		}
	}

	@Test
	void theFirstStartOfAWorkspaceShowsThePageAndTheSecondDoesNot() throws Exception {
		assertTrue(InstanceScope.INSTANCE.getNode("pdca.ui").getBoolean(WelcomePage.SHOWN_ONCE, false),
				"this test run is a first start: the page was shown and that is remembered for the next start");

		Preferences fresh = InstanceScope.INSTANCE.getNode("pdca.ui.tests").node("fresh-workspace-" + System.nanoTime());
		try {
			assertTrue(WelcomePage.openAtFirstStart(window, fresh), "a fresh workspace's first start");
			assertTrue(page.getActiveEditor() instanceof WelcomePage, "the welcome page is in front");
			assertEquals(UiMessages.welcome_name, page.getActiveEditor().getTitle());
			page.closeAllEditors(false);

			assertFalse(WelcomePage.openAtFirstStart(window, fresh), "the second start of the same workspace");
			assertNull(page.findEditor(WelcomeInput.INSTANCE), "no welcome page at the second start");
		} finally {
			fresh.removeNode();
		}
	}

	@Test
	void eachSeedPlanOpensInThePlanEditorAndAMissingOneIsNamed() throws Exception {
		List<Path> seeds = SamplePlans.planFiles();
		assertEquals(5, seeds.size(), "the five seed plans");
		Path missing = seeds.get(2);
		copyIntoWorkspace(seeds.stream().filter(s -> !s.equals(missing)).toList());

		WelcomePage welcome = WelcomePage.open(window);
		spin(() -> welcome.seeds() != null && welcome.seedLinks().size() == 4, 10_000);
		assertEquals(5, welcome.seeds().size());
		assertEquals(4, welcome.seedLinks().size(), "a link for each seed plan the workspace has");
		String missingPath = SamplePlans.PROJECT + "/" + relative(missing);
		Seed absent = welcome.seeds().stream().filter(Seed::missing).findFirst().orElseThrow();
		assertEquals(missingPath, absent.path());
		String said = MessageBundle.bind(UiMessages.welcome_seedMissing, missingPath);
		assertTrue(labels(welcome.form().getBody()).contains(said), "the page says: " + said);

		List<Seed> present = welcome.seeds().stream().filter(s -> !s.missing()).toList();
		for (int i = 0; i < present.size(); i++) {
			Seed seed = present.get(i);
			Hyperlink link = welcome.seedLinks().get(i);
			assertEquals(seed.agency(), link.getText(), "the link names the agency");
			assertFalse(seed.agency().isBlank());
			assertTrue(seed.rocYear() >= 99 && seed.rocYear() <= 107, "the plan's year: " + seed.rocYear());
			assertTrue(labels(welcome.form().getBody()).contains(MessageBundle.bind(UiMessages.welcome_seedLine, seed.rocYear(), seed.title())),
					"year and title shown for " + seed.path());

			activate(link);
			spin(() -> page.getActiveEditor() instanceof PlanEditor e && seed.file().equals(e.file()), 10_000);
			IEditorPart active = page.getActiveEditor();
			assertTrue(active instanceof PlanEditor, "a plan editor opened for " + seed.path());
			PlanEditor editor = (PlanEditor) active;
			assertEquals(seed.file(), ((IFileEditorInput) editor.getEditorInput()).getFile());
			assertEquals(seed.title(), editor.plan().getTitle(), "the plan of that link");
			assertEquals(seed.rocYear(), editor.plan().getRocYear());
			page.activate(welcome);
		}
		assertEquals(5, page.getEditorReferences().length, "the welcome page and the four plans");

		// the missing one is copied from the samples; the plans already there are left alone
		IFile edited = present.get(0).file();
		page.closeAllEditors(false);
		WelcomePage reopened = WelcomePage.open(window);
		long stamp = edited.getModificationStamp();
		spin(() -> reopened.addMissingLink() != null, 5000);
		assertNotNull(reopened.addMissingLink(), "offered while a seed plan is missing");
		activate(reopened.addMissingLink());
		spin(() -> reopened.seedLinks().size() == 5, 10_000);
		assertEquals(5, reopened.seedLinks().size(), "all five seed plans linked");
		assertNull(reopened.addMissingLink(), "nothing left to add");
		assertTrue(plans.getFile(IPath.fromPortableString(relative(missing))).exists(), "copied: " + missingPath);
		assertEquals(Files.readString(missing), Files.readString(plans.getFile(IPath.fromPortableString(relative(missing))).getLocation().toPath()));
		assertEquals(stamp, edited.getModificationStamp(), "a plan the workspace had is not copied over");
	}

	@Test
	void theTemplateActionOpensTheNewPlanWizard() throws Exception {
		WelcomePage welcome = WelcomePage.open(window);
		String wizard = wizardOpenedBy(welcome.newPlanLink());
		assertEquals(pdca.ui.wizards.NewPlanWizard.class.getName(), wizard);
		assertNull(welcome.message());
	}

	@Test
	void theImportActionOpensThePlanDocumentImportWizard() throws Exception {
		WelcomePage welcome = WelcomePage.open(window);
		String wizard = wizardOpenedBy(welcome.importLink());
		assertEquals("pdca.importer.ui.ImportPlanWizard", wizard, "File › Import › PDCA › Plan document");
		assertNull(welcome.message());
	}

	@Test
	void theDashboardActionShowsTheDashboard() throws Exception {
		WelcomePage welcome = WelcomePage.open(window);
		if (page.findView(WelcomePage.DASHBOARD_VIEW) != null) {
			page.hideView(page.findView(WelcomePage.DASHBOARD_VIEW));
		}
		waitUntil("the dashboard to be closed", () -> page.findView(WelcomePage.DASHBOARD_VIEW) == null);
		assertNull(page.findView(WelcomePage.DASHBOARD_VIEW));
		activate(welcome.dashboardLink());
		spin(() -> page.findView(WelcomePage.DASHBOARD_VIEW) != null, 5000);
		assertNotNull(page.findView(WelcomePage.DASHBOARD_VIEW), "the dashboard opened");
		assertTrue(page.isPartVisible(page.findView(WelcomePage.DASHBOARD_VIEW)), "and is in front");
		assertEquals("pdca.tracker.ui.DashboardView", page.findView(WelcomePage.DASHBOARD_VIEW).getClass().getName());
		assertNull(welcome.message());
	}

	@Test
	void helpWelcomeReopensThePage() throws Exception {
		assertNull(page.findEditor(WelcomeInput.INSTANCE), "closed");
		String name = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand("pdca.ui.welcome").getName();
		Shell shell = window.getShell();
		Menu help = null;
		for (MenuItem item : shell.getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals(UiMessages.menu_help.replace("&", ""))) {
				help = item.getMenu();
			}
		}
		assertNotNull(help, "the Help menu");
		help.notifyListeners(SWT.Show, new Event());
		Menu shown = help;
		waitUntil("the Help menu to be filled", () -> shown.getItemCount() > 0);
		MenuItem welcomeItem = null;
		List<String> texts = new ArrayList<>();
		for (MenuItem item : help.getItems()) {
			texts.add(item.getText());
			if (item.getText().replace("&", "").equals(name)) {
				welcomeItem = item;
			}
		}
		assertNotNull(welcomeItem, "Help › " + name + " in " + texts);
		assertTrue(welcomeItem.isEnabled());
		welcomeItem.notifyListeners(SWT.Selection, new Event());
		help.notifyListeners(SWT.Hide, new Event());
		spin(() -> page.findEditor(WelcomeInput.INSTANCE) != null, 5000);
		assertTrue(page.getActiveEditor() instanceof WelcomePage, "the welcome page is open and in front");

		// asked for again while open: the same page comes forward, not a second one
		IEditorPart first = page.getActiveEditor();
		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("pdca.ui.welcome", null);
		settle();
		assertSame(first, page.getActiveEditor());
		assertEquals(1, page.getEditorReferences().length);
	}

	/** Activates the link as a click or the Enter key would, and reports which wizard it opened (then closed). */
	private static String wizardOpenedBy(Hyperlink link) {
		Display display = Display.getCurrent();
		AtomicReference<String> wizard = new AtomicReference<>();
		long end = System.currentTimeMillis() + 10_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.getData() instanceof WizardDialog dialog && !shell.isDisposed()) {
					IWizardPage current = dialog.getCurrentPage();
					wizard.set(current == null ? "(no page)" : current.getWizard().getClass().getName());
					dialog.close();
					return;
				}
			}
			if (System.currentTimeMillis() < end) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
		activate(link);
		spin(() -> wizard.get() != null, 1000);
		assertNotNull(wizard.get(), "a wizard opened");
		return wizard.get();
	}

	private static void activate(Hyperlink link) {
		Event enter = new Event();
		enter.character = '\r';
		enter.keyCode = SWT.CR;
		link.notifyListeners(SWT.KeyDown, enter);
	}

	private void copyIntoWorkspace(List<Path> seeds) throws Exception {
		plans.create(null);
		plans.open(null);
		for (Path seed : seeds) {
			IFile file = plans.getFile(IPath.fromPortableString(relative(seed)));
			if (!file.getParent().exists()) {
				((IFolder) file.getParent()).create(true, true, null);
			}
			try (InputStream in = Files.newInputStream(seed)) {
				file.create(in, true, null);
			}
		}
	}

	private static String relative(Path seed) {
		return SamplePlans.workspaceFolder().resolve(SamplePlans.PROJECT).relativize(seed).toString().replace('\\', '/');
	}

	private static List<String> labels(Composite parent) {
		List<String> texts = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.add(label.getText());
			}
			if (child instanceof Composite composite) {
				texts.addAll(labels(composite));
			}
		}
		return texts;
	}
}
