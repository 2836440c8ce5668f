package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.api.errors.GitAPIException;

import pdca.team.Conflict;
import pdca.team.PlanSync;
import pdca.team.TeamMessages;
import pdca.team.UnitBoundaries;

/**
 * {@code pdca sync [WORKSPACE] [-m MESSAGE]}: commits what changed in a plan workspace that is a git repository, fetches
 * {@code origin}, merges plan files element by element and pushes, with JGit ({@link PlanSync}). Exit 0 synced or up
 * to date, 1 conflicts (told element by element and numbered; the plan files are my versions, whole), 2 not a
 * repository or the remote cannot be reached. {@code --take} decides the conflicts a sync stops on: mine or theirs.
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
		return Set.of("--message", "-m", "--author", "--unit", "--take");
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
		String take = options.value("--take");
		PlanSync.Outcome outcome;
		try {
			PlanSync.Author author = new PlanSync.Author(options.value("--author"), options.value("--unit"), "");
			// another unit's rows edited: told, not refused
			List<UnitBoundaries.Edit> crossing = UnitBoundaries.check(workspace, author);
			if (!crossing.isEmpty()) {
				err.println(TeamMessages.get("boundary.title"));
				crossing.forEach(e -> err.println("  " + e.file() + ": " + e.message()));
			}
			outcome = PlanSync.sync(workspace, message, author);
			if (outcome.state() == PlanSync.State.CONFLICTS && take != null) {
				Map<String, Map<String, Conflict.Choice>> decisions = decisions(outcome, take);
				outcome = PlanSync.sync(workspace, message, author, decisions);
			}
		} catch (Options.UsageException e) {
			throw e;
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
			int n = 0;
			for (Map.Entry<String, List<Conflict>> e : outcome.conflicts().entrySet()) {
				err.println(CliMessages.format("sync.conflicts", e.getKey(), e.getValue().size()));
				for (Conflict c : e.getValue()) {
					n++;
					err.println("  [" + n + "] " + c.message()
							+ (c.theirsPossible() ? "" : " " + CliMessages.get("sync.onlyMine")));
				}
			}
			for (String other : outcome.otherConflicts()) {
				n++;
				err.println("  [" + n + "] " + CliMessages.format("sync.otherConflict", other));
			}
			err.println(CliMessages.get("sync.kept"));
			return Cli.FOUND_ERRORS;
		}
	}

	/**
	 * The decisions {@code --take} gives for the conflicts of {@code outcome}, numbered as they are printed: {@code mine}
	 * or {@code theirs} for all of them, or {@code 1=theirs,3=mine} (我的 and 對方的 also).
	 */
	static Map<String, Map<String, Conflict.Choice>> decisions(PlanSync.Outcome outcome, String take)
			throws Options.UsageException {
		record Numbered(String path, String ref) {
		}
		List<Numbered> numbered = new ArrayList<>();
		outcome.conflicts().forEach((path, list) -> list.forEach(c -> numbered.add(new Numbered(path, c.ref()))));
		outcome.otherConflicts().forEach(path -> numbered.add(new Numbered(path, PlanSync.WHOLE_FILE)));
		Map<Integer, Conflict.Choice> chosen = new LinkedHashMap<>();
		Conflict.Choice all = choice(take.strip());
		if (all != null) {
			for (int i = 1; i <= numbered.size(); i++) {
				chosen.put(i, all);
			}
		} else {
			for (String part : take.split("[,，]")) {
				String[] pair = part.strip().split("=", 2);
				Conflict.Choice c = pair.length == 2 ? choice(pair[1].strip()) : null;
				int number;
				try {
					number = Integer.parseInt(pair[0].strip());
				} catch (NumberFormatException e) {
					number = -1;
				}
				if (c == null || number < 1 || number > numbered.size()) {
					throw new Options.UsageException(CliMessages.format("sync.badTake", part.strip(), numbered.size()));
				}
				chosen.put(number, c);
			}
		}
		Map<String, Map<String, Conflict.Choice>> decisions = new LinkedHashMap<>();
		chosen.forEach((number, c) -> {
			Numbered which = numbered.get(number - 1);
			decisions.computeIfAbsent(which.path(), k -> new LinkedHashMap<>()).put(which.ref(), c);
		});
		return decisions;
	}

	private static Conflict.Choice choice(String word) {
		return switch (word.toLowerCase(java.util.Locale.ROOT)) {
			case "mine", "我的" -> Conflict.Choice.MINE;
			case "theirs", "對方的" -> Conflict.Choice.THEIRS;
			default -> null;
		};
	}
}
