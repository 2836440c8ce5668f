package pdca.tracker.ui;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import pdca.model.ActionStatus;
import pdca.model.ImprovementAction;
import pdca.model.Plan;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.EvaluationHistory;
import pdca.model.logic.Figures;
import pdca.model.logic.StatusPalette;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Numbering;
import pdca.model.logic.Portfolio;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;

/**
 * The PDCA dashboard: the status of the plan in the active editor as of a quarter. It follows any part that
 * adapts to {@link Plan} (the plan editor, or another part that shows a plan) and redraws whenever the part's
 * command stack changes, so an entered check-in shows at once.
 */
public class DashboardView extends ViewPart {

	/** Id of the view. */
	public static final String ID = "pdca.tracker.ui.dashboard";

	private static final int GAP = 12;

	private Combo quarterCombo;
	private Label summary;
	private ScrolledComposite scroller;
	private Canvas canvas;
	private Font boldFont;

	private IWorkbenchPart editor;
	private Quarter quarter;
	private TrackerStatus status;
	/** Which lead units were to report for the quarter and which have not (the reminder). */
	private Portfolio.Reporting reporting;
	private int contentHeight = 600;
	private final List<String> painted = new java.util.ArrayList<>();

	private final CommandStackListener stackListener = event -> {
		Display display = Display.getDefault();
		if (display.getThread() == Thread.currentThread()) {
			refresh();
		} else {
			display.asyncExec(this::refresh);
		}
	};

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			IWorkbenchPart part = ref.getPart(false);
			if (planOf(part) != null) {
				follow(part);
			}
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			partActivated(ref);
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				follow(null);
				IEditorPart next = getSite().getPage().getActiveEditor();
				if (planOf(next) != null) {
					follow(next);
				}
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 4;
		root.setLayout(layout);
		new Label(root, SWT.NONE).setText(TrackerMessages.tracker_quarterLabel);
		quarterCombo = new Combo(root, SWT.READ_ONLY);
		quarterCombo.addListener(SWT.Selection, e -> {
			if (status != null && quarterCombo.getSelectionIndex() >= 0) {
				setQuarter(new Quarter(PlanEditors.year(status.plan()), quarterCombo.getSelectionIndex() + 1));
			}
		});
		summary = new Label(root, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		FontData fd = summary.getFont().getFontData()[0];
		boldFont = new Font(parent.getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
		summary.setFont(boldFont);

		scroller = new ScrolledComposite(root, SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
		scroller.setContent(canvas);
		scroller.addListener(SWT.Resize, e -> updateMinSize());

		getSite().getPage().addPartListener(partListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (planOf(active) != null) {
			follow(active);
		} else {
			refresh();
		}
	}

	@Override
	public void setFocus() {
		quarterCombo.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		follow(null);
		if (boldFont != null) {
			boldFont.dispose();
		}
		super.dispose();
	}

	/** The plan a part shows, or null when it shows none. */
	static Plan planOf(IWorkbenchPart part) {
		return part == null ? null : Adapters.adapt(part, Plan.class);
	}

	private static CommandStack stackOf(IWorkbenchPart part) {
		EditingDomain domain = part instanceof IEditingDomainProvider p ? p.getEditingDomain()
				: part == null ? null : Adapters.adapt(part, EditingDomain.class);
		return domain == null ? null : domain.getCommandStack();
	}

	/** Shows the plan of {@code part} (null: none) and listens to its command stack. */
	void follow(IWorkbenchPart part) {
		if (part == editor) {
			return;
		}
		CommandStack old = stackOf(editor);
		if (old != null) {
			old.removeCommandStackListener(stackListener);
		}
		editor = part;
		quarter = null;
		CommandStack stack = stackOf(editor);
		if (stack != null) {
			stack.addCommandStackListener(stackListener);
		}
		refresh();
	}

	/** The part whose plan is shown, or null. */
	public IWorkbenchPart editor() {
		return editor;
	}

	/** The status shown, or null when no plan is shown. */
	public TrackerStatus status() {
		return status;
	}

	/**
	 * The status shown, for commands contributed to the view's tool bar and menu (the meeting documents): they ask
	 * for {@code TrackerStatus} through the adapter mechanism and need no dependency on this plug-in. Deliberately
	 * not adapting to {@code Plan}: the view would then follow itself.
	 */
	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == TrackerStatus.class) {
			return type.cast(status);
		}
		return super.getAdapter(type);
	}

	/** The quarter shown, or null. */
	public Quarter quarter() {
		return status == null ? null : status.quarter();
	}

	/** The line above the charts (plan status, progress, counts). */
	public Label summaryLabel() {
		return summary;
	}

	public Combo quarterCombo() {
		return quarterCombo;
	}

	public Canvas canvas() {
		return canvas;
	}

	/** Shows the status as of {@code q}. */
	public void setQuarter(Quarter q) {
		quarter = q;
		refresh();
	}

	/** Recomputes the status from the plan and redraws. */
	public void refresh() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		Plan plan = planOf(editor);
		if (plan == null) {
			status = null;
			quarterCombo.setItems();
			summary.setText(TrackerMessages.tracker_noPlan);
		} else {
			int year = PlanEditors.year(plan);
			if (quarter == null || quarter.rocYear() != year) {
				quarter = TrackerStatus.defaultQuarter(plan);
				if (quarter.rocYear() != year) {
					quarter = new Quarter(year, 1);
				}
			}
			status = TrackerStatus.of(plan, quarter);
			reporting = Portfolio.reporting(plan, quarter);
			String[] items = new String[4];
			for (int q = 1; q <= 4; q++) {
				items[q - 1] = Terms.quarter(new Quarter(year, q));
			}
			if (quarterCombo.getItemCount() != 4 || !quarterCombo.getItem(0).equals(items[0])) {
				quarterCombo.setItems(items);
			}
			quarterCombo.select(quarter.quarter() - 1);
			summary.setText(summaryText(status));
		}
		summary.getParent().layout(true);
		canvas.redraw();
	}

