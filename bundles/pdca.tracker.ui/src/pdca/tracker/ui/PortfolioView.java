package pdca.tracker.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Figures;
import pdca.model.logic.Portfolio;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;
import pdca.model.validation.ElementPaths;

/**
 * The county portfolio: every plan of the workspace on one line as of a quarter, with the figures
 * of its own dashboard (status, progress, overdue items, units that have not reported, KPIs off
 * target, open improvement actions, the latest grade); plans needing attention first, any column
 * sortable, filtered by year and by text; double-click opens the plan. A plan saved anywhere
 * updates its own line; the other plans are not read again.
 */
public class PortfolioView extends ViewPart {

	public static final String ID = "pdca.tracker.ui.portfolio";
	private static final String PLAN_EDITOR = "pdca.ui.planEditor";

	/**
	 * A plan file of the workspace: its plan, its line as of the chosen quarter and its status in
	 * each quarter of its year (the heat map), or why it could not be read.
	 */
	public record Entry(IFile file, Plan plan, Portfolio.Row row, List<Portfolio.Row> quarters, String problem) {

		static Entry of(IFile file, Plan plan, int quarter) {
			List<Portfolio.Row> all = new ArrayList<>();
			for (int q = 1; q <= 4; q++) {
				all.add(Portfolio.row(plan, new Quarter(plan.getRocYear(), q)));
			}
			return new Entry(file, plan, all.get(quarter - 1), List.copyOf(all), null);
		}
	}

	private final Map<IFile, Entry> entries = new LinkedHashMap<>();
	private int quarter = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
	private Integer year;
	private int reads;
	private TableViewer viewer;
	private Combo quarterCombo;
	private Combo yearCombo;
	private Text filter;
	private Label summary;
	private int sortColumn = -1;
	private boolean descending;
	private final IResourceChangeListener changes = this::changed;

