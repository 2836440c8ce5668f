package pdca.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.framework.FrameworkUtil;

import pdca.export.ExportException;
import pdca.export.ExportFormat;
import pdca.export.ExportProgress;
import pdca.export.PacketExporter;
import pdca.export.RevisionTable;
import pdca.team.PlanBaselines;
import pdca.team.PlanHistory;

/**
 * {@code pdca export --format pdf,odt,ods --out DIR [--zip] [--compare-with VERSION] FILE...}: the year-end
 * performance packet of each plan. Plans are loaded, exported and dropped one at a time, so a portfolio of any
 * size runs in the memory of one plan. With {@code --compare-with} the packet has the plan's revision comparison
 * table (修正對照表) since that version too: what {@code pdca compare FILE --from VERSION} lists, one row per change.
 */
final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return CliMessages.get("export.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("export.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--zip");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--format", "--out", "-o", "--compare-with");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		String outDir = options.value("--out", "-o");
		if (outDir == null) {
			err.println(CliMessages.get("export.noOut"));
			return Cli.USAGE;
		}
		if (options.files().isEmpty()) {
			err.println(CliMessages.get("export.noFiles"));
			return Cli.USAGE;
		}
		String formatText = options.value("--format");
		Set<ExportFormat> formats;
		try {
			formats = formatText == null ? Set.of(ExportFormat.values()) : ExportFormat.parseList(formatText);
		} catch (IllegalArgumentException e) {
			err.println(CliMessages.format("export.badFormat", e.getMessage()));
			return Cli.USAGE;
		}
		String compareWith = options.value("--compare-with");
		if (compareWith != null && compareWith.isBlank()) {
			err.println(CliMessages.get("export.noCompareWith"));
			return Cli.USAGE;
		}
		PacketExporter exporter = new PacketExporter(formats, options.has("--zip"), toolVersion());
		int failed = 0;
		for (String file : options.files()) {
			long start = System.nanoTime();
			try {
				RevisionTable revisions = null;
				if (compareWith != null) {
					try {
						revisions = revisions(file, compareWith);
					} catch (CompareCommand.Refusal e) {
						failed++;
						out.println(CliMessages.format("export.failed", file));
						err.println(CliMessages.format("export.noRevisions", file, e.getMessage()));
						continue;
					}
				}
				PacketExporter.Packet p = exporter.export(Path.of(file), Path.of(outDir), revisions, ExportProgress.NONE);
				if (p.sameNameAs() != null) {
					err.println(CliMessages.format("export.renamed", file, p.sameNameAs(), p.folder().getFileName()));
				}
				out.println(CliMessages.format("export.done", file, p.folder().toString(),
						String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
			} catch (ExportException e) {
				failed++;
				out.println(CliMessages.format("export.failed", file));
				err.println(e.getMessage());
			} catch (InvalidPathException e) {
				failed++;
				out.println(CliMessages.format("export.failed", file));
				err.println(Cli.badFileName(name(), e));
			} catch (RuntimeException e) {
				throw new FileFailure(file, e);
			}
		}
		if (options.files().size() > 1) {
			err.println(CliMessages.format("export.total", options.files().size() - failed, failed));
		}
		return failed == 0 ? Cli.OK : Cli.FOUND_ERRORS;
	}

	/**
	 * The revision comparison table (修正對照表) of the plan {@code file} since {@code from}, one row per change
	 * ({@link PlanBaselines#revisions}).
	 *
	 * @throws CompareCommand.Refusal as {@code pdca compare} refuses: outside git, an unknown version
	 */
	static RevisionTable revisions(String file, String from) throws CompareCommand.Refusal {
		try {
			List<RevisionTable.Row> rows = new ArrayList<>();
			for (PlanBaselines.Revision r : PlanBaselines.revisions(Path.of(file), from)) {
				rows.add(new RevisionTable.Row(r.where(), RevisionTable.Kind.valueOf(r.kind().name()), r.feature(), r.before(),
						r.after(), r.deadline()));
			}
			return new RevisionTable(from, null, rows);
		} catch (PlanHistory.NotShared | PlanBaselines.Refused e) {
			throw new CompareCommand.Refusal(e.getMessage(), e);
		} catch (java.io.IOException e) {
			throw new CompareCommand.Refusal(file + ": " + Cli.describe(e), e);
		}
	}

	static String toolVersion() {
		var bundle = FrameworkUtil.getBundle(PacketExporter.class);
		return bundle == null ? "dev" : bundle.getVersion().toString();
	}
}
