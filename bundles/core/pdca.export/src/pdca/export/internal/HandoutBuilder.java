package pdca.export.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import pdca.export.internal.MeetingPaper.Contents;
import pdca.export.internal.MeetingPaper.Fields;
import pdca.export.internal.MeetingPaper.Heading;
import pdca.export.internal.MeetingPaper.HeatMap;
import pdca.export.internal.MeetingPaper.HeatRow;
import pdca.export.internal.MeetingPaper.KpiBar;
import pdca.export.internal.MeetingPaper.KpiBars;
import pdca.export.internal.MeetingPaper.Segment;
import pdca.export.internal.MeetingPaper.StatusBar;
import pdca.export.internal.MeetingPaper.Style;
import pdca.export.internal.MeetingPaper.Table;
import pdca.export.internal.MeetingPaper.Text;
import pdca.export.internal.MeetingPaper.Title;
import pdca.model.ActionStatus;
import pdca.model.ImprovementAction;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.logic.Figures;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Numbering;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.StatusPalette;
import pdca.model.logic.StatusRollup.ItemStatus;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;
import pdca.model.schedule.ChineseNumerals;

/**
 * Builds the handout of a quarter's review meeting (會議資料) from the rules layer only: the status and its counts,
 * heat map and KPIs from {@link TrackerStatus}; overdue work, KPIs off target, scores that fell and the improvement
 * actions still open from earlier meetings from the meeting's {@link ReviewAgenda}; words from {@link Terms}, figures
 * from {@link Figures}, colours and symbols from {@link StatusPalette}. Nothing is decided here.
 */
public final class HandoutBuilder {

	/** Names of the handout's tables in the ODT. */
	public static final String AGENDA = "Agenda", COUNTS = "Counts", OVERDUE = "Overdue", KPIS_OFF_TARGET = "KpisOffTarget",
			SCORES_FELL = "ScoresFell", OPEN_IMPROVEMENTS = "OpenImprovements";

	private final Plan plan;
	private final Quarter quarter;
	private final ReviewMeeting meeting;
	private final TrackerStatus status;
	private final ReviewAgenda agenda;
	private final List<Heading> refs = new ArrayList<>();

	/**
	 * @param meeting the quarter's review meeting, or null when none is recorded yet (then the agenda is the
	 *                quarter's, as of its last day)
	 */
	public HandoutBuilder(Plan plan, Quarter quarter, ReviewMeeting meeting) {
		this.plan = plan;
		this.quarter = quarter;
		this.meeting = meeting;
		this.status = TrackerStatus.of(plan, quarter);
		this.agenda = meeting == null ? status.agenda() : ReviewAgenda.of(plan, meeting);
	}

	public TrackerStatus status() {
		return status;
	}

	public ReviewAgenda agenda() {
		return agenda;
	}

	/** The handout laid out into pages, with the pages of its sections filled into the agenda and the contents. */
	public Handout build(String generated) {
		List<List<String>> agendaRows = new ArrayList<>();
		MeetingPaper paper = paper(generated, agendaRows);
		return new Handout(paper, agendaRows, java.util.Collections.unmodifiableList(new ArrayList<>(refs)));
	}

	/**
	 * The handout before its layout.
	 *
	 * @param agendaRows the agenda's rows: their last cell is to hold the page of their section
	 * @param targets    the section of each agenda row (null for none), in row order
	 */
	public record Handout(MeetingPaper paper, List<List<String>> agendaRows, List<Heading> targets) {

		/** Writes the page of each agenda row's section into the row. */
		void fillPages(PaperLayout.Pages pages) {
			for (int i = 0; i < agendaRows.size(); i++) {
				Heading h = targets.get(i);
				agendaRows.get(i).set(3, h == null ? "" : String.valueOf(pages.pageOf(h)));
			}
		}

		/**
		 * Lays the handout out into pages ({@link PaperLayout#paginate}) and checks the layout against the PDF: when a
		 * page's content took more room than the layout reckoned (an extra page, a heading on another page than the
		 * contents say), it is laid out again with less on each page.
		 */
		public PaperLayout.Pages layOut(String producer, ZonedDateTime created, BooleanSupplier canceled) throws IOException {
			PaperLayout.Pages pages = null;
			for (float fill = PaperLayout.FILL; fill > 0.5f; fill -= 0.08f) {
				pages = PaperLayout.paginate(paper, fill);
				fillPages(pages);
				PaperPdfWriter.Result r = new PaperPdfWriter(paper, pages, producer, created).measure(canceled);
				if (r.pageCount() == pages.pages().size() && headingsWhereLaid(pages, r)) {
					return pages;
				}
			}
			return pages;
		}

