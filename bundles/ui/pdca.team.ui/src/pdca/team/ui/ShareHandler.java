package pdca.team.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import pdca.model.i18n.MessageBundle;
import pdca.team.PlanSync;

/**
 * File › 共用計畫工作區…: the planning office shares the selected project (or the open plan's) once, through an empty
 * shared repository ({@link PlanSync#share}); a server's password is asked for and kept in secure storage
 * ({@link SecureCredentials}). A project shared already is told so.
 */
public final class ShareHandler extends AbstractHandler {

	/** What the last share told, and whether it was a problem (for tests). */
	static volatile String lastReport;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		IResource target = SharedWorkspaces.target(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActivePart(event));
		if (target == null) {
			MessageDialog.openInformation(window.getShell(), TeamUiMessages.share_title, TeamUiMessages.team_nothingSelected);
			return null;
		}
		IProject project = target.getProject();
		Path tree = SharedWorkspaces.of(project);
		if (tree != null) {
			String origin;
			try (Git git = Git.open(tree.toFile())) {
				origin = git.getRepository().getConfig().getString("remote", "origin", "url");
			} catch (java.io.IOException e) {
				origin = null;
			}
			MessageDialog.openInformation(window.getShell(), TeamUiMessages.share_title,
					MessageBundle.bind(TeamUiMessages.share_already, project.getName(), origin == null ? tree : origin));
			return null;
		}
		InputDialog ask = new InputDialog(window.getShell(), TeamUiMessages.share_title,
				MessageBundle.bind(TeamUiMessages.share_message, project.getName()), "",
				text -> text.isBlank() ? TeamUiMessages.share_addressHint : null);
		if (ask.open() != Window.OK) {
			return null;
		}
		if (!PlatformUI.getWorkbench().saveAllEditors(true)) {
			return null;
		}
		String url = ask.getValue().strip();
		Path folder = project.getLocation().toFile().toPath();
		Display display = window.getShell().getDisplay();
		Job job = Job.create(MessageBundle.bind(TeamUiMessages.share_job, project.getName()), monitor -> {
			String report;
			boolean problem = false;
			try {
				PlanSync.share(folder, url, TeamUiMessages.share_commitMessage, AuthorPreferences.author(),
						SecureCredentials.ofWorkbench(display));
				project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
				report = MessageBundle.bind(TeamUiMessages.share_done, project.getName(), url);
			} catch (PlanSync.Refused e) {
				problem = true;
				report = e.getMessage();
			} catch (Exception e) {
				problem = true;
				report = MessageBundle.bind(TeamUiMessages.share_failed, project.getName(),
						e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			}
			lastReport = report;
			SyncStatus.refreshAll();
			SharedWorkspaces.tell(display, TeamUiMessages.share_title, report, problem);
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.setRule(org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot());
		job.schedule();
		return null;
	}
}
