package pdca.tracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.ActionStatus;
import pdca.model.WorkItem;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.samples.SamplePlans;
import pdca.tracker.ui.PresentationMode.Kind;
import pdca.tracker.ui.pages.CheckInPage;
import pdca.ui.editor.PlanEditor;
import pdca.ui.editor.PlanEditorPages;
import pdca.tracker.ui.pages.TrackerPages;

/**
 * The dashboard and the presentation mode in a running workbench, on the tracking sample of 台南監理站 106 (three
 * quarters of check-ins): a check-in entered through the editor's command stack changes the dashboard at once;
 * the presentation opens full screen, pages with the keyboard and closes on Esc.
 */
class TrackerUiTest {

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void workspace() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("tracker-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void cleanUp() throws Exception {
		for (Shell s : Display.getCurrent().getShells()) {
			if (PresentationMode.of(s) != null) {
				s.dispose();
			}
		}
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

	private DashboardView dashboard(PlanEditor editor) throws Exception {
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		page.activate(editor); // the dashboard follows the active plan editor
		spin(() -> view.editor() == editor, 2000);
		return view;
	}

	@Test
	void enteringACheckInThroughTheEditorChangesTheDashboardAtOnce() throws Exception {
		PlanEditor editor = openStation();
		DashboardView view = dashboard(editor);
		assertSame(editor, view.editor());
		assertEquals(new Quarter(106, 3), view.quarter(), "the latest quarter with check-ins is shown first");
		int overdueBefore = view.status().overdue().size();
		int doneBefore = view.status().counts().get(ActionStatus.DONE);
		assertTrue(overdueBefore > 0);
		String summaryBefore = view.summaryLabel().getText();
		assertTrue(summaryBefore.contains(String.valueOf(overdueBefore)), summaryBefore);
		assertTrue(containsColour(paint(view), Charts.rgb(ActionStatus.DELAYED)), "late work is painted in the delayed colour");

		// a unit reports the first overdue item done in the third quarter in the editor's check-in grid
		ReviewAgenda.Overdue late = view.status().overdue().get(0);
		WorkItem item = late.item();
		CheckInPage grid = editor.page(CheckInPage.class);
		editor.showPage(TrackerPages.CHECK_INS);
		grid.showQuarter(3);
		waitUntil("the check-in grid to show the quarter's items", () -> grid.rowCount() > 0);
		settle();
		assertTrue(grid.typeIntoCell(item, CheckInPage.STATUS, pdca.model.logic.Terms.status(pdca.model.ActionStatus.DONE)),
				"the grid takes the status");
		EditingDomain domain = editor.getEditingDomain();
		spin(() -> view.status().overdue().size() != overdueBefore, 2000);

		assertEquals(overdueBefore - 1, view.status().overdue().size());
		assertFalse(view.status().overdue().stream().anyMatch(o -> o.item() == item), "no longer on the overdue list");
		assertEquals(doneBefore + 1, view.status().counts().get(ActionStatus.DONE).intValue());
		assertNotEquals(summaryBefore, view.summaryLabel().getText(), "the summary line changed");
		assertTrue(view.summaryLabel().getText().contains(String.valueOf(overdueBefore - 1)), view.summaryLabel().getText());

		domain.getCommandStack().undo();
		spin(() -> view.status().overdue().size() == overdueBefore, 2000);
		assertEquals(overdueBefore, view.status().overdue().size(), "undo brings it back");

		view.setQuarter(new Quarter(106, 1));
		assertEquals(0, view.status().overdue().size(), "nothing was late at the first review of the sample");
		assertEquals(0, view.quarterCombo().getSelectionIndex());
	}

	@Test
	void theDashboardIsEmptyWithoutAPlanEditor() throws Exception {
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		page.closeAllEditors(false);
		spin(() -> view.status() == null, 1000);
		assertEquals(null, view.status());
		assertEquals(TrackerMessages.tracker_noPlan, view.summaryLabel().getText());
	}

	@Test
	void presentationOpensFullScreenAdvancesOnPageDownAndClosesOnEscape() throws Exception {
		PlanEditor editor = openStation();
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("pdca.tracker.ui.present", null);
		spin(() -> presentation() != null, 2000);
		PresentationMode mode = presentation();
		assertNotNull(mode, "the command opened a presentation");
		Shell shell = mode.shell();
		spin(shell::getFullScreen, 2000);
		Rectangle monitor = editor.getSite().getShell().getMonitor().getBounds();
		assertEquals(monitor, shell.getBounds(), "the whole screen");
		assertTrue(shell.getFullScreen(), "full screen");
		assertEquals(0, shell.getMenuBar() == null ? 0 : 1, "no menus");
		assertEquals(1, shell.getChildren().length, "nothing but the slide");
		assertEquals(0, mode.index());
		assertEquals(Kind.OVERVIEW, mode.current().kind());
		if (monitor.height >= 1080) {
			assertTrue(mode.bodyPoints() >= 24, "24 pt body text at 1080 lines: " + mode.bodyPoints());
		}
		List<Kind> kinds = mode.slides().stream().map(PresentationMode.Slide::kind).distinct().toList();
		assertEquals(List.of(Kind.OVERVIEW, Kind.STRATEGY, Kind.OVERDUE, Kind.KPIS, Kind.IMPROVEMENTS, Kind.EVALUATION), kinds);
		assertEquals(6, mode.slides().stream().filter(s -> s.kind() == Kind.STRATEGY).map(PresentationMode.Slide::strategy)
				.distinct().count(), "a slide (or more) for each of the six strategies");

		key(mode.canvas(), SWT.PAGE_DOWN, '\0');
		assertEquals(1, mode.index());
		assertEquals(Kind.STRATEGY, mode.current().kind());
		assertTrue(mode.current().title().startsWith("一、"), mode.current().title());
		key(mode.canvas(), ' ', ' ');
		assertEquals(2, mode.index());
		key(mode.canvas(), SWT.PAGE_UP, '\0');
		key(mode.canvas(), SWT.ARROW_LEFT, '\0');
		assertEquals(0, mode.index());
		key(mode.canvas(), SWT.ARROW_LEFT, '\0');
		assertEquals(0, mode.index(), "no slide before the first");
		assertTrue(containsColour(snapshot(mode.canvas()), new RGB(0, 0, 0)), "black background");

		key(mode.canvas(), SWT.ESC, (char) 27);
		spin(shell::isDisposed, 1000);
		assertTrue(shell.isDisposed(), "Esc leaves");
	}

	@Test
	void atSmallerScreensTheTypeScalesAndLongListsContinueOnMoreSlides() throws Exception {
		PlanEditor editor = openStation();
		PresentationMode big = PresentationMode.open(Display.getCurrent(), new Rectangle(0, 0, 1920, 1080), editor.plan(),
				new Quarter(106, 3), false);
		PresentationMode small = PresentationMode.open(Display.getCurrent(), new Rectangle(0, 0, 1280, 720), editor.plan(),
				new Quarter(106, 3), false);
		waitUntil("both presentations to be open", () -> big.shell().isVisible() && small.shell().isVisible());
		settle();
		assertEquals(24, big.bodyPoints());
		assertEquals(16, small.bodyPoints(), "24 pt × 720 / 1080");
		assertTrue(small.slides().size() >= big.slides().size());
		int rowsBig = big.slides().stream().mapToInt(s -> s.rows().size()).sum();
		int rowsSmall = small.slides().stream().mapToInt(s -> s.rows().size()).sum();
		assertEquals(rowsBig, rowsSmall, "nothing is dropped, only split over slides");
		for (int i = 0; i < small.slides().size(); i++) { // every slide paints
			small.canvas().redraw();
			small.canvas().update();
			small.next();
		}
		big.close();
		small.close();
	}

	private static PresentationMode presentation() {
		return Arrays.stream(Display.getCurrent().getShells()).map(PresentationMode::of).filter(m -> m != null).findFirst()
				.orElse(null);
	}

	private static void key(Canvas canvas, int keyCode, char character) {
		Event e = new Event();
		e.keyCode = keyCode;
		e.character = character;
		canvas.notifyListeners(SWT.KeyDown, e);
		settle();
	}

	/** The dashboard as painted for its width, 1400 pixels high. */
	private static ImageData paint(DashboardView view) {
		Rectangle size = view.canvas().getClientArea();
		Image image = new Image(view.canvas().getDisplay(), Math.max(400, size.width), 1400);
		GC gc = new GC(image);
		try {
			view.paint(gc);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static ImageData snapshot(Canvas canvas) {
		canvas.redraw();
		canvas.update();
		Rectangle size = canvas.getClientArea();
		Image shot = new Image(canvas.getDisplay(), Math.max(1, size.width), Math.max(1, size.height));
		GC gc = new GC(canvas);
		try {
			gc.copyArea(shot, 0, 0);
			return shot.getImageData();
		} finally {
			gc.dispose();
			shot.dispose();
		}
	}

	private static boolean containsColour(ImageData data, RGB colour) {
		for (int y = 0; y < data.height; y += 2) {
			for (int x = 0; x < data.width; x += 2) {
				if (data.palette.getRGB(data.getPixel(x, y)).equals(colour)) {
					return true;
				}
			}
		}
		return false;
	}
}
