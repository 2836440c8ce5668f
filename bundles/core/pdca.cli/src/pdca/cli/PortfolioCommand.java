package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.stream.JsonWriter;

import pdca.model.ActionStatus;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.EvaluationHistory;
import pdca.model.logic.Figures;
import pdca.model.logic.Portfolio;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;
import pdca.model.validation.ElementPaths;

/**
 * {@code pdca portfolio FOLDER... --quarter Q [--year Y] [--json]}: every plan of the folders (and files) given,
 * one line each as of a quarter, in the figures of each plan's own dashboard: status and progress, overdue items,
 * units that have not reported, KPIs off target, open improvement actions and the latest grade. Plans that need
 * attention come first.
 */
final class PortfolioCommand implements Command {

	/** Version of the JSON shape; raised only when a field changes meaning or disappears. */
	static final int JSON_SCHEMA = 1;

	/** How deep folders are searched for plan files. */
	private static final int MAX_DEPTH = 16;

	/** A plan's line, and last year's beside it where the rollover linked the plans (else null). */
	private record Line(String file, Portfolio.Row row, String lastYearFile, Portfolio.YearOnYear lastYear) {
	}

	@Override
	public String name() {
		return "portfolio";
	}

	@Override
	public String summary() {
		return CliMessages.get("portfolio.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("portfolio.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--json");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--quarter", "-q", "--year", "-y", "--out");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		if (options.files().isEmpty()) {
			throw new Options.UsageException(CliMessages.get("portfolio.noFolder"));
		}
		int quarter = StatusCommand.quarterOption(options);
		Integer year = StatusCommand.yearOption(options);
		List<Path> files = new ArrayList<>();
		for (String name : options.files()) {
			Path given = Path.of(name);
			if (Files.isDirectory(given)) {
				files.addAll(planFiles(given));
			} else if (Files.isRegularFile(given)) {
				files.add(given);
			} else {
				err.println(CliMessages.format("portfolio.missing", name));
				return Cli.USAGE;
			}
		}
		// the plans are read and rolled up in parallel (each load has its own resource set); the
		// results keep the files' order
		List<Object> results = files.parallelStream().map(file -> read(file, year, quarter)).toList();
		List<Line> lines = new ArrayList<>();
		List<String[]> problems = new ArrayList<>();
		for (Object r : results) {
			if (r instanceof Line l) {
				lines.add(l);
			} else if (r instanceof String[] problem) {
				problems.add(problem);
			}
		}
		lines.sort(Comparator.comparing(Line::row, Portfolio.NEEDS_ATTENTION_FIRST).thenComparing(Line::file));
		if (options.has("--json")) {
			out.println(json(quarter, year, lines, problems));
		} else {
			printText(quarter, year, lines, problems, out, err);
		}
		String outDir = options.value("--out");
		if (outDir != null && !lines.isEmpty()) {
			try {
				List<Path> written = pdca.export.PortfolioExporter.export(
						lines.stream().map(l -> new pdca.export.PortfolioExporter.Line(l.file(), l.row())).toList(), quarter, year,
						Path.of(outDir), ExportCommand.toolVersion());
				for (Path p : written) {
					(options.has("--json") ? err : out).println(CliMessages.format("portfolio.written", p));
				}
			} catch (pdca.export.ExportException e) {
				err.println(e.getMessage());
				return Cli.USAGE;
			}
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			err.println(CliMessages.get("portfolio.none"));
			return Cli.USAGE;
		}
		return problems.isEmpty() ? Cli.OK : Cli.FOUND_ERRORS;
	}

	/** A file's line, or its problem ({file, message}), or null when it is another year's plan. */
	private static Object read(Path file, Integer year, int quarter) {
		Plan plan;
		try {
			plan = PlanFiles.load(file);
		} catch (PlanFileException e) {
			return new String[] { file.toString(), e.getMessage() };
		}
		int planYear = plan.getRocYear();
		if (year != null && planYear != year) {
			return null; // another year's plan
		}
		if (planYear < NewCommand.MIN_YEAR || planYear > NewCommand.MAX_YEAR) {
			return new String[] { file.toString(), CliMessages.format("status.planWithoutYear", file) };
		}
		Portfolio.Row row = Portfolio.row(plan, new Quarter(planYear, quarter));
		Path previousFile = previousPlanFile(file, plan);
		if (previousFile != null) {
			try {
				Plan previous = PlanFiles.load(previousFile);
				if (Portfolio.isPreviousOf(previous, plan) && previous.getRocYear() >= NewCommand.MIN_YEAR) {
					return new Line(file.toString(), row, previousFile.toString(), Portfolio.yearOnYear(row, previous));
				}
			} catch (PlanFileException e) {
				// last year's plan cannot be read: the line goes without the comparison
			}
		}
		return new Line(file.toString(), row, null, null);
	}