	/** "106年第3季：整體落後，平均進度 92%・追蹤項目 74 項・逾期 8 項". */
	static String summaryText(TrackerStatus s) {
		return MessageBundle.bind(TrackerMessages.tracker_summary, new Object[] {
				Terms.quarter(s.quarter()),
				TrackerMessages.status(s.planStatus().effective()), s.planStatus().progress(), s.trackedItems(),
				s.overdue().size() });
	}

	private void updateMinSize() {
		scroller.setMinSize(new Point(300, contentHeight));
	}

	// ===== painting =====

	/** Paints the dashboard for the canvas's width (package-visible: tests paint it into an image). */
	void paint(GC gc) {
		painted.clear();
		Rectangle area = canvas.getClientArea();
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Display d = canvas.getDisplay();
		gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
		if (status == null) {
			text(gc, TrackerMessages.tracker_noPlan, GAP, GAP, true);
			return;
		}
		int lineH = gc.getFontMetrics().getHeight();
		int width = area.width - 2 * GAP;
		boolean twoColumns = width >= 900;
		int colW = twoColumns ? (width - GAP * 2) / 2 : width;
		int y = GAP;
		y = paintCounts(gc, GAP, y, width, lineH) + GAP * 2;
		if (reporting != null && !reporting.expected().isEmpty()) {
			y = paintReporting(gc, GAP, y, width, lineH) + GAP * 2;
		}
		int leftEnd = paintHeatMap(gc, GAP, y, colW, lineH);
		int rightX = twoColumns ? GAP * 3 + colW : GAP;
		int rightY = twoColumns ? y : leftEnd + GAP * 2;
		int rightEnd = paintKpis(gc, rightX, rightY, colW, lineH);
		y = Math.max(leftEnd, rightEnd) + GAP * 2;
		leftEnd = paintOverdue(gc, GAP, y, colW, lineH);
		rightY = twoColumns ? y : leftEnd + GAP * 2;
		rightEnd = paintImprovements(gc, rightX, rightY, colW, lineH);
		y = Math.max(leftEnd, rightEnd) + GAP * 2;
		y = paintTrend(gc, GAP, y, twoColumns ? colW : width, lineH) + GAP;
		if (y != contentHeight) {
			contentHeight = y;
			d.asyncExec(() -> {
				if (!scroller.isDisposed()) {
					updateMinSize();
				}
			});
		}
	}

	/** Draws a text and keeps it in {@link #paintedTexts()}. */
	private void text(GC gc, String text, int x, int y, boolean transparent) {
		painted.add(text);
		gc.drawText(text, x, y, transparent);
	}

