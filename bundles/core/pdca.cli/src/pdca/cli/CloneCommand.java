package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.api.errors.GitAPIException;

import pdca.team.PlanSync;

/**
 * {@code pdca clone ADDRESS FOLDER}: a unit takes a copy of the shared plan workspace, ready for {@code pdca sync} and
 * the workbench ({@link PlanSync#cloneFrom}). Exit 0 cloned, 2 the folder is not empty or the remote failed.
 */
final class CloneCommand implements Command {

	@Override
	public String name() {
		return "clone";
	}

	@Override
	public String summary() {
		return CliMessages.get("clone.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("clone.help");
	}

	@Override
	public Set<String> options() {
		return Set.of();
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		List<String> args = options.files();
		if (args.size() != 2) {
			throw new Options.UsageException(CliMessages.get("clone.usage"));
		}
		Path folder = Path.of(args.get(1));
		try {
			PlanSync.cloneFrom(args.get(0), folder, null);
			out.println(CliMessages.format("clone.done", args.get(0), folder));
			return Cli.OK;
		} catch (PlanSync.Refused e) {
			err.println("pdca clone: " + e.getMessage());
			return Cli.USAGE;
		} catch (IOException | GitAPIException | RuntimeException e) {
			err.println(CliMessages.format("clone.failed", args.get(0), Cli.describe(e)));
			return Cli.USAGE;
		}
	}
}
