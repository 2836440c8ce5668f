package pdca.team.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;

import pdca.model.i18n.MessageBundle;
import pdca.team.PlanSync;

/**
 * File › 取得共用工作區…: a unit copies the plan workspace the planning office shared into this workbench as a project
 * ({@link PlanSync#cloneFrom}), ready to sync; a server's password is asked for and kept in secure storage.
 */
public final class CloneHandler extends AbstractHandler {

	/** The job family of a clone (tests wait for it). */
	static final Object FAMILY = CloneHandler.class;
	/** What the last clone told (for tests). */
	static volatile String lastReport;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
		Ask ask = new Ask(shell);
		if (ask.open() != Window.OK) {
			return null;
		}
		start(ask.url, ask.name, shell.getDisplay());
		return null;
	}

	/** The project name a repository's address suggests: its last segment without {@code .git}. */
	static String suggestedName(String url) {
		String s = url.strip().replaceAll("[/\\\\]+$", "");
		int slash = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf('\\'), s.lastIndexOf(':')));
		String last = slash < 0 ? s : s.substring(slash + 1);
		return last.endsWith(".git") ? last.substring(0, last.length() - 4) : last;
	}

	/** Clones {@code url} into the workspace as the project {@code name}, in the background. */
	static Job start(String url, String name, Display display) {
		IWorkspace ws = ResourcesPlugin.getWorkspace();
		Path folder = ws.getRoot().getLocation().toFile().toPath().resolve(name);
		Job job = new Job(MessageBundle.bind(TeamUiMessages.clone_job, url)) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				String report;
				boolean problem = false;
				try {
					if (ws.getRoot().getProject(name).exists() || Files.exists(folder) && !isEmpty(folder)) {
						throw new PlanSync.Refused(MessageBundle.bind(TeamUiMessages.clone_exists, name));
					}
					PlanSync.cloneFrom(url, folder, SecureCredentials.ofWorkbench(display));
					IProject project = ws.getRoot().getProject(name);
					Path description = folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
					IProjectDescription d = Files.isRegularFile(description)
							? ws.loadProjectDescription(IPath.fromPath(description))
							: ws.newProjectDescription(name);
					d.setName(name);
					d.setLocation(null); // in the workspace's folder, where it was cloned
					project.create(d, monitor);
					project.open(monitor);
					report = MessageBundle.bind(TeamUiMessages.clone_done, url, name);
				} catch (PlanSync.Refused e) {
					problem = true;
					report = e.getMessage();
				} catch (Exception e) {
					problem = true;
					report = MessageBundle.bind(TeamUiMessages.clone_failed, url,
							e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
				}
				lastReport = report;
				SyncStatus.refreshAll();
				SharedWorkspaces.tell(display, TeamUiMessages.clone_title, report, problem);
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		job.setRule(ws.getRoot());
		job.schedule();
		return job;
	}

	private static boolean isEmpty(Path folder) throws java.io.IOException {
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/** The address and the project name. */
	static final class Ask extends TitleAreaDialog {
		private Text address;
		private Text project;
		private boolean named;
		String url;
		String name;

		Ask(Shell parent) {
			super(parent);
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(TeamUiMessages.clone_title);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			setTitle(TeamUiMessages.clone_title);
			setMessage(TeamUiMessages.clone_message);
			Composite body = new Composite(area, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
			new Label(body, SWT.NONE).setText(TeamUiMessages.share_address);
			address = new Text(body, SWT.BORDER);
			address.setMessage(TeamUiMessages.share_addressHint);
			GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(address);
			new Label(body, SWT.NONE).setText(TeamUiMessages.clone_project);
			project = new Text(body, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(project);
			address.addModifyListener(e -> {
				if (!named) {
					project.setText(suggestedName(address.getText()));
					named = false;
				}
				check();
			});
			project.addModifyListener(e -> check());
			project.addListener(SWT.KeyDown, e -> named = true);
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.OK_ID, TeamUiMessages.clone_button, true);
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
			check();
		}

		private void check() {
			var ok = getButton(IDialogConstants.OK_ID);
			if (ok != null) {
				ok.setEnabled(!address.getText().isBlank() && !project.getText().isBlank()
						&& ResourcesPlugin.getWorkspace().validateName(project.getText().strip(), org.eclipse.core.resources.IResource.PROJECT).isOK());
			}
		}

		/** The address and project fields (for tests). */
		Text[] fields() {
			return new Text[] { address, project };
		}

		@Override
		protected void okPressed() {
			url = address.getText().strip();
			name = project.getText().strip();
			super.okPressed();
		}
	}
}