	/** The texts the last paint wrote, in the order drawn (what a reader of the dashboard sees). */
	public List<String> paintedTexts() {
		return List.copyOf(painted);
	}

	private int title(GC gc, String text, int x, int y) {
		Font old = gc.getFont();
		gc.setFont(boldFont);
		text(gc, text, x, y, true);
		int h = gc.getFontMetrics().getHeight();
		gc.setFont(old);
		return y + h + 4;
	}

	private int paintCounts(GC gc, int x, int y, int width, int lineH) {
		y = title(gc, TrackerMessages.tracker_countsTitle, x, y);
		Map<ActionStatus, Integer> counts = status.counts();
		int total = Math.max(1, status.trackedItems());
		int barH = lineH + 8;
		int cx = x;
		for (ActionStatus s : ActionStatus.VALUES) {
			int n = counts.get(s);
			if (n == 0) {
				continue;
			}
			int w = (int) Math.round((double) width * n / total);
			Charts.statusCell(gc, new Rectangle(cx, y, Math.max(w, 2), barH), s, false);
			cx += w;
		}
		y += barH + 4;
		int lx = x;
		for (ActionStatus s : ActionStatus.VALUES) {
			String text = MessageBundle.bind(TrackerMessages.tracker_statusCount, TrackerMessages.status(s), counts.get(s));
			String label = Charts.symbol(s) + " " + text;
			int w = gc.textExtent(label).x + lineH + 16;
			if (lx + w > x + width) {
				lx = x;
				y += lineH + 4;
			}
			Charts.statusCell(gc, new Rectangle(lx, y + 2, lineH - 4, lineH - 4), s, false);
			text(gc, text, lx + lineH, y, true);
			lx += w;
		}
		return y + lineH;
	}

	/**
	 * The reminder: how many of the lead units have reported for the quarter, and the names of those that have not,
	 * each marked as behind, wrapped over as many lines as they take.
	 */
	private int paintReporting(GC gc, int x, int y, int width, int lineH) {
		int expected = reporting.expected().size();
		List<pdca.model.Unit> missing = reporting.notReported();
		y = title(gc, MessageBundle.bind(TrackerMessages.reporting_title, expected - missing.size(), expected), x, y);
		if (missing.isEmpty()) {
			text(gc, TrackerMessages.reporting_all, x, y, true);
			return y + lineH;
		}
		String label = TrackerMessages.reporting_missing;
		text(gc, label, x, y, true);
		int start = x + gc.textExtent(label).x + 8;
		int lx = start;
		for (pdca.model.Unit u : missing) {
			String name = pdca.model.validation.ElementPaths.unitName(u);
			int w = gc.textExtent(name).x + lineH + 16;
			if (lx + w > x + width && lx > start) {
				lx = start;
				y += lineH + 4;
			}
			Charts.statusCell(gc, new Rectangle(lx, y + 2, lineH - 4, lineH - 4), ActionStatus.DELAYED, false);
			text(gc, name, lx + lineH, y, true);
			lx += w;
		}
		return y + lineH;
	}

	/** For tests: the reminder the dashboard shows. */
	Portfolio.Reporting reporting() {
		return reporting;
	}

	private int paintHeatMap(GC gc, int x, int y, int width, int lineH) {
		y = title(gc, TrackerMessages.tracker_heatMapTitle, x, y);
		int cellW = Math.max(lineH * 3, Math.min(110, width / 8));
		int labelW = width - 4 * (cellW + 2);
		int rowH = lineH + 10;
		for (int q = 0; q < 4; q++) {
			String head = "Q" + (q + 1);
			text(gc, head, x + labelW + q * (cellW + 2) + (cellW - gc.textExtent(head).x) / 2, y, true);
		}
		y += lineH + 2;
		for (TrackerStatus.StrategyRow r : status.strategies()) {
			text(gc, Charts.fit(gc, r.label() + r.strategy().getText(), labelW - 6), x, y + 5, true);
			for (int q = 0; q < 4; q++) {
				Rectangle cell = new Rectangle(x + labelW + q * (cellW + 2), y, cellW, rowH - 2);
				ActionStatus s = r.quarters()[q];
				if (s == null) {
					gc.drawRectangle(cell.x, cell.y, cell.width - 1, cell.height - 1);
					String t = TrackerMessages.tracker_notYet;
					text(gc, Charts.fit(gc, t, cell.width - 4), cell.x + 4, cell.y + 4, true);
				} else {
					Charts.statusCell(gc, cell, s, true);
				}
			}
			y += rowH;
		}
		return y;
	}

