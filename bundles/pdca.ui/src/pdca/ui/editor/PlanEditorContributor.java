package pdca.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/** Connects the workbench's Undo and Redo (Ctrl+Z, Ctrl+Y) to the active plan editor's command stack. */
public class PlanEditorContributor extends MultiPageEditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		IActionBars bars = getActionBars();
		if (part instanceof PlanEditor editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
		} else {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
		}
		bars.updateActionBars();
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the pages are plain controls, not nested editors
	}
}
