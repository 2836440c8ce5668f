package pdca.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import org.osgi.service.prefs.BackingStoreException;

import pdca.ui.editor.RecoveryOffer;

/** The main window: size (maximised at a workspace's first start), status line, title, icon. */
class PdcaWindowAdvisor extends WorkbenchWindowAdvisor {

	private static final String PLUGIN_ID = "pdca.ui";

	PdcaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new PdcaActionBarAdvisor(configurer);
	}

	/** Instance preference of pdca.ui (per workspace): the first window of this workspace was maximised. */
	static final String MAXIMISED_ONCE = "firstWindowMaximised";

	/** The size of the window when it is not maximised: 1400 × 900, less on a smaller screen (a 1366 × 768 laptop). */
	static Point initialSize(Rectangle screen) {
		return new Point(Math.min(1400, screen.width), Math.min(900, screen.height));
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(initialSize(Display.getCurrent().getPrimaryMonitor().getClientArea()));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	@Override
	public void postWindowCreate() {
		// the product's icon on the main window too (its shell is made by the e4 renderer, not by a JFace window)
		Shell shell = getWindowConfigurer().getWindow().getShell();
		Image[] icons = Window.getDefaultImages();
		if (icons != null && icons.length > 0 && shell.getImages().length == 0) {
			shell.setImages(icons);
		}
		// the first start of a workspace fills the screen; later starts keep the size the user left it at
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PLUGIN_ID);
		if (!preferences.getBoolean(MAXIMISED_ONCE, false)) {
			shell.setMaximized(true);
			preferences.putBoolean(MAXIMISED_ONCE, true);
			try {
				preferences.flush();
			} catch (BackingStoreException e) {
				ILog.of(getClass()).warn("Cannot save that the first window was maximised", e);
			}
		}
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		// the first start of a workspace shows the welcome page; later starts open as the user left the window
		WelcomePage.openAtFirstStart(window, InstanceScope.INSTANCE.getNode(PLUGIN_ID));
		// unsaved work a crash left behind is offered back once the window is up
		window.getShell().getDisplay().asyncExec(() -> {
			if (!window.getShell().isDisposed()) {
				RecoveryOffer.offer(window);
			}
		});
	}
}
