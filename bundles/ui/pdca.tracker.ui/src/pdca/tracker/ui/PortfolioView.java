package pdca.tracker.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

import pdca.model.Identified;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.i18n.MessageBundle;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Figures;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Portfolio;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;
import pdca.model.validation.ElementPaths;

/**
 * The county portfolio: every plan of the workspace on one line as of a quarter, with the figures
 * of its own dashboard (status, progress, overdue items, units that have not reported, KPIs off
 * target, open improvement actions, the latest grade); plans needing attention first, any column
 * sortable, filtered by year and by text; double-click opens the plan. Below the lines, what
 * needs attention in the selected plan (overdue items, units that have not reported, KPIs off
 * target, late improvement actions, the latest evaluation); double-click opens the plan editor at
 * that element. The plans are read in a background job, the window stays usable meanwhile; a plan
 * saved anywhere updates its own line, the other plans are not read again.
 */
public class PortfolioView extends ViewPart {

	public static final String ID = "pdca.tracker.ui.portfolio";
	private static final String PLAN_EDITOR = "pdca.ui.planEditor";

	/** The marker attribute the plan editor reveals an element by (its id); the plan editor's ELEMENT_ID. */
	static final String ELEMENT_ID = "pdca.elementId";

	/** The jobs reading plans run one after the other, so their results arrive in the order asked. */
	private static final class Serial implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	}

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

		/**
		 * The plan's line in quarter {@code q} of its year for the heat map, or null for a quarter after the one
		 * chosen: not known yet at that quarter, as the dashboard leaves it (or when the plan could not be read).
		 */
		Portfolio.Row heat(int q) {
			return quarters.isEmpty() || row == null || q > row.quarter().quarter() ? null : quarters.get(q - 1);
		}

		/** The same plan seen at quarter {@code q}. */
		Entry at(int q) {
			return plan == null ? this : new Entry(file, plan, quarters.get(q - 1), quarters, null);
		}
	}

	/**
	 * One thing needing attention in a plan: its kind, where it is, what about it, and the element the plan editor
	 * is to show.
	 */
	public record Detail(String kind, String item, String note, EObject element) {
	}

	private final Map<IFile, Entry> entries = new LinkedHashMap<>();
	private int quarter = pdca.model.logic.Quarter.of(LocalDate.now()).quarter();
	private Integer year;
	private final AtomicInteger reads = new AtomicInteger();
	private final AtomicInteger readsOnUiThread = new AtomicInteger();
	private final ISchedulingRule serial = new Serial();
	/** Jobs scheduled whose results are not shown yet (UI thread only). */
	private int pending;
	private boolean loadedOnce;
	private final List<Job> jobs = new ArrayList<>();
	private TableViewer viewer;
	private TableViewer details;
	private Label detailsTitle;
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
		GridLayoutFactory.swtDefaults().numColumns(8).applyTo(c);
		new Label(c, SWT.NONE).setText(TrackerMessages.tracker_quarterLabel);
		quarterCombo = new Combo(c, SWT.READ_ONLY);
		for (int q = 1; q <= 4; q++) {
			quarterCombo.add(Terms.quarterShort(q));
		}
		quarterCombo.select(quarter - 1);
		quarterCombo.addListener(SWT.Selection, e -> setQuarter(quarterCombo.getSelectionIndex() + 1));
		new Label(c, SWT.NONE).setText(TrackerMessages.portfolio_year);
		yearCombo = new Combo(c, SWT.READ_ONLY);
		yearCombo.addListener(SWT.Selection, e -> {
			int i = yearCombo.getSelectionIndex();
			year = i <= 0 ? null : Integer.valueOf(yearCombo.getItem(i).replaceAll("\\D", ""));
			viewer.refresh();
			updateSummary();
		});
		new Label(c, SWT.NONE).setText(TrackerMessages.portfolio_filter);
		filter = new Text(c, SWT.BORDER | SWT.SEARCH);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Modify, e -> {
			viewer.refresh();
			updateSummary();
		});
		summary = new Label(c, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		org.eclipse.swt.widgets.Button present = new org.eclipse.swt.widgets.Button(c, SWT.PUSH);
		present.setText(TrackerMessages.portfolio_present);
		present.setToolTipText(TrackerMessages.portfolio_presentTip);
		present.addListener(SWT.Selection, e -> present());

		SashForm sash = new SashForm(c, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(8, 1).applyTo(sash);
		viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(TrackerMessages.portfolio_agency, 250, e -> agency(e), Comparator.comparing(e -> agency(e)));
		column(TrackerMessages.portfolio_yearColumn, 50, e -> e.plan() == null ? "" : String.valueOf(e.plan().getRocYear()),
				Comparator.comparingInt(e -> e.plan() == null ? 0 : e.plan().getRocYear()));
		TableViewerColumn status = column(TrackerMessages.portfolio_status, 80,
				e -> e.row() == null ? e.problem() : Terms.status(e.row().status().effective()),
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().status().effective().getValue()));
		status.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				Entry e = (Entry) o;
				return e.row() == null ? TrackerMessages.portfolio_unreadable : Terms.status(e.row().status().effective());
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
		column(TrackerMessages.portfolio_progress, 60, e -> e.row() == null ? "" : e.row().status().progress() + "%",
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().status().progress()));
		column(TrackerMessages.portfolio_overdue, 70,
				e -> e.row() == null ? "" : e.row().overdue() + " / " + e.row().trackedItems(),
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().overdue()));
		column(TrackerMessages.portfolio_reporting, 220, e -> reporting(e),
				Comparator.comparingDouble(e -> e.row() == null ? 2 : e.row().reportingShare()));
		column(TrackerMessages.portfolio_kpis, 80,
				e -> e.row() == null ? "" : e.row().kpisOffTarget() + " / " + e.row().kpisMeasured(),
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().kpisOffTarget()));
		column(TrackerMessages.portfolio_improvements, 90,
				e -> e.row() == null ? "" : e.row().lateImprovements() > 0
						? MessageBundle.bind(TrackerMessages.portfolio_late, e.row().openImprovements(), e.row().lateImprovements())
						: String.valueOf(e.row().openImprovements()),
				Comparator.comparingInt(e -> e.row() == null ? -1 : e.row().openImprovements()));
		column(TrackerMessages.portfolio_grade, 130, e -> grade(e),
				Comparator.comparingDouble(e -> e.row() == null || e.row().grade().isEmpty() ? -1 : e.row().grade().get().score()));
		TableViewerColumn lastYear = column(TrackerMessages.portfolio_lastYear, 110, e -> lastYearText(e),
				Comparator.comparingInt(e -> lastYear(e) == null ? Integer.MIN_VALUE : lastYear(e).progressChange()));
		lastYear.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				return lastYearText((Entry) o);
			}

			@Override
			public String getToolTipText(Object o) {
				Portfolio.YearOnYear y = lastYear((Entry) o);
				if (y == null) {
					return null;
				}
				Portfolio.Row last = y.lastYear();
				return MessageBundle.bind(TrackerMessages.portfolio_lastYearTip, new Object[] { Terms.quarter(last.quarter()),
						Terms.status(last.status().effective()), last.status().progress(), last.overdue(), last.kpisOffTarget(),
						last.grade().map(g -> Figures.number(g.score())).orElse(Figures.NONE),
						Figures.change((double) y.progressChange()), Figures.change((double) y.overdueChange()),
						Figures.change((double) y.kpisOffTargetChange()), y.scoreChange().map(Figures::change).orElse(Figures.NONE) });
			}
		});
		column(TrackerMessages.portfolio_file, 260, e -> e.file().getFullPath().makeRelative().toString(),
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
		table.addListener(SWT.MouseDown, e -> {
			org.eclipse.jface.viewers.ViewerCell cell = viewer.getCell(new org.eclipse.swt.graphics.Point(e.x, e.y));
			clickedColumn = cell == null ? -1 : cell.getColumnIndex();
		});
		viewer.addDoubleClickListener(e -> openCell((Entry) viewer.getStructuredSelection().getFirstElement(), clickedColumn));
		viewer.addSelectionChangedListener(e -> showDetails());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		createDetails(sash);
		sash.setWeights(3, 1);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
		readAll();
	}

	/** The list of what needs attention in the selected plan. */
	private void createDetails(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		detailsTitle = new Label(box, SWT.NONE);
		detailsTitle.setText(TrackerMessages.portfolio_detailsNone);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(detailsTitle);
		details = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = details.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		details.setContentProvider(ArrayContentProvider.getInstance());
		detailColumn(TrackerMessages.detail_kind, 130, Detail::kind);
		detailColumn(TrackerMessages.detail_item, 520, Detail::item);
		detailColumn(TrackerMessages.detail_note, 420, Detail::note);
		details.addDoubleClickListener(e -> reveal((Detail) details.getStructuredSelection().getFirstElement()));
	}

	private void detailColumn(String name, int width, Function<Detail, String> text) {
		TableViewerColumn column = new TableViewerColumn(details, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				return text.apply((Detail) o);
			}
		});
	}

	private void showDetails() {
		if (details == null || details.getTable().isDisposed()) {
			return;
		}
		Entry e = (Entry) viewer.getStructuredSelection().getFirstElement();
		List<Detail> list = e == null ? List.of() : details(e);
		details.setInput(list.toArray());
		detailsTitle.setText(e == null || e.row() == null ? TrackerMessages.portfolio_detailsNone
				: MessageBundle.bind(list.isEmpty() ? TrackerMessages.portfolio_detailsNothing : TrackerMessages.portfolio_details, agency(e),
						Terms.quarter(e.row().quarter())));
		detailsTitle.getParent().layout(true);
	}

	/**
	 * What needs attention in a plan as of the entry's quarter, as its dashboard and review agenda see it: overdue
	 * items, units that reported nothing, KPIs off target, late improvement actions, then the latest evaluation.
	 */
	public static List<Detail> details(Entry e) {
		if (e.row() == null) {
			return List.of();
		}
		Plan plan = e.plan();
		Quarter q = e.row().quarter();
		TrackerStatus status = TrackerStatus.of(plan, q);
		List<Detail> result = new ArrayList<>();
		for (ReviewAgenda.Overdue o : status.overdue()) {
			result.add(new Detail(TrackerMessages.detail_overdue, ElementPaths.describe(o.item()),
					MessageBundle.bind(TrackerMessages.detail_deadline, Terms.date(o.deadline()), Terms.status(o.status().effective())), o.item()));
		}
		for (Unit unit : e.row().unitsNotReported()) {
			long led = PlanStructure.trackedItems(plan).stream().map(PlanStructure::effectiveOwners)
					.filter(owners -> !owners.isEmpty() && owners.get(0) == unit).count();
			result.add(new Detail(TrackerMessages.detail_notReported, ElementPaths.unitName(unit),
					MessageBundle.bind(TrackerMessages.detail_unitItems, led, Terms.quarter(q)), unit));
		}
		for (ReviewAgenda.KpiOffTarget k : status.kpisOffTarget()) {
			result.add(new Detail(TrackerMessages.detail_kpi, k.kpi().getName() + " · " + ElementPaths.describe(k.owner()),
					MessageBundle.bind(TrackerMessages.detail_kpiNote, new Object[] { Figures.number(k.achievement().actual()),
							Figures.number(k.kpi().getTarget()), Terms.level(k.achievement().level()) }),
					k.kpi()));
		}
		for (ReviewAgenda.OpenImprovement i : status.openImprovements()) {
			if (i.late()) {
				result.add(new Detail(TrackerMessages.detail_improvement, i.action().getText(),
						MessageBundle.bind(TrackerMessages.detail_improvementNote, new Object[] { Terms.date(i.action().getDueDate()),
								Terms.improvement(i.action().getStatus()), i.raisedAt().getTitle() }),
						i.action()));
			}
		}
		e.row().grade().ifPresent(g -> result.add(new Detail(TrackerMessages.detail_grade,
				g.record().getForm() == null ? "" : (g.record().getForm().getLabel() == null ? "" : g.record().getForm().getLabel())
						+ g.record().getForm().getText() + (g.record().getUnit() == null ? "" : " · " + ElementPaths.unitName(g.record().getUnit())),
				MessageBundle.bind(TrackerMessages.detail_gradeNote, new Object[] { g.grade() == null ? Figures.NONE : g.grade().getName(),
						Figures.number(g.score()), g.date() == null ? Figures.NONE : Terms.date(g.date()) }),
				g.record())));
		return result;
	}

	private final List<Comparator<Entry>> orders = new ArrayList<>();

	/** The columns of the lines whose double-click opens the plan at the first element they count. */
	static final int OVERDUE_COLUMN = 8, REPORTING_COLUMN = 9, KPI_COLUMN = 10, IMPROVEMENTS_COLUMN = 11, GRADE_COLUMN = 12;

	/** The column of the last click in the lines, -1 outside them. */
	private int clickedColumn = -1;

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

	/**
	 * A heat-map column: the plan's status in quarter {@code q} of its year, as a coloured cell; 尚未到 (not yet) for a
	 * quarter after the one chosen.
	 */
	private void heat(int q) {
		TableViewerColumn column = column(Terms.quarterShort(q), 56, e -> heatText(e, q),
				Comparator.comparingInt(e -> e.heat(q) == null ? -1 : e.heat(q).status().effective().getValue()));
		column.getColumn().setAlignment(SWT.CENTER);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				return heatText((Entry) o, q);
			}

			@Override
			public Color getBackground(Object o) {
				Portfolio.Row r = ((Entry) o).heat(q);
				return r == null ? null : new Color(Charts.rgb(r.status().effective()));
			}

			@Override
			public Color getForeground(Object o) {
				Portfolio.Row r = ((Entry) o).heat(q);
				return r == null ? null : new Color(Charts.textOn(Charts.rgb(r.status().effective())));
			}

			@Override
			public String getToolTipText(Object o) {
				Portfolio.Row r = ((Entry) o).heat(q);
				return r == null ? null : Terms.quarter(r.quarter()) + "：" + Terms.status(r.status().effective());
			}
		});
	}

	private static String heatText(Entry e, int q) {
		Portfolio.Row r = e.heat(q);
		if (r == null) {
			return e.quarters().isEmpty() ? "" : TrackerMessages.tracker_notYet;
		}
		return Charts.symbol(r.status().effective());
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
			line += MessageBundle.bind(TrackerMessages.portfolio_notReported,
					r.unitsNotReported().stream().map(ElementPaths::unitName).collect(Collectors.joining("、")));
		}
		return line;
	}

	/** The plans of the portfolio by id: where a rolled-over plan finds last year's. */
	private final Map<String, Entry> byId = new java.util.HashMap<>();

	/** The line beside last year's, where the rollover linked the plans and last year's plan is in the portfolio. */
	public Portfolio.YearOnYear lastYear(Entry e) {
		if (e.row() == null || e.plan().getPreviousPlanId() == null) {
			return null;
		}
		Entry previous = byId.get(e.plan().getPreviousPlanId());
		if (previous == null || previous.plan() == null || !Portfolio.isPreviousOf(previous.plan(), e.plan())) {
			return null;
		}
		return Portfolio.yearOnYear(e.row(), previous.quarters().get(e.row().quarter().quarter() - 1));
	}

	private String lastYearText(Entry e) {
		Portfolio.YearOnYear y = lastYear(e);
		return y == null ? "" : MessageBundle.bind(TrackerMessages.portfolio_lastYearCell, y.lastYear().status().progress(),
				Figures.change((double) y.progressChange()));
	}

	private static String grade(Entry e) {
		if (e.row() == null || e.row().grade().isEmpty()) {
			return Figures.NONE;
		}
		var g = e.row().grade().get();
		return (g.grade() == null ? Figures.NONE : g.grade().getName()) + " " + Figures.number(g.score());
	}

	/** Reads every plan file of the open projects (hidden folders, such as the version history, left out), in a job. */
	private void readAll() {
		load(null, List.of());
	}

	private static List<IFile> planFiles() {
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
		return files;
	}

	/**
	 * Reads plan files in a job: all of them ({@code files} null), or those given; the lines of {@code removed} go.
	 * The result is shown on the UI thread when the job is done.
	 */
	private void load(List<IFile> files, List<IFile> removed) {
		Display display = viewer.getTable().getDisplay();
		pending++;
		updateSummary();
		Job job = new Job(TrackerMessages.portfolio_loading) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<IFile> toRead = files == null ? planFiles() : files;
				SubMonitor progress = SubMonitor.convert(monitor, MessageBundle.bind(TrackerMessages.portfolio_loadingCount, toRead.size()),
						toRead.size());
				// read and rolled up in parallel, as pdca portfolio does (each load has its own resource set); the
				// results keep the files' order
				List<Entry> read = toRead.parallelStream().map(f -> {
					if (progress.isCanceled()) {
						return null;
					}
					Entry e = read(f);
					synchronized (progress) {
						progress.subTask(f.getFullPath().makeRelative().toString());
						progress.worked(1);
					}
					return e;
				}).toList();
				if (progress.isCanceled() || read.contains(null)) {
					if (!display.isDisposed()) {
						display.asyncExec(() -> {
							jobs.remove(this);
							pending--;
						});
					}
					return Status.CANCEL_STATUS;
				}
				if (!display.isDisposed()) {
					display.asyncExec(() -> {
						jobs.remove(this);
						pending--;
						loadedOnce = true;
						if (viewer.getTable().isDisposed()) {
							return;
						}
						if (files == null) {
							entries.clear();
						}
						removed.forEach(entries::remove);
						read.forEach(e -> entries.put(e.file(), e.at(quarter)));
						show();
					});
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(serial);
		job.setSystem(false);
		jobs.add(job);
		IWorkbenchSiteProgressService progress = getSite() == null ? null : getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job);
		} else {
			job.schedule();
		}
	}

	private Entry read(IFile file) {
		reads.incrementAndGet();
		if (Display.getCurrent() != null) {
			readsOnUiThread.incrementAndGet();
		}
		try {
			Plan plan = PlanFiles.load(file.getLocation().toPath());
			return Entry.of(file, plan, 1);
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
		yearCombo.add(TrackerMessages.portfolio_allYears);
		for (int y : years) {
			yearCombo.add(MessageBundle.bind(TrackerMessages.portfolio_rocYear, y));
		}
		int index = chosen == null ? 0 : java.util.Arrays.asList(yearCombo.getItems()).indexOf(chosen);
		yearCombo.select(Math.max(0, index));
		if (index < 0) {
			year = null;
		}
		byId.clear();
		entries.values().stream().filter(e -> e.plan() != null && e.plan().getId() != null)
				.forEach(e -> byId.putIfAbsent(e.plan().getId(), e));
		Entry selected = (Entry) viewer.getStructuredSelection().getFirstElement();
		viewer.setInput(entries.values().toArray());
		Entry again = selected == null ? null : entries.get(selected.file());
		if (again != null) {
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(again), true);
		}
		showDetails();
		updateSummary();
		yearCombo.getParent().layout(true);
	}

	private void updateSummary() {
		if (pending > 0) {
			summary.setText(TrackerMessages.portfolio_loading);
			summary.getParent().layout(true);
			return;
		}
		long shown = entries.values().stream().filter(this::shown).count();
		long late = entries.values().stream().filter(this::shown).filter(e -> e.row() != null && e.row().overdue() > 0).count();
		long silent = entries.values().stream().filter(this::shown)
				.filter(e -> e.row() != null && !e.row().unitsNotReported().isEmpty()).count();
		summary.setText(MessageBundle.bind(TrackerMessages.portfolio_summary, new Object[] { shown, late, silent }));
		summary.getParent().layout(true);
	}

	/** Shows the plans as of quarter {@code q} (1–4) of each plan's year. */
	public void setQuarter(int q) {
		quarter = q;
		quarterCombo.select(q - 1);
		for (Map.Entry<IFile, Entry> e : entries.entrySet()) {
			Entry old = e.getValue();
			e.setValue(old.at(q));
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
		Display display = viewer == null || viewer.getTable().isDisposed() ? null : viewer.getTable().getDisplay();
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!viewer.getTable().isDisposed()) {
				load(touched, removed);
			}
		});
	}

	/**
	 * A double-click on a line: on the overdue items, the units reported, the KPIs off target, the improvement
	 * actions or the grade, the plan opens at the first of what that column counts (as in the list below the
	 * lines); elsewhere, or when there is nothing, the plan opens.
	 */
	public void openCell(Entry e, int column) {
		if (e == null) {
			return;
		}
		String kind = switch (column) {
			case OVERDUE_COLUMN -> TrackerMessages.detail_overdue;
			case REPORTING_COLUMN -> TrackerMessages.detail_notReported;
			case KPI_COLUMN -> TrackerMessages.detail_kpi;
			case IMPROVEMENTS_COLUMN -> TrackerMessages.detail_improvement;
			case GRADE_COLUMN -> TrackerMessages.detail_grade;
			default -> null;
		};
		Detail first = kind == null ? null : details(e).stream().filter(d -> d.kind().equals(kind)).findFirst().orElse(null);
		if (first != null) {
			reveal(e, first);
		} else {
			open(e);
		}
	}

	private void open(Entry e) {
		if (e == null) {
			return;
		}
		try {
			IDE.openEditor(getSite().getPage(), e.file(), PLAN_EDITOR, true);
		} catch (PartInitException ex) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), TrackerMessages.portfolio_title, ex.getMessage());
		}
	}

	/**
	 * Opens the plan of a detail in the plan editor and shows the detail's element there (on the page that shows such
	 * elements: the structure for an item, the KPIs, the organisation, the meetings, the evaluations), through the
	 * editor's marker navigation; the marker is gone again at once.
	 */
	private void reveal(Detail d) {
		reveal((Entry) viewer.getStructuredSelection().getFirstElement(), d);
	}

	private void reveal(Entry e, Detail d) {
		if (d == null || e == null) {
			return;
		}
		try {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), e.file(), PLAN_EDITOR, true);
			IGotoMarker target = Adapters.adapt(editor, IGotoMarker.class);
			if (target != null && d.element() instanceof Identified i && i.getId() != null) {
				IMarker marker = e.file().createMarker(IMarker.MARKER);
				try {
					marker.setAttribute(IMarker.TRANSIENT, true);
					marker.setAttribute(ELEMENT_ID, i.getId());
					target.gotoMarker(marker);
				} finally {
					marker.delete();
				}
			}
		} catch (CoreException ex) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), TrackerMessages.portfolio_title, ex.getMessage());
		}
	}

	/** The county slides of the lines shown, in their order, full screen. */
	public PresentationMode present() {
		List<PresentationMode.CountyLine> lines = new ArrayList<>();
		for (Entry e : shownEntries()) {
			if (e.row() != null) {
				lines.add(new PresentationMode.CountyLine(agency(e), e.row(), e.quarters()));
			}
		}
		return PresentationMode.openCounty(getSite().getShell(), lines, quarter);
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(changes);
		List.copyOf(jobs).forEach(Job::cancel);
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
		return reads.get();
	}

	/** How many of those were read on the UI thread (none should be: the window would freeze). */
	public int readsOnUiThread() {
		return readsOnUiThread.get();
	}

	/** Whether the plans have been read and nothing is being read again. */
	public boolean loaded() {
		return loadedOnce && pending == 0;
	}

	/** Selects a line, as a click does. */
	public void select(Entry e) {
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(e), true);
	}

	/** What needs attention in the selected plan, as listed below the lines. */
	public List<Detail> shownDetails() {
		List<Detail> shown = new ArrayList<>();
		for (int i = 0; i < details.getTable().getItemCount(); i++) {
			shown.add((Detail) details.getElementAt(i));
		}
		return shown;
	}

	/** The list of what needs attention. */
	public Table detailsTable() {
		return details.getTable();
	}

	/** Opens the plan at a detail's element, as a double-click on it does. */
	public void openDetail(Detail d) {
		reveal(d);
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
