package pdca.export.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import pdca.export.internal.Report.Cover;
import pdca.export.internal.Report.Fields;
import pdca.export.internal.Report.Heading;
import pdca.export.internal.Report.Note;
import pdca.export.internal.Report.Paragraph;
import pdca.export.internal.Report.Table;
import pdca.export.internal.Report.TrendChart;
import pdca.model.ActionStatus;
import pdca.model.Citation;
import pdca.model.Decision;
import pdca.model.Dimension;
import pdca.model.EvaluationRecord;
import pdca.model.Evidence;
import pdca.model.Finding;
import pdca.model.GradeBand;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.Method;
import pdca.model.Objective;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.EvaluationScorer;
import pdca.model.logic.GradeScale;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Figures;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;
import pdca.model.logic.StatusRollup;
import pdca.model.schedule.RocDate;
import pdca.model.schedule.Schedule;

/** Builds the year-end report of a plan: figures as of the fourth quarter of the plan year. */
public final class ReportBuilder {

	private static final String DASH = "—";

	private final Plan plan;
	private final Quarter yearEnd;
	private final StatusRollup rollup;

	public ReportBuilder(Plan plan) {
		this.plan = plan;
		int year = plan.getRocYear() > 0 ? plan.getRocYear() : RocDate.toRoc(LocalDate.now().getYear());
		this.yearEnd = new Quarter(year, 4);
		this.rollup = new StatusRollup(plan, yearEnd);
	}

	/** The status roll-up the report uses (as of Q4). */
	public StatusRollup rollup() {
		return rollup;
	}

	public Quarter yearEnd() {
		return yearEnd;
	}

	public Report build(String generated) {
		String agency = agencyName(plan);
		String title = nz(plan.getTitle());
		Cover cover = new Cover(agency, Labels.format("cover.year", String.valueOf(yearEnd.rocYear())), title,
				plan.getApproval() == null ? DASH : date(plan.getApproval().getDate()),
				plan.getApproval() == null ? DASH : nz(plan.getApproval().getDocumentNumber()),
				Labels.get("cover.heading"), Labels.format("cover.generated", generated));
		Report report = new Report(cover, Labels.format("doc.title", title), agency, Labels.get("cover.subtitle"));
		summary(report);
		overall(report);
		structure(report);
		meetings(report);
		evaluations(report);
		return report;
	}

	// ---- 壹、計畫概要

	private void summary(Report r) {
		r.add(new Heading(1, Labels.get("h.summary")));
		List<String[]> f = new ArrayList<>();
		f.add(new String[] { Labels.get("f.agency"), agencyName(plan) });
		if (plan.getAgency() != null && plan.getAgency().getSuperior() != null) {
			f.add(new String[] { Labels.get("f.superior"), plan.getAgency().getSuperior() });
		}
		f.add(new String[] { Labels.get("f.year"), String.valueOf(plan.getRocYear()) });
		f.add(new String[] { Labels.get("f.title"), nz(plan.getTitle()) });
		f.add(new String[] { Labels.get("f.period"), period() });
		f.add(new String[] { Labels.get("f.approvalDate"),
				plan.getApproval() == null ? DASH : date(plan.getApproval().getDate()) });
		f.add(new String[] { Labels.get("f.approvalNumber"),
				plan.getApproval() == null ? DASH : nz(plan.getApproval().getDocumentNumber()) });
		if (plan.getVersionLabel() != null) {
			f.add(new String[] { Labels.get("f.version"), plan.getVersionLabel() });
		}
		r.add(new Fields(f));

		r.add(new Heading(2, Labels.get("h.basis")));
		if (plan.getBasis().isEmpty()) {
			r.add(new Note(Labels.get("none.basis")));
		} else {
			List<List<String>> rows = new ArrayList<>();
			for (Citation c : plan.getBasis()) {
				rows.add(List.of(nz(c.getIssuer()), date(c.getDate()), nz(c.getDocumentNumber()), nz(c.getTitle())));
			}
			r.add(new Table(List.of(Labels.get("t.issuer"), Labels.get("t.date"), Labels.get("t.docNumber"),
					Labels.get("t.docTitle")), rows, new float[] { 3, 2.4f, 3.6f, 6 }, new boolean[4]));
		}

		r.add(new Heading(2, Labels.get("h.objectives")));
		if (plan.getObjectives().isEmpty()) {
			r.add(new Note(Labels.get("none.objectives")));
		} else {
			int i = 1;
			for (Objective o : plan.getObjectives()) {
				r.add(new Paragraph(pdca.model.schedule.ChineseNumerals.format(i++) + "、" + nz(o.getText())));
			}
		}

		r.add(new Heading(2, Labels.get("h.targets")));
		List<String> units = new ArrayList<>();
		for (Unit u : plan.getTargetUnits()) {
			units.add(nz(u.getName()));
		}
		if (plan.getTargetDescription() != null && !plan.getTargetDescription().isBlank()) {
			r.add(new Paragraph(plan.getTargetDescription()));
		} else if (!units.isEmpty()) {
			r.add(new Paragraph(String.join("、", units)));
		} else {
			r.add(new Note(Labels.get("none.targets")));
		}
	}

