package pdca.bench.bare;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** One view filling the window, no editor area. */
public class BarePerspective implements IPerspectiveFactory {

	static final String ID = "pdca.bench.bare.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(BareView.ID, false, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
	}
}
