package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.stream.JsonWriter;

import pdca.model.ActionStatus;
import pdca.model.ImprovementAction;
import pdca.model.Kpi;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Figures;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Portfolio;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.StatusRollup.ItemStatus;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;
import pdca.model.schedule.RocDate;

/**
 * {@code pdca status FILE --quarter Q [--year Y] [--json]}: the roll-up the dashboard shows: plan status, counts
 * per status, each strategy's status and progress, overdue items, KPIs off target, open improvement actions.
 */
final class StatusCommand implements Command {

	/** Version of the JSON shape; raised only when a field changes meaning or disappears. */
	static final int JSON_SCHEMA = 1;

	/** Longest text printed on one line in the text output before it is shortened with "…". */
	private static final int TEXT_WIDTH = 40;

	private static final Pattern QUARTER = Pattern.compile("(?i)(?:Q|第)?\\s*([1-4１-４一二三四])\\s*季?");

	@Override
	public String name() {
		return "status";
	}

	@Override
	public String summary() {
		return CliMessages.get("status.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("status.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--json");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--quarter", "-q", "--year", "-y");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		if (options.files().size() != 1) {
			throw new Options.UsageException(CliMessages.get("status.oneFile"));
		}
		int quarter = StatusCommand.quarterOption(options);
		Integer year = StatusCommand.yearOption(options);
		String name = options.files().get(0);
		Plan plan;
		try {
			plan = PlanFiles.load(Path.of(name));
		} catch (PlanFileException e) {
			err.println(e.describe());
			return Cli.USAGE;
		}
		if (year == null) {
			if (plan.getRocYear() < NewCommand.MIN_YEAR || plan.getRocYear() > NewCommand.MAX_YEAR) {
				err.println(CliMessages.format("status.planWithoutYear", name));
				return Cli.USAGE;
			}
			year = plan.getRocYear();
		}
		TrackerStatus status = TrackerStatus.of(plan, new Quarter(year, quarter));
		if (options.has("--json")) {
			out.println(json(name, plan, status));
		} else {
			printText(plan, status, out);
		}
		return Cli.OK;
	}

	/** The quarter of {@code --quarter}/{@code -q}, which the commands of a quarter require. */
	static int quarterOption(Options options) throws Options.UsageException {
		String text = options.value("--quarter", "-q");
		if (text == null) {
			throw new Options.UsageException(CliMessages.get("status.noQuarter"));
		}
		int quarter = quarter(text);
		if (quarter == 0) {
			throw new Options.UsageException(CliMessages.format("status.badQuarter", text));
		}
		return quarter;
	}

	/** The ROC year of {@code --year}/{@code -y}, or null when not given. */
	static Integer yearOption(Options options) throws Options.UsageException {
		String text = options.value("--year", "-y");
		if (text == null) {
			return null;
		}
		Integer year = NewCommand.rocYear(text);
		if (year == null) {
			throw new Options.UsageException(CliMessages.format("status.badYear", text, NewCommand.MIN_YEAR, NewCommand.MAX_YEAR));
		}
		return year;
	}

	/** 1 to 4 from "3", "Q3", "q3", "第3季", "第三季", full-width digits; 0 when not a quarter. */
	static int quarter(String text) {
		Matcher m = QUARTER.matcher(text.strip());
		if (!m.matches()) {
			return 0;
		}
		String d = m.group(1);
		return switch (d) {
			case "一", "１" -> 1;
			case "二", "２" -> 2;
			case "三", "３" -> 3;
			case "四", "４" -> 4;
			default -> Integer.parseInt(d);
		};
	}

	// --- text ---

