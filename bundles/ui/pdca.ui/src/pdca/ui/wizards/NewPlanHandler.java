package pdca.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File › New Plan…: the new-plan wizard on what is selected (a project or folder is where the plan goes). */
public class NewPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		NewPlanWizard wizard = new NewPlanWizard();
		wizard.init(window.getWorkbench(), HandlerUtil.getCurrentStructuredSelection(event));
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}
}