		private boolean headingsWhereLaid(PaperLayout.Pages pages, PaperPdfWriter.Result r) {
			int index = 0;
			for (MeetingPaper.Block b : paper.blocks()) {
				if (b instanceof Heading h) {
					Integer found = r.headingPages().get(index++);
					if (found == null || found != pages.pageOf(h)) {
						return false;
					}
				}
			}
			return true;
		}
	}

	/** The meeting's title: the recorded one, else the usual title of the quarter's meeting. */
	public static String meetingTitle(ReviewMeeting meeting, Quarter quarter) {
		return meeting != null && meeting.getTitle() != null && !meeting.getTitle().isBlank() ? meeting.getTitle().strip()
				: Labels.format("meeting.defaultTitle", String.valueOf(quarter.rocYear()), String.valueOf(quarter.quarter()));
	}

	/** 106年7月11日（星期二）. */
	static String dateWithWeekday(LocalDate date) {
		String[] days = Labels.get("meeting.weekdays").split(",");
		return ReportBuilder.date(date) + Labels.format("meeting.weekday", days[date.getDayOfWeek().getValue() - 1]);
	}

	private MeetingPaper paper(String generated, List<List<String>> agendaRows) {
		String agency = ReportBuilder.agencyName(plan);
		String title = meetingTitle(meeting, quarter);
		MeetingPaper p = new MeetingPaper(Labels.format("handout.docTitle", title), agency, Labels.get("handout.subject"), true);

		// cover
		p.add(new Title(agency, 20, true, true, 14));
		p.add(new Title(title, 16, true, false, 10));
		p.add(new Title(Labels.get("handout.cover"), 26, true, true, 24));
		p.add(new Title(ReportBuilder.nz(plan.getTitle()), 12, false, false, 40));
		List<String[]> cover = new ArrayList<>();
		cover.add(new String[] { Labels.get("handout.date"),
				meeting != null && meeting.getDate() != null ? dateWithWeekday(meeting.getDate()) : Labels.get("meeting.blank") });
		cover.add(new String[] { Labels.get("handout.place"), Labels.get("meeting.blank") });
		cover.add(new String[] { Labels.get("handout.chair"), meeting != null && meeting.getChair() != null
				&& !meeting.getChair().isBlank() ? meeting.getChair().strip() : Labels.get("meeting.blank") });
		cover.add(new String[] { Labels.get("handout.asOf"), Labels.format("handout.asOfValue", ReportBuilder.date(quarter.end()),
				quarterName(quarter)) });
		if (!agenda.cutoff().equals(quarter.end())) {
			cover.add(new String[] { Labels.get("handout.improvementsAsOf"), ReportBuilder.date(agenda.cutoff()) });
		}
		if (meeting != null && meeting.getBaseline() != null && !meeting.getBaseline().isBlank()) {
			// the named version of the plan this meeting reviews, so that the minutes can be read against it later
			cover.add(new String[] { Labels.get("handout.baseline"), meeting.getBaseline().strip() });
		}
		p.add(new Fields(cover));
		p.add(new Text(Style.NOTE, Labels.format("meeting.generated", generated)));

		p.add(new Contents(Labels.get("handout.contents")));

		Heading hStatus = new Heading(1, Labels.get("handout.h.status"));
		Heading hOverdue = new Heading(1, Labels.format("handout.h.overdue", String.valueOf(agenda.overdue().size())));
		Heading hKpis = new Heading(1, Labels.format("handout.h.kpisOff", String.valueOf(agenda.kpisOffTarget().size())));
		Heading hScores = new Heading(1, Labels.format("handout.h.scores", String.valueOf(agenda.scoresFell().size())));
		Heading hImprovements = new Heading(1, Labels.format("handout.h.improvements", String.valueOf(agenda.improvementActions().size())));

		// 壹、會議議程
		p.add(new Heading(1, Labels.get("handout.h.agenda")));
		ItemStatus plan = status.planStatus();
		long late = agenda.improvementActions().stream().filter(ReviewAgenda.OpenImprovement::late).count();
		agendaRow(agendaRows, Labels.get("handout.agenda.status"), Labels.format("handout.agenda.statusNote",
				ReportBuilder.status(plan.effective()), String.valueOf(plan.progress()), String.valueOf(status.trackedItems())), hStatus);
		agendaRow(agendaRows, Labels.get("handout.agenda.overdue"), count(agenda.overdue().size()), hOverdue);
		agendaRow(agendaRows, Labels.get("handout.agenda.kpis"), count(agenda.kpisOffTarget().size()), hKpis);
		agendaRow(agendaRows, Labels.get("handout.agenda.scores"), count(agenda.scoresFell().size()), hScores);
		agendaRow(agendaRows, Labels.get("handout.agenda.improvements"), Labels.format("handout.agenda.countLate",
				String.valueOf(agenda.improvementActions().size()), String.valueOf(late)), hImprovements);
		agendaRow(agendaRows, Labels.get("handout.agenda.motions"), "", null);
		p.add(new Table(AGENDA, List.of(Labels.get("handout.agenda.no"), Labels.get("handout.agenda.item"),
				Labels.get("handout.agenda.note"), Labels.get("handout.agenda.page")), agendaRows, new float[] { 1, 6, 6, 1.2f },
				new boolean[] { false, false, false, true }, none(agendaRows.size())));

		statusSection(p, hStatus);
		overdue(p, hOverdue);
		kpisOffTarget(p, hKpis);
		scoresFell(p, hScores);
		improvements(p, hImprovements);
		return p;
	}

