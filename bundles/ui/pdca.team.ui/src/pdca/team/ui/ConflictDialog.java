package pdca.team.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import pdca.model.i18n.MessageBundle;
import pdca.team.Conflict;
import pdca.team.PlanSync;

/**
 * The conflicts a sync stopped on, one row each with the common version, mine and theirs in the users' words, to be
 * decided one by one (or all at once): 採用我的 or 採用對方的. The changes without conflict are merged already; what is
 * decided here is merged with them by the next sync ({@link PlanSync#sync(java.nio.file.Path, String, PlanSync.Author, Map)}).
 * Nothing is sent before every conflict is decided; 稍後決定 leaves the workspace as the sync left it.
 */
final class ConflictDialog extends TitleAreaDialog {

	/** One conflict to decide: a plan's conflict, or another file git could not merge (conflict null). */
	static final class Row {
		final String path;
		final Conflict conflict;
		Conflict.Choice choice;

		Row(String path, Conflict conflict) {
			this.path = path;
			this.conflict = conflict;
		}

		boolean theirsPossible() {
			return conflict == null || conflict.theirsPossible();
		}

		String ref() {
			return conflict == null ? PlanSync.WHOLE_FILE : conflict.ref();
		}
	}

	private final String workspace;
	private final List<Row> rows = new ArrayList<>();
	private TableViewer viewer;

	ConflictDialog(Shell parent, String workspace, PlanSync.Outcome outcome) {
		super(parent);
		this.workspace = workspace;
		outcome.conflicts().forEach((path, list) -> list.forEach(c -> rows.add(new Row(path, c))));
		outcome.otherConflicts().forEach(path -> rows.add(new Row(path, null)));
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	/** The button that applies the decisions and syncs: enabled once every conflict is decided. */
	Button applyButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	/** The conflicts, in the order shown (for tests). */
	List<Row> rows() {
		return rows;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TeamUiMessages.team_conflictsTitle);
		shell.setData(this);
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, 1000), Math.max(size.y, 520));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(MessageBundle.bind(TeamUiMessages.decide_title, workspace, rows.size()));
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(body);

		Composite tableBox = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 260).applyTo(tableBox);
		TableColumnLayout layout = new TableColumnLayout();
		tableBox.setLayout(layout);
		viewer = new TableViewer(tableBox, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, TeamUiMessages.decide_plan, 14, r -> r.path);
		column(layout, TeamUiMessages.decide_where, 26, r -> r.conflict == null ? TeamUiMessages.decide_wholeFile : r.conflict.where());
		column(layout, TeamUiMessages.decide_what, 10, r -> r.conflict == null ? "" : what(r.conflict));
		column(layout, TeamUiMessages.decide_base, 12, r -> r.conflict == null ? "" : r.conflict.base());
		column(layout, TeamUiMessages.decide_mine, 14, r -> r.conflict == null ? TeamUiMessages.decide_mineFile : r.conflict.mine());
		column(layout, TeamUiMessages.decide_theirs, 14, r -> r.conflict == null ? TeamUiMessages.decide_theirsFile : r.conflict.theirs());
		column(layout, TeamUiMessages.decide_choice, 10, r -> r.choice == null ? TeamUiMessages.decide_undecided
				: r.choice == Conflict.Choice.MINE ? TeamUiMessages.decide_tookMine : TeamUiMessages.decide_tookTheirs);
		viewer.setInput(rows);
		viewer.addDoubleClickListener(e -> {
			for (Object o : viewer.getStructuredSelection()) {
				Row r = (Row) o;
				r.choice = r.choice == Conflict.Choice.THEIRS || !r.theirsPossible() ? Conflict.Choice.MINE : Conflict.Choice.THEIRS;
			}
			changed();
		});

		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		button(buttons, TeamUiMessages.decide_selectedMine, () -> decide(selected(), Conflict.Choice.MINE));
		button(buttons, TeamUiMessages.decide_selectedTheirs, () -> decide(selected(), Conflict.Choice.THEIRS));
		button(buttons, TeamUiMessages.decide_allMine, () -> decide(rows, Conflict.Choice.MINE));
		button(buttons, TeamUiMessages.decide_allTheirs, () -> decide(rows, Conflict.Choice.THEIRS));
		if (!rows.isEmpty()) {
			viewer.getTable().select(0);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, TeamUiMessages.decide_apply, true);
		createButton(parent, IDialogConstants.CANCEL_ID, TeamUiMessages.decide_later, false);
		changed();
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}

			@Override
			public String getToolTipText(Object element) {
				Row r = (Row) element;
				return r.conflict == null ? r.path : r.conflict.message();
			}
		});
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private List<Row> selected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		List<Row> result = new ArrayList<>();
		for (Object o : selection) {
			result.add((Row) o);
		}
		return result;
	}

	/** Decides {@code which} for {@code choice}; theirs where only mine can be kept stays mine. */
	void decide(List<Row> which, Conflict.Choice choice) {
		for (Row r : which) {
			r.choice = choice == Conflict.Choice.THEIRS && !r.theirsPossible() ? Conflict.Choice.MINE : choice;
		}
		changed();
	}

	private void changed() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
		long open = rows.stream().filter(r -> r.choice == null).count();
		boolean onlyMine = rows.stream().anyMatch(r -> !r.theirsPossible());
		if (open > 0) {
			setMessage(MessageBundle.bind(TeamUiMessages.decide_open, open));
		} else {
			setMessage(onlyMine ? TeamUiMessages.decide_readyOnlyMine : TeamUiMessages.decide_ready);
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(open == 0);
		}
	}

	/** What is decided, per file and conflict, as {@link PlanSync} takes it; complete once OK was pressed. */
	Map<String, Map<String, Conflict.Choice>> decisions() {
		Map<String, Map<String, Conflict.Choice>> result = new LinkedHashMap<>();
		for (Row r : rows) {
			if (r.choice != null) {
				result.computeIfAbsent(r.path, k -> new LinkedHashMap<>()).put(r.ref(), r.choice);
			}
		}
		return result;
	}

	private static String what(Conflict c) {
		if (!c.feature().isEmpty()) {
			return c.feature();
		}
		return switch (c.kind()) {
			case DELETED_BY_ME, DELETED_BY_THEM -> TeamUiMessages.decide_deleted;
			case SAME_PLACE -> TeamUiMessages.decide_samePlace;
			default -> "";
		};
	}
}
