package pdca.team.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import pdca.model.i18n.MessageBundle;

/**
 * File › 同步計畫工作區 (also on the tool bar and the Project Explorer's context menu): asks to save unsaved plans, then
 * syncs the shared workspace of the open plan or the selected project in the background ({@link SyncJob}).
 */
public final class SyncHandler extends AbstractHandler {

	/**
	 * Tells the edits of rows another unit leads, if any, and asks whether to send them: a warning, not a refusal.
	 * True when there are none, or the user syncs anyway.
	 */
	static boolean boundariesAccepted(IWorkbenchWindow window, Path tree) {
		java.util.List<pdca.team.UnitBoundaries.Edit> edits;
		try {
			edits = pdca.team.UnitBoundaries.check(tree, AuthorPreferences.author());
		} catch (java.io.IOException | RuntimeException e) {
			return true; // the sync tells what is wrong with the workspace
		}
		if (edits.isEmpty()) {
			return true;
		}
		StringBuilder text = new StringBuilder(pdca.team.TeamMessages.get("boundary.title"));
		int shown = 0;
		for (pdca.team.UnitBoundaries.Edit e : edits) {
			if (shown++ == 12) {
				text.append("\n").append(MessageBundle.bind(TeamUiMessages.boundary_more, edits.size() - 12));
				break;
			}
			text.append("\n• ").append(e.message());
		}
		MessageDialog ask = new MessageDialog(window.getShell(), TeamUiMessages.boundary_title, null, text.toString(),
				MessageDialog.WARNING, 1, TeamUiMessages.boundary_syncAnyway, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
		return ask.open() == 0;
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IResource target = SharedWorkspaces.target(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActivePart(event));
		if (target == null) {
			MessageDialog.openInformation(window.getShell(), TeamUiMessages.sync_title, TeamUiMessages.team_nothingSelected);
			return null;
		}
		Path tree = SharedWorkspaces.of(target);
		if (tree == null) {
			MessageDialog.openInformation(window.getShell(), TeamUiMessages.sync_title,
					MessageBundle.bind(TeamUiMessages.team_notShared, target.getFullPath().makeRelative()));
			return null;
		}
		// what is synced is what is saved: unsaved plans are saved first, or the sync is not started
		if (!PlatformUI.getWorkbench().saveAllEditors(true)) {
			return null;
		}
		if (!boundariesAccepted(window, tree)) {
			return null;
		}
		new SyncJob(tree, window.getShell().getDisplay()).schedule();
		return null;
	}
}
