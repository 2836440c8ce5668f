package pdca.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Previous Versions…: the kept versions of the plan in the active editor, to compare and restore. */
public class PreviousVersionsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) {
			new PreviousVersionsDialog(HandlerUtil.getActiveShell(event), editor).open();
		}
		return null;
	}
}
