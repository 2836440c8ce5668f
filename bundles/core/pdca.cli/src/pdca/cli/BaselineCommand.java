package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import pdca.team.PlanBaselines;
import pdca.team.PlanBaselines.Baseline;
import pdca.team.PlanSync;

/**
 * {@code pdca baseline [WORKSPACE] --tag NAME [-m MESSAGE]}: names the last recorded version of a shared workspace a
 * baseline (核定版, 第3季檢討), an annotated git tag ({@link PlanBaselines}), sent to the others with {@code pdca sync};
 * {@code pdca baseline [WORKSPACE] --list}: the baselines, oldest first. Exit 0 done, 2 not a git repository, the name
 * taken or invalid, or nothing recorded yet.
 */
final class BaselineCommand implements Command {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Override
	public String name() {
		return "baseline";
	}

	@Override
	public String summary() {
		return CliMessages.get("baseline.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("baseline.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--list");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--tag", "--message", "-m", "--author", "--unit");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		List<String> files = options.files();
		if (files.size() > 1) {
			throw new Options.UsageException(CliMessages.get("baseline.usage"));
		}
		String tag = options.value("--tag");
		boolean list = options.has("--list");
		if ((tag == null) == !list) {
			throw new Options.UsageException(CliMessages.get("baseline.tagOrList"));
		}
		Path workspace = Path.of(files.isEmpty() ? "." : files.get(0));
		if (!Files.isDirectory(workspace.resolve(".git"))) {
			err.println(CliMessages.format("baseline.notARepository", workspace));
			return Cli.USAGE;
		}
		try {
			if (list) {
				List<Baseline> baselines = PlanBaselines.list(workspace);
				if (baselines.isEmpty()) {
					out.println(CliMessages.format("baseline.none", workspace));
				}
				for (Baseline b : baselines) {
					out.println(CliMessages.format("baseline.line", b.name(), b.time() == null ? "" : b.time().format(WHEN),
							b.commit().substring(0, 7), b.tagger(), b.message()).strip());
				}
				return Cli.OK;
			}
			Baseline b = PlanBaselines.tag(workspace, tag, options.value("--message", "-m"),
					new PlanSync.Author(options.value("--author"), options.value("--unit"), ""));
			out.println(CliMessages.format("baseline.tagged", b.name(), b.commit().substring(0, 7)));
			return Cli.OK;
		} catch (PlanBaselines.Refused e) {
			err.println("pdca baseline: " + e.getMessage());
			return Cli.USAGE;
		} catch (IOException e) {
			err.println(CliMessages.format("baseline.failed", workspace, Cli.describe(e)));
			return Cli.USAGE;
		}
	}
}
