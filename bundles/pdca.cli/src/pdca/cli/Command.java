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

	/** The options the command accepts (with their leading dashes). */
	Set<String> options();

	/** Runs the command and returns the exit status. */
	int run(Options options, PrintStream out, PrintStream err);
}
