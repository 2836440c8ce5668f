package pdca.tracker.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import pdca.model.Plan;
import pdca.model.logic.Quarter;
import pdca.model.logic.TrackerStatus;

/**
 * Presentation mode of the active plan editor: the quarter the dashboard shows for that plan, else the latest
 * quarter with check-ins.
 */
public class PresentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IEditorPart active = window.getActivePage().getActiveEditor();
		Plan plan = DashboardView.planOf(active);
		if (plan == null) {
			MessageDialog.openInformation(window.getShell(), TrackerMessages.slide_overview, TrackerMessages.tracker_presentNoPlan);
			return null;
		}
		Quarter quarter = TrackerStatus.defaultQuarter(plan);
		if (window.getActivePage().findView(DashboardView.ID) instanceof DashboardView view && view.editor() == active
				&& view.quarter() != null) {
			quarter = view.quarter();
		}
		PresentationMode.open(window.getShell(), plan, quarter);
		return null;
	}
}
