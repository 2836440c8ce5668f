package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.api.errors.GitAPIException;

import pdca.team.Conflict;
import pdca.team.PlanSync;

/**
 * {@code pdca sync [WORKSPACE] [-m MESSAGE]}: commits what changed in a plan workspace that is a git repository, fetches
 * {@code origin}, merges plan files element by element and pushes, with JGit ({@link PlanSync}). Exit 0 synced or up
 * to date, 1 conflicts (told element by element; each plan file in conflict is the merged plan with my value at each
 * conflict), 2 not a repository or the remote cannot be reached.
 */
final class SyncCommand implements Command {

	@Override
	public String name() {
		return "sync";
	}

	@Override
	public String summary() {
		return CliMessages.get("sync.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("sync.help");
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
		List<String> files = options.files();
		if (files.size() > 1) {
			throw new Options.UsageException(CliMessages.get("sync.usage"));
		}
		Path workspace = Path.of(files.isEmpty() ? "." : files.get(0));
		String message = options.value("--message", "-m");
		if (message == null || message.isBlank()) {
			message = CliMessages.get("sync.defaultMessage");
		}
		if (!Files.isDirectory(workspace.resolve(".git"))) {
			err.println(CliMessages.format("sync.notARepository", workspace));
			return Cli.USAGE;
		}
		PlanSync.Outcome outcome;
		try {
			outcome = PlanSync.sync(workspace, message,
					new PlanSync.Author(options.value("--author"), options.value("--unit"), ""));
		} catch (IOException | GitAPIException | RuntimeException e) {
			err.println(CliMessages.format("sync.failed", workspace, Cli.describe(e)));
			return Cli.USAGE;
		}
		for (String plan : outcome.mergedPlans()) {
			out.println(CliMessages.format("sync.merged", plan));
		}
		switch (outcome.state()) {
		case UP_TO_DATE:
			out.println(CliMessages.get("sync.upToDate"));
			return Cli.OK;
		case NO_REMOTE:
			out.println(CliMessages.format("sync.noRemote", outcome.committed() ? 1 : 0));
			return Cli.OK;
		case SYNCED:
			out.println(CliMessages.format("sync.synced", outcome.committed() ? 1 : 0, outcome.received() ? 1 : 0,
					outcome.pushed() ? 1 : 0));
			return Cli.OK;
		default:
			for (Map.Entry<String, List<Conflict>> e : outcome.conflicts().entrySet()) {
				err.println(CliMessages.format("sync.conflicts", e.getKey(), e.getValue().size()));
				for (Conflict c : e.getValue()) {
					err.println("  " + c.message());
				}
			}
			for (String other : outcome.otherConflicts()) {
				err.println(CliMessages.format("sync.otherConflict", other));
			}
			err.println(CliMessages.get("sync.kept"));
			return Cli.FOUND_ERRORS;
		}
	}
}
