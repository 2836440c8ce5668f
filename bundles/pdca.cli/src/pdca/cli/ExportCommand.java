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
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Numbering;
import pdca.team.PlanHistory;
import pdca.team.PlanHistory.Change;

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
						List<Change> changes = CompareCommand.changes(file, compareWith, null);
						Plan now = now(file, changes);
						revisions = table(compareWith, changes, now);
						if (now != null) { // a portfolio runs in the memory of one plan
							now.eResource().getResourceSet().getResources().forEach(r -> r.unload());
						}
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

	/** The plan as it is now when an element was added (its whole text goes into the table), else null. */
	private static Plan now(String file, List<Change> changes) {
		if (changes.stream().noneMatch(c -> c.kind() == PlanHistory.Kind.ADDED)) {
			return null;
		}
		try {
			return PlanFiles.load(Path.of(file));
		} catch (PlanFileException e) {
			return null; // read a moment ago by the comparison; the packet's export tells what is wrong
		}
	}

	/**
	 * The revision comparison table of the changes since {@code from}, one row per change: an element added has
	 * nothing before and, as amended, its number and whole text in {@code now} (the plan as it is now, or null: the
	 * element as the comparison names it); one deleted nothing after (the element as users know it); one moved its
	 * old and new place; a list reordered its order before and after; a value changed its old and new value, a
	 * deadline marked as a deadline shift.
	 */
	static RevisionTable table(String from, List<Change> changes, Plan now) {
		List<RevisionTable.Row> rows = new ArrayList<>();
		for (Change c : changes) {
			RevisionTable.Row row = switch (c.kind()) {
				case CREATED -> null; // not a change of a comparison
				case ADDED -> new RevisionTable.Row(c.where(), RevisionTable.Kind.ADDED, "", "", whole(now, c), false);
				case REMOVED -> new RevisionTable.Row(c.where(), RevisionTable.Kind.REMOVED, "", c.where(), "", false);
				case MOVED -> new RevisionTable.Row(c.where(), RevisionTable.Kind.MOVED, c.feature(), c.oldValue(), c.newValue(), false);
				case REORDERED -> new RevisionTable.Row(c.where(), RevisionTable.Kind.REORDERED, c.feature(), c.oldValue(),
						c.newValue(), false);
				case CHANGED -> new RevisionTable.Row(c.where(), RevisionTable.Kind.CHANGED, c.feature(), c.oldValue(),
						c.newValue(), c.deadline());
			};
			if (row != null) {
				rows.add(row);
			}
		}
		return new RevisionTable(from, null, rows);
	}

	/** An element added: its number and whole text in the plan now, or as the comparison names it. */
	private static String whole(Plan now, Change added) {
		if (now != null && added.elementId() != null && now.eResource() != null
				&& now.eResource().getEObject(added.elementId()) instanceof PlanElement e && e.getText() != null) {
			return Numbering.path(e) + " " + e.getText().strip();
		}
		return added.where();
	}

	static String toolVersion() {
		var bundle = FrameworkUtil.getBundle(PacketExporter.class);
		return bundle == null ? "dev" : bundle.getVersion().toString();
	}
}