	// ---- 貳、整體執行成果

	private void overall(Report r) {
		r.add(new Heading(1, Labels.get("h.overall")));
		Map<ActionStatus, Integer> counts = rollup.counts();
		int tracked = PlanStructure.trackedItems(plan).size();
		int done = counts.get(ActionStatus.DONE) + counts.get(ActionStatus.ONGOING);
		int cancelled = counts.get(ActionStatus.CANCELLED);
		int late = rollup.overdueItems().size();
		List<String[]> f = new ArrayList<>();
		f.add(new String[] { Labels.get("o.tracked"), String.valueOf(tracked) });
		f.add(new String[] { Labels.get("o.done"), done + Labels.format("o.ofApplicable", percent(done, tracked - cancelled)) });
		f.add(new String[] { Labels.get("o.late"), String.valueOf(late) });
		f.add(new String[] { Labels.get("o.reported"), String.valueOf(reportedItems()) });
		r.add(new Fields(f));

		List<List<String>> rows = new ArrayList<>();
		for (ActionStatus s : ActionStatus.VALUES) {
			rows.add(List.of(status(s), String.valueOf(counts.get(s)), percent(counts.get(s), tracked)));
		}
		r.add(new Paragraph(Labels.format("o.statusTable", yearEnd.rocYear())));
		r.add(new Table(List.of(Labels.get("t.status"), Labels.get("t.count"), Labels.get("t.share")), rows,
				new float[] { 4, 2, 2 }, new boolean[] { false, true, true }));

		List<Kpi> kpis = allKpis();
		int[] levels = new int[KpiAchievement.Level.values().length];
		for (Kpi k : kpis) {
			levels[KpiAchievement.of(k, yearEnd).level().ordinal()]++;
		}
		if (kpis.isEmpty()) {
			r.add(new Note(Labels.get("none.kpis")));
		} else {
			List<List<String>> krows = new ArrayList<>();
			for (KpiAchievement.Level l : KpiAchievement.Level.values()) {
				krows.add(List.of(level(l), String.valueOf(levels[l.ordinal()]), percent(levels[l.ordinal()], kpis.size())));
			}
			r.add(new Paragraph(Labels.format("o.kpiTable", kpis.size())));
			r.add(new Table(List.of(Labels.get("t.kpiLevel"), Labels.get("t.count"), Labels.get("t.share")), krows,
					new float[] { 4, 2, 2 }, new boolean[] { false, true, true }));
		}
		int improvements = 0;
		int closed = 0;
		for (ReviewMeeting m : plan.getReviewMeetings()) {
			for (ImprovementAction a : m.getImprovementActions()) {
				improvements++;
				if (a.getStatus() == ImprovementStatus.CLOSED) {
					closed++;
				}
			}
		}
		r.add(new Paragraph(Labels.format("o.meetings", String.valueOf(plan.getReviewMeetings().size()),
				String.valueOf(improvements), String.valueOf(closed), String.valueOf(plan.getEvaluationRecords().size()))));
	}

