package pdca.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The options and file arguments of one command. Options are flags starting with "--". */
final class Options {

	/** The command line asks for something the command does not offer. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Set<String> flags;
	private final List<String> files;

	private Options(Set<String> flags, List<String> files) {
		this.flags = flags;
		this.files = files;
	}

	static Options parse(List<String> args, Set<String> known) throws UsageException {
		Set<String> flags = new HashSet<>();
		List<String> files = new ArrayList<>();
		boolean onlyFiles = false;
		for (String arg : args) {
			if (!onlyFiles && arg.equals("--")) {
				onlyFiles = true;
			} else if (!onlyFiles && arg.startsWith("-") && arg.length() > 1) {
				if (!known.contains(arg)) {
					throw new UsageException(CliMessages.format("cli.unknownOption", arg));
				}
				flags.add(arg);
			} else {
				files.add(arg);
			}
		}
		return new Options(flags, files);
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	List<String> files() {
		return files;
	}
}