	/** Where the rollover says last year's plan is (relative to the plan's folder), if it says so and it is there. */
	private static Path previousPlanFile(Path file, Plan plan) {
		String link = plan.getPreviousPlanPath();
		if (link == null || link.isBlank()) {
			return null;
		}
		try {
			// written the way the plan's own path was given (relative stays relative)
			Path parent = file.getParent() == null ? Path.of("") : file.getParent();
			Path previous = parent.resolve(link).normalize();
			return Files.isRegularFile(previous) ? previous : null;
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	/**
	 * The plan files under {@code folder}, in name order, leaving out hidden folders and files (the workspace's
	 * .metadata, with its version history and recovery copies, holds plan files that are not plans of the portfolio).
	 */
	static List<Path> planFiles(Path folder) {
		try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
			return walk.filter(p -> p.getFileName().toString().endsWith("." + PlanFiles.EXTENSION) && Files.isRegularFile(p))
					.filter(p -> {
						for (Path part : folder.relativize(p)) {
							if (part.toString().startsWith(".")) {
								return false;
							}
						}
						return true;
					}).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void printText(int quarter, Integer year, List<Line> lines, List<String[]> problems, PrintStream out, PrintStream err) {
		out.println(CliMessages.format("portfolio.title", lines.size(), year == null ? Terms.quarterShort(quarter)
				: Terms.quarter(new Quarter(year, quarter))));
		for (Line l : lines) {
			Portfolio.Row r = l.row();
			out.println(CliMessages.format("portfolio.plan", title(r.plan()),
					Terms.quarter(r.quarter())));
			out.println(CliMessages.format("portfolio.status", StatusCommand.statusName(r.status().effective()), r.status().progress(),
					r.overdue(), r.trackedItems()));
			out.println(CliMessages.format("portfolio.reporting", r.unitsExpected().size() - r.unitsNotReported().size(),
					r.unitsExpected().size(), names(r.unitsNotReported())));
			out.println(CliMessages.format("portfolio.kpisAndActions", r.kpisOffTarget(), r.kpisMeasured(), r.openImprovements(),
					r.lateImprovements()));
			out.println(r.grade().map(g -> CliMessages.format("portfolio.grade", g.grade() == null ? Figures.NONE : g.grade().getName(),
					Figures.number(g.score()), g.date() == null ? Figures.NONE : Terms.date(g.date()))).orElse(CliMessages.get("portfolio.noGrade")));
			out.println(CliMessages.format("portfolio.file", l.file()));
		}
		for (String[] p : problems) {
			err.println(p[1].startsWith(p[0]) ? p[1] : p[0] + ": " + p[1]);
		}
	}

	private static String title(Plan plan) {
		return plan.getTitle() == null || plan.getTitle().isBlank() ? Figures.NONE : plan.getTitle().replaceAll("\\s+", " ").strip();
	}

	private static String names(List<Unit> units) {
		return units.isEmpty() ? Figures.NONE : units.stream().map(ElementPaths::unitName).collect(Collectors.joining(CliMessages.get("status.separator")));
	}

	static String json(int quarter, Integer year, List<Line> lines, List<String[]> problems) {
		StringWriter buffer = new StringWriter();
		try (JsonWriter w = new JsonWriter(buffer)) {
			w.setIndent("  ");
			w.setSerializeNulls(true);
			w.beginObject();
			w.name("schema").value(JSON_SCHEMA);
			w.name("quarter").value(quarter);
			w.name("rocYear").value(year);
			w.name("plans").beginArray();
			for (Line l : lines) {
				Portfolio.Row r = l.row();
				w.beginObject();
				w.name("file").value(l.file());
				w.name("title").value(r.plan().getTitle());
				w.name("agency").value(r.plan().getAgency() == null ? null : r.plan().getAgency().getName());
				w.name("rocYear").value(r.quarter().rocYear());
				w.name("quarter").value(r.quarter().quarter());
				w.name("plan").beginObject();
				w.name("status").value(r.status().effective().getName());
				w.name("reported").value(r.status().reported().getName());
				w.name("overdue").value(r.status().overdue());
				w.name("progress").value(r.status().progress());
				w.endObject();
				w.name("trackedItems").value(r.trackedItems());
				w.name("counts").beginObject();
				for (Map.Entry<ActionStatus, Integer> e : r.counts().entrySet()) {
					w.name(e.getKey().getName()).value(e.getValue());
				}
				w.endObject();
				w.name("overdueItems").value(r.overdue());
				w.name("kpisMeasured").value(r.kpisMeasured());
				w.name("kpisOffTarget").value(r.kpisOffTarget());
				w.name("openImprovementActions").value(r.openImprovements());
				w.name("lateImprovementActions").value(r.lateImprovements());
				w.name("unitsExpected").beginArray();
				for (Unit u : r.unitsExpected()) {
					w.value(u.getName());
				}
				w.endArray();
				w.name("unitsNotReported").beginArray();
				for (Unit u : r.unitsNotReported()) {
					w.value(u.getName());
				}
				w.endArray();
				w.name("reportingPercent").value(Figures.roundedPercent(r.reportingShare()));
				w.name("grade");
				if (r.grade().isEmpty()) {
					w.nullValue();
				} else {
					EvaluationHistory.Point g = r.grade().get();
					w.beginObject();
					w.name("name").value(g.grade() == null ? null : g.grade().getName());
					w.name("score").value(g.score());
					w.name("date").value(g.date() == null ? null : g.date().toString());
					w.endObject();
				}
				w.name("lastYear");
				if (l.lastYear() == null) {
					w.nullValue();
				} else {
					Portfolio.YearOnYear y = l.lastYear();
					Portfolio.Row last = y.lastYear();
					w.beginObject();
					w.name("file").value(l.lastYearFile());
					w.name("rocYear").value(last.quarter().rocYear());
					w.name("status").value(last.status().effective().getName());
					w.name("progress").value(last.status().progress());
					w.name("overdueItems").value(last.overdue());
					w.name("kpisOffTarget").value(last.kpisOffTarget());
					w.name("score").value(last.grade().isEmpty() ? null : last.grade().get().score());
					w.name("progressChange").value(y.progressChange());
					w.name("overdueChange").value(y.overdueChange());
					w.name("kpisOffTargetChange").value(y.kpisOffTargetChange());
					w.name("scoreChange").value(y.scoreChange().orElse(null));
					w.endObject();
				}
				w.endObject();
			}
			w.endArray();
			w.name("problems").beginArray();
			for (String[] p : problems) {
				w.beginObject();
				w.name("file").value(p[0]);
				w.name("message").value(p[1]);
				w.endObject();
			}
			w.endArray();
			w.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return buffer.toString();
	}
}
