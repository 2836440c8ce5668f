package pdca.team.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.team.PlanSync;
import pdca.test.support.UiTests;
import pdca.test.support.UseLocale;
import pdca.test.support.Workspaces;

/**
 * The workbench's sync: a project of a shared plan workspace (a clone of a bare repository on disk) selected in the
 * Project Explorer, another workspace having sent a change to its plan; 同步計畫工作區 takes the change in, the open
 * plan editor shows it, the result is told and the status bar counts nothing to send or receive. A project outside
 * any shared workspace is told so, and nothing runs.
 */
@UseLocale("en")
class SyncUiTest {

	private static final String COMMAND = "pdca.team.ui.sync";

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private IProject project;
	private List<String> told = List.of();

	@BeforeEach
	void setUp() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void tearDown() throws Exception {
		page.closeAllEditors(false);
		if (project != null && project.exists()) {
			project.delete(false, true, null);
		}
	}

	private static Path clone(Path remote, Path dir, String user, boolean init) throws Exception {
		Git git;
		if (init) {
			git = Git.init().setInitialBranch("main").setDirectory(dir.toFile()).call();
			git.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
		} else {
			git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(dir.toFile()).call();
		}
		StoredConfig config = git.getRepository().getConfig();
		config.setString("user", null, "name", user);
		config.setString("user", null, "email", "unit@example.org");
		config.save();
		git.close();
		return dir;
	}

