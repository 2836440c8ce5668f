package pdca.tracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import pdca.export.ui.MeetingDocumentsHandler;
import pdca.model.PdcaPackage;
import pdca.model.ReviewMeeting;
import pdca.model.logic.Quarter;
import pdca.samples.SamplePlans;
import pdca.ui.editor.PlanEditor;
import pdca.ui.editor.PlanEditorPages;
import pdca.tracker.ui.pages.ReviewMeetingPage;
import pdca.tracker.ui.pages.TrackerPages;

/**
 * 產製會議資料 / 產製會議紀錄 as a user gives them: the buttons on the plan editor's review meeting page and on the
 * dashboard's tool bar (contributed by pdca.export.ui) write the documents of the selected meeting, or of the quarter
 * the dashboard shows, from the plan in the editor, unsaved edits included.
 */
class MeetingDocumentsUiTest {

	private static final String HANDOUT = "pdca.export.ui.meetingHandout";
	private static final String MINUTES = "pdca.export.ui.meetingMinutes";

	@TempDir
	Path out;

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void workspace() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("meeting-documents-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		MeetingDocumentsHandler.writeWithoutAskingInto(out);
	}

	@AfterEach
	void cleanUp() throws Exception {
		MeetingDocumentsHandler.writeWithoutAskingInto(null);
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	private PlanEditor openStation() throws Exception {
		Path sample = SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan"))
				.findFirst().orElseThrow();
		IFile file = project.getFile(sample.getFileName().toString());
		try (InputStream in = Files.newInputStream(sample)) {
			file.create(in, true, null);
		}
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID, true);
		page.getWorkbenchWindow().getShell().forceActive();
		page.activate(editor);
		waitUntil("the editor of " + file.getName() + " to be open and active", () -> page.getActiveEditor() == editor);
		settle();
		return editor;
	}

	private static String commandName(String id) throws Exception {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id);
		return command.getName();
	}

	/** The tool item of {@code bar} that shows the command's name. */
	private static ToolItem item(ToolBar bar, String commandId) throws Exception {
		String name = commandName(commandId);
		List<String> shown = new ArrayList<>();
		for (ToolItem i : bar.getItems()) {
			shown.add(i.getText());
			if (name.equals(i.getText())) {
				return i;
			}
		}
		throw new AssertionError(name + " is not on the tool bar: " + shown);
	}

	private static void click(ToolItem item) {
		assertTrue(item.isEnabled(), item.getText() + " is enabled");
		item.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	@Test
	void theReviewMeetingPageWritesTheSelectedMeetingsMinutesWithItsUnsavedEdits() throws Exception {
		PlanEditor editor = openStation();
		editor.showPage(TrackerPages.MEETINGS);
		ReviewMeetingPage meetings = editor.page(ReviewMeetingPage.class);
		ReviewMeeting second = editor.plan().getReviewMeetings().stream().filter(m -> m.getQuarter() == 2).findFirst().orElseThrow();
		assertTrue(meetings.reveal(second));
		waitUntil("the meeting of the second quarter to be selected",
				() -> ((org.eclipse.jface.viewers.IStructuredSelection) meetings.selection()).getFirstElement() == second);
		editor.editing().set(second, PdcaPackage.eINSTANCE.getReviewMeeting_Chair(), "副站長（代理）");
		assertTrue(editor.isDirty());

		ToolBar bar = meetings.toolBar().getControl();
		assertEquals(List.of(commandName(HANDOUT), commandName(MINUTES)), Arrays.stream(bar.getItems()).map(ToolItem::getText).toList(),
				"the page shows both buttons");
		click(item(bar, MINUTES));
		Path pdf = out.resolve("106-tainan-motor-vehicle-station-Q2-minutes.pdf");
		assertTrue(Files.isRegularFile(pdf), "minutes written: " + List.of(out.toFile().list()));
		assertTrue(Files.isRegularFile(out.resolve("106-tainan-motor-vehicle-station-Q2-minutes.odt")));
		String text = pdfText(pdf);
		assertTrue(text.contains("106年第2季查核結果報告與檢討會議紀錄"), text);
		assertTrue(text.contains("主持人：副站長（代理）"), "the unsaved edit is in the minutes");
		assertTrue(editor.isDirty(), "writing the minutes saves nothing");

		click(item(bar, HANDOUT));
		assertTrue(pdfText(out.resolve("106-tainan-motor-vehicle-station-Q2-handout.pdf")).contains("主持人副站長（代理）"),
				"the handout of the selected meeting, with its chair on the cover");
	}

	@Test
	void theDashboardWritesTheHandoutOfTheQuarterItShows() throws Exception {
		PlanEditor editor = openStation();
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		page.activate(editor);
		spin(() -> view.editor() == editor, 2000);
		view.setQuarter(new Quarter(106, 1));
		page.activate(view);
		waitUntil("the dashboard to be the active part", () -> page.getActivePart() == view);
		settle();

		ToolBar bar = ((ToolBarManager) view.getViewSite().getActionBars().getToolBarManager()).getControl();
		item(bar, MINUTES); // both buttons are there
		click(item(bar, HANDOUT));
		Path pdf = out.resolve("106-tainan-motor-vehicle-station-Q1-handout.pdf");
		assertTrue(Files.isRegularFile(pdf), "handout of the quarter shown: " + List.of(out.toFile().list()));
		String text = pdfText(pdf);
		assertTrue(text.contains("106年第1季查核結果報告與檢討會議") && text.contains("會議資料"), text);
	}

	private static String pdfText(Path pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			PdfTextExtractor x = new PdfTextExtractor(reader);
			StringBuilder sb = new StringBuilder();
			for (int i = 1; i <= reader.getNumberOfPages(); i++) {
				sb.append(x.getTextFromPage(i));
			}
			return sb.toString().replaceAll("\\s+", "");
		} finally {
			reader.close();
		}
	}
}
