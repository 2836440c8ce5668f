package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.google.gson.stream.JsonWriter;

import pdca.team.PlanBaselines;
import pdca.team.PlanHistory;
import pdca.team.PlanHistory.Change;

/**
 * {@code pdca compare FILE --from REV [--to REV] [--json]}: what changed in a plan of a shared workspace between two
 * versions — a baseline (核定版), a commit id — or from one to the file as it is now, element by element in the users'
 * words, one line per change ({@link PlanBaselines#compare}). Exit 0 compared, 2 an unknown version, a file outside a
 * git work tree or unreadable.
 */
final class CompareCommand implements Command {

	/** Version of the JSON shape; raised only when a field changes meaning or disappears. */
	static final int JSON_SCHEMA = 1;

	@Override
	public String name() {
		return "compare";
	}

	@Override
	public String summary() {
		return CliMessages.get("compare.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("compare.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--json");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--from", "--to");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		List<String> files = options.files();
		if (files.size() != 1) {
			throw new Options.UsageException(CliMessages.get("compare.usage"));
		}
		String from = options.value("--from");
		if (from == null || from.isBlank()) {
			throw new Options.UsageException(CliMessages.get("compare.noFrom"));
		}
		String to = options.value("--to");
		String name = files.get(0);
		Path file = Path.of(name);
		if (!Files.isRegularFile(file)) {
			err.println(CliMessages.format("compare.noSuchFile", name));
			return Cli.USAGE;
		}
		List<Change> changes;
		try {
			changes = changes(name, from, to);
		} catch (Refusal e) {
			err.println("pdca compare: " + e.getMessage());
			return Cli.USAGE;
		}
		String toName = to == null ? CliMessages.get("compare.now") : to;
		if (options.has("--json")) {
			out.print(json(name, from, to, changes));
			return Cli.OK;
		}
		if (changes.isEmpty()) {
			out.println(CliMessages.format("compare.none", name, from, toName));
			return Cli.OK;
		}
		for (Change c : changes) {
			out.println(c.message());
		}
		return Cli.OK;
	}

	/** Why a plan could not be compared, in one line that says what to do. */
	static final class Refusal extends Exception {

		private static final long serialVersionUID = 1L;

		Refusal(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/**
	 * The changes of the plan file {@code name} from the version {@code from} to the version {@code to} (null: the file
	 * as it is now), as {@code pdca compare} lists them.
	 *
	 * @throws Refusal when the file is outside a git work tree, a version is unknown or has not the file, or the file
	 *                 cannot be read; the message says so (without the command's name)
	 */
	static List<Change> changes(String name, String from, String to) throws Refusal {
		try {
			return PlanBaselines.compare(Path.of(name), from, to);
		} catch (PlanHistory.NotShared | PlanBaselines.Refused e) {
			throw new Refusal(e.getMessage(), e);
		} catch (IOException e) {
			throw new Refusal(name + ": " + Cli.describe(e), e);
		}
	}

	private static String json(String file, String from, String to, List<Change> changes) {
		StringWriter buffer = new StringWriter();
		try (JsonWriter w = new JsonWriter(buffer)) {
			w.setIndent("  ");
			w.setSerializeNulls(true);
			w.beginObject();
			w.name("schema").value(JSON_SCHEMA);
			w.name("file").value(file);
			w.name("from").value(from);
			w.name("to").value(to);
			w.name("changes").beginArray();
			for (Change c : changes) {
				w.beginObject();
				HistoryCommand.writeWhat(w, c);
				w.name("deadline").value(c.deadline());
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
}
