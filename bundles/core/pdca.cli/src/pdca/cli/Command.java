package pdca.cli;

import java.io.PrintStream;
import java.util.Set;

/** One command of the {@code pdca} command line. */
interface Command {

	/** The word that selects the command, e.g. "validate". */
	String name();

	/** One line for the command list. */
	String summary();

	/** The full help text, ending with a newline. */
	String help();

	/** The flags the command accepts (with their leading dashes). */
	Set<String> options();

	/** The options that take a value (with their leading dashes), e.g. "--year". */
	default Set<String> valueOptions() {
		return Set.of();
	}

	/** The options that take a value and may be given several times, e.g. "--unit". */
	default Set<String> repeatableOptions() {
		return Set.of();
	}

	/**
	 * Runs the command and returns the exit status.
	 *
	 * @throws Options.UsageException when the options given do not fit together
	 */
	int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException;
}