	private static void printText(Plan plan, TrackerStatus s, PrintStream out) {
		Quarter q = s.quarter();
		out.println(CliMessages.format("status.title", nz(plan.getTitle())));
		out.println(CliMessages.format("status.quarter", Terms.quarter(q), pdca.model.logic.Terms.date(q.start()), pdca.model.logic.Terms.date(q.end())));
		ItemStatus p = s.planStatus();
		out.println(CliMessages.format("status.plan", statusName(p.effective()), p.progress(),
				p.overdue() ? CliMessages.get("status.hasOverdue") : ""));
		List<String> counts = new ArrayList<>();
		for (Map.Entry<ActionStatus, Integer> e : s.counts().entrySet()) {
			counts.add(CliMessages.format("status.count", statusName(e.getKey()), e.getValue()));
		}
		out.println(CliMessages.format("status.counts", String.join(CliMessages.get("status.separator"), counts),
				s.trackedItems()));
		Portfolio.Reporting reporting = Portfolio.reporting(plan, q);
		if (!reporting.expected().isEmpty()) {
			out.println(CliMessages.format("status.reporting", reporting.expected().size() - reporting.notReported().size(),
					reporting.expected().size(), reporting.notReported().isEmpty() ? Figures.NONE
							: String.join(CliMessages.get("status.separator"),
									reporting.notReported().stream().map(pdca.model.validation.ElementPaths::unitName).toList())));
		}
		out.println(CliMessages.get("status.strategies"));
		for (TrackerStatus.StrategyRow r : s.strategies()) {
			StringBuilder quarters = new StringBuilder();
			for (int i = 0; i < 4; i++) {
				quarters.append(i == 0 ? "" : CliMessages.get("status.quarterSeparator")).append(CliMessages.format("status.quarterCell",
						Terms.quarterShort(i + 1), r.quarters()[i] == null ? Figures.NONE : statusName(r.quarters()[i])));
			}
			out.println(CliMessages.format("status.strategy", r.label() + shorten(r.strategy().getText()),
					statusName(r.status().effective()), r.status().progress(), quarters));
		}
		List<ReviewAgenda.Overdue> overdue = s.overdue();
		out.println(CliMessages.format("status.overdue", overdue.size()));
		for (ReviewAgenda.Overdue o : overdue) {
			out.println(CliMessages.format("status.overdueItem", Numbering.path(o.item()) + " " + shorten(o.item().getText()),
					o.deadline() == null ? "" : pdca.model.logic.Terms.date(o.deadline()), statusName(o.status().reported()),
					o.status().progress()));
		}
		List<ReviewAgenda.KpiOffTarget> kpis = s.kpisOffTarget();
		out.println(CliMessages.format("status.kpis", kpis.size(), number(s.thresholds().greenPercent()),
				number(s.thresholds().amberPercent())));
		for (ReviewAgenda.KpiOffTarget k : kpis) {
			KpiAchievement a = k.achievement();
			out.println(CliMessages.format("status.kpi", nz(k.kpi().getName()), number(a.actual()), number(k.kpi().getTarget()),
					nz(k.kpi().getUnit()), Figures.percent(a.ratio()), levelName(a.level())));
		}
		List<ReviewAgenda.OpenImprovement> open = s.openImprovements();
		out.println(CliMessages.format("status.improvements", open.size()));
		for (ReviewAgenda.OpenImprovement o : open) {
			ImprovementAction a = o.action();
			String flag = o.late() ? CliMessages.format("status.late", Terms.overdue()) : "";
			out.println(CliMessages.format("status.improvement", shorten(a.getText()),
					a.getOwner() == null ? CliMessages.get("status.noOwner") : nz(a.getOwner().getName()),
					a.getDueDate() == null ? Figures.NONE : pdca.model.logic.Terms.date(a.getDueDate()), improvementName(a), flag,
					nz(o.raisedAt().getTitle())));
		}
	}

	static String statusName(ActionStatus status) {
		return Terms.status(status);
	}

	static String levelName(KpiAchievement.Level level) {
		return Terms.level(level);
	}

	private static String improvementName(ImprovementAction a) {
		return Terms.improvement(a.getStatus());
	}

	private static String shorten(String text) {
		String t = nz(text).replaceAll("\\s+", " ").strip();
		return t.codePointCount(0, t.length()) <= TEXT_WIDTH ? t
				: t.substring(0, t.offsetByCodePoints(0, TEXT_WIDTH - 1)) + "…";
	}

	private static String number(Double d) {
		return Figures.number(d);
	}

	// --- JSON ---

