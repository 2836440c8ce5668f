package pdca.team.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.io.PlanFiles;
import pdca.test.support.UiTests;
import pdca.test.support.UseLocale;
import pdca.test.support.Workspaces;

/**
 * Sharing and getting a shared workspace in the workbench: the planning office shares a project through an empty bare
 * repository (File › 共用計畫工作區…), a second time is told it is shared already; a unit gets it as a new project
 * (File › 取得共用工作區…) with its plan, ready to sync. And the server passwords: asked once, kept encrypted in
 * secure storage, asked again after the server refused them.
 */
@UseLocale("en")
class ShareCloneUiTest {

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private final List<IProject> projects = new java.util.ArrayList<>();

	@BeforeEach
	void setUp() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ShareHandler.lastReport = null;
		CloneHandler.lastReport = null;
	}

	@AfterEach
	void tearDown() throws Exception {
		page.closeAllEditors(false);
		for (IProject p : projects) {
			if (p.exists()) {
				p.delete(false, true, null);
			}
		}
	}

	private IProject project(String name, Path location) throws Exception {
		IProject p = Workspaces.project(name, location);
		projects.add(p);
		return p;
	}

	private static List<Control> all(Control control) {
		List<Control> found = new java.util.ArrayList<>(List.of(control));
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				found.addAll(all(child));
			}
		}
		return found;
	}

	@Test
	void theOfficeSharesAProjectAndAUnitGetsItAsAProjectReadyToSync() throws Throwable {
		Path remote = temp.resolve("plans.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path office = temp.resolve("office");
		Files.createDirectories(office);
		PlanFiles.save(PlanFiles.load(pdca.samples.SamplePlans.workspaceFolder()
				.resolve("plans/106/tainan-motor-vehicle-station.pdca")), office.resolve("plan.pdca"));
		IProject officeProject = project("office", office);
		CommonNavigator explorer = (CommonNavigator) page.showView("org.eclipse.ui.navigator.ProjectExplorer");
		page.activate(explorer);
		explorer.selectReveal(new StructuredSelection(officeProject));
		waitUntil("the Project Explorer to select the office's project",
				() -> explorer.getCommonViewer().getStructuredSelection().toList().contains(officeProject));
		settle();

		UiTests.Answer asked = UiTests.whenOpen(InputDialog.class, dialog -> {
			Text address = (Text) all(dialog.getShell()).stream().filter(c -> c instanceof Text t && t.getEditable()).findFirst().orElseThrow();
			address.setText(remote.toString());
			UiTests.press(dialog.getShell(), IDialogConstants.OK_ID);
		});
		List<String> told = UiTests.closeNextMessage();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("pdca.team.ui.share", null);
		spin(asked::done, 10_000);
		asked.check();
		spin(() -> ShareHandler.lastReport != null && !told.isEmpty(), 20_000);
		assertTrue(ShareHandler.lastReport.contains("office is shared through"), ShareHandler.lastReport);
		try (Git git = Git.open(remote.toFile())) {
			assertTrue(git.log().call().iterator().hasNext(), "the plans were sent");
		}
		assertTrue(Files.isDirectory(office.resolve(".git")), "the project's folder is the repository");

		// a second share is told the project is shared already, and nothing runs
		List<String> again = UiTests.closeNextMessage();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("pdca.team.ui.share", null);
		spin(() -> !again.isEmpty(), 10_000);
		assertTrue(String.join("\n", again).contains("is shared already, through " + remote), String.join("\n", again));

		// a unit gets the workspace: the name comes from the address
		List<String> suggested = new java.util.ArrayList<>();
		UiTests.Answer got = UiTests.whenOpen(CloneHandler.Ask.class, dialog -> {
			dialog.fields()[0].setText(remote.toString());
			suggested.add(dialog.fields()[1].getText());
			dialog.fields()[1].setText("unit-plans");
			dialog.okPressed();
		});
		List<String> cloned = UiTests.closeNextMessage();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("pdca.team.ui.clone", null);
		spin(got::done, 10_000);
		got.check();
		Job.getJobManager().join(CloneHandler.FAMILY, null);
		spin(() -> !cloned.isEmpty(), 20_000);
		assertEquals(List.of("plans"), suggested);
		IProject unit = ResourcesPlugin.getWorkspace().getRoot().getProject("unit-plans");
		projects.add(unit);
		assertTrue(unit.exists() && unit.isOpen(), CloneHandler.lastReport);
		assertTrue(unit.getFile("plan.pdca").exists(), "the shared plan is in the new project");
		assertNotNull(SharedWorkspaces.of(unit), "and the project is a shared workspace, ready to sync");

		// getting it again under the same name is refused
		List<String> refused = UiTests.closeNextMessage();
		CloneHandler.start(remote.toString(), "unit-plans", page.getWorkbenchWindow().getShell().getDisplay());
		Job.getJobManager().join(CloneHandler.FAMILY, null);
		spin(() -> !refused.isEmpty(), 10_000);
		assertTrue(CloneHandler.lastReport.contains("There is a project or folder named unit-plans already"), CloneHandler.lastReport);
	}

	@Test
	void aServerPasswordIsAskedOnceKeptEncryptedAndAskedAgainAfterARefusal() throws Exception {
		Path store = temp.resolve("secure_storage");
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		ISecurePreferences root = SecurePreferencesFactory.open(store.toUri().toURL(), options);
		AtomicInteger asked = new AtomicInteger();
		SecureCredentials.Prompt prompt = (uri, user) -> {
			asked.incrementAndGet();
			return new SecureCredentials.Answer("li", "s3cret-密碼", true);
		};
		URIish server = new URIish("https://git.example.gov.tw/station/plans.git");

		SecureCredentials first = new SecureCredentials(root, prompt);
		CredentialItem.Username user = new CredentialItem.Username();
		CredentialItem.Password password = new CredentialItem.Password();
		assertTrue(first.get(server, user, password));
		assertEquals("li", user.getValue());
		assertEquals("s3cret-密碼", new String(password.getValue()));
		assertEquals(1, asked.get());
		assertFalse(Files.readString(store).contains("s3cret"), "the password is not kept in clear text");

		// a later sync (another provider, the same storage) is not asked; the user name in the address does not matter
		SecureCredentials later = new SecureCredentials(root, prompt);
		CredentialItem.Password again = new CredentialItem.Password();
		assertTrue(later.get(new URIish("https://li@git.example.gov.tw/station/plans.git"), new CredentialItem.Username(), again));
		assertEquals("s3cret-密碼", new String(again.getValue()));
		assertEquals(1, asked.get(), "kept, not asked again");

		// the server refused it: forgotten, and asked again next time
		later.reset(server);
		assertNull(later.kept(server).apply("password"));
		assertTrue(later.get(server, new CredentialItem.Username(), new CredentialItem.Password()));
		assertEquals(2, asked.get());

		// not kept when the user says so: good for this session only
		SecureCredentials session = new SecureCredentials(root, (uri, u) -> {
			asked.incrementAndGet();
			return new SecureCredentials.Answer("wang", "once", false);
		});
		URIish other = new URIish("https://git.example.gov.tw/office/plans.git");
		assertTrue(session.get(other, new CredentialItem.Username(), new CredentialItem.Password()));
		assertNull(session.kept(other).apply("password"), "not kept");
		assertTrue(session.get(other, new CredentialItem.Username(), new CredentialItem.Password()));
		assertEquals(3, asked.get(), "asked once in the session");

		// cancelled: no credentials
		SecureCredentials cancelled = new SecureCredentials(root, (uri, u) -> null);
		assertFalse(cancelled.get(new URIish("https://elsewhere.example.org/x.git"), new CredentialItem.Username(),
				new CredentialItem.Password()));
	}
}
