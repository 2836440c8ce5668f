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
import org.eclipse.osgi.util.NLS;
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
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
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
		heading.setText(TeamUiMessages.historyNoPlan);
		viewer = new TableViewer(c, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(TeamUiMessages.historyWhen, 125, Change::when);
		column(TeamUiMessages.historyWho, 150, Change::author);
		column(TeamUiMessages.historyElement, 320, c2 -> c2.kind() == PlanHistory.Kind.CREATED ? "" : c2.where());
		column(TeamUiMessages.historyWhat, 420, HistoryView::what);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());

		revert = new Action(TeamUiMessages.historyRevert) {
			@Override
			public void run() {
				revertSelected();
			}
		};
		revert.setToolTipText(TeamUiMessages.historyRevertTooltip);
		revert.setEnabled(false);
		refresh = new Action(TeamUiMessages.historyRefresh) {
			@Override
			public void run() {
				load();
			}
		};
		viewer.addSelectionChangedListener(e -> revert.setEnabled(selected() != null && selected().revertible()));
		MenuManager menu = new MenuManager();
		menu.add(revert);
		table.setMenu(menu.createContextMenu(table));
		getViewSite().getActionBars().getToolBarManager().add(revert);
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
		case ADDED -> TeamUiMessages.historyAdded;
		case REMOVED -> TeamUiMessages.historyRemoved;
		case MOVED -> NLS.bind(TeamUiMessages.historyMoved, c.oldValue(), c.newValue());
		case REORDERED, CHANGED -> NLS.bind(TeamUiMessages.historyChanged,
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
		load();
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
		Path path = f.getLocation().toFile().toPath();
		Display display = viewer.getControl().getDisplay();
		heading.setText(NLS.bind(TeamUiMessages.historyLoading, f.getName()));
		Job job = Job.create(NLS.bind(TeamUiMessages.historyLoading, f.getName()), (IProgressMonitor monitor) -> {
			List<Change> changes = List.of();
			String text;
			try {
				changes = PlanHistory.of(path);
				text = changes.isEmpty() ? NLS.bind(TeamUiMessages.historyNone, f.getName())
						: NLS.bind(TeamUiMessages.historyHeading, f.getFullPath().makeRelative(), changes.size());
			} catch (PlanHistory.NotShared e) {
				text = NLS.bind(TeamUiMessages.notShared, f.getName());
			} catch (IOException | RuntimeException e) {
				text = NLS.bind(TeamUiMessages.historyFailed, f.getName(), e.getMessage());
			}
			List<Change> shown = changes;
			String heading = text;
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!viewer.getControl().isDisposed() && f.equals(file)) {
						this.heading.setText(heading);
						this.heading.getParent().layout();
						viewer.setInput(shown);
						revert.setEnabled(false);
						loading = null;
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		loading = job;
		job.schedule();
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
		String title = TeamUiMessages.historyRevert;
		try {
			if (editor instanceof IEditingDomainProvider provider && editor.getAdapter(Plan.class) instanceof Plan plan) {
				PlanHistory.Reversal r = PlanHistory.reversal(plan, change);
				EditingDomain domain = provider.getEditingDomain();
				Command command = SetCommand.create(domain, r.element(), r.feature(), r.unset() ? SetCommand.UNSET_VALUE : r.value());
				if (!command.canExecute()) {
					MessageDialog.openWarning(getSite().getShell(), title, NLS.bind(TeamUiMessages.historyRevertFailed, change.message()));
					return;
				}
				domain.getCommandStack().execute(command);
				getSite().getPage().activate(editor);
				heading.setText(NLS.bind(TeamUiMessages.historyRevertedInEditor, change.where(), change.feature()));
			} else {
				Path path = file.getLocation().toFile().toPath();
				Plan plan = PlanFiles.load(path);
				PlanHistory.revert(plan, change);
				PlanFiles.save(plan, path);
				file.refreshLocal(IResource.DEPTH_ZERO, null);
				heading.setText(NLS.bind(TeamUiMessages.historyRevertedInFile, new Object[] { change.where(), change.feature(), file.getName() }));
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
