package pdca.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * Connects the workbench's Edit commands to the active plan editor: Undo and Redo (Ctrl+Z, Ctrl+Y) to its command
 * stack; Delete, Copy, Paste and Select All to the page shown (or the text field being edited).
 */
public class PlanEditorContributor extends MultiPageEditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		IActionBars bars = getActionBars();
		PlanEditor editor = part instanceof PlanEditor e ? e : null;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.undoAction());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.redoAction());
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), editor == null ? null : editor.deleteAction());
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), editor == null ? null : editor.copyAction());
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), editor == null ? null : editor.pasteAction());
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), editor == null ? null : editor.selectAllAction());
		bars.updateActionBars();
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the pages are plain controls, not nested editors
	}
}
