package pdca.tracker.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import pdca.model.ActionStatus;
import pdca.model.ImprovementAction;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.EvaluationHistory;
import pdca.model.logic.Figures;
import pdca.model.logic.StatusPalette;
import pdca.model.logic.Terms;

import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.StatusRollup.ItemStatus;
import pdca.model.logic.TrackerStatus;
import pdca.model.schedule.RocDate;

/**
 * The projector view of the review meeting: a full-screen shell without editing chrome, white on black, large
 * type scaled to the screen (24 pt body text at 1920×1080), one slide after another: overview, each strategy,
 * overdue work, KPIs, improvement actions, evaluation. Long texts wrap and are shortened with "…"; a list too
 * long for one slide continues on the next. PageDown, → or Space: next; PageUp or ←: back; Esc: leave.
 * For the county portfolio ({@link #openCounty}): the heat map of the agencies' plans × quarters, then the plans
 * needing attention, for the planning department's meeting on the big screen.
 */
public final class PresentationMode {

	/** What a slide shows. */
	public enum Kind {
		OVERVIEW, STRATEGY, OVERDUE, KPIS, IMPROVEMENTS, EVALUATION, COUNTY_HEAT_MAP, COUNTY_ATTENTION
	}

	/**
	 * A plan of the county portfolio on the county slides.
	 *
	 * @param agency   the name shown for it
	 * @param row      its line at the quarter presented
	 * @param quarters its lines in the four quarters of its year
	 */
	public record CountyLine(String agency, pdca.model.logic.Portfolio.Row row, List<pdca.model.logic.Portfolio.Row> quarters) {
	}

	/**
	 * One line of a list slide.
	 *
	 * @param text   the main text (wraps up to three lines)
	 * @param detail the right-hand column (deadline, progress, value)
	 * @param status the status chip, or null
	 * @param kpi    an achievement bar under the text, or null
	 */
	public record Row(String text, String detail, ActionStatus status, KpiAchievement kpi, ActionStatus[] quarters) {

		public Row(String text, String detail, ActionStatus status, KpiAchievement kpi) {
			this(text, detail, status, kpi, null);
		}
	}

	/**
	 * One slide.
	 *
	 * @param kind     what it shows
	 * @param title    its heading
	 * @param subtitle a line under the heading (strategy status, …), or null
	 * @param rows     the list (empty for the overview)
	 * @param strategy the strategy of a strategy slide, else null
	 */
	public record Slide(Kind kind, String title, String subtitle, List<Row> rows, Strategy strategy) {
	}

	/** Body text size in points at 1080 lines; scaled with the screen. */
	static final double BODY_POINTS_AT_1080 = 24;

	private static final RGB BACKGROUND = new RGB(0, 0, 0);
	private static final RGB FOREGROUND = new RGB(255, 255, 255);
	private static final RGB ACCENT = new RGB(0xFF, 0xD7, 0x00);
	private static final RGB MUTED = new RGB(0xCC, 0xCC, 0xCC);

	private final Shell shell;
	private final Canvas canvas;
	private final TrackerStatus status;
	private final Plan plan;
	private final List<CountyLine> county;
	private final int countyQuarter;
	private List<Slide> slides = List.of();
	private int index;
	private Font title;
	private Font body;
	private Font small;
	private int bodyPoints;

	private PresentationMode(Display display, Rectangle bounds, Plan plan, Quarter quarter) {
		this(display, bounds, plan, TrackerStatus.of(plan, quarter), null, 0);
	}

