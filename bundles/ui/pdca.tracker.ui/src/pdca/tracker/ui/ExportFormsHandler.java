package pdca.tracker.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import pdca.model.Plan;

/** 匯出季填報表: the check-in forms of the active plan editor's plan, for all units or the chosen ones. */
public class ExportFormsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Plan plan = PlanEditors.plan(editor);
		if (plan == null) {
			MessageDialog.openInformation(shell, TrackerMessages.forms_exportTitle, TrackerMessages.tracker_presentNoPlan);
			return null;
		}
		new ExportFormsDialog(shell, plan).open();
		return null;
	}
}
