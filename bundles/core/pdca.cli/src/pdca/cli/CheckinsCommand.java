package pdca.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.FrameworkUtil;

import pdca.edit.PlanEditingDomain;
import pdca.forms.CheckInForms;
import pdca.forms.FormException;
import pdca.forms.ReturnPreview;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Numbering;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;

/**
 * {@code pdca checkins export FILE --quarter Q --out DIR [--unit NAME]...}: the quarter's check-in forms, one ODS per
 * owner unit; {@code pdca checkins import FILE --quarter Q [--apply-clean] RETURNS...}: what the returned forms change
 * and what needs a decision, applied to the plan (saved atomically) when nothing does, or with
 * {@code --apply-clean} the rows without problems.
 */
final class CheckinsCommand implements Command {

	@Override
	public String name() {
		return "checkins";
	}

	@Override
	public String summary() {
		return CliMessages.get("checkins.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("checkins.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--apply-clean");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--quarter", "-q", "--year", "-y", "--out", "-o", "--format");
	}

	@Override
	public Set<String> repeatableOptions() {
		return Set.of("--unit");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		List<String> args = options.files();
		if (args.isEmpty() || !(args.get(0).equals("export") || args.get(0).equals("import"))) {
			throw new Options.UsageException(CliMessages.get("checkins.whichAction"));
		}
		boolean export = args.get(0).equals("export");
		if (args.size() < 2) {
			throw new Options.UsageException(CliMessages.get("checkins.noPlan"));
		}
		if (export && args.size() > 2) {
			throw new Options.UsageException(CliMessages.get("checkins.onePlan"));
		}
		if (!export && args.size() < 3) {
			throw new Options.UsageException(CliMessages.get("checkins.noReturns"));
		}
		if (export && options.has("--apply-clean")) {
			throw new Options.UsageException(CliMessages.get("checkins.applyCleanOnImport"));
		}
		if (!export && (!options.values("--unit").isEmpty() || options.value("--out", "-o") != null || options.value("--format") != null)) {
			throw new Options.UsageException(CliMessages.get("checkins.exportOptionsOnImport"));
		}
		int q = StatusCommand.quarterOption(options);
		Integer year = StatusCommand.yearOption(options);
		String outDir = options.value("--out", "-o");
		if (export && outDir == null) {
			throw new Options.UsageException(CliMessages.get("checkins.noOut"));
		}
		CheckInForms.Format format = CheckInForms.Format.ODS;
		String formatText = options.value("--format");
		if (formatText != null) {
			try {
				format = CheckInForms.Format.valueOf(formatText.strip().toUpperCase(java.util.Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new Options.UsageException(CliMessages.format("checkins.badFormat", formatText));
			}
		}
		String name = args.get(1);
		Path file = Path.of(name);
		Plan plan;
		try {
			plan = PlanFiles.load(file);
		} catch (PlanFileException e) {
			err.println(e.describe());
			return Cli.USAGE;
		}
		if (year == null) {
			if (plan.getRocYear() < NewCommand.MIN_YEAR || plan.getRocYear() > NewCommand.MAX_YEAR) {
				err.println(CliMessages.format("checkins.planWithoutYear", name));
				return Cli.USAGE;
			}
			year = plan.getRocYear();
		}
		Quarter quarter = new Quarter(year, q);
		try {
			return export ? export(plan, name, quarter, Path.of(outDir), options.values("--unit"), format, out, err)
					: importReturns(plan, file, quarter, args.subList(2, args.size()), options.has("--apply-clean"), out, err);
		} catch (RuntimeException e) {
			throw new FileFailure(name, e);
		}
	}

	private static int export(Plan plan, String name, Quarter quarter, Path outDir, List<String> unitNames,
			CheckInForms.Format format, PrintStream out, PrintStream err) throws Options.UsageException {
		List<Unit> reporting = CheckInForms.reportingUnits(plan);
		Set<Unit> chosen = null;
		if (!unitNames.isEmpty()) {
			chosen = new HashSet<>();
			for (String wanted : unitNames) {
				Unit found = null;
				boolean match = false;
				for (Unit u : reporting) {
					if (CheckInForms.unitName(u).equals(wanted.strip()) || u != null && u.getShortName() != null && u.getShortName().strip().equals(wanted.strip())) {
						found = u;
						match = true;
						break;
					}
				}
				if (!match) {
					throw new Options.UsageException(CliMessages.format("checkins.unknownUnit", wanted,
							reporting.stream().map(CheckInForms::unitName).collect(Collectors.joining(CliMessages.get("status.separator")))));
				}
				chosen.add(found);
			}
		}
		if (reporting.isEmpty()) {
			err.println(CliMessages.format("checkins.nothingToReport", name));
			return Cli.FOUND_ERRORS;
		}
		try {
			for (CheckInForms.Written w : CheckInForms.export(plan, quarter, outDir, chosen, "PDCA workbench " + version(), format)) {
				out.println(CliMessages.format("checkins.written", w.unitName(), w.file().toString(), w.items(), w.kpis()));
			}
			return Cli.OK;
		} catch (FormException e) {
			err.println(e.getMessage());
			return Cli.FOUND_ERRORS;
		}
	}

	private static int importReturns(Plan plan, Path file, Quarter quarter, List<String> returnNames, boolean applyClean,
			PrintStream out, PrintStream err) {
		List<Path> returns = new ArrayList<>();
		for (String r : returnNames) {
			Path p = Path.of(r);
			if (!Files.isRegularFile(p)) {
				err.println(CliMessages.format("checkins.noSuchReturn", r));
				return Cli.USAGE;
			}
			returns.add(p);
		}
		ReturnPreview preview = ReturnPreview.of(plan, quarter, returns);
		print(preview, out);
		int clean = preview.cleanRows().size();
		boolean decide = preview.needsDecision();
		if (decide && !applyClean) {
			out.println(CliMessages.format("checkins.needsDecision", preview.problemCount(), clean));
			return Cli.FOUND_ERRORS;
		}
		if (clean == 0) {
			out.println(CliMessages.get("checkins.nothingToApply"));
			return decide ? Cli.FOUND_ERRORS : Cli.OK;
		}
		PlanEditingDomain domain = PlanEditingDomain.headless();
		org.eclipse.emf.common.command.Command command = preview.command(domain);
		domain.getCommandStack().execute(command);
		if (domain.getCommandStack().getUndoCommand() != command) {
			err.println(CliMessages.get("checkins.notApplied"));
			return Cli.FOUND_ERRORS;
		}
		try {
			PlanFiles.save(plan, file);
		} catch (PlanFileException e) {
			err.println(e.describe());
			return Cli.FOUND_ERRORS;
		}
		out.println(CliMessages.format("checkins.applied", clean, file.toString()));
		if (decide) {
			out.println(CliMessages.format("checkins.leftOut", preview.problemCount()));
			return Cli.FOUND_ERRORS;
		}
		return Cli.OK;
	}

	/** The report: per file its unit, the changes of each row and the problems. */
	static void print(ReturnPreview preview, PrintStream out) {
		for (ReturnPreview.FileResult f : preview.files()) {
			out.println(f.unitName().isEmpty() ? CliMessages.format("checkins.fileOnly", f.file().toString())
					: CliMessages.format("checkins.file", f.file().toString(), f.unitName()));
			for (ReturnPreview.Problem p : f.problems()) {
				out.println(CliMessages.format("checkins.problem", p.message()));
			}
			for (ReturnPreview.RowResult r : f.rows()) {
				String what = r.kpi() != null ? r.kpi().getName() : r.item() == null ? "" : Numbering.path(r.item());
				List<String> changes = new ArrayList<>();
				for (ReturnPreview.Change c : r.changes()) {
					changes.add(CliMessages.format("checkins.change", c.field().label(), oneLine(c.before()), oneLine(c.after())));
				}
				if (!changes.isEmpty()) {
					out.println(CliMessages.format(r.clean() ? "checkins.row" : "checkins.rowHeld", r.row(), what,
							String.join(CliMessages.get("checkins.changeSeparator"), changes)));
				}
				for (ReturnPreview.Problem p : r.problems()) {
					out.println(CliMessages.format("checkins.problem", p.message()));
				}
			}
		}
		out.println(CliMessages.format("checkins.total", preview.files().size(), preview.cleanRows().size(), preview.problemCount(),
				Terms.quarter(preview.quarter())));
	}

	private static String oneLine(String s) {
		String t = s.replace("\n", " ⏎ ");
		return t.codePointCount(0, t.length()) <= 60 ? t : t.substring(0, t.offsetByCodePoints(0, 59)) + "…";
	}

	private static String version() {
		var bundle = FrameworkUtil.getBundle(CheckInForms.class);
		return bundle == null ? "dev" : bundle.getVersion().toString();
	}
}
