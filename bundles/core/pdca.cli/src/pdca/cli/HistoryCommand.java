package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.stream.JsonWriter;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.team.PlanHistory;
import pdca.team.PlanHistory.Change;

/**
 * {@code pdca history FILE [--limit N] [--json]}: the changes of a plan in a shared workspace, element by element, newest
 * first, with who recorded them and when ({@link PlanHistory}); {@code pdca history FILE --revert ID} sets the value a
 * change replaced back in the plan file (saved atomically) when it still has the value the change gave it. Exit 0 listed
 * or reverted, 1 the revert was refused, 2 the file is not in a git work tree, unreadable, or no such change.
 */
final class HistoryCommand implements Command {

	/** Version of the JSON shape; raised only when a field changes meaning or disappears. */
	static final int JSON_SCHEMA = 1;

	@Override
	public String name() {
		return "history";
	}

	@Override
	public String summary() {
		return CliMessages.get("history.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("history.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--json");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--limit", "-n", "--revert");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		List<String> files = options.files();
		if (files.size() != 1) {
			throw new Options.UsageException(CliMessages.get("history.usage"));
		}
		int limit = limit(options.value("--limit", "-n"));
		String revert = options.value("--revert");
		if (revert != null && options.has("--json")) {
			throw new Options.UsageException(CliMessages.get("history.jsonAndRevert"));
		}
		String name = files.get(0);
		Path file = Path.of(name);
		if (!Files.isRegularFile(file)) {
			err.println(CliMessages.format("history.noSuchFile", name));
			return Cli.USAGE;
		}
		List<Change> changes;
		try {
			changes = PlanHistory.of(file, limit);
		} catch (PlanHistory.NotShared e) {
			err.println("pdca history: " + e.getMessage());
			return Cli.USAGE;
		} catch (IOException e) {
			err.println(CliMessages.format("history.failed", name, Cli.describe(e)));
			return Cli.USAGE;
		}
		if (revert != null) {
			return revert(name, file, changes, revert, out, err);
		}
		if (options.has("--json")) {
			out.print(json(name, changes));
			return Cli.OK;
		}
		if (changes.isEmpty()) {
			out.println(CliMessages.format("history.none", name));
			return Cli.OK;
		}
		for (Change c : changes) {
			out.println(CliMessages.format("history.line", c.id(), c.when(), c.author(), c.message()));
		}
		return Cli.OK;
	}

	private static int limit(String text) throws Options.UsageException {
		if (text == null) {
			return PlanHistory.DEFAULT_LIMIT;
		}
		try {
			int n = Integer.parseInt(text.strip());
			if (n > 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// told below
		}
		throw new Options.UsageException(CliMessages.format("history.badLimit", text));
	}

	private static int revert(String name, Path file, List<Change> changes, String id, PrintStream out, PrintStream err) {
		Change change = PlanHistory.find(changes, id);
		if (change == null) {
			err.println(CliMessages.format("history.noSuchChange", id, name));
			return Cli.USAGE;
		}
		Plan plan;
		try {
			plan = PlanFiles.load(file);
		} catch (PlanFileException e) {
			err.println(e.describe());
			return Cli.USAGE;
		}
		try {
			PlanHistory.revert(plan, change);
		} catch (PlanHistory.RevertRefused e) {
			err.println("pdca history: " + e.getMessage());
			return Cli.FOUND_ERRORS;
		}
		try {
			PlanFiles.save(plan, file);
		} catch (PlanFileException e) {
			err.println("pdca history: " + e.describe());
			return Cli.USAGE;
		}
		out.println(CliMessages.format("history.reverted", change.id(), change.where(), change.feature(), change.oldValue(), name));
		return Cli.OK;
	}

	private static String json(String file, List<Change> changes) {
		StringWriter buffer = new StringWriter();
		try (JsonWriter w = new JsonWriter(buffer)) {
			w.setIndent("  ");
			w.setSerializeNulls(true);
			w.beginObject();
			w.name("schema").value(JSON_SCHEMA);
			w.name("file").value(file);
			w.name("changes").beginArray();
			for (Change c : changes) {
				w.beginObject();
				w.name("id").value(c.id());
				w.name("commit").value(c.commit());
				w.name("author").value(c.author());
				w.name("email").value(c.email());
				w.name("time").value(c.time().toOffsetDateTime().toString());
				writeWhat(w, c);
				w.name("revertible").value(c.revertible());
				w.name("message").value(c.message());
				w.endObject();
			}
			w.endArray();
			w.endObject();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return buffer + "\n";
	}

	/** The fields of a change that say what changed (kind, element, feature, old and new value), as history and compare write them. */
	static void writeWhat(JsonWriter w, Change c) throws IOException {
		w.name("kind").value(c.kind().name().toLowerCase(Locale.ROOT));
		w.name("elementId").value(c.elementId());
		w.name("element").value(c.where());
		w.name("feature").value(c.feature());
		w.name("old").value(c.oldValue());
		w.name("new").value(c.newValue());
	}
}