	private void selectInProjectExplorer(Object element) throws Exception {
		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayoutIds.PROJECT_EXPLORER);
		page.activate(explorer);
		explorer.selectReveal(new StructuredSelection(element));
		waitUntil("the Project Explorer to select " + element,
				() -> explorer.getCommonViewer().getStructuredSelection().toList().contains(element));
		settle();
	}

	private void sync() throws Exception {
		told = UiTests.closeNextMessage();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
		Job.getJobManager().join(SyncJob.FAMILY, null);
		spin(() -> !told.isEmpty(), 10_000);
	}

	@Test
	void syncTakesInWhatAnotherWorkspaceSentAndTheOpenPlanShowsIt() throws Exception {
		Path remote = temp.resolve("remote.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path office = clone(remote, temp.resolve("office"), "計畫室", true);
		Path planFile = office.resolve("station/plan.pdca");
		Files.createDirectories(planFile.getParent());
		Path sample = pdca.samples.SamplePlans.trackingFiles().get(0);
		PlanFiles.save(PlanFiles.load(sample), planFile);
		assertTrue(PlanSync.sync(office, "核定版").pushed());
		Path unit = clone(remote, temp.resolve("unit"), "監理課", false);
		Path unitPlan = unit.resolve("station/plan.pdca");
		Plan changed = PlanFiles.load(unitPlan);
		changed.getStrategies().get(0).setText("監理課改寫的策略");
		PlanFiles.save(changed, unitPlan);
		assertTrue(PlanSync.sync(unit, "監理課修訂").pushed());

		project = Workspaces.project("station", office.resolve("station"));
		IFile file = project.getFile("plan.pdca");
		IEditorPart editor = IDE.openEditor(page, file, true);
		assertNotNull(Adapters.adapt(editor, Plan.class), "the plan editor is open");
		selectInProjectExplorer(project);
		assertEquals("\u21910 \u21930", SyncStatus.shownText(), "nothing known to send or receive before the sync");

		sync();

		assertTrue(String.join("\n", told).contains("office: synced.") && String.join("\n", told).contains("Changes of others were received."),
				String.join("\n", told));
		assertTrue(Files.readString(planFile).contains("監理課改寫的策略"), "the change was received into the workspace");
		spin(() -> "監理課改寫的策略".equals(Adapters.adapt(editor, Plan.class).getStrategies().get(0).getText()), 10_000);
		assertEquals("監理課改寫的策略", Adapters.adapt(editor, Plan.class).getStrategies().get(0).getText(),
				"the open plan editor took in what was received");
		spin(() -> "\u21910 \u21930".equals(SyncStatus.shownText()), 2000);
		assertEquals("\u21910 \u21930", SyncStatus.shownText());
	}

	@Test
	void aConflictIsDecidedInTheDialogAndTheDecisionIsMergedAndSent() throws Throwable {
		Path remote = temp.resolve("remote.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path office = clone(remote, temp.resolve("office"), "計畫室", true);
		Path planFile = office.resolve("station/plan.pdca");
		Files.createDirectories(planFile.getParent());
		PlanFiles.save(PlanFiles.load(pdca.samples.SamplePlans.trackingFiles().get(0)), planFile);
		assertTrue(PlanSync.sync(office, "核定版").pushed());
		// the unit changes a method's deadline and a strategy's text, and sends them
		Path unit = clone(remote, temp.resolve("unit"), "監理課", false);
		Path unitPlan = unit.resolve("station/plan.pdca");
		Plan theirs = PlanFiles.load(unitPlan);
		theirs.getStrategies().get(0).getMethods().get(0).setSchedule(pdca.model.schedule.Schedule.parse("8月"));
		theirs.getStrategies().get(1).setText("監理課改寫的策略");
		PlanFiles.save(theirs, unitPlan);
		assertTrue(PlanSync.sync(unit, "監理課修訂").pushed());
		// the office changes the same deadline otherwise
		Plan mine = PlanFiles.load(planFile);
		mine.getStrategies().get(0).getMethods().get(0).setSchedule(pdca.model.schedule.Schedule.parse("6月"));
		PlanFiles.save(mine, planFile);

		project = Workspaces.project("station", office.resolve("station"));
		IEditorPart editor = IDE.openEditor(page, project.getFile("plan.pdca"), true);
		selectInProjectExplorer(project);
		List<String> seen = new java.util.ArrayList<>();
		UiTests.Answer answer = UiTests.whenOpen(ConflictDialog.class, dialog -> {
			assertEquals(1, dialog.rows().size());
			ConflictDialog.Row row = dialog.rows().get(0);
			seen.add(row.conflict.feature() + " " + row.conflict.mine() + " " + row.conflict.theirs());
			seen.add(SyncStatus.shownText());
			assertFalse(dialog.applyButton().isEnabled(), "nothing is applied before every conflict is decided");
			dialog.decide(dialog.rows(), pdca.team.Conflict.Choice.THEIRS);
			assertTrue(dialog.applyButton().isEnabled());
			dialog.applyButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		told = UiTests.closeNextMessage();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
		Job.getJobManager().join(SyncJob.FAMILY, null);
		spin(answer::done, 20_000);
		answer.check();
		assertEquals("deadline 6月 8月", seen.get(0), "the conflict in the users' words");
		assertTrue(seen.get(1).endsWith("  1 conflict(s)"), "the status bar counts it while it is undecided: " + seen.get(1));
		Job.getJobManager().join(SyncJob.FAMILY, null);
		spin(() -> !told.isEmpty(), 10_000);
		spin(() -> "\u21910 \u21930".equals(SyncStatus.shownText()), 5000);
		assertEquals("\u21910 \u21930", SyncStatus.shownText(), "no conflict counted once it is decided and sent");

		assertTrue(String.join("\n", told).contains("office: synced."), String.join("\n", told));
		Plan merged = PlanFiles.load(planFile);
		assertEquals("8月", merged.getStrategies().get(0).getMethods().get(0).getSchedule().text(), "their deadline, as decided");
		assertEquals("監理課改寫的策略", merged.getStrategies().get(1).getText(), "their other change, without conflict");
		spin(() -> "8月".equals(Adapters.adapt(editor, Plan.class).getStrategies().get(0).getMethods().get(0).getSchedule().text()), 10_000);
		assertEquals("8月", Adapters.adapt(editor, Plan.class).getStrategies().get(0).getMethods().get(0).getSchedule().text(),
				"the open editor shows the merged plan");
		assertEquals(PlanSync.State.SYNCED, PlanSync.sync(unit, "").state(), "the decided merge was sent");
	}

	@Test
	void editsOfAnotherUnitsRowsAreToldBeforeTheSyncAndSentOnlyWhenTheUserSaysSo() throws Throwable {
		Path remote = temp.resolve("remote.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path office = clone(remote, temp.resolve("office"), "計畫室", true);
		Path planFile = office.resolve("station/plan.pdca");
		Files.createDirectories(planFile.getParent());
		Plan plan = PlanFiles.load(pdca.samples.SamplePlans.trackingFiles().get(0));
		var units = plan.getOrganisation().getUnits();
		plan.getStrategies().get(0).getMethods().get(0).setLeadOwner(units.get(0));
		plan.getStrategies().get(0).getMethods().get(1).setLeadOwner(units.get(1));
		PlanFiles.save(plan, planFile);
		assertTrue(PlanSync.sync(office, "核定版").pushed());
		Plan edited = PlanFiles.load(planFile);
		edited.getStrategies().get(0).getMethods().get(1).setSchedule(pdca.model.schedule.Schedule.parse("12月"));
		PlanFiles.save(edited, planFile);
		project = Workspaces.project("station", office.resolve("station"));
		selectInProjectExplorer(project);
		AuthorPreferences.set(new PlanSync.Author("李小華", units.get(0).getName(), ""));
		try {
			List<String> warned = new java.util.ArrayList<>();
			UiTests.Answer cancel = UiTests.whenOpen(org.eclipse.jface.dialogs.MessageDialog.class, dialog -> {
				warned.addAll(UiTests.texts(dialog.getShell()));
				UiTests.press(dialog.getShell(), 1);
			});
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
			spin(cancel::done, 10_000);
			cancel.check();
			assertTrue(String.join("\n", warned).contains("[" + units.get(1).getName() + "] changed 一、（二）"), String.join("\n", warned));
			assertEquals(0, Job.getJobManager().find(SyncJob.FAMILY).length, "cancelled: no sync");
			assertTrue(Files.readString(planFile).contains("12月"));
			try (Git git = Git.open(remote.toFile())) {
				assertEquals(1, java.util.stream.StreamSupport.stream(git.log().call().spliterator(), false).count(), "nothing sent");
			}

			UiTests.Answer anyway = UiTests.whenOpen(org.eclipse.jface.dialogs.MessageDialog.class, dialog -> UiTests.press(dialog.getShell(), 0));
			told = UiTests.closeNextMessage();
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
			spin(anyway::done, 10_000);
			anyway.check();
			Job.getJobManager().join(SyncJob.FAMILY, null);
			try (Git git = Git.open(remote.toFile())) {
				assertEquals(2, java.util.stream.StreamSupport.stream(git.log().call().spliterator(), false).count(), "sent, as the user said");
			}
			spin(() -> !told.isEmpty(), 10_000);
		} finally {
			AuthorPreferences.set(PlanSync.Author.FROM_GIT_CONFIG);
		}
	}

	@Test
	void aProjectOutsideAnySharedWorkspaceIsToldSo() throws Exception {
		Path folder = temp.resolve("alone");
		Files.createDirectories(folder);
		project = Workspaces.project("alone", folder);
		selectInProjectExplorer(project);
		told = UiTests.closeNextMessage();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMMAND, null);
		spin(() -> !told.isEmpty(), 5000);
		assertTrue(String.join("\n", told).contains("alone is not in a shared plan workspace"), String.join("\n", told));
		assertEquals(0, Job.getJobManager().find(SyncJob.FAMILY).length, "no sync started");
		assertEquals("not shared", SyncStatus.shownText());
	}

	/** The Project Explorer's view id. */
	private interface IPageLayoutIds {
		String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	}

	@Test
	void theAuthorSetInThePreferencesIsWhoTheWorkbenchsSyncRecords() throws Exception {
		Path remote = temp.resolve("remote.git");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		Path office = clone(remote, temp.resolve("office"), "計畫室", true);
		Path planFile = office.resolve("station/plan.pdca");
		Files.createDirectories(planFile.getParent());
		PlanFiles.save(PlanFiles.load(pdca.samples.SamplePlans.trackingFiles().get(0)), planFile);
		project = Workspaces.project("station", office.resolve("station"));

		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		var dialog = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(shell, "pdca.team.ui.preferences",
				new String[] { "pdca.team.ui.preferences" }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			TeamPreferencePage prefs = (TeamPreferencePage) dialog.getSelectedPage();
			prefs.fields()[0].setText("王小明");
			prefs.fields()[1].setText("研考科");
			prefs.fields()[2].setText("wang@example.gov.tw");
			assertTrue(prefs.preview().contains("王小明（研考科）"), prefs.preview());
			assertTrue(prefs.performOk());
		} finally {
			dialog.close();
		}
		try {
			selectInProjectExplorer(project);
			sync();
			try (Git git = Git.open(office.toFile())) {
				var head = git.log().setMaxCount(1).call().iterator().next().getAuthorIdent();
				assertEquals("王小明（研考科）", head.getName(), String.join("\n", told));
				assertEquals("wang@example.gov.tw", head.getEmailAddress());
			}
		} finally {
			AuthorPreferences.set(PlanSync.Author.FROM_GIT_CONFIG);
		}
	}
}
