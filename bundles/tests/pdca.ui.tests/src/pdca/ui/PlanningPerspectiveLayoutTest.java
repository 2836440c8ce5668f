package pdca.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.Test;

import pdca.samples.SamplePlans;
import pdca.ui.PlanningPerspective.Layout;
import pdca.ui.editor.PlanEditor;

/**
 * The Planning perspective fits the screen it opens on: on a 1366 × 768 laptop the plan editor keeps a width its
 * grid can use (the Outline moves under the plan navigator, the bottom folder is lower); on a 1920 × 1080 projector
 * the Outline stays to the right of the editor.
 */
class PlanningPerspectiveLayoutTest {

	/** The plan editor's width below which the actions grid (item, deadline, owners, benefit) needs scrolling. */
	static final int USABLE_EDITOR_WIDTH = 1000;

	@Test
	void aLaptopScreenGivesTheEditorAUsableWidth() {
		Rectangle laptop = new Rectangle(0, 0, 1366, 728); // less a 40-pixel task bar
		Layout layout = PlanningPerspective.layoutFor(laptop);
		assertTrue(layout.outlineUnderExplorer(), "the Outline does not take a column of its own");
		assertTrue(layout.editorWidth(1366) >= USABLE_EDITOR_WIDTH, "editor width " + layout.editorWidth(1366));
		assertTrue(layout.explorer() * 1366 >= 250, "the navigator still shows a plan's file name");
		Layout projector = PlanningPerspective.layoutFor(new Rectangle(0, 0, 1920, 1040));
		assertTrue(layout.editorHeight(600) > projector.editorHeight(600), "a lower bottom folder on a low screen");
		// the layout used before on every screen squeezed the editor to about 830 pixels on a laptop
		assertTrue(new Layout(0.22f, false, 0.78f, 0.72f).editorWidth(1366) < USABLE_EDITOR_WIDTH);
	}

	@Test
	void aProjectorKeepsTheOutlineBesideTheEditor() {
		Layout layout = PlanningPerspective.layoutFor(new Rectangle(0, 0, 1920, 1040));
		assertFalse(layout.outlineUnderExplorer());
		assertEquals(0.22f, layout.explorer());
		assertEquals(0.78f, layout.outline());
		assertEquals(0.72f, layout.bottom());
		assertTrue(layout.editorWidth(1920) >= 1100, "editor width " + layout.editorWidth(1920));
	}

	@Test
	void theWorkbenchLaidOutForALaptopShowsThePlanEditorWide() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		Supplier<Rectangle> screen = PlanningPerspective.screen;
		boolean maximised = shell.getMaximized();
		Rectangle bounds = shell.getBounds();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("laptop-layout");
		try {
			PlanningPerspective.screen = () -> new Rectangle(0, 0, 1366, 728);
			shell.setMaximized(false);
			shell.setBounds(0, 0, 1366, 728);
			page.closeAllEditors(false);
			page.resetPerspective();
			settle();

			project.create(null);
			project.open(null);
			Path seed = SamplePlans.planFiles().get(3);
			IFile file = project.getFile(seed.getFileName().toString());
			try (InputStream in = Files.newInputStream(seed)) {
				file.create(in, true, null);
			}
			PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID, true);
			waitUntil("the plan editor to be open and active", () -> page.getActiveEditor() == editor);
			editor.showPage("pdca.ui.page.actions");
			waitUntil("the Actions page to show", () -> editor.page(pdca.ui.editor.ActionsGridPage.class).table().isVisible());
			settle();

			Control tree = editor.structurePage().tree().getControl();
			CTabFolder pages = ancestor(tree, CTabFolder.class);
			assertNotNull(pages, "the editor's pages");
			int width = pages.getBounds().width;
			assertTrue(width >= USABLE_EDITOR_WIDTH - 40, "the plan editor is " + width + " pixels wide in a 1366-pixel window");

			IViewPart outline = page.findView(IPageLayout.ID_OUTLINE);
			IViewPart explorer = page.findView("org.eclipse.ui.navigator.ProjectExplorer");
			assertNotNull(outline, "the Outline is still there");
			assertNotNull(explorer);
			Rectangle outlineBounds = onShell(control(outline));
			Rectangle explorerBounds = onShell(control(explorer));
			Rectangle editorBounds = onShell(pages);
			assertTrue(outlineBounds.x + outlineBounds.width <= editorBounds.x,
					"the Outline is left of the editor: " + outlineBounds + " / " + editorBounds);
			assertTrue(outlineBounds.y > explorerBounds.y, "under the plan navigator");
		} finally {
			PlanningPerspective.screen = screen;
			page.closeAllEditors(false);
			if (project.exists()) {
				project.delete(true, true, null);
			}
			shell.setBounds(bounds);
			shell.setMaximized(maximised);
			page.resetPerspective();
			settle();
		}
	}

	/** The widget a view shows: the Outline's current page, the navigator's tree. */
	private static Control control(IViewPart view) {
		if (view instanceof PageBookView book) {
			return book.getCurrentPage().getControl();
		}
		return ((CommonNavigator) view).getCommonViewer().getControl();
	}

	private static Rectangle onShell(Control control) {
		Rectangle b = control.getBounds();
		org.eclipse.swt.graphics.Point p = control.getParent().toDisplay(b.x, b.y);
		p = control.getShell().toControl(p);
		return new Rectangle(p.x, p.y, b.width, b.height);
	}

	private static <T> T ancestor(Control control, Class<T> type) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (type.isInstance(c)) {
				return type.cast(c);
			}
		}
		return null;
	}
}
