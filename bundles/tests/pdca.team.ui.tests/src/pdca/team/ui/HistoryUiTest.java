package pdca.team.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.spin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.test.support.UiTests;
import pdca.test.support.UseLocale;
import pdca.test.support.Workspaces;

/**
 * The Plan History view: a plan of a shared workspace (a git work tree built with JGit, two recorded versions) open in
 * the plan editor; the view lists its changes, who made them and when; 還原此變更 sets the old deadline back in the
 * editor, undoably, and a second revert is refused with the reason.
 */
@UseLocale("en")
class HistoryUiTest {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

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
		if (page.findView(HistoryView.ID) != null) {
			page.hideView(page.findView(HistoryView.ID));
		}
		if (project != null && project.exists()) {
			project.delete(false, true, null);
		}
	}

	private static void commit(Git git, String author, int day) throws Exception {
		PersonIdent who = new PersonIdent(author, "unit@example.org",
				LocalDateTime.of(2026, 11, day, 10, 0).atZone(TAIPEI).toInstant(), TAIPEI);
		git.add().addFilepattern(".").call();
		git.commit().setMessage("計畫修訂").setAuthor(who).setCommitter(who).call();
	}

	private static String cell(Table table, int row, int column) {
		TableItem item = table.getItem(row);
		return item.getText(column);
	}

	@Test
	void listsTheChangesOfTheOpenPlanAndRevertsOneInTheEditor() throws Exception {
		Path ws = temp.resolve("station");
		Path planFile = ws.resolve("plan.pdca");
		Files.createDirectories(ws);
		try (Git git = Git.init().setInitialBranch("main").setDirectory(ws.toFile()).call()) {
			PlanFiles.save(PlanFiles.load(pdca.samples.SamplePlans.workspaceFolder()
					.resolve("plans/106/tainan-motor-vehicle-station.pdca")), planFile);
			commit(git, "計畫室", 1);
			Plan p = PlanFiles.load(planFile);
			p.getStrategies().get(0).getMethods().get(1).setSchedule(Schedule.parse("8月"));
			PlanFiles.save(p, planFile);
			commit(git, "王小明", 30);
		}
		project = Workspaces.project("station", ws);
		IFile file = project.getFile("plan.pdca");
		IEditorPart editor = IDE.openEditor(page, file, true);
		Plan plan = Adapters.adapt(editor, Plan.class);
		assertNotNull(plan, "the plan editor is open");

		HistoryView view = (HistoryView) page.showView(HistoryView.ID);
		page.activate(editor);
		spin(() -> view.changes() != null && view.changes().size() == 2, 10_000);

		assertEquals(file, view.file());
		Table table = viewer(view).getTable();
		assertEquals(2, table.getItemCount());
		assertEquals("2026-11-30 10:00", cell(table, 0, 0));
		assertEquals("王小明", cell(table, 0, 1));
		assertTrue(cell(table, 0, 2).startsWith("一、（二） "), cell(table, 0, 2));
		assertEquals("deadline: 6月完成並持續辦理 → 8月", cell(table, 0, 3));
		assertEquals("計畫室", cell(table, 1, 1));
		assertEquals("created the plan", cell(table, 1, 3));

		viewer(view).setSelection(new StructuredSelection(view.changes().get(0)));
		view.revertSelected();

		assertEquals("6月完成並持續辦理", plan.getStrategies().get(0).getMethods().get(1).getSchedule().text());
		assertTrue(editor.isDirty(), "reverted in the editor, not yet saved");
		assertTrue(Files.readString(planFile).contains("schedule=\"8月\""), "the file is unchanged until saved");
		var stack = ((IEditingDomainProvider) editor).getEditingDomain().getCommandStack();
		assertTrue(stack.canUndo());

		told = UiTests.closeNextMessage();
		view.revertSelected();
		spin(() -> !told.isEmpty(), 5000);
		assertTrue(String.join("\n", told).contains("deadline is 6月完成並持續辦理 already: nothing to revert"), String.join("\n", told));

		stack.undo();
		assertEquals("8月", plan.getStrategies().get(0).getMethods().get(1).getSchedule().text(), "the revert is undone");
		assertFalse(editor.isDirty());
	}

	@Test
	void aSyncFromTheWorkbenchIsListedAndAPlanSelectedInTheExplorerIsShown() throws Exception {
		Path ws = temp.resolve("office");
		Files.createDirectories(ws);
		try (Git git = Git.init().setInitialBranch("main").setDirectory(ws.toFile()).call()) {
			PlanFiles.save(PlanFiles.load(pdca.samples.SamplePlans.workspaceFolder()
					.resolve("plans/106/tainan-motor-vehicle-station.pdca")), ws.resolve("a.pdca"));
			PlanFiles.save(PlanFiles.load(pdca.samples.SamplePlans.workspaceFolder()
					.resolve("plans/107/changhua-county-planning-department.pdca")), ws.resolve("b.pdca"));
			commit(git, "計畫室", 1);
			var config = git.getRepository().getConfig();
			config.setString("user", null, "name", "李小華");
			config.setString("user", null, "email", "unit@example.org");
			config.save();
		}
		project = Workspaces.project("office", ws);
		IEditorPart editor = IDE.openEditor(page, project.getFile("a.pdca"), true);
		HistoryView view = (HistoryView) page.showView(HistoryView.ID);
		page.activate(editor);
		spin(() -> view.changes() != null && view.changes().size() == 1, 10_000);
		assertEquals("created the plan", view.changes().get(0).message());

		Plan plan = Adapters.adapt(editor, Plan.class);
		var domain = ((IEditingDomainProvider) editor).getEditingDomain();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain,
				plan.getStrategies().get(0), pdca.model.PdcaPackage.Literals.PLAN_ELEMENT__TEXT, "完備基礎服務"));
		editor.doSave(null);
		told = UiTests.closeNextMessage();
		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
				.executeCommand("pdca.team.ui.sync", null);
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(SyncJob.FAMILY, null);
		spin(() -> view.changes().size() == 2, 10_000);

		assertEquals(2, view.changes().size(), "read again after the sync");
		assertEquals("李小華", view.changes().get(0).author());
		assertTrue(view.changes().get(0).message().startsWith("changed 一、 完備基礎服務 text: "), view.changes().get(0).message());

		page.showView(IPageLayoutIds.PROJECT_EXPLORER);
		((org.eclipse.ui.navigator.CommonNavigator) page.findView(IPageLayoutIds.PROJECT_EXPLORER))
				.selectReveal(new StructuredSelection(project.getFile("b.pdca")));
		spin(() -> project.getFile("b.pdca").equals(view.file()) && view.changes().size() == 1, 10_000);
		assertEquals(project.getFile("b.pdca"), view.file(), "the plan selected in the Project Explorer");
		assertEquals("created the plan", view.changes().get(0).message());
	}

	@Test
	void aBaselineIsTaggedFromTheViewLinkedToAMeetingAndThePlanComparedWithIt() throws Throwable {
		Path ws = temp.resolve("baselines");
		Path planFile = ws.resolve("plan.pdca");
		Files.createDirectories(ws);
		try (Git git = Git.init().setInitialBranch("main").setDirectory(ws.toFile()).call()) {
			PlanFiles.save(PlanFiles.load(pdca.samples.SamplePlans.workspaceFolder()
					.resolve("tracking/106/tainan-motor-vehicle-station.pdca")), planFile);
			commit(git, "計畫室", 1);
			var config = git.getRepository().getConfig();
			config.setString("user", null, "name", "王小明");
			config.setString("user", null, "email", "unit@example.org");
			config.save();
		}
		project = Workspaces.project("baselines", ws);
		IEditorPart editor = IDE.openEditor(page, project.getFile("plan.pdca"), true);
		Plan plan = Adapters.adapt(editor, Plan.class);
		HistoryView view = (HistoryView) page.showView(HistoryView.ID);
		page.activate(editor);
		spin(() -> view.changes() != null && view.changes().size() == 1, 10_000);

		List<String> shown = new java.util.ArrayList<>();
		UiTests.Answer tagged = UiTests.whenOpen(BaselineDialog.class, dialog -> {
			shown.add(dialog.fields()[0].getText());
			shown.addAll(List.of(dialog.meetingChoice().getItems()));
			dialog.fields()[1].setText("106年第2季檢討會議");
			dialog.meetingChoice().select(2);
			dialog.okPressed();
		});
		view.tagBaseline();
		spin(tagged::done, 10_000);
		tagged.check();
		assertEquals(List.of("核定版", "(no meeting)", "106年第1季查核結果報告與檢討會議", "106年第2季查核結果報告與檢討會議"), shown,
				"the name suggested for the first baseline, and the plan's meetings to link it to");
		var baselines = pdca.team.PlanBaselines.list(ws);
		assertEquals(1, baselines.size());
		assertEquals("核定版", baselines.get(0).name());
		assertEquals("106年第2季檢討會議", baselines.get(0).message().strip());
		assertEquals("核定版-2", HistoryView.suggestedName(baselines), "a second baseline is not offered the same name");
		assertEquals("核定版", plan.getReviewMeetings().get(1).getBaseline(), "the meeting records its baseline");
		assertEquals(null, plan.getReviewMeetings().get(0).getBaseline());
		assertTrue(editor.isDirty(), "in the open editor, to be saved");

		// a deadline changed in the editor and saved, not synced: the comparison takes the plan as it is now
		var method = plan.getStrategies().get(0).getMethods().get(1);
		String before = method.getSchedule().text();
		var domain = ((IEditingDomainProvider) editor).getEditingDomain();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, method,
				pdca.model.PdcaPackage.Literals.WORK_ITEM__SCHEDULE, Schedule.parse("12月")));
		editor.doSave(null);
		UiTests.Answer chosen = UiTests.whenOpen(org.eclipse.ui.dialogs.ListDialog.class,
				dialog -> UiTests.press(dialog.getShell(), org.eclipse.jface.dialogs.IDialogConstants.OK_ID));
		view.compareWithBaseline();
		spin(chosen::done, 10_000);
		chosen.check();
		spin(() -> "核定版".equals(view.comparedWith()) && !view.loading(), 10_000);

		List<String> whats = view.changes().stream().map(HistoryView::what).toList();
		assertEquals(2, whats.size(), view.changes().toString());
		assertTrue(whats.contains("deadline: " + before + " → 12月"), whats.toString());
		assertTrue(whats.contains("baseline version: (empty) → 核定版"), whats.toString());

		view.load();
		spin(() -> !view.loading() && view.comparedWith() == null && view.changes().size() == 1, 10_000);
		assertEquals("created the plan", view.changes().get(0).message(), "Refresh shows the history again");
	}

	/** The Project Explorer's view id. */
	private interface IPageLayoutIds {
		String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	}

	private static TableViewer viewer(HistoryView view) throws Exception {
		var field = HistoryView.class.getDeclaredField("viewer");
		field.setAccessible(true);
		return (TableViewer) field.get(view);
	}
}