	/** An agenda row; its page cell is filled in after the layout ({@link Handout#fillPages}). */
	private void agendaRow(List<List<String>> rows, String item, String note, Heading section) {
		List<String> row = new ArrayList<>(List.of(ChineseNumerals.format(rows.size() + 1), item, note, "00"));
		rows.add(row);
		refs.add(section);
	}

	private static String count(int n) {
		return Labels.format("handout.agenda.count", String.valueOf(n));
	}

	private static String quarterName(Quarter q) {
		return Terms.quarter(ReportBuilder.REPORT_LOCALE, q);
	}

	private static List<ActionStatus> none(int n) {
		List<ActionStatus> list = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			list.add(null);
		}
		return list;
	}

	// ---- 貳、本季計畫執行概況

	private void statusSection(MeetingPaper p, Heading heading) {
		p.add(heading);
		ItemStatus ps = status.planStatus();
		List<String[]> f = new ArrayList<>();
		f.add(new String[] { Labels.get("handout.f.plan"), ReportBuilder.nz(plan.getTitle()) });
		f.add(new String[] { Labels.get("handout.f.quarter"), Labels.format("handout.f.quarterValue", quarterName(quarter),
				ReportBuilder.date(quarter.start()), ReportBuilder.date(quarter.end())) });
		f.add(new String[] { Labels.get("handout.f.status"), Labels.format(ps.overdue() ? "handout.f.statusOverdue" : "handout.f.statusValue",
				ReportBuilder.status(ps.effective()), String.valueOf(ps.progress())) });
		f.add(new String[] { Labels.get("handout.f.tracked"), Labels.format("handout.f.trackedValue", String.valueOf(status.trackedItems())) });
		p.add(new Fields(f));

		p.add(new Heading(2, Labels.get("handout.h.counts")));
		Map<ActionStatus, Integer> counts = status.counts();
		List<Segment> segments = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		List<ActionStatus> tints = new ArrayList<>();
		for (ActionStatus s : ActionStatus.VALUES) {
			int n = counts.get(s);
			segments.add(new Segment(s, n, ReportBuilder.status(s)));
			rows.add(List.of(ReportBuilder.status(s), String.valueOf(n), Figures.percent(n, status.trackedItems())));
			tints.add(s);
		}
		p.add(new StatusBar(segments));
		p.add(new Table(COUNTS, List.of(Labels.get("handout.t.status"), Labels.get("handout.t.count"), Labels.get("handout.t.share")),
				rows, new float[] { 4, 2, 2 }, new boolean[] { false, true, true }, tints));

		p.add(new Heading(2, Labels.get("handout.h.heatMap")));
		if (status.strategies().isEmpty()) {
			p.add(new Text(Style.NOTE, Labels.get("handout.none.strategies")));
		} else {
			List<String> heads = new ArrayList<>();
			for (int q = 1; q <= 4; q++) {
				heads.add(Terms.quarterShort(ReportBuilder.REPORT_LOCALE, q));
			}
			List<HeatRow> heat = new ArrayList<>();
			for (TrackerStatus.StrategyRow r : status.strategies()) {
				heat.add(new HeatRow(r.label() + ReportBuilder.nz(r.strategy().getText()), r.quarters().clone()));
			}
			p.add(new HeatMap(heads, heat, Labels.get("handout.notYet")));
		}

		p.add(new Heading(2, Labels.get("handout.h.kpis")));
		if (status.kpis().isEmpty()) {
			p.add(new Text(Style.NOTE, Labels.get("handout.none.kpisAtAll")));
		} else {
			p.add(new Text(Style.NOTE, Labels.format("handout.kpiThresholds", Figures.number(status.thresholds().greenPercent()),
					Figures.number(status.thresholds().amberPercent()))));
			List<KpiBar> bars = new ArrayList<>();
			for (KpiAchievement a : status.kpis()) {
				bars.add(new KpiBar(ReportBuilder.nz(a.kpi().getName()), a.ratio(), StatusPalette.colourOf(a.level()),
						StatusPalette.symbol(a.level()), kpiText(a)));
			}
			p.add(new KpiBars(bars));
		}
	}

	private static String kpiText(KpiAchievement a) {
		String unit = a.kpi().getUnit() == null || a.kpi().getUnit().isBlank() ? "" : " " + a.kpi().getUnit().strip();
		return a.ratio() == null
				? Labels.format("handout.kpiBarNoRatio", Figures.number(a.actual()), Figures.number(a.kpi().getTarget()), unit,
						ReportBuilder.level(a.level()))
				: Labels.format("handout.kpiBar", Figures.number(a.actual()), Figures.number(a.kpi().getTarget()), unit,
						Figures.percent(a.ratio()), ReportBuilder.level(a.level()));
	}

	// ---- 參、逾期項目

	private void overdue(MeetingPaper p, Heading heading) {
		p.add(heading);
		if (agenda.overdue().isEmpty()) {
			p.add(new Text(Style.NOTE, Labels.get("handout.none.overdue")));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (ReviewAgenda.Overdue o : agenda.overdue()) {
			var schedule = pdca.model.logic.PlanStructure.effectiveSchedule(o.item());
			String deadline = (o.deadline() == null ? Figures.NONE : ReportBuilder.date(o.deadline()))
					+ (schedule == null ? "" : "\n（" + schedule.text() + "）");
			rows.add(List.of(Numbering.path(o.item()), ReportBuilder.nz(o.item().getText()), ReportBuilder.owners(o.item()), deadline,
					ReportBuilder.status(o.status().reported()), o.status().progress() + "%"));
		}
		p.add(new Table(OVERDUE, List.of(Labels.get("handout.t.path"), Labels.get("handout.t.item"), Labels.get("handout.t.owners"),
				Labels.get("handout.t.deadline"), Labels.get("handout.t.reported"), Labels.get("handout.t.progress")), rows,
				new float[] { 2.6f, 7, 2.4f, 3.2f, 1.9f, 1.3f }, new boolean[] { false, false, false, false, false, true },
				none(rows.size())));
	}

	// ---- 肆、未達標指標

	private void kpisOffTarget(MeetingPaper p, Heading heading) {
		p.add(heading);
		if (agenda.kpisOffTarget().isEmpty()) {
			p.add(new Text(Style.NOTE, Labels.get(status.kpis().isEmpty() ? "handout.none.kpisAtAll" : "handout.none.kpis")));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		List<ActionStatus> tints = new ArrayList<>();
		for (ReviewAgenda.KpiOffTarget k : agenda.kpisOffTarget()) {
			KpiAchievement a = k.achievement();
			rows.add(List.of(ReportBuilder.nz(k.kpi().getName()),
					k.owner() == null ? Figures.NONE : Numbering.path(k.owner()) + " " + ReportBuilder.nz(k.owner().getText()),
					Figures.number(a.actual()), Figures.number(k.kpi().getTarget()), ReportBuilder.nz(k.kpi().getUnit()),
					Figures.percent(a.ratio()), ReportBuilder.level(a.level())));
			tints.add(StatusPalette.colourOf(a.level()));
		}
		p.add(new Table(KPIS_OFF_TARGET, List.of(Labels.get("handout.t.kpi"), Labels.get("handout.t.kpiItem"),
				Labels.get("handout.t.actual"), Labels.get("handout.t.target"), Labels.get("handout.t.unit"),
				Labels.get("handout.t.ratio"), Labels.get("handout.t.level")), rows, new float[] { 3.4f, 6, 1.6f, 1.6f, 1.6f, 1.6f, 1.9f },
				new boolean[] { false, false, true, true, false, true, false }, tints));
	}

	// ---- 伍、評核分數下降

	private void scoresFell(MeetingPaper p, Heading heading) {
		p.add(heading);
		if (agenda.scoresFell().isEmpty()) {
			p.add(new Text(Style.NOTE, Labels.get("handout.none.scores")));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (ReviewAgenda.ScoreFell s : agenda.scoresFell()) {
			var r = s.record();
			rows.add(List.of(r.getForm() == null ? Figures.NONE : ReportBuilder.nz(r.getForm().getText()),
					r.getUnit() == null ? Figures.NONE : ReportBuilder.nz(r.getUnit().getName()), ReportBuilder.date(r.getDate()),
					Figures.number(s.previousScore()), Figures.number(s.score()), Figures.change(s.change())));
		}
		p.add(new Table(SCORES_FELL, List.of(Labels.get("handout.t.form"), Labels.get("handout.t.unitEvaluated"),
				Labels.get("handout.t.date"), Labels.get("handout.t.previous"), Labels.get("handout.t.score"),
				Labels.get("handout.t.change")), rows, new float[] { 6, 2.6f, 2.6f, 1.6f, 1.6f, 1.4f },
				new boolean[] { false, false, false, true, true, true }, none(rows.size())));
	}

	// ---- 陸、歷次會議未結案改善措施

	private void improvements(MeetingPaper p, Heading heading) {
		p.add(heading);
		if (agenda.improvementActions().isEmpty()) {
			p.add(new Text(Style.NOTE, Labels.get("handout.none.improvements")));
			return;
		}
		p.add(new Table(OPEN_IMPROVEMENTS, List.of(Labels.get("handout.t.improvement"), Labels.get("handout.t.raisedAt"),
				Labels.get("handout.t.owner"), Labels.get("handout.t.due"), Labels.get("handout.t.istatus"),
				Labels.get("handout.t.quarters")), openRows(agenda.improvementActions()), OPEN_WIDTHS,
				new boolean[] { false, false, false, false, false, true }, openTints(agenda.improvementActions())));
	}

	/** The columns of the open improvement actions: text, meeting, owner, due date, state, quarters open. */
	static final float[] OPEN_WIDTHS = { 5.1f, 3.8f, 2.2f, 2.8f, 2.9f, 1.4f };

	/** Rows of open improvement actions: text, meeting, owner, due date, state (marked when overdue), quarters open. */
	static List<List<String>> openRows(List<ReviewAgenda.OpenImprovement> open) {
		List<List<String>> rows = new ArrayList<>();
		for (ReviewAgenda.OpenImprovement o : open) {
			ImprovementAction a = o.action();
			rows.add(List.of(ReportBuilder.nz(a.getText()), raisedAt(o.raisedAt()), owner(a), ReportBuilder.date(a.getDueDate()),
					improvementState(o), String.valueOf(o.timesShown())));
		}
		return rows;
	}

	static List<ActionStatus> openTints(List<ReviewAgenda.OpenImprovement> open) {
		return open.stream().map(StatusPalette::colourOf).toList();
	}

	/** The state of an open improvement action with the overdue mark: 待辦（逾期）. */
	static String improvementState(ReviewAgenda.OpenImprovement o) {
		String state = ReportBuilder.improvement(o.action().getStatus());
		return o.late() ? Labels.format("handout.lateMark", state, Terms.overdue(ReportBuilder.REPORT_LOCALE)) : state;
	}

	static String raisedAt(ReviewMeeting m) {
		Quarter q;
		try {
			q = ReviewAgenda.quarterOf(m);
		} catch (IllegalArgumentException e) {
			return ReportBuilder.nz(m.getTitle());
		}
		return meetingTitle(m, q);
	}

	static String owner(ImprovementAction a) {
		return a.getOwner() == null || a.getOwner().getName() == null ? Labels.get("minutes.noOwner") : a.getOwner().getName();
	}
}
