package pdca.team.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IResource;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

import pdca.model.i18n.MessageBundle;

/**
 * The status-bar indicator of the shared workspace of the open plan or the selected project: versions to send (↑) and
 * to receive (↓) as of the last fetch, and the conflicts of a sync that stopped on them; "not shared" elsewhere.
 */
public final class SyncStatus extends WorkbenchWindowControlContribution {

	private static final Set<SyncStatus> SHOWN = ConcurrentHashMap.newKeySet();

	private Label label;
	private ISelectionListener listener;
	private volatile Path tree;

	@Override
	protected Control createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginHeight = 0;
		layout.marginWidth = 6;
		c.setLayout(layout);
		label = new Label(c, SWT.NONE);
		// as wide as the widest it shows: the trim is not laid out again when the text grows
		String widest = MessageBundle.bind(TeamUiMessages.team_status, 999, 999) + "  " + MessageBundle.bind(TeamUiMessages.status_conflicts, 999);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(label);
		int width = Math.max(gc.textExtent(widest).x, gc.textExtent(TeamUiMessages.status_none).x);
		gc.dispose();
		org.eclipse.swt.layout.GridData data = new org.eclipse.swt.layout.GridData();
		data.widthHint = width + 4;
		label.setLayoutData(data);
		label.setText(TeamUiMessages.status_none);
		listener = (part, selection) -> {
			IResource target = SharedWorkspaces.target(selection, part);
			if (target != null) {
				tree = SharedWorkspaces.of(target);
				show();
			}
		};
		getWorkbenchWindow().getSelectionService().addPostSelectionListener(listener);
		SHOWN.add(this);
		c.addDisposeListener(e -> {
			SHOWN.remove(this);
			getWorkbenchWindow().getSelectionService().removePostSelectionListener(listener);
		});
		return c;
	}

	/** Recomputes every indicator shown (after a sync); callable from any thread. */
	static void refreshAll() {
		for (SyncStatus s : SHOWN) {
			if (s.label != null && !s.label.isDisposed()) {
				s.label.getDisplay().asyncExec(s::show);
			}
		}
	}

	/** The text shown now (for tests). */
	static String shownText() {
		for (SyncStatus s : SHOWN) {
			if (s.label != null && !s.label.isDisposed()) {
				return s.label.getText().strip();
			}
		}
		return null;
	}

	private void show() {
		if (label == null || label.isDisposed()) {
			return;
		}
		Path t = tree;
		String text = TeamUiMessages.status_none;
		String tip = null;
		if (t != null) {
			try (Git git = Git.open(t.toFile())) {
				Repository repo = git.getRepository();
				BranchTrackingStatus s = BranchTrackingStatus.of(repo, repo.getBranch());
				int ahead = s == null ? 0 : s.getAheadCount();
				int behind = s == null ? 0 : s.getBehindCount();
				text = MessageBundle.bind(TeamUiMessages.team_status, ahead, behind);
				int conflicts = pdca.team.PlanSync.undecided(t).size();
				if (conflicts > 0) {
					text += "  " + MessageBundle.bind(TeamUiMessages.status_conflicts, conflicts);
				}
				tip = MessageBundle.bind(TeamUiMessages.status_tooltip, new Object[] { t.getFileName(), ahead, behind });
			} catch (IOException | RuntimeException e) {
				text = TeamUiMessages.status_none;
			}
		}
		label.setText(text);
		label.setToolTipText(tip);
		label.getParent().layout(true);
	}
}