	private PresentationMode(Display display, Rectangle bounds, Plan plan, TrackerStatus status, List<CountyLine> county,
			int countyQuarter) {
		this.plan = plan;
		this.status = status;
		this.county = county;
		this.countyQuarter = countyQuarter;
		shell = new Shell(display, SWT.NO_TRIM);
		shell.setText(plan == null ? TrackerMessages.slide_countyTitle : plan.getTitle() == null ? "PDCA" : plan.getTitle());
		shell.setBackground(new Color(display, BACKGROUND));
		shell.setBounds(bounds);
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Traverse, e -> e.doit = false); // Esc, Tab, PageUp/Down come as key presses
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.MouseDown, e -> {
			if (e.button == 1) {
				next();
			} else if (e.button == 3) {
				previous();
			}
		});
		shell.setData(PresentationMode.class.getName(), this);
		shell.addListener(SWT.Resize, e -> layoutSlides());
		shell.addListener(SWT.Dispose, e -> disposeFonts());
	}

	/**
	 * Opens the presentation of {@code plan} as of {@code quarter} full screen on the monitor of {@code parent}.
	 */
	public static PresentationMode open(Shell parent, Plan plan, Quarter quarter) {
		return open(parent.getDisplay(), parent.getMonitor().getBounds(), plan, quarter, true);
	}

	/** Opens the presentation on {@code bounds}; full screen if asked (tests use a smaller window to check 1280×720). */
	static PresentationMode open(Display display, Rectangle bounds, Plan plan, Quarter quarter, boolean fullScreen) {
		return new PresentationMode(display, bounds, plan, quarter).show(fullScreen);
	}

	/**
	 * Opens the county slides full screen on the monitor of {@code parent}: the plans of {@code lines}, in their order,
	 * each as of quarter {@code quarter} of its year.
	 */
	public static PresentationMode openCounty(Shell parent, List<CountyLine> lines, int quarter) {
		return openCounty(parent.getDisplay(), parent.getMonitor().getBounds(), lines, quarter, true);
	}

	/** Opens the county slides on {@code bounds}; full screen if asked. */
	static PresentationMode openCounty(Display display, Rectangle bounds, List<CountyLine> lines, int quarter, boolean fullScreen) {
		return new PresentationMode(display, bounds, null, null, List.copyOf(lines), quarter).show(fullScreen);
	}

	/** Lays the slides out, opens the shell (full screen if asked) and gives the canvas the keys. */
	private PresentationMode show(boolean fullScreen) {
		layoutSlides();
		shell.open();
		if (fullScreen) {
			shell.setFullScreen(true);
		}
		shell.forceActive();
		canvas.setFocus();
		return this;
	}

	/** The presentation shown in {@code shell}, or null. */
	public static PresentationMode of(Shell shell) {
		return shell.getData(PresentationMode.class.getName()) instanceof PresentationMode m ? m : null;
	}

	public Shell shell() {
		return shell;
	}

	public Canvas canvas() {
		return canvas;
	}

	public List<Slide> slides() {
		return List.copyOf(slides);
	}

	/** The slide shown, 0-based. */
	public int index() {
		return index;
	}

	public Slide current() {
		return slides.get(index);
	}

	/** The body text size in points. */
	public int bodyPoints() {
		return bodyPoints;
	}

	public void next() {
		show(index + 1);
	}

	public void previous() {
		show(index - 1);
	}

	public void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}

	private void show(int i) {
		int clamped = Math.max(0, Math.min(slides.size() - 1, i));
		if (clamped != index) {
			index = clamped;
			canvas.redraw();
		}
	}

	private void key(Event e) {
		switch (e.keyCode) {
			case SWT.PAGE_DOWN, SWT.ARROW_RIGHT, SWT.ARROW_DOWN, ' ' -> next();
			case SWT.PAGE_UP, SWT.ARROW_LEFT, SWT.ARROW_UP, SWT.BS -> previous();
			case SWT.HOME -> show(0);
			case SWT.END -> show(slides.size() - 1);
			case SWT.ESC -> close();
			default -> {
				if (e.character == ' ') {
					next();
				}
			}
		}
	}

	// ===== slides =====

	private void makeFonts(Rectangle area) {
		disposeFonts();
		double scale = Math.min(area.width / 1920.0, area.height / 1080.0);
		bodyPoints = (int) Math.max(12, Math.round(BODY_POINTS_AT_1080 * scale));
		FontData base = shell.getDisplay().getSystemFont().getFontData()[0];
		title = new Font(shell.getDisplay(), base.getName(), (int) Math.round(bodyPoints * 1.6), SWT.BOLD);
		body = new Font(shell.getDisplay(), base.getName(), bodyPoints, SWT.NORMAL);
		small = new Font(shell.getDisplay(), base.getName(), (int) Math.max(10, Math.round(bodyPoints * 0.75)), SWT.NORMAL);
	}

	private void disposeFonts() {
		for (Font f : new Font[] { title, body, small }) {
			if (f != null && !f.isDisposed()) {
				f.dispose();
			}
		}
	}

	/** Builds the slides for the shell's size: lists too long for one slide continue on the next. */
	private void layoutSlides() {
		Rectangle area = shell.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		Kind kindShown = slides.isEmpty() ? null : current().kind();
		makeFonts(area);
		GC gc = new GC(shell);
		try {
			List<Slide> all = new ArrayList<>();
			if (county != null) {
				countySlides(gc, area, all);
				slides = all;
				return;
			}
			all.add(new Slide(Kind.OVERVIEW, plan.getTitle(), quarterText(), List.of(), null));
			for (TrackerStatus.StrategyRow r : status.strategies()) {
				paginate(gc, area, new Slide(Kind.STRATEGY, r.label() + nz(r.strategy().getText()), strategyLine(r.status()),
						strategyRows(r.strategy()), r.strategy()), all);
			}
			paginate(gc, area, new Slide(Kind.OVERDUE, MessageBundle.bind(TrackerMessages.tracker_overdueTitle, status.overdue().size()),
					quarterText(), overdueRows(), null), all);
			paginate(gc, area, new Slide(Kind.KPIS, TrackerMessages.slide_kpis, MessageBundle.bind(TrackerMessages.kpi_title,
					Charts.number(status.thresholds().greenPercent()), Charts.number(status.thresholds().amberPercent())),
					kpiRows(), null), all);
			paginate(gc, area, new Slide(Kind.IMPROVEMENTS, MessageBundle.bind(TrackerMessages.tracker_improvementsTitle,
					status.openImprovements().size()), quarterText(), improvementRows(), null), all);
			paginate(gc, area, new Slide(Kind.EVALUATION, TrackerMessages.slide_evaluation, quarterText(), evaluationRows(),
					null), all);
			slides = all;
		} finally {
			gc.dispose();
			if (county != null) {
				index = kindShown == null ? 0 : Math.min(index, slides.size() - 1);
				canvas.redraw();
			}
		}
		if (county != null) {
			return;
		}
		if (kindShown == null) {
			index = 0;
		} else {
			index = Math.min(index, slides.size() - 1);
		}
		canvas.redraw();
	}

	/** The county slides: every plan's quarters as a heat map, then the plans needing attention and why. */
	private void countySlides(GC gc, Rectangle area, List<Slide> all) {
		long late = county.stream().filter(l -> l.row().overdue() > 0).count();
		long silent = county.stream().filter(l -> !l.row().unitsNotReported().isEmpty()).count();
		String summary = MessageBundle.bind(TrackerMessages.portfolio_summary, new Object[] { county.size(), late, silent });
		List<Row> heat = new ArrayList<>();
		List<Row> attention = new ArrayList<>();
		for (CountyLine l : county) {
			pdca.model.logic.Portfolio.Row r = l.row();
			ActionStatus[] quarters = new ActionStatus[4];
			// quarters after the one shown are not known yet at it, and stay empty as on the dashboard
			for (int q = 0; q < 4 && q < l.quarters().size() && q < r.quarter().quarter(); q++) {
				quarters[q] = l.quarters().get(q).status().effective();
			}
			String year = MessageBundle.bind(TrackerMessages.portfolio_rocYear, r.quarter().rocYear());
			heat.add(new Row(l.agency() + "  " + year, MessageBundle.bind(TrackerMessages.tracker_planProgress, r.status().progress()),
					r.status().effective(), null, quarters));
			if (pdca.model.logic.Portfolio.needsAttention(r)) {
				List<String> why = new ArrayList<>();
				if (r.overdue() > 0) {
					why.add(MessageBundle.bind(TrackerMessages.tracker_itemsOverdue, r.overdue()));
				}
				if (!r.unitsNotReported().isEmpty()) {
					why.add(MessageBundle.bind(TrackerMessages.slide_unitsNotReported, r.unitsNotReported().size(),
							r.unitsNotReported().stream().map(pdca.model.validation.ElementPaths::unitName)
									.collect(java.util.stream.Collectors.joining("、"))));
				}
				if (r.kpisOffTarget() > 0) {
					why.add(MessageBundle.bind(TrackerMessages.slide_kpisOffTarget, r.kpisOffTarget()));
				}
				if (r.lateImprovements() > 0) {
					why.add(MessageBundle.bind(TrackerMessages.slide_lateImprovements, r.lateImprovements()));
				}
				attention.add(new Row(l.agency() + "  " + year + "：" + String.join(" · ", why),
						MessageBundle.bind(TrackerMessages.tracker_planProgress, r.status().progress()), r.status().effective(), null));
			}
		}
		String quarter = Terms.quarterShort(countyQuarter);
		paginate(gc, area, new Slide(Kind.COUNTY_HEAT_MAP, MessageBundle.bind(TrackerMessages.slide_countyHeatMap, quarter), summary, heat,
				null), all);
		paginate(gc, area, new Slide(Kind.COUNTY_ATTENTION, MessageBundle.bind(TrackerMessages.slide_countyAttention, attention.size(), quarter),
				summary, attention, null), all);
	}

	private String quarterText() {
		return Terms.quarter(status.quarter());
	}

	private static String strategyLine(ItemStatus s) {
		return MessageBundle.bind(TrackerMessages.tracker_strategyLine, TrackerMessages.status(s.effective()), MessageBundle.bind(TrackerMessages.tracker_planProgress, s.progress()));
	}

	private List<Row> strategyRows(Strategy strategy) {
		List<Row> rows = new ArrayList<>();
		for (Method m : strategy.getMethods()) {
			ItemStatus s = status.rollup().statusOf(m);
			long late = PlanStructure.trackedItemsUnder(m).stream().filter(i -> status.rollup().statusOf(i).overdue()).count();
			String detail = late > 0 ? MessageBundle.bind(TrackerMessages.tracker_methodDetailOverdue, s.progress(), MessageBundle.bind(TrackerMessages.tracker_itemsOverdue, late))
					: MessageBundle.bind(TrackerMessages.tracker_methodDetail, s.progress());
			rows.add(new Row(Numbering.label(m) + nz(m.getText()), detail, s.effective(), null));
		}
		return rows;
	}

	private List<Row> overdueRows() {
		List<Row> rows = new ArrayList<>();
		for (ReviewAgenda.Overdue o : status.overdue()) {
			String detail = o.deadline() == null ? "" : MessageBundle.bind(TrackerMessages.tracker_deadline, pdca.model.logic.Terms.date(o.deadline()));
			rows.add(new Row(Numbering.path(o.item()) + " " + nz(o.item().getText()), MessageBundle.bind(TrackerMessages.tracker_overdueDetail,
					new Object[] { detail, TrackerMessages.status(o.status().reported()), o.status().progress() }), ActionStatus.DELAYED,
					null));
		}
		return rows;
	}

	private List<Row> kpiRows() {
		List<Row> rows = new ArrayList<>();
		for (KpiAchievement a : status.kpis()) {
			String value = MessageBundle.bind(TrackerMessages.kpi_value, new Object[] { Charts.number(a.actual()),
					Charts.number(a.kpi().getTarget()), nz(a.kpi().getUnit()) });
			String level = Charts.symbol(a.level()) + " " + TrackerMessages.level(a.level());
			String detail = a.ratio() == null ? MessageBundle.bind(TrackerMessages.tracker_kpiSlideDetail, value, level)
					: MessageBundle.bind(TrackerMessages.tracker_kpiSlideDetailWithRatio, new Object[] { value, level, Figures.percent(a.ratio()) });
			rows.add(new Row(nz(a.kpi().getName()), detail, null, a));
		}
		return rows;
	}

	private List<Row> improvementRows() {
		List<Row> rows = new ArrayList<>();
		for (ReviewAgenda.OpenImprovement o : status.openImprovements()) {
			ImprovementAction a = o.action();
			String due = a.getDueDate() == null ? Figures.NONE : MessageBundle.bind(TrackerMessages.tracker_dueOn, pdca.model.logic.Terms.date(a.getDueDate()));
			String detail = MessageBundle.bind(o.late() ? TrackerMessages.improvementSlide_detailLate : TrackerMessages.improvementSlide_detail,
					new Object[] { a.getOwner() == null ? TrackerMessages.tracker_ownerNone : a.getOwner().getName(), due, Terms.overdue() });
			rows.add(new Row(MessageBundle.bind(TrackerMessages.improvementSlide_title, nz(a.getText()), TrackerMessages.improvement(a.getStatus())),
					detail, StatusPalette.colourOf(o), null));
		}
		return rows;
	}

	private List<Row> evaluationRows() {
		List<Row> rows = new ArrayList<>();
		for (EvaluationHistory.Series s : status.evaluations()) {
			EvaluationHistory.Point p = s.latestUpTo(status.quarter()).orElse(null);
			if (p == null) {
				continue;
			}
			StringBuilder trend = new StringBuilder();
			for (EvaluationHistory.Point each : s.pointsUpTo(status.quarter())) {
				trend.append(trend.length() == 0 ? "" : " → ").append(Charts.number(each.score()));
			}
			rows.add(new Row(MessageBundle.bind(TrackerMessages.evaluation_trend, Charts.seriesName(s), trend), Charts.scoreLine(p),
					p.fell() ? ActionStatus.DELAYED : ActionStatus.DONE, null));
		}
		return rows;
	}

	// ===== geometry =====

	private record Frame(int margin, int top, int bottom, int textX, int textW, int detailX, int detailW, int chip) {
	}

	private Frame frame(GC gc, Rectangle area, Slide slide) {
		int margin = Math.max(16, area.width / 25);
		gc.setFont(title);
		int titleH = gc.getFontMetrics().getHeight();
		int titleLines = Charts.wrap(gc, slide.title(), area.width - 2 * margin, 2).size();
		gc.setFont(small);
		int smallH = gc.getFontMetrics().getHeight();
		gc.setFont(body);
		int lineH = gc.getFontMetrics().getHeight();
		int top = margin / 2 + titleLines * titleH + (slide.subtitle() == null ? 0 : lineH) + lineH / 2
				+ (slide.kind() == Kind.COUNTY_HEAT_MAP ? smallH / 2 : 0); // room for the quarters' heads
		int bottom = area.height - smallH - margin / 2;
		int chip = lineH;
		int contentW = area.width - 2 * margin;
		int detailW = contentW * 3 / 10;
		int textX = margin + chip + lineH / 2;
		int textW = contentW - chip - lineH / 2 - detailW - lineH / 2;
		return new Frame(margin, top, bottom, textX, textW, area.width - margin - detailW, detailW, chip);
	}

	private int rowHeight(GC gc, Frame f, Row row) {
		gc.setFont(body);
		int lineH = gc.getFontMetrics().getHeight();
		int lines = Math.max(Charts.wrap(gc, row.text(), textWidth(f, row), 3).size(), row.detail().split("\n").length);
		return lines * lineH + (row.kpi() != null ? lineH * 2 / 3 : 0) + lineH / 3;
	}

	private void paginate(GC gc, Rectangle area, Slide slide, List<Slide> out) {
		List<Row> rows = slide.rows().isEmpty() ? List.of(new Row(TrackerMessages.tracker_none, "", null, null)) : slide.rows();
		Frame f = frame(gc, area, slide);
		int available = f.bottom() - f.top();
		List<List<Row>> pages = new ArrayList<>();
		List<Row> page = new ArrayList<>();
		int used = 0;
		for (Row r : rows) {
			int h = rowHeight(gc, f, r);
			if (!page.isEmpty() && used + h > available) {
				pages.add(page);
				page = new ArrayList<>();
				used = 0;
			}
			page.add(r);
			used += h;
		}
		pages.add(page);
		for (int i = 0; i < pages.size(); i++) {
			String t = pages.size() == 1 ? slide.title() : MessageBundle.bind(TrackerMessages.slide_continued, new Object[] {
					slide.title(), i + 1, pages.size() });
			out.add(new Slide(slide.kind(), t, slide.subtitle(), pages.get(i), slide.strategy()));
		}
	}

	// ===== painting =====

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		Display d = canvas.getDisplay();
		gc.setBackground(new Color(d, BACKGROUND));
		gc.fillRectangle(area);
		if (slides.isEmpty() || body == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Slide slide = current();
		Frame f = frame(gc, area, slide);
		// heading
		gc.setFont(title);
		gc.setForeground(new Color(d, ACCENT));
		int y = f.margin() / 2;
		int titleH = gc.getFontMetrics().getHeight();
		for (String line : Charts.wrap(gc, slide.title(), area.width - 2 * f.margin(), 2)) {
			gc.drawText(line, f.margin(), y, true);
			y += titleH;
		}
		gc.setFont(body);
		gc.setForeground(new Color(d, MUTED));
		if (slide.subtitle() != null) {
			gc.drawText(Charts.fit(gc, slide.subtitle(), area.width - 2 * f.margin()), f.margin(), y, true);
		}
		gc.setForeground(new Color(d, FOREGROUND));
		if (slide.kind() == Kind.OVERVIEW) {
			paintOverview(gc, area, f);
		} else {
			if (slide.kind() == Kind.COUNTY_HEAT_MAP) {
				paintQuarterHeads(gc, f);
			}
			paintRows(gc, f, slide.rows());
		}
		// footer: help on the left, slide number on the right
		gc.setFont(small);
		gc.setForeground(new Color(d, MUTED));
		int footY = area.height - gc.getFontMetrics().getHeight() - f.margin() / 4;
		String number = MessageBundle.bind(TrackerMessages.slide_number, index + 1, slides.size());
		Point ne = gc.textExtent(number);
		gc.drawText(number, area.width - f.margin() - ne.x, footY, true);
		gc.drawText(Charts.fit(gc, TrackerMessages.slide_help, area.width - 3 * f.margin() - ne.x), f.margin(), footY, true);
	}

	private void paintRows(GC gc, Frame f, List<Row> rows) {
		gc.setFont(body);
		int lineH = gc.getFontMetrics().getHeight();
		int y = f.top();
		for (Row r : rows) {
			int h = rowHeight(gc, f, r);
			if (r.status() != null) {
				Charts.statusCell(gc, new Rectangle(f.margin(), y + 2, f.chip() - 4, lineH - 4), r.status(), false);
			} else if (r.kpi() != null) {
				Charts.statusCell(gc, new Rectangle(f.margin(), y + 2, f.chip() - 4, lineH - 4), levelAsStatus(r.kpi()), false);
			}
			int ty = y;
			for (String line : Charts.wrap(gc, r.text(), textWidth(f, r), 3)) {
				gc.drawText(line, f.textX(), ty, true);
				ty += lineH;
			}
			if (r.quarters() != null) {
				paintQuarters(gc, f, y, lineH, r.quarters());
			}
			int dy = y;
			for (String line : r.detail().split("\n")) {
				if (!line.isEmpty()) {
					String fitted = Charts.fit(gc, line, f.detailW());
					gc.drawText(fitted, f.detailX() + f.detailW() - gc.textExtent(fitted).x, dy, true);
				}
				dy += lineH;
			}
			if (r.kpi() != null) {
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
				Charts.kpiBar(gc, new Rectangle(f.textX(), Math.max(ty, dy) + 2, f.textW(), lineH / 2), r.kpi());
			}
			y += h;
		}
	}

	private static int quarterCellWidth(Frame f) {
		return f.detailW() * 2 / 3 / 4;
	}

	/** The width of a row's text: less the heat map's four cells on a heat-map row. */
	private static int textWidth(Frame f, Row r) {
		return r.quarters() == null ? f.textW() : f.textW() - 4 * (quarterCellWidth(f) + 4);
	}

	/** The heat map's column heads (第1季 … 第4季) just above the first row, in the small type. */
	private void paintQuarterHeads(GC gc, Frame f) {
		gc.setFont(body);
		int lineH = gc.getFontMetrics().getHeight();
		gc.setFont(small);
		int cellW = quarterCellWidth(f);
		int y = f.top() - gc.getFontMetrics().getHeight() - 2;
		for (int q = 0; q < 4; q++) {
			int x = f.detailX() - lineH / 2 - (4 - q) * (cellW + 4) + 4;
			String head = Terms.quarterShort(q + 1);
			gc.drawText(head, x + (cellW - gc.textExtent(head).x) / 2, y, true);
		}
		gc.setFont(body);
	}

	/** A heat-map row: the four quarters' statuses as cells with their symbols, left of the detail column. */
	private void paintQuarters(GC gc, Frame f, int y, int lineH, ActionStatus[] quarters) {
		int cellW = quarterCellWidth(f);
		for (int q = 0; q < 4; q++) {
			Rectangle cell = new Rectangle(f.detailX() - lineH / 2 - (4 - q) * (cellW + 4) + 4, y + 2, cellW, lineH - 4);
			if (quarters[q] == null) {
				gc.drawRectangle(cell.x, cell.y, cell.width - 1, cell.height - 1);
			} else {
				Charts.statusCell(gc, cell, quarters[q], true);
			}
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
	}

	private static ActionStatus levelAsStatus(KpiAchievement a) {
		return switch (a.level()) {
			case MET -> ActionStatus.DONE;
			case NEAR -> ActionStatus.AT_RISK;
			case MISSED -> ActionStatus.DELAYED;
			default -> ActionStatus.NOT_STARTED;
		};
	}

	private void paintOverview(GC gc, Rectangle area, Frame f) {
		gc.setFont(body);
		int lineH = gc.getFontMetrics().getHeight();
		int width = area.width - 2 * f.margin();
		int y = f.top();
		ItemStatus p = status.planStatus();
		// the plan's status, large
		gc.setFont(title);
		int titleH = gc.getFontMetrics().getHeight();
		Charts.statusCell(gc, new Rectangle(f.margin(), y, titleH, titleH), p.effective(), false);
		String headline = MessageBundle.bind(TrackerMessages.tracker_headline, new Object[] { TrackerMessages.status(p.effective()),
				MessageBundle.bind(TrackerMessages.tracker_planProgress, p.progress()), MessageBundle.bind(TrackerMessages.tracker_itemsOverdue, status.overdue().size()) });
		gc.drawText(Charts.fit(gc, headline, width - titleH * 2), f.margin() + titleH * 3 / 2, y, true);
		y += titleH + lineH / 2;
		// counts per status: a bar and its legend
		gc.setFont(body);
		Map<ActionStatus, Integer> counts = status.counts();
		int total = Math.max(1, status.trackedItems());
		int x = f.margin();
		for (ActionStatus s : ActionStatus.VALUES) {
			int n = counts.get(s);
			if (n > 0) {
				int w = (int) Math.round((double) width * n / total);
				Charts.statusCell(gc, new Rectangle(x, y, Math.max(2, w), lineH), s, false);
				x += w;
			}
		}
		y += lineH + lineH / 3;
		x = f.margin();
		for (ActionStatus s : ActionStatus.VALUES) {
			String label = MessageBundle.bind(TrackerMessages.tracker_statusCount, TrackerMessages.status(s), counts.get(s));
			int w = gc.textExtent(label).x + lineH * 2;
			if (x + w > f.margin() + width) {
				x = f.margin();
				y += lineH;
			}
			Charts.statusCell(gc, new Rectangle(x, y + 2, lineH - 4, lineH - 4), s, false);
			gc.drawText(label, x + lineH, y, true);
			x += w;
		}
		y += lineH * 3 / 2;
		// heat map: strategies × quarters
		int cellW = Math.max(lineH * 3, width / 9);
		int labelW = width - 4 * (cellW + 4);
		int rowH = lineH + lineH / 3;
		for (int q = 0; q < 4; q++) {
			String head = "Q" + (q + 1);
			gc.drawText(head, f.margin() + labelW + q * (cellW + 4) + (cellW - gc.textExtent(head).x) / 2, y, true);
		}
		y += lineH;
		List<TrackerStatus.StrategyRow> rows = status.strategies();
		for (int i = 0; i < rows.size(); i++) {
			if (y + rowH > f.bottom()) {
				gc.drawText("…", f.margin(), y - lineH / 3, true);
				break;
			}
			TrackerStatus.StrategyRow r = rows.get(i);
			gc.drawText(Charts.fit(gc, r.label() + nz(r.strategy().getText()), labelW - lineH / 2), f.margin(), y, true);
			for (int q = 0; q < 4; q++) {
				Rectangle cell = new Rectangle(f.margin() + labelW + q * (cellW + 4), y, cellW, rowH - 4);
				if (r.quarters()[q] == null) {
					gc.drawRectangle(cell.x, cell.y, cell.width - 1, cell.height - 1);
				} else {
					Charts.statusCell(gc, cell, r.quarters()[q], true);
				}
			}
			y += rowH;
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
