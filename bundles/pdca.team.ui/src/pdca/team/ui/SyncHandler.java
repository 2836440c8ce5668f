package pdca.team.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File › 同步計畫工作區 (also on the tool bar and the Project Explorer's context menu): asks to save unsaved plans, then
 * syncs the shared workspace of the open plan or the selected project in the background ({@link SyncJob}).
 */
public final class SyncHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IResource target = SharedWorkspaces.target(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActivePart(event));
		if (target == null) {
			MessageDialog.openInformation(window.getShell(), TeamUiMessages.syncTitle, TeamUiMessages.nothingSelected);
			return null;
		}
		Path tree = SharedWorkspaces.of(target);
		if (tree == null) {
			MessageDialog.openInformation(window.getShell(), TeamUiMessages.syncTitle,
					NLS.bind(TeamUiMessages.notShared, target.getFullPath().makeRelative()));
			return null;
		}
		// what is synced is what is saved: unsaved plans are saved first, or the sync is not started
		if (!PlatformUI.getWorkbench().saveAllEditors(true)) {
			return null;
		}
		new SyncJob(tree, window.getShell().getDisplay()).schedule();
		return null;
	}
}
