package pdca.bench.bare;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** A view with one label. */
public class BareView extends ViewPart {

	static final String ID = "pdca.bench.bare.view";

	private Label label;

	@Override
	public void createPartControl(Composite parent) {
		label = new Label(parent, SWT.NONE);
		label.setText("bare RCP view");
	}

	@Override
	public void setFocus() {
		label.setFocus();
	}
}
