package pdca.team.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import pdca.model.i18n.MessageBundle;
import pdca.team.Conflict;
import pdca.team.PlanSync;

/**
 * Syncs one shared plan workspace in the background, as {@code pdca sync} does ({@link PlanSync}), refreshes its
 * projects so that open plan editors take in what was received, updates the status-bar indicator and tells the
 * result: what was recorded, received and sent, which plans were merged element by element, or the conflicts to decide.
 */
final class SyncJob extends Job {

	/** The family of sync jobs (tests wait for it). */
	static final Object FAMILY = SyncJob.class;

	private final Path tree;
	private final Display display;
	private final Map<String, Map<String, Conflict.Choice>> decisions;
	/** What the last finished sync told, and whether it was a problem (for tests). */
	static volatile String lastReport;
	static volatile boolean lastWasProblem;

	SyncJob(Path tree, Display display) {
		this(tree, display, Map.of());
	}

	/** A sync that decides the conflicts the last one stopped on as {@code decisions} says. */
	SyncJob(Path tree, Display display, Map<String, Map<String, Conflict.Choice>> decisions) {
		super(MessageBundle.bind(TeamUiMessages.sync_job, tree.getFileName()));
		this.tree = tree;
		this.display = display;
		this.decisions = decisions;
		setUser(true);
		setRule(org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot());
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		String name = tree.getFileName().toString();
		PlanSync.Outcome outcome = null;
		String report;
		boolean problem;
		try {
			PlanSync.Outcome o = PlanSync.sync(tree, TeamUiMessages.sync_commitMessage, AuthorPreferences.author(), decisions);
			outcome = o;
			for (IProject p : SharedWorkspaces.projectsIn(tree)) {
				p.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			}
			problem = o.state() == PlanSync.State.CONFLICTS;
			report = describe(name, o);
		} catch (IOException | GitAPIException | CoreException | RuntimeException e) {
			problem = true;
			report = MessageBundle.bind(TeamUiMessages.team_failed, name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
		}
		lastReport = report;
		lastWasProblem = problem;
		SyncStatus.refreshAll();
		HistoryView.refreshAll();
		boolean warn = problem;
		String text = report;
		PlanSync.Outcome told = outcome;
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				Shell shell = display.getActiveShell();
				if (told != null && told.state() == PlanSync.State.CONFLICTS) {
					// decided one by one; the next sync merges the decisions with everything else and sends it
					ConflictDialog dialog = new ConflictDialog(shell, name, told);
					if (dialog.open() == org.eclipse.jface.window.Window.OK) {
						new SyncJob(tree, display, dialog.decisions()).schedule();
					}
				} else if (warn) {
					MessageDialog.openWarning(shell, TeamUiMessages.team_conflictsTitle, text);
				} else {
					MessageDialog.openInformation(shell, TeamUiMessages.sync_title, text);
				}
			});
		}
		return Status.OK_STATUS;
	}

	/** The result in the user's words. */
	static String describe(String name, PlanSync.Outcome o) {
		List<String> lines = new ArrayList<>();
		switch (o.state()) {
			case UP_TO_DATE -> lines.add(MessageBundle.bind(TeamUiMessages.team_upToDate, name));
			case NO_REMOTE -> lines.add(MessageBundle.bind(TeamUiMessages.team_noRemote, name, o.committed() ? 1 : 0));
			case SYNCED -> {
				lines.add(MessageBundle.bind(TeamUiMessages.team_synced, name));
				if (o.committed()) {
					lines.add(TeamUiMessages.synced_committed);
				}
				if (o.received()) {
					lines.add(TeamUiMessages.synced_received);
				}
				if (o.pushed()) {
					lines.add(TeamUiMessages.synced_pushed);
				}
			}
			case CONFLICTS -> {
				int count = o.conflicts().values().stream().mapToInt(List::size).sum() + o.otherConflicts().size();
				lines.add(MessageBundle.bind(TeamUiMessages.team_conflicts, name, count));
				for (Map.Entry<String, List<Conflict>> e : o.conflicts().entrySet()) {
					for (Conflict c : e.getValue()) {
						lines.add(MessageBundle.bind(TeamUiMessages.team_conflictLine, e.getKey(), c.message()));
					}
				}
				for (String other : o.otherConflicts()) {
					lines.add(MessageBundle.bind(TeamUiMessages.team_otherConflict, other));
				}
			}
		}
		for (String plan : o.mergedPlans()) {
			lines.add(MessageBundle.bind(TeamUiMessages.team_merged, plan));
		}
		return String.join("\n", lines);
	}
}
