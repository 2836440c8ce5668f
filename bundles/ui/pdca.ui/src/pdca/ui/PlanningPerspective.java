package pdca.ui;

import java.util.function.Supplier;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The planning office's perspective: plan navigator, editor area, outline, problems and properties. Its layout is
 * chosen for the screen it is created on: a projector or a desktop screen (1920 × 1080) has the Outline to the right
 * of the editor; a laptop (1366 × 768) has it under the plan navigator and a lower bottom folder, so that the plan
 * editor's grid keeps a usable width and height.
 */
public class PlanningPerspective implements IPerspectiveFactory {

	/** Id of this perspective. */
	public static final String ID = "pdca.ui.planning";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	/** Screens narrower than this get the compact layout (the Outline beside the editor would squeeze it). */
	static final int WIDE_SCREEN = 1600;

	/** Screens lower than this get a lower bottom folder. */
	static final int TALL_SCREEN = 900;

	/**
	 * How the window is divided.
	 *
	 * @param explorer share of the window's width the plan navigator takes, on the left
	 * @param outlineUnderExplorer the Outline shares the left column with the navigator (below it) instead of
	 *            having its own column to the right of the editor
	 * @param outline with the Outline to the right: the share of the remaining width the editor keeps; under the
	 *            navigator: the share of the left column's height the navigator keeps
	 * @param bottom share of the editor column's height the editor keeps above the problems/properties/dashboard folder
	 */
	record Layout(float explorer, boolean outlineUnderExplorer, float outline, float bottom) {

		/** The width the editor area gets in a window {@code windowWidth} wide, sashes not counted. */
		int editorWidth(int windowWidth) {
			float editor = windowWidth * (1 - explorer);
			return Math.round(outlineUnderExplorer ? editor : editor * outline);
		}

		/** The height the editor area gets in a page {@code pageHeight} high (without menu, tool bar and status line). */
		int editorHeight(int pageHeight) {
			return Math.round(pageHeight * bottom);
		}
	}

	/** The layout for a screen (its client area, without task bars). */
	static Layout layoutFor(Rectangle screen) {
		float bottom = screen.height < TALL_SCREEN ? 0.76f : 0.72f;
		if (screen.width < WIDE_SCREEN) {
			return new Layout(0.20f, true, 0.55f, bottom);
		}
		return new Layout(0.22f, false, 0.78f, bottom);
	}

	/** The screen the perspective is laid out for: that of the workbench window, or the primary one. */
	static Supplier<Rectangle> screen = PlanningPerspective::currentScreen;

	private static Rectangle currentScreen() {
		Display display = Display.getCurrent();
		if (display == null) {
			display = Display.getDefault();
		}
		if (PlatformUI.isWorkbenchRunning()) {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			Shell shell = window == null ? null : window.getShell();
			if (shell != null && !shell.isDisposed() && shell.getMonitor() != null) {
				return shell.getMonitor().getClientArea();
			}
		}
		return display.getPrimaryMonitor().getClientArea();
	}

	@Override
	public void createInitialLayout(IPageLayout layout) {
		Layout chosen = layoutFor(screen.get());
		String editors = layout.getEditorArea();
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, chosen.explorer(), editors);
		if (chosen.outlineUnderExplorer()) {
			layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, chosen.outline(), PROJECT_EXPLORER);
		} else {
			layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, chosen.outline(), editors);
		}
		IFolderLayout bottom = layout.createFolder("pdca.ui.bottom", IPageLayout.BOTTOM, chosen.bottom(), editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addNewWizardShortcut("pdca.ui.newPlan");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
