package pdca.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Move Up / Move Down (Alt+↑/↓): moves the selected element of the plan editor's page within its list. */
public class MoveHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) {
			PlanPage page = editor.activePlanPage();
			if (page != null && page.canMove()) {
				page.move("pdca.ui.moveUp".equals(event.getCommand().getId()) ? -1 : 1);
			}
		}
		return null;
	}
}
