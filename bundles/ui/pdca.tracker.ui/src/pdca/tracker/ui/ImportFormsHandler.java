package pdca.tracker.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import pdca.model.Plan;

/**
 * 匯入季填報表: returned forms into the active plan editor, through a preview; what is applied is one command on the
 * editor's command stack.
 */
public class ImportFormsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Plan plan = PlanEditors.plan(editor);
		EditingDomain domain = PlanEditors.domain(editor);
		if (plan == null || domain == null) {
			MessageDialog.openInformation(shell, TrackerMessages.forms_importTitle, TrackerMessages.tracker_presentNoPlan);
			return null;
		}
		ImportFormsWizard.dialog(shell, plan, domain).open();
		return null;
	}
}
