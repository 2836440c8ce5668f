package pdca.team.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.ViewPart;

import pdca.model.Plan;
import pdca.model.i18n.MessageBundle;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.team.PlanBaselines;
import pdca.team.PlanHistory;
import pdca.team.PlanHistory.Change;

/**
 * 計畫歷程 (Plan History): the changes of the plan in the active editor, or of the plan file selected in the Project
 * Explorer, element by element, newest first ({@link PlanHistory}): when, who, which element, what (old → new).
 * Refreshed when another plan becomes active and after a sync. 還原此變更 (Revert this change) sets the old value back
 * in the open editor through its command stack (undoable, saved with the editor), or in the file when no editor has it
 * open.
 */
public final class HistoryView extends ViewPart {

	/** The view's id. */
	public static final String ID = "pdca.team.ui.history";

	private static final Set<HistoryView> SHOWN = ConcurrentHashMap.newKeySet();

	private Label heading;
	private TableViewer viewer;
	private Action revert;
	private Action refresh;
	private Action tag;
	private Action compare;
	/** The baseline the list is compared with, or null when the list is the history. */
	private volatile String comparedWith;
	private IFile file;
	private IPartListener2 parts;
	private ISelectionListener selections;
	private volatile Job loading;

	@Override
	public void createPartControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout());
		heading = new Label(c, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		heading.setText(TeamUiMessages.history_noPlan);
		viewer = new TableViewer(c, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(TeamUiMessages.history_when, 125, Change::when);
		column(TeamUiMessages.history_who, 150, Change::author);
		column(TeamUiMessages.history_element, 320, c2 -> c2.kind() == PlanHistory.Kind.CREATED ? "" : c2.where());
		column(TeamUiMessages.history_what, 420, HistoryView::what);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());

		revert = new Action(TeamUiMessages.history_revert) {
			@Override
			public void run() {
				revertSelected();
			}
		};
		revert.setToolTipText(TeamUiMessages.history_revertTooltip);
		revert.setEnabled(false);
		refresh = new Action(TeamUiMessages.history_refresh) {
			@Override
			public void run() {
				load();
			}
		};
		refresh.setToolTipText(TeamUiMessages.history_refreshTooltip);
		tag = new Action(TeamUiMessages.baseline_tag) {
			@Override
			public void run() {
				tagBaseline();
			}
		};
		tag.setToolTipText(TeamUiMessages.baseline_tagTooltip);
		compare = new Action(TeamUiMessages.baseline_compare) {
			@Override
			public void run() {
				compareWithBaseline();
			}
		};
		compare.setToolTipText(TeamUiMessages.baseline_compareTooltip);
		viewer.addSelectionChangedListener(e -> revert.setEnabled(selected() != null && selected().revertible()));
		MenuManager menu = new MenuManager();
		menu.add(revert);
		table.setMenu(menu.createContextMenu(table));
		getViewSite().getActionBars().getToolBarManager().add(revert);
		getViewSite().getActionBars().getToolBarManager().add(tag);
		getViewSite().getActionBars().getToolBarManager().add(compare);
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		getViewSite().getActionBars().updateActionBars();

		parts = new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference ref) {
				if (ref.getPart(false) instanceof IEditorPart editor) {
					show(editor);
				}
			}
		};
		getSite().getPage().addPartListener(parts);
		selections = (part, selection) -> {
			if (part != this && selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IFile f
					&& PlanFiles.EXTENSION.equals(f.getFileExtension())) {
				setFile(f);
			}
		};
		getSite().getPage().addPostSelectionListener(selections);
		SHOWN.add(this);
		show(getSite().getPage().getActiveEditor());
	}

	private void column(String title, int width, java.util.function.Function<Change, String> text) {
		TableViewerColumn col = new TableViewerColumn(viewer, SWT.LEFT);
		col.getColumn().setText(title);
		col.getColumn().setWidth(width);
		col.getColumn().setResizable(true);
		col.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Change) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Change) element).toString();
			}
		});
	}

	/** What changed, without the element: 「修改 完成期限：6月 → 8月」. */
	static String what(Change c) {
		return switch (c.kind()) {
		case CREATED -> c.message();
		case ADDED -> TeamUiMessages.history_added;
		case REMOVED -> TeamUiMessages.history_removed;
		case MOVED -> MessageBundle.bind(TeamUiMessages.history_moved, c.oldValue(), c.newValue());
		case REORDERED, CHANGED -> MessageBundle.bind(TeamUiMessages.history_changed,
				new Object[] { c.feature(), c.oldValue(), c.newValue() });
		};
	}

	private void show(IEditorPart editor) {
		if (editor != null && editor.getEditorInput() instanceof FileEditorInput input
				&& PlanFiles.EXTENSION.equals(input.getFile().getFileExtension())) {
			setFile(input.getFile());
		}
	}

	private void setFile(IFile f) {
		if (f.equals(file)) {
			return;
		}
		file = f;
		comparedWith = null;
		load();
	}

	/** The baseline the list compares the plan with now, or null when the list is the plan's history (for tests). */
	public String comparedWith() {
		return comparedWith;
	}

	/**
	 * 標記核定版…: names the last recorded version of the plan's shared workspace as a baseline (核定版 at approval,
	 * 第3季檢討 at a review meeting), asked for with a name and a note; sent to the others by the next sync.
	 */
	void tagBaseline() {
		IFile f = file;
		Path tree = f == null ? null : SharedWorkspaces.of(f);
		if (tree == null) {
			MessageDialog.openInformation(getSite().getShell(), TeamUiMessages.baseline_tag,
					f == null ? TeamUiMessages.history_noPlan : MessageBundle.bind(TeamUiMessages.team_notShared, f.getName()));
			return;
		}
		String suggested;
		try {
			suggested = suggestedName(PlanBaselines.list(tree));
		} catch (IOException e) {
			suggested = TeamUiMessages.baseline_defaultName;
		}
		IEditorPart editor = getSite().getPage().findEditor(new FileEditorInput(f));
		Plan plan = editor == null ? null : editor.getAdapter(Plan.class);
		if (plan == null) {
			try {
				plan = PlanFiles.load(f.getLocation().toFile().toPath());
			} catch (PlanFileException e) {
				plan = null; // no meeting to link
			}
		}
		List<pdca.model.ReviewMeeting> meetings = plan == null ? List.of() : List.copyOf(plan.getReviewMeetings());
		BaselineDialog dialog = new BaselineDialog(getSite().getShell(), suggested, unrecorded(tree),
				meetings.stream().map(HistoryView::meetingName).toList());
		if (dialog.open() != org.eclipse.jface.window.Window.OK) {
			return;
		}
		try {
			PlanBaselines.Baseline b = PlanBaselines.tag(tree, dialog.name(), dialog.note(), AuthorPreferences.author());
			String told = MessageBundle.bind(TeamUiMessages.baseline_tagged, b.name(), b.commit().substring(0, 7));
			if (dialog.meeting() >= 0) {
				told += " " + linkMeeting(f, editor, meetings.get(dialog.meeting()), b.name());
			}
			heading.setText(told);
			heading.getParent().layout();
		} catch (PlanBaselines.Refused e) {
			MessageDialog.openWarning(getSite().getShell(), TeamUiMessages.baseline_tag, e.getMessage());
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), TeamUiMessages.baseline_tag,
					MessageBundle.bind(TeamUiMessages.history_failed, f.getName(), e.getMessage()));
		}
	}

	/** A meeting as the officer knows it: its title, else its quarter or date. */
	private static String meetingName(pdca.model.ReviewMeeting m) {
		if (m.getTitle() != null && !m.getTitle().isBlank()) {
			return m.getTitle().strip();
		}
		if (m.getRocYear() > 0 && m.getQuarter() > 0) {
			return pdca.model.logic.Terms.quarter(new pdca.model.logic.Quarter(m.getRocYear(), m.getQuarter()));
		}
		return m.getDate() == null ? m.getId() : pdca.model.logic.Terms.date(m.getDate());
	}

	/**
	 * Records the baseline in the meeting's record (依據版本): in the open editor, undoably (saved with it), else in the
	 * file. Either way it is an edit the next sync records. Returns what was done, in the user's words.
	 */
	private String linkMeeting(IFile f, IEditorPart editor, pdca.model.ReviewMeeting meeting, String baseline) {
		String name = meetingName(meeting);
		if (editor instanceof IEditingDomainProvider provider && editor.getAdapter(Plan.class) != null) {
			EditingDomain domain = provider.getEditingDomain();
			Command set = SetCommand.create(domain, meeting, pdca.model.PdcaPackage.Literals.REVIEW_MEETING__BASELINE, baseline);
			domain.getCommandStack().execute(set);
			return MessageBundle.bind(TeamUiMessages.baseline_linkedInEditor, name);
		}
		try {
			Path path = f.getLocation().toFile().toPath();
			Plan plan = PlanFiles.load(path);
			for (pdca.model.ReviewMeeting m : plan.getReviewMeetings()) {
				if (m.getId() != null && m.getId().equals(meeting.getId())) {
					m.setBaseline(baseline);
				}
			}
			PlanFiles.save(plan, path);
			f.refreshLocal(IResource.DEPTH_ZERO, null);
			return MessageBundle.bind(TeamUiMessages.baseline_linkedInFile, name);
		} catch (PlanFileException e) {
			return e.describe();
		} catch (CoreException e) {
			return MessageBundle.bind(TeamUiMessages.baseline_linkedInFile, name);
		}
	}

	/** 核定版 when no baseline has that name yet, else 核定版-2, -3, … (the officer may type another). */
	static String suggestedName(List<PlanBaselines.Baseline> baselines) {
		Set<String> taken = new java.util.HashSet<>();
		baselines.forEach(b -> taken.add(b.name()));
		String name = TeamUiMessages.baseline_defaultName;
		for (int n = 2; taken.contains(name); n++) {
			name = TeamUiMessages.baseline_defaultName + "-" + n;
		}
		return name;
	}

	/** Whether the workspace has edits not yet recorded (not in a baseline made now). */
	private static boolean unrecorded(Path tree) {
		try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(tree.toFile())) {
			return !git.status().call().isClean();
		} catch (Exception e) {
			return false;
		}
	}

	/**
	 * 與核定版比較…: lists what changed in the plan from a baseline chosen from the workspace's baselines (newest
	 * first) to the plan as it is now, unsaved-to-git edits included; 重新整理 returns to the history.
	 */
	void compareWithBaseline() {
		IFile f = file;
		Path tree = f == null ? null : SharedWorkspaces.of(f);
		List<PlanBaselines.Baseline> baselines = List.of();
		try {
			baselines = tree == null ? List.of() : PlanBaselines.list(tree);
		} catch (IOException e) {
			// told below as no baseline
		}
		if (baselines.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), TeamUiMessages.baseline_compare,
					f == null ? TeamUiMessages.history_noPlan : MessageBundle.bind(TeamUiMessages.baseline_none, f.getName()));
			return;
		}
		List<PlanBaselines.Baseline> newestFirst = new java.util.ArrayList<>(baselines);
		java.util.Collections.reverse(newestFirst);
		org.eclipse.ui.dialogs.ListDialog choose = new org.eclipse.ui.dialogs.ListDialog(getSite().getShell());
		choose.setContentProvider(ArrayContentProvider.getInstance());
		choose.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
			@Override
			public String getText(Object element) {
				PlanBaselines.Baseline b = (PlanBaselines.Baseline) element;
				String when = b.time() == null ? "" : b.time().toLocalDate().toString();
				return b.name() + "  " + when + "  " + b.tagger()
						+ (b.message() == null || b.message().isBlank() ? "" : "  " + b.message().strip());
			}
		});
		choose.setTitle(TeamUiMessages.baseline_compare);
		choose.setMessage(MessageBundle.bind(TeamUiMessages.baseline_choose, f.getName()));
		choose.setInput(newestFirst);
		choose.setInitialSelections(newestFirst.get(0));
		choose.setWidthInChars(70);
		if (choose.open() != org.eclipse.jface.window.Window.OK || choose.getResult() == null || choose.getResult().length == 0) {
			return;
		}
		compareWith(((PlanBaselines.Baseline) choose.getResult()[0]).name());
	}

	/** Lists, in the background, what changed in the plan shown from the version {@code baseline} to now. */
	void compareWith(String baseline) {
		IFile f = file;
		if (f == null || f.getLocation() == null) {
			return;
		}
		comparedWith = baseline;
		list(f, path -> PlanBaselines.compare(path, baseline, null),
				changes -> changes.isEmpty() ? MessageBundle.bind(TeamUiMessages.baseline_noChange, f.getName(), baseline)
						: MessageBundle.bind(TeamUiMessages.baseline_compared, new Object[] { f.getFullPath().makeRelative(), baseline, changes.size() }));
	}

	/** What lists changes of a plan file. */
	private interface Listing {
		List<Change> read(Path path) throws IOException, PlanHistory.NotShared, PlanBaselines.Refused;
	}

	/** Lists the changes {@code listing} reads of {@code f}, in the background, under the heading made of them. */
	private void list(IFile f, Listing listing, java.util.function.Function<List<Change>, String> heading) {
		Path path = f.getLocation().toFile().toPath();
		this.heading.setText(MessageBundle.bind(TeamUiMessages.history_loading, f.getName()));
		Job job = Job.create(MessageBundle.bind(TeamUiMessages.history_loading, f.getName()), (IProgressMonitor monitor) -> {
			List<Change> changes = List.of();
			String text;
			try {
				changes = listing.read(path);
				text = heading.apply(changes);
			} catch (PlanHistory.NotShared e) {
				text = MessageBundle.bind(TeamUiMessages.team_notShared, f.getName());
			} catch (PlanBaselines.Refused e) {
				text = e.getMessage();
			} catch (IOException | RuntimeException e) {
				text = MessageBundle.bind(TeamUiMessages.history_failed, f.getName(), e.getMessage());
			}
			show(f, changes, text);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		loading = job;
		job.schedule();
	}

	/** Shows {@code changes} of {@code f} under {@code text}, unless another plan is shown meanwhile. */
	private void show(IFile f, List<Change> changes, String text) {
		Display display = viewer.getControl().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!viewer.getControl().isDisposed() && f.equals(file)) {
					heading.setText(text);
					heading.getParent().layout();
					viewer.setInput(changes);
					revert.setEnabled(false);
					loading = null;
				}
			});
		}
	}

	/** The plan shown now (for tests and the revert). */
	public IFile file() {
		return file;
	}

	/** The changes listed now. */
	@SuppressWarnings("unchecked")
	public List<Change> changes() {
		return (List<Change>) viewer.getInput();
	}

	/** Reloads the history of the plan shown, in the background. */
	public void load() {
		IFile f = file;
		if (f == null || f.getLocation() == null) {
			return;
		}
		comparedWith = null;
		list(f, PlanHistory::of, changes -> changes.isEmpty() ? MessageBundle.bind(TeamUiMessages.history_none, f.getName())
				: MessageBundle.bind(TeamUiMessages.history_heading, f.getFullPath().makeRelative(), changes.size()));
	}

	/** Whether a reload is under way (for tests). */
	public boolean loading() {
		return loading != null;
	}

	/** Reloads every History view shown (after a sync); callable from any thread. */
	static void refreshAll() {
		for (HistoryView v : SHOWN) {
			Display display = v.viewer.getControl().getDisplay();
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!v.viewer.getControl().isDisposed()) {
						v.load();
					}
				});
			}
		}
	}

	private Change selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Change c ? c : null;
	}

	/** Reverts the selected change: in the open editor (undoable), else in the file. */
	void revertSelected() {
		Change change = selected();
		if (change == null || file == null) {
			return;
		}
		IEditorPart editor = getSite().getPage().findEditor(new FileEditorInput(file));
		String title = TeamUiMessages.history_revert;
		try {
			if (editor instanceof IEditingDomainProvider provider && editor.getAdapter(Plan.class) instanceof Plan plan) {
				PlanHistory.Reversal r = PlanHistory.reversal(plan, change);
				EditingDomain domain = provider.getEditingDomain();
				Command command = SetCommand.create(domain, r.element(), r.feature(), r.unset() ? SetCommand.UNSET_VALUE : r.value());
				if (!command.canExecute()) {
					MessageDialog.openWarning(getSite().getShell(), title, MessageBundle.bind(TeamUiMessages.history_revertFailed, change.message()));
					return;
				}
				domain.getCommandStack().execute(command);
				getSite().getPage().activate(editor);
				heading.setText(MessageBundle.bind(TeamUiMessages.history_revertedInEditor, change.where(), change.feature()));
			} else {
				Path path = file.getLocation().toFile().toPath();
				Plan plan = PlanFiles.load(path);
				PlanHistory.revert(plan, change);
				PlanFiles.save(plan, path);
				file.refreshLocal(IResource.DEPTH_ZERO, null);
				heading.setText(MessageBundle.bind(TeamUiMessages.history_revertedInFile, new Object[] { change.where(), change.feature(), file.getName() }));
			}
			heading.getParent().layout();
		} catch (PlanHistory.RevertRefused e) {
			MessageDialog.openInformation(getSite().getShell(), title, e.getMessage());
		} catch (PlanFileException e) {
			MessageDialog.openError(getSite().getShell(), title, e.describe());
		} catch (CoreException e) {
			// the file was saved; the workspace sees it at its next refresh
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		SHOWN.remove(this);
		if (parts != null) {
			getSite().getPage().removePartListener(parts);
		}
		if (selections != null) {
			getSite().getPage().removePostSelectionListener(selections);
		}
		super.dispose();
	}
}