	@Override
	public void createPartControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(7).applyTo(c);
		new Label(c, SWT.NONE).setText(TrackerMessages.quarterLabel);
		quarterCombo = new Combo(c, SWT.READ_ONLY);
		for (int q = 1; q <= 4; q++) {
			quarterCombo.add(Terms.quarterShort(q));
		}
		quarterCombo.select(quarter - 1);
		quarterCombo.addListener(SWT.Selection, e -> setQuarter(quarterCombo.getSelectionIndex() + 1));
		new Label(c, SWT.NONE).setText(TrackerMessages.portfolioYear);
		yearCombo = new Combo(c, SWT.READ_ONLY);
		yearCombo.addListener(SWT.Selection, e -> {
			int i = yearCombo.getSelectionIndex();
			year = i <= 0 ? null : Integer.valueOf(yearCombo.getItem(i).replaceAll("\\D", ""));
			viewer.refresh();
			updateSummary();
		});
		new Label(c, SWT.NONE).setText(TrackerMessages.portfolioFilter);
		filter = new Text(c, SWT.BORDER | SWT.SEARCH);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Modify, e -> {
			viewer.refresh();
			updateSummary();
		});
		summary = new Label(c, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		viewer = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(7, 1).applyTo(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(TrackerMessages.portfolioAgency, 200, e -> agency(e), Comparator.comparing(e -> agency(e)));
		column(TrackerMessages.portfolioYearColumn, 50, e -> e.plan() == null ? "" : String.valueOf(e.plan().getRocYear()),
				Comparator.comparingInt(e -> e.plan() == null ? 0 : e.plan().getRocYear()));
		TableViewerColumn status = column(TrackerMessages.portfolioStatus, 80,
				e -> e.row() == null ? e.problem() : Terms.status(e.row().status().effective()),
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().status().effective().getValue()));
		status.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				Entry e = (Entry) o;
				return e.row() == null ? TrackerMessages.portfolioUnreadable : Terms.status(e.row().status().effective());
			}

			@Override
			public Color getBackground(Object o) {
				Entry e = (Entry) o;
				return e.row() == null ? null : new Color(Charts.rgb(e.row().status().effective()));
			}

			@Override
			public Color getForeground(Object o) {
				Entry e = (Entry) o;
				return e.row() == null ? null : new Color(Charts.textOn(Charts.rgb(e.row().status().effective())));
			}

			@Override
			public String getToolTipText(Object o) {
				return ((Entry) o).problem();
			}
		});
		for (int q = 1; q <= 4; q++) {
			heat(q);
		}
		column(TrackerMessages.portfolioProgress, 60, e -> e.row() == null ? "" : e.row().status().progress() + "%",
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().status().progress()));
		column(TrackerMessages.portfolioOverdue, 70,
				e -> e.row() == null ? "" : e.row().overdue() + " / " + e.row().trackedItems(),
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().overdue()));
		column(TrackerMessages.portfolioReporting, 220, e -> reporting(e),
				Comparator.comparingDouble(e -> e.row() == null ? 2 : e.row().reportingShare()));
		column(TrackerMessages.portfolioKpis, 80,
				e -> e.row() == null ? "" : e.row().kpisOffTarget() + " / " + e.row().kpisMeasured(),
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().kpisOffTarget()));
		column(TrackerMessages.portfolioImprovements, 90,
				e -> e.row() == null ? "" : e.row().lateImprovements() > 0
						? NLS.bind(TrackerMessages.portfolioLate, e.row().openImprovements(), e.row().lateImprovements())
						: String.valueOf(e.row().openImprovements()),
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().openImprovements()));
		column(TrackerMessages.portfolioGrade, 130, e -> grade(e),
				Comparator.comparingDouble(e -> e.row() == null || e.row().grade().isEmpty() ? -1 : e.row().grade().get().score()));
		column(TrackerMessages.portfolioFile, 260, e -> e.file().getFullPath().makeRelative().toString(),
				Comparator.comparing(e -> e.file().getFullPath().toString()));
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return order().compare((Entry) a, (Entry) b);
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parent, Object element) {
				return shown((Entry) element);
			}
		});
		viewer.addDoubleClickListener(e -> open((Entry) viewer.getStructuredSelection().getFirstElement()));
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		BusyIndicator.showWhile(parent.getDisplay(), this::readAll);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
	}

	private final List<Comparator<Entry>> orders = new ArrayList<>();

	private TableViewerColumn column(String name, int width, Function<Entry, String> text, Comparator<Entry> order) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn c = column.getColumn();
		c.setText(name);
		c.setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				return text.apply((Entry) o);
			}
		});
		int index = orders.size();
		orders.add(order);
		c.addListener(SWT.Selection, e -> sortBy(index));
		return column;
	}

	/** A heat-map column: the plan's status in quarter {@code q} of its year, as a coloured cell. */
	private void heat(int q) {
		TableViewerColumn column = column(Terms.quarterShort(q), 44,
				e -> e.quarters().isEmpty() ? "" : Charts.symbol(e.quarters().get(q - 1).status().effective()),
				Comparator.comparingInt(e -> e.quarters().isEmpty() ? -1 : e.quarters().get(q - 1).status().effective().getValue()));
		column.getColumn().setAlignment(SWT.CENTER);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				Entry e = (Entry) o;
				return e.quarters().isEmpty() ? "" : Charts.symbol(e.quarters().get(q - 1).status().effective());
			}

			@Override
			public Color getBackground(Object o) {
				Entry e = (Entry) o;
				return e.quarters().isEmpty() ? null : new Color(Charts.rgb(e.quarters().get(q - 1).status().effective()));
			}

			@Override
			public Color getForeground(Object o) {
				Entry e = (Entry) o;
				return e.quarters().isEmpty() ? null
						: new Color(Charts.textOn(Charts.rgb(e.quarters().get(q - 1).status().effective())));
			}

			@Override
			public String getToolTipText(Object o) {
				Entry e = (Entry) o;
				return e.quarters().isEmpty() ? null
						: Terms.quarter(e.quarters().get(q - 1).quarter()) + "：" + Terms.status(e.quarters().get(q - 1).status().effective());
			}
		});
	}

	/** Sorts by a column; a second click reverses; the plans needing attention first otherwise. */
	public void sortBy(int column) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		viewer.refresh();
	}

	private Comparator<Entry> order() {
		Comparator<Entry> attention = Comparator.comparing((Entry e) -> e.row() == null ? 0 : 1)
				.thenComparing((a, b) -> a.row() == null || b.row() == null ? 0 : Portfolio.NEEDS_ATTENTION_FIRST.compare(a.row(), b.row()))
				.thenComparing(e -> e.file().getFullPath().toString());
		if (sortColumn < 0) {
			return attention;
		}
		Comparator<Entry> by = orders.get(sortColumn);
		return (descending ? by.reversed() : by).thenComparing(attention);
	}

	private boolean shown(Entry e) {
		if (year != null && (e.plan() == null || e.plan().getRocYear() != year)) {
			return false;
		}
		String f = filter.getText().strip();
		return f.isEmpty() || agency(e).contains(f) || e.file().getFullPath().toString().contains(f)
				|| e.plan() != null && e.plan().getTitle() != null && e.plan().getTitle().contains(f);
	}

	private static String agency(Entry e) {
		if (e.plan() == null) {
			return e.file().getName();
		}
		String name = e.plan().getAgency() == null ? null : e.plan().getAgency().getName();
		return name == null || name.isBlank() ? (e.plan().getTitle() == null ? e.file().getName() : e.plan().getTitle()) : name;
	}

	private static String reporting(Entry e) {
		if (e.row() == null) {
			return "";
		}
		Portfolio.Row r = e.row();
		int reported = r.unitsExpected().size() - r.unitsNotReported().size();
		String line = reported + " / " + r.unitsExpected().size();
		if (!r.unitsNotReported().isEmpty()) {
			line += NLS.bind(TrackerMessages.portfolioNotReported,
					r.unitsNotReported().stream().map(ElementPaths::unitName).collect(Collectors.joining("、")));
		}
		return line;
	}

	private static String grade(Entry e) {
		if (e.row() == null || e.row().grade().isEmpty()) {
			return Figures.NONE;
		}
		var g = e.row().grade().get();
		return (g.grade() == null ? Figures.NONE : g.grade().getName()) + " " + Figures.number(g.score());
	}

	/** Reads every plan file of the open projects (hidden folders, such as the version history, left out). */
	private void readAll() {
		entries.clear();
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(r -> {
				if (r.getName().startsWith(".") && r.getType() != IResource.ROOT) {
					return false;
				}
				if (r instanceof IFile f && PlanFiles.EXTENSION.equals(f.getFileExtension())) {
					files.add(f);
				}
				return true;
			});
		} catch (CoreException e) {
			// a project that cannot be visited is left out
		}
		for (IFile f : files) {
			entries.put(f, read(f));
		}
		show();
	}

	private Entry read(IFile file) {
		reads++;
		try {
			Plan plan = PlanFiles.load(file.getLocation().toPath());
			return Entry.of(file, plan, quarter);
		} catch (PlanFileException e) {
			return new Entry(file, null, null, List.of(), e.describe());
		} catch (RuntimeException e) {
			return new Entry(file, null, null, List.of(), file.getName() + ": " + e);
		}
	}

	private void show() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		Set<Integer> years = new TreeSet<>();
		entries.values().stream().filter(e -> e.plan() != null).forEach(e -> years.add(e.plan().getRocYear()));
		String chosen = yearCombo.getSelectionIndex() > 0 ? yearCombo.getItem(yearCombo.getSelectionIndex()) : null;
		yearCombo.removeAll();
		yearCombo.add(TrackerMessages.portfolioAllYears);
		for (int y : years) {
			yearCombo.add(NLS.bind(TrackerMessages.portfolioRocYear, y));
		}
		int index = chosen == null ? 0 : java.util.Arrays.asList(yearCombo.getItems()).indexOf(chosen);
		yearCombo.select(Math.max(0, index));
		if (index < 0) {
			year = null;
		}
		viewer.setInput(entries.values().toArray());
		updateSummary();
		yearCombo.getParent().layout(true);
	}

	private void updateSummary() {
		long shown = entries.values().stream().filter(this::shown).count();
		long late = entries.values().stream().filter(this::shown).filter(e -> e.row() != null && e.row().overdue() > 0).count();
		long silent = entries.values().stream().filter(this::shown)
				.filter(e -> e.row() != null && !e.row().unitsNotReported().isEmpty()).count();
		summary.setText(NLS.bind(TrackerMessages.portfolioSummary, new Object[] { shown, late, silent }));
		summary.getParent().layout(true);
	}

	/** Shows the plans as of quarter {@code q} (1–4) of each plan's year. */
	public void setQuarter(int q) {
		quarter = q;
		quarterCombo.select(q - 1);
		for (Map.Entry<IFile, Entry> e : entries.entrySet()) {
			Entry old = e.getValue();
			if (old.plan() != null) {
				e.setValue(new Entry(old.file(), old.plan(), old.quarters().get(q - 1), old.quarters(), null));
			}
		}
		show();
	}

	/** A plan file saved, added or removed: its line alone is read again. */
	private void changed(IResourceChangeEvent event) {
		List<IFile> touched = new ArrayList<>();
		List<IFile> removed = new ArrayList<>();
		try {
			event.getDelta().accept(d -> {
				if (d.getResource() instanceof IFile f && PlanFiles.EXTENSION.equals(f.getFileExtension())
						&& !f.getFullPath().toString().contains("/.")) {
					if (d.getKind() == IResourceDelta.REMOVED) {
						removed.add(f);
					} else if (d.getKind() == IResourceDelta.ADDED || (d.getFlags() & IResourceDelta.CONTENT) != 0) {
						touched.add(f);
					}
				}
				return true;
			});
		} catch (CoreException e) {
			return;
		}
		if (touched.isEmpty() && removed.isEmpty()) {
			return;
		}
		Display display = viewer == null ? null : viewer.getTable().getDisplay();
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			removed.forEach(entries::remove);
			touched.forEach(f -> entries.put(f, read(f)));
			show();
		});
	}

	private void open(Entry e) {
		if (e == null) {
			return;
		}
		try {
			IDE.openEditor(getSite().getPage(), e.file(), PLAN_EDITOR, true);
		} catch (PartInitException ex) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), TrackerMessages.portfolioTitle, ex.getMessage());
		}
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
		super.dispose();
	}

	// --- for tests ----------------------------------------------------------------------------

	/** The plans and their lines, in workspace order. */
	public List<Entry> entries() {
		return List.copyOf(entries.values());
	}

	/** The lines as shown, in their order. */
	public List<Entry> shownEntries() {
		List<Entry> shown = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			shown.add((Entry) viewer.getElementAt(i));
		}
		return shown;
	}

	/** How many plan files have been read since the view opened. */
	public int reads() {
		return reads;
	}

	/** The table. */
	public Table table() {
		return viewer.getTable();
	}

	/** Filters the lines by text. */
	public void filter(String text) {
		filter.setText(text);
	}

	/** Opens the plan of a line, as a double-click does. */
	public void openPlan(Entry e) {
		open(e);
	}
}