	static String json(String file, Plan plan, TrackerStatus s) {
		StringWriter buffer = new StringWriter();
		try (JsonWriter w = new JsonWriter(buffer)) {
			w.setIndent("  ");
			w.setSerializeNulls(true);
			w.beginObject();
			w.name("schema").value(JSON_SCHEMA);
			w.name("file").value(file);
			w.name("title").value(plan.getTitle());
			w.name("quarter").beginObject();
			w.name("rocYear").value(s.quarter().rocYear());
			w.name("quarter").value(s.quarter().quarter());
			w.name("start").value(s.quarter().start().toString());
			w.name("end").value(s.quarter().end().toString());
			w.endObject();
			w.name("plan");
			status(w, s.planStatus());
			w.name("trackedItems").value(s.trackedItems());
			w.name("counts").beginObject();
			for (Map.Entry<ActionStatus, Integer> e : s.counts().entrySet()) {
				w.name(e.getKey().getName()).value(e.getValue());
			}
			w.endObject();
			Portfolio.Reporting reporting = Portfolio.reporting(plan, s.quarter());
			w.name("unitsExpected").beginArray();
			for (Unit u : reporting.expected()) {
				w.value(u.getName());
			}
			w.endArray();
			w.name("unitsNotReported").beginArray();
			for (Unit u : reporting.notReported()) {
				w.value(u.getName());
			}
			w.endArray();
			w.name("strategies").beginArray();
			for (TrackerStatus.StrategyRow r : s.strategies()) {
				w.beginObject();
				w.name("number").value(r.label());
				w.name("text").value(r.strategy().getText());
				w.name("trackedItems").value(r.tracked());
				w.name("status");
				status(w, r.status());
				w.name("quarters").beginObject();
				for (int i = 0; i < 4; i++) {
					w.name("Q" + (i + 1)).value(r.quarters()[i] == null ? null : r.quarters()[i].getName());
				}
				w.endObject();
				w.endObject();
			}
			w.endArray();
			w.name("overdue").beginArray();
			for (ReviewAgenda.Overdue o : s.overdue()) {
				w.beginObject();
				w.name("path").value(Numbering.path(o.item()));
				w.name("text").value(o.item().getText());
				w.name("strategy").value(o.strategy() == null ? null : Numbering.label(o.strategy()));
				w.name("deadline").value(date(o.deadline()));
				w.name("schedule").value(schedule(o.item()));
				w.name("reported").value(o.status().reported().getName());
				w.name("progress").value(o.status().progress());
				w.name("owners").beginArray();
				for (Unit u : PlanStructure.effectiveOwners(o.item())) {
					w.value(u.getName());
				}
				w.endArray();
				w.endObject();
			}
			w.endArray();
			w.name("kpiThresholds").beginObject();
			w.name("greenPercent").value(s.thresholds().greenPercent());
			w.name("amberPercent").value(s.thresholds().amberPercent());
			w.endObject();
			w.name("kpis").beginArray();
			for (KpiAchievement a : s.kpis()) {
				Kpi k = a.kpi();
				w.beginObject();
				w.name("name").value(k.getName());
				w.name("item").value(k.eContainer() instanceof WorkItem item ? Numbering.path(item) : null);
				w.name("unit").value(k.getUnit());
				w.name("direction").value(k.getDirection().getName());
				w.name("target").value(k.getTarget());
				w.name("actual").value(a.actual());
				w.name("ratio").value(a.ratio());
				w.name("achievementPercent").value(a.ratio() == null ? null : Figures.roundedPercent(a.ratio()));
				w.name("level").value(a.level().name());
				w.endObject();
			}
			w.endArray();
			w.name("openImprovementActions").beginArray();
			for (ReviewAgenda.OpenImprovement o : s.openImprovements()) {
				ImprovementAction a = o.action();
				w.beginObject();
				w.name("text").value(a.getText());
				w.name("owner").value(a.getOwner() == null ? null : a.getOwner().getName());
				w.name("dueDate").value(date(a.getDueDate()));
				w.name("status").value(a.getStatus().getName());
				w.name("due").value(o.due());
				w.name("late").value(o.late());
				w.name("meeting").value(o.raisedAt().getTitle());
				w.name("quartersOpen").value(o.timesShown());
				w.endObject();
			}
			w.endArray();
			w.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return buffer.toString();
	}

	private static void status(JsonWriter w, ItemStatus s) throws IOException {
		w.beginObject();
		w.name("status").value(s.effective().getName());
		w.name("reported").value(s.reported().getName());
		w.name("overdue").value(s.overdue());
		w.name("progress").value(s.progress());
		w.endObject();
	}

	private static String schedule(WorkItem item) {
		var s = PlanStructure.effectiveSchedule(item);
		return s == null ? null : s.text();
	}

	private static String date(LocalDate d) {
		return d == null ? null : d.toString();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