	private int reportedItems() {
		int n = 0;
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			if (rollup.statusOf(item).latest() != null) {
				n++;
			}
		}
		return n;
	}

	// ---- 參、執行情形

	private void structure(Report r) {
		r.add(new Heading(1, Labels.get("h.structure")));
		if (plan.getStrategyPreamble() != null && !plan.getStrategyPreamble().isBlank()) {
			r.add(new Paragraph(plan.getStrategyPreamble()));
		}
		if (!plan.getDimensions().isEmpty()) {
			for (Dimension d : plan.getDimensions()) {
				r.add(new Heading(2, Labels.format("h.dimension", Numbering.label(d), nz(d.getText()))));
				for (Strategy s : d.getStrategies()) {
					strategy(r, s, 3);
				}
			}
		} else if (plan.getStrategies().isEmpty()) {
			r.add(new Note(Labels.get("none.strategies")));
		}
		for (Strategy s : plan.getStrategies()) {
			strategy(r, s, 2);
		}
	}

	private void strategy(Report r, Strategy s, int level) {
		r.add(new Heading(level, Numbering.label(s) + nz(s.getText())));
		kpiTable(r, s.getKpis());
		for (Method m : s.getMethods()) {
			r.add(new Heading(level + 1, Numbering.label(m) + nz(m.getText())));
			if (m.getDescription() != null && !m.getDescription().isBlank()) {
				r.add(new Paragraph(Labels.get("f.description") + "：" + m.getDescription()));
			}
			List<List<String>> rows = new ArrayList<>();
			List<Kpi> kpis = new ArrayList<>(m.getKpis());
			for (WorkItem item : PlanStructure.trackedItemsUnder(m)) {
				rows.add(itemRow(item, item == m));
				if (item != m) {
					kpis.addAll(item.getKpis());
				}
			}
			r.add(new Table(List.of(Labels.get("t.number"), Labels.get("t.item"), Labels.get("t.schedule"),
					Labels.get("t.owners"), Labels.get("t.finalStatus"), Labels.get("t.narrative")), rows,
					new float[] { 1.1f, 5, 2.2f, 2.4f, 1.8f, 5.5f }, new boolean[6]));
			kpiTable(r, kpis);
		}
	}

	private List<String> itemRow(WorkItem item, boolean isMethod) {
		StatusRollup.ItemStatus st = rollup.statusOf(item);
		Schedule schedule = PlanStructure.effectiveSchedule(item);
		StringBuilder narrative = new StringBuilder();
		ProgressReport latest = st.latest();
		if (latest == null) {
			narrative.append(Labels.get("none.progress"));
		} else {
			narrative.append(Labels.format("n.latest", String.valueOf(latest.getRocYear()), String.valueOf(latest.getQuarter()),
					String.valueOf(st.progress())));
			if (latest.getNarrative() != null && !latest.getNarrative().isBlank()) {
				narrative.append(latest.getNarrative().strip());
			}
		}
		List<String> evidence = new ArrayList<>();
		for (ProgressReport pr : plan.getProgressReports()) {
			if (pr.getAction() == item) {
				for (Evidence e : pr.getEvidence()) {
					evidence.add(nz(e.getTitle()) + (e.getLocation() == null ? "" : "（" + e.getLocation() + "）"));
				}
			}
		}
		if (!evidence.isEmpty()) {
			narrative.append('\n').append(Labels.get("n.evidence"));
			for (String e : evidence) {
				narrative.append("\n・").append(e);
			}
		}
		String statusText = status(st.effective()) + (st.overdue() ? Labels.get("n.overdue") : "");
		return List.of(isMethod ? Numbering.label(item) : Numbering.label(item), nz(item.getText()),
				schedule == null ? DASH : schedule.text(), owners(item), statusText, narrative.toString());
	}

	private void kpiTable(Report r, List<Kpi> kpis) {
		if (kpis.isEmpty()) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (Kpi k : kpis) {
			KpiAchievement a = KpiAchievement.of(k, yearEnd);
			rows.add(List.of(nz(k.getName()), nz(k.getUnit()), number(k.getBaseline()), number(k.getTarget()),
					number(a.actual()), a.ratio() == null ? DASH : percent(a.ratio()), level(a.level())));
		}
		r.add(new Table(List.of(Labels.get("t.kpi"), Labels.get("t.unit"), Labels.get("t.baseline"), Labels.get("t.target"),
				Labels.get("t.actual"), Labels.get("t.ratio"), Labels.get("t.kpiLevel")), rows,
				new float[] { 5, 1.5f, 1.6f, 1.6f, 1.6f, 1.8f, 1.8f },
				new boolean[] { false, false, true, true, true, true, false }));
	}

	// ---- 肆、查核與檢討會議

	private void meetings(Report r) {
		r.add(new Heading(1, Labels.get("h.meetings")));
		if (plan.getReviewMeetings().isEmpty()) {
			r.add(new Note(Labels.get("none.meetings")));
			return;
		}
		List<ReviewMeeting> meetings = new ArrayList<>(plan.getReviewMeetings());
		meetings.sort(Comparator.comparing(ReviewMeeting::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		for (ReviewMeeting m : meetings) {
			String title = m.getTitle() != null && !m.getTitle().isBlank() ? m.getTitle()
					: Labels.format("m.defaultTitle", String.valueOf(m.getRocYear()), String.valueOf(m.getQuarter()));
			r.add(new Heading(2, title));
			List<String[]> f = new ArrayList<>();
			f.add(new String[] { Labels.get("m.date"), date(m.getDate()) });
			f.add(new String[] { Labels.get("m.quarter"), m.getQuarter() >= 1 && m.getQuarter() <= 4
					? Labels.format("m.quarterValue", String.valueOf(m.getRocYear()), String.valueOf(m.getQuarter()))
					: Labels.get("m.carriedOver") });
			f.add(new String[] { Labels.get("m.chair"), nz(m.getChair()) });
			f.add(new String[] { Labels.get("m.attendees"), m.getAttendees().isEmpty() ? DASH : String.join("、", m.getAttendees()) });
			r.add(new Fields(f));
			r.add(new Heading(3, Labels.get("m.findings")));
			if (m.getFindings().isEmpty()) {
				r.add(new Note(Labels.get("none.findings")));
			}
			int i = 1;
			for (Finding fd : m.getFindings()) {
				String subject = fd.getSubject() == null ? "" : "（" + Numbering.path(fd.getSubject()) + "）";
				r.add(new Paragraph(i++ + ". " + nz(fd.getText()) + subject));
			}
			r.add(new Heading(3, Labels.get("m.decisions")));
			if (m.getDecisions().isEmpty()) {
				r.add(new Note(Labels.get("none.decisions")));
			}
			i = 1;
			for (Decision d : m.getDecisions()) {
				r.add(new Paragraph(i++ + ". " + nz(d.getText())));
			}
			r.add(new Heading(3, Labels.get("m.improvements")));
			if (m.getImprovementActions().isEmpty()) {
				r.add(new Note(Labels.get("none.improvements")));
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			for (ImprovementAction a : m.getImprovementActions()) {
				boolean closed = a.getStatus() == ImprovementStatus.CLOSED;
				rows.add(List.of(nz(a.getText()), a.getOwner() == null ? DASH : nz(a.getOwner().getName()),
						date(a.getDueDate()), improvement(a.getStatus()),
						closed ? Labels.get("m.closedYes") : Labels.get("m.closedNo"),
						date(a.getClosedOn()) + (a.getClosureNote() == null ? "" : "\n" + a.getClosureNote())));
			}
			r.add(new Table(List.of(Labels.get("t.improvement"), Labels.get("t.owner"), Labels.get("t.due"),
					Labels.get("t.status"), Labels.get("t.closed"), Labels.get("t.closure")), rows,
					new float[] { 5, 2.2f, 2.2f, 1.6f, 1.4f, 3.5f }, new boolean[6]));
		}
	}

	// ---- 伍、評核結果

	private void evaluations(Report r) {
		r.add(new Heading(1, Labels.get("h.evaluations")));
		if (plan.getEvaluationRecords().isEmpty()) {
			r.add(new Note(Labels.get("none.evaluations")));
		} else {
			List<EvaluationRecord> records = sortedRecords(plan);
			List<List<String>> rows = new ArrayList<>();
			List<String> labels = new ArrayList<>();
			List<Double> values = new ArrayList<>();
			double max = 100;
			for (EvaluationRecord rec : records) {
				EvaluationScorer.Result res = EvaluationScorer.score(rec);
				String grade = plan.getScoringScheme() == null ? DASH
						: GradeScale.grade(plan.getScoringScheme(), res.score()).map(GradeBand::getName).orElse(DASH);
				String form = rec.getForm() == null ? DASH : (nz(rec.getForm().getCode()) + " " + nz(rec.getForm().getText())).strip();
				rows.add(List.of(form, rec.getUnit() == null ? DASH : nz(rec.getUnit().getName()), date(rec.getDate()),
						nz(rec.getEvaluator()), number(res.earned()), number(res.possible()), number(res.score()), grade,
						String.valueOf(res.notApplicable().size())));
				labels.add(rec.getDate() == null ? "?" : RocDate.toRoc(rec.getDate().getYear()) + "/" + rec.getDate().getMonthValue()
						+ "/" + rec.getDate().getDayOfMonth());
				values.add(res.score());
				if (rec.getForm() != null && rec.getForm().getMaxPoints() > max) {
					max = rec.getForm().getMaxPoints();
				}
			}
			r.add(new Table(List.of(Labels.get("t.form"), Labels.get("t.unitEvaluated"), Labels.get("t.date"),
					Labels.get("t.evaluator"), Labels.get("t.earned"), Labels.get("t.possible"), Labels.get("t.score"),
					Labels.get("t.grade"), Labels.get("t.na")), rows,
					new float[] { 4.5f, 2.4f, 2.2f, 1.8f, 1.3f, 1.3f, 1.3f, 1.3f, 1.2f },
					new boolean[] { false, false, false, false, true, true, true, false, true }));
			List<String> bandNames = new ArrayList<>();
			List<Double> bandMins = new ArrayList<>();
			if (plan.getScoringScheme() != null) {
				for (GradeBand b : plan.getScoringScheme().getBands()) {
					bandNames.add(nz(b.getName()));
					bandMins.add(b.getMinScore());
				}
			}
			r.add(new TrendChart(Labels.get("chart.title"), labels, values, max, bandNames, bandMins));
		}
		if (plan.getScoringScheme() != null && !plan.getScoringScheme().getBands().isEmpty()) {
			r.add(new Heading(2, Labels.get("h.gradeBands")));
			List<List<String>> rows = new ArrayList<>();
			for (GradeBand b : plan.getScoringScheme().getBands()) {
				rows.add(List.of(nz(b.getName()), number(b.getMinScore())));
			}
			r.add(new Table(List.of(Labels.get("t.grade"), Labels.get("t.minScore")), rows, new float[] { 3, 2 },
					new boolean[] { false, true }));
		}
	}

	// ---- helpers shared with the workbook

	public static List<EvaluationRecord> sortedRecords(Plan plan) {
		List<EvaluationRecord> records = new ArrayList<>(plan.getEvaluationRecords());
		records.sort(Comparator.comparing(EvaluationRecord::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return records;
	}

	public List<Kpi> allKpis() {
		List<Kpi> result = new ArrayList<>();
		for (Strategy s : PlanStructure.strategies(plan)) {
			result.addAll(s.getKpis());
			for (Method m : s.getMethods()) {
				result.addAll(m.getKpis());
				for (WorkItem a : m.getActions()) {
					result.addAll(a.getKpis());
				}
			}
		}
		return result;
	}

	public static String agencyName(Plan plan) {
		return plan.getAgency() == null || plan.getAgency().getName() == null ? DASH : plan.getAgency().getName();
	}

	public static String owners(WorkItem item) {
		List<String> names = new ArrayList<>();
		for (Unit u : PlanStructure.effectiveOwners(item)) {
			names.add(nz(u.getName()));
		}
		return names.isEmpty() ? DASH : String.join("、", names);
	}

	private String period() {
		if (plan.getPeriod() == null) {
			return DASH;
		}
		if (plan.getPeriod().getText() != null && !plan.getPeriod().getText().isBlank()) {
			return plan.getPeriod().getText();
		}
		return date(plan.getPeriod().getStart()) + "至" + date(plan.getPeriod().getEnd());
	}

	/** The report's language: Traditional Chinese, whatever language the workbench runs in ({@link Labels}). */
	static final Locale REPORT_LOCALE = Locale.TAIWAN;

	public static String status(ActionStatus s) {
		return Terms.status(REPORT_LOCALE, s);
	}

	public static String level(KpiAchievement.Level l) {
		return Terms.level(REPORT_LOCALE, l);
	}

	public static String improvement(ImprovementStatus s) {
		return Terms.improvement(REPORT_LOCALE, s);
	}

	public static String direction(pdca.model.KpiDirection d) {
		return d == null ? "" : Terms.direction(REPORT_LOCALE, d);
	}

	public static String date(LocalDate d) {
		if (d == null) {
			return DASH;
		}
		try {
			return RocDate.format(d);
		} catch (RuntimeException e) {
			return d.toString();
		}
	}

	public static String number(Double d) {
		return Figures.number(d);
	}

	static String percent(double ratio) {
		return Figures.percent(ratio);
	}

	static String percent(int part, int whole) {
		return Figures.percent(part, whole);
	}

	static String nz(String s) {
		return s == null || s.isBlank() ? DASH : s.strip();
	}
}
