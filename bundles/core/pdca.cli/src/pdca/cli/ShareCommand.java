package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.jgit.api.errors.GitAPIException;

import pdca.team.PlanSync;

/**
 * {@code pdca share WORKSPACE ADDRESS}: the planning office shares a plan workspace once, through an empty shared
 * repository (a folder on a shared drive, or the agency's git server over https or ssh): the folder becomes a git
 * repository when it is not one, the plans are recorded and sent ({@link PlanSync#share}). Exit 0 shared, 2 refused
 * (shared already with another address, the remote holds a workspace already, not a folder) or the remote failed.
 */
final class ShareCommand implements Command {

	@Override
	public String name() {
		return "share";
	}

	@Override
	public String summary() {
		return CliMessages.get("share.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("share.help");
	}

	@Override
	public Set<String> options() {
		return Set.of();
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--message", "-m", "--author", "--unit");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		List<String> args = options.files();
		if (args.size() != 2) {
			throw new Options.UsageException(CliMessages.get("share.usage"));
		}
		Path workspace = Path.of(args.get(0));
		if (!Files.isDirectory(workspace)) {
			err.println(CliMessages.format("share.notAFolder", workspace));
			return Cli.USAGE;
		}
		String message = options.value("--message", "-m");
		try {
			PlanSync.Outcome o = PlanSync.share(workspace, args.get(1),
					message == null || message.isBlank() ? CliMessages.get("share.defaultMessage") : message,
					new PlanSync.Author(options.value("--author"), options.value("--unit"), ""), null);
			out.println(CliMessages.format("share.done", workspace, args.get(1), o.committed() ? 1 : 0));
			return Cli.OK;
		} catch (PlanSync.Refused e) {
			err.println("pdca share: " + e.getMessage());
			return Cli.USAGE;
		} catch (IOException | GitAPIException | RuntimeException e) {
			err.println(CliMessages.format("share.failed", workspace, Cli.describe(e)));
			return Cli.USAGE;
		}
	}
}