	private int paintKpis(GC gc, int x, int y, int width, int lineH) {
		y = title(gc, MessageBundle.bind(TrackerMessages.kpi_title, Charts.number(status.thresholds().greenPercent()),
				Charts.number(status.thresholds().amberPercent())), x, y);
		List<KpiAchievement> kpis = status.kpis();
		if (kpis.isEmpty()) {
			text(gc, TrackerMessages.tracker_none, x, y, true);
			return y + lineH;
		}
		int labelW = width * 2 / 5;
		int barW = width - labelW - 8;
		for (KpiAchievement a : kpis) {
			text(gc, Charts.fit(gc, a.kpi().getName(), labelW - 6), x, y, true);
			Charts.kpiBar(gc, new Rectangle(x + labelW, y + 3, barW, lineH - 6), a);
			String value = Charts.symbol(a.level()) + " " + MessageBundle.bind(TrackerMessages.kpi_value, new Object[] {
					Charts.number(a.actual()), Charts.number(a.kpi().getTarget()), a.kpi().getUnit() == null ? "" : a.kpi().getUnit() });
			value = a.ratio() == null ? value
					: MessageBundle.bind(TrackerMessages.kpi_withAchievement, new Object[] { value, Figures.percent(a.ratio()), TrackerMessages.level(a.level()) });
			y += lineH;
			text(gc, Charts.fit(gc, value, barW), x + labelW, y, true);
			y += lineH + 6;
		}
		return y;
	}

	private int paintOverdue(GC gc, int x, int y, int width, int lineH) {
		List<ReviewAgenda.Overdue> overdue = status.overdue();
		y = title(gc, MessageBundle.bind(TrackerMessages.tracker_overdueTitle, overdue.size()), x, y);
		if (overdue.isEmpty()) {
			text(gc, TrackerMessages.tracker_none, x, y, true);
			return y + lineH;
		}
		int dateW = gc.textExtent(MessageBundle.bind(TrackerMessages.tracker_deadline, "106年12月31日")).x + 8;
		for (ReviewAgenda.Overdue o : overdue) {
			Charts.statusCell(gc, new Rectangle(x, y + 2, lineH - 4, lineH - 4), ActionStatus.DELAYED, false);
			text(gc, Charts.fit(gc, Numbering.path(o.item()) + " " + o.item().getText(), width - dateW - lineH - 4),
					x + lineH, y, true);
			if (o.deadline() != null) {
				text(gc, MessageBundle.bind(TrackerMessages.tracker_deadline, pdca.model.logic.Terms.date(o.deadline())), x + width - dateW, y, true);
			}
			y += lineH + 2;
		}
		return y;
	}

	private int paintImprovements(GC gc, int x, int y, int width, int lineH) {
		List<ReviewAgenda.OpenImprovement> open = status.openImprovements();
		y = title(gc, MessageBundle.bind(TrackerMessages.tracker_improvementsTitle, open.size()), x, y);
		if (open.isEmpty()) {
			text(gc, TrackerMessages.tracker_none, x, y, true);
			return y + lineH;
		}
		for (ReviewAgenda.OpenImprovement o : open) {
			ImprovementAction a = o.action();
			Charts.statusCell(gc, new Rectangle(x, y + 2, lineH - 4, lineH - 4), StatusPalette.colourOf(o), false);
			text(gc, Charts.fit(gc, a.getText(), width - lineH), x + lineH, y, true);
			y += lineH;
			String detail = improvementDetail(o);
			Color old = gc.getForeground();
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			text(gc, Charts.fit(gc, detail, width - lineH), x + lineH, y, true);
			gc.setForeground(old);
			y += lineH + 4;
		}
		return y;
	}

	/** "第一課・期限 106年6月30日・待辦・逾期": owner, due date, state and the overdue mark of an improvement action. */
	static String improvementDetail(ReviewAgenda.OpenImprovement o) {
		ImprovementAction a = o.action();
		String detail = MessageBundle.bind(TrackerMessages.tracker_improvementDetail, new Object[] {
				a.getOwner() == null ? TrackerMessages.tracker_ownerNone : a.getOwner().getName(),
				a.getDueDate() == null ? Figures.NONE : MessageBundle.bind(TrackerMessages.tracker_dueOn, pdca.model.logic.Terms.date(a.getDueDate())),
				TrackerMessages.improvement(a.getStatus()) });
		return o.late() ? MessageBundle.bind(TrackerMessages.tracker_improvementLate, detail, pdca.model.logic.Terms.overdue()) : detail;
	}

