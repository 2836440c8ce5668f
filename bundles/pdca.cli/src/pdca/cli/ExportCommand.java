package pdca.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

import org.osgi.framework.FrameworkUtil;

import pdca.export.ExportException;
import pdca.export.ExportFormat;
import pdca.export.ExportProgress;
import pdca.export.PacketExporter;

/**
 * {@code pdca export --format pdf,odt,ods --out DIR [--zip] FILE...}: the year-end performance
 * packet of each plan. Plans are loaded, exported and dropped one at a time, so a portfolio of any
 * size runs in the memory of one plan.
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
		return Set.of("--format", "--out", "-o");
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
		PacketExporter exporter = new PacketExporter(formats, options.has("--zip"), toolVersion());
		int failed = 0;
		for (String file : options.files()) {
			long start = System.nanoTime();
			try {
				PacketExporter.Packet p = exporter.export(Path.of(file), Path.of(outDir), ExportProgress.NONE);
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

	static String toolVersion() {
		var bundle = FrameworkUtil.getBundle(PacketExporter.class);
		return bundle == null ? "dev" : bundle.getVersion().toString();
	}
}
