package pdca.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options and file arguments of one command. Flags start with "-" and take no value
 * ({@code --json}); options with a value take the next argument or a value after "="
 * ({@code --year 114}, {@code --year=114}, {@code -o plan.pdca}). After "--" every argument is a file.
 */
final class Options {

	/** The command line asks for something the command does not offer. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Set<String> flags;
	private final Map<String, String> values;
	private final Map<String, List<String>> repeated;
	private final List<String> files;

	private Options(Set<String> flags, Map<String, String> values, Map<String, List<String>> repeated, List<String> files) {
		this.flags = flags;
		this.values = values;
		this.repeated = repeated;
		this.files = files;
	}

	/** Parses {@code args} for a command whose options are all flags. */
	static Options parse(List<String> args, Set<String> knownFlags) throws UsageException {
		return parse(args, knownFlags, Set.of());
	}

	/**
	 * Parses {@code args}.
	 *
	 * @param knownFlags  the flags of the command, with their dashes
	 * @param knownValued the options of the command that take a value, with their dashes
	 * @throws UsageException for an unknown option, a value missing or given to a flag, or an
	 *                        option with a value given twice
	 */
	static Options parse(List<String> args, Set<String> knownFlags, Set<String> knownValued) throws UsageException {
		return parse(args, knownFlags, knownValued, Set.of());
	}

	/**
	 * Parses {@code args}, where the options of {@code repeatable} (which take a value) may be given several times
	 * ({@code --unit A --unit B}).
	 */
	static Options parse(List<String> args, Set<String> knownFlags, Set<String> knownValued, Set<String> repeatable)
			throws UsageException {
		Set<String> flags = new HashSet<>();
		Map<String, String> values = new HashMap<>();
		Map<String, List<String>> repeated = new HashMap<>();
		List<String> files = new ArrayList<>();
		boolean onlyFiles = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!onlyFiles && arg.equals("--")) {
				onlyFiles = true;
			} else if (!onlyFiles && arg.startsWith("-") && arg.length() > 1) {
				int eq = arg.indexOf('=');
				String name = eq > 0 ? arg.substring(0, eq) : arg;
				if (knownValued.contains(name) || repeatable.contains(name)) {
					String value;
					if (eq > 0) {
						value = arg.substring(eq + 1);
					} else if (i + 1 < args.size()) {
						value = args.get(++i);
					} else {
						throw new UsageException(CliMessages.format("cli.optionNeedsValue", name));
					}
					if (repeatable.contains(name)) {
						repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
					} else if (values.putIfAbsent(name, value) != null) {
						throw new UsageException(CliMessages.format("cli.optionTwice", name));
					}
				} else if (knownFlags.contains(name)) {
					if (eq > 0) {
						throw new UsageException(CliMessages.format("cli.flagTakesNoValue", name));
					}
					flags.add(name);
				} else {
					throw new UsageException(CliMessages.format("cli.unknownOption", name));
				}
			} else {
				files.add(arg);
			}
		}
		return new Options(flags, values, repeated, files);
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	/**
	 * The value of an option, under any of its names (e.g. "-o" and "--output").
	 *
	 * @return the value, or {@code null} when the option is not given
	 * @throws UsageException when the option is given under two of its names
	 */
	String value(String... names) throws UsageException {
		String found = null;
		String foundName = null;
		for (String name : names) {
			String v = values.get(name);
			if (v != null) {
				if (found != null) {
					throw new UsageException(CliMessages.format("cli.optionTwice", foundName + " / " + name));
				}
				found = v;
				foundName = name;
			}
		}
		return found;
	}

	/** Every value of a repeatable option, in the order given; empty when not given. */
	List<String> values(String name) {
		return repeated.getOrDefault(name, List.of());
	}

	List<String> files() {
		return files;
	}
}