	private int paintTrend(GC gc, int x, int y, int width, int lineH) {
		y = title(gc, TrackerMessages.evaluation_title, x, y);
		List<EvaluationHistory.Series> series = status.evaluations();
		if (series.isEmpty()) {
			text(gc, TrackerMessages.tracker_none, x, y, true);
			return y + lineH;
		}
		int chartH = Math.max(140, lineH * 8);
		int axisW = gc.textExtent("100").x + 6;
		int legendW = Math.min(width / 3, 320);
		int plotX = x + axisW;
		int plotW = width - axisW - legendW - 10;
		Display d = canvas.getDisplay();
		Color grid = new Color(d, new RGB(0xDD, 0xDD, 0xDD));
		Color old = gc.getForeground();
		for (int v = 0; v <= 100; v += 20) {
			int gy = y + chartH - v * chartH / 100;
			gc.setForeground(grid);
			gc.drawLine(plotX, gy, plotX + plotW, gy);
			gc.setForeground(old);
			text(gc, String.valueOf(v), x, gy - lineH / 2, true);
		}
		int year = status.quarter().rocYear();
		for (int q = 1; q <= 4; q++) {
			int qx = plotX + (q - 1) * plotW / 3;
			text(gc, "Q" + q, qx - gc.textExtent("Q" + q).x / 2, y + chartH + 2, true);
		}
		RGB[] palette = { new RGB(0x00, 0x72, 0xB2), new RGB(0xD5, 0x5E, 0x00), new RGB(0x00, 0x9E, 0x73),
				new RGB(0xCC, 0x79, 0xA7), new RGB(0xE6, 0x9F, 0x00), new RGB(0x56, 0xB4, 0xE9) };
		int[] lineStyles = { SWT.LINE_SOLID, SWT.LINE_DASH, SWT.LINE_DOT, SWT.LINE_DASHDOT, SWT.LINE_SOLID, SWT.LINE_DASH };
		String[] marks = { "●", "■", "▲", "◆", "○", "□" };
		int ly = y;
		int i = 0;
		for (EvaluationHistory.Series s : series) {
			Color c = new Color(d, palette[i % palette.length]);
			gc.setForeground(c);
			gc.setLineWidth(2);
			gc.setLineStyle(lineStyles[i % lineStyles.length]);
			int px = -1;
			int py = -1;
			for (EvaluationHistory.Point p : s.points()) {
				if (p.quarter().rocYear() != year) {
					continue;
				}
				int qx = plotX + (p.quarter().quarter() - 1) * plotW / 3;
				int qy = y + chartH - (int) Math.round(Math.max(0, Math.min(100, p.score())) * chartH / 100);
				if (px >= 0) {
					gc.drawLine(px, py, qx, qy);
				}
				px = qx;
				py = qy;
			}
			gc.setLineStyle(SWT.LINE_SOLID);
			for (EvaluationHistory.Point p : s.points()) {
				if (p.quarter().rocYear() == year) {
					int qx = plotX + (p.quarter().quarter() - 1) * plotW / 3;
					int qy = y + chartH - (int) Math.round(Math.max(0, Math.min(100, p.score())) * chartH / 100);
					var e = gc.textExtent(marks[i % marks.length]);
					text(gc, marks[i % marks.length], qx - e.x / 2, qy - e.y / 2, true);
				}
			}
			gc.setLineWidth(1);
			EvaluationHistory.Point last = s.latestUpTo(status.quarter()).orElse(null);
			String legend = marks[i % marks.length] + " " + Charts.seriesName(s);
			text(gc, Charts.fit(gc, legend, legendW), x + width - legendW, ly, true);
			gc.setForeground(old);
			if (last != null) {
				text(gc, Charts.fit(gc, Charts.scoreLine(last), legendW - lineH), x + width - legendW + lineH, ly + lineH, true);
			}
			ly += lineH * 2 + 4;
			i++;
		}
		gc.setForeground(old);
		return Math.max(y + chartH + lineH + 4, ly);
	}
}
