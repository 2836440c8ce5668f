package pdca.bench.bare;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The smallest 3.x workbench: one window of the same size as the PDCA workbench's, with one
 * perspective holding one view. Its start time is the baseline the PDCA workbench is compared to.
 */
public class BareApplication implements IApplication {

	/** Title of the window, which the benchmark waits for. */
	static final String TITLE = "PDCA bare RCP";

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
				@Override
				public void initialize(IWorkbenchConfigurer configurer) {
					configurer.setSaveAndRestore(false);
				}

				@Override
				public String getInitialWindowPerspectiveId() {
					return BarePerspective.ID;
				}

				@Override
				public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
					return new WorkbenchWindowAdvisor(configurer) {
						@Override
						public void preWindowOpen() {
							configurer.setInitialSize(new Point(1400, 900));
							configurer.setTitle(TITLE);
						}
					};
				}
			});
			return IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (PlatformUI.isWorkbenchRunning()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.syncExec(() -> PlatformUI.getWorkbench().close());
		}
	}
}
