package pdca.ui;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import pdca.ui.editor.RecoveryOffer;

/** The main window: size, status line, title, icon. */
class PdcaWindowAdvisor extends WorkbenchWindowAdvisor {

	PdcaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new PdcaActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1400, 900));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	@Override
	public void postWindowCreate() {
		// the product's icon, which the main window of the e4 renderer does not take from JFace's defaults
		Shell shell = getWindowConfigurer().getWindow().getShell();
		Image[] icons = Window.getDefaultImages();
		if (icons != null && icons.length > 0 && shell.getImages().length == 0) {
			shell.setImages(icons);
		}
	}

	@Override
	public void postWindowOpen() {
		// unsaved work a crash left behind is offered back once the window is up
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		window.getShell().getDisplay().asyncExec(() -> {
			if (!window.getShell().isDisposed()) {
				RecoveryOffer.offer(window);
			}
		});
	}
}
