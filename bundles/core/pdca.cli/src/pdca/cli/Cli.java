package pdca.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import pdca.templates.TemplateRegistry;

/**
 * The {@code pdca} command line: {@code pdca COMMAND [OPTIONS] FILE...}.
 *
 * <p>Exit status: 0 success; 1 the command ran and found errors (e.g. invalid plans);
 * 2 the command could not run (unknown command or option, missing or unreadable file, an
 * unexpected error). Every failure is told in one line naming the file; {@code --debug}
 * (anywhere before {@code --}) adds the stack trace of an unexpected error.
 */
public final class Cli {

	/** The command ran and all is well. */
	public static final int OK = 0;
	/** The command ran and found errors in its input. */
	public static final int FOUND_ERRORS = 1;
	/** The command could not run as asked. */
	public static final int USAGE = 2;

	/** The flag that shows the details of an unexpected error. */
	static final String DEBUG = "--debug";

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	/** The command line with the templates contributed by the installed plug-ins. */
	public Cli(PrintStream out, PrintStream err) {
		this(out, err, TemplateRegistry::fromExtensions);
	}

	/**
	 * The command line with the templates of {@code templates}, asked for only by the commands
	 * that need them.
	 */
	public Cli(PrintStream out, PrintStream err, Supplier<TemplateRegistry> templates) {
		this.out = out;
		this.err = err;
		Templates registry = new Templates(templates);
		add(new ValidateCommand());
		add(new SummaryCommand());
		add(new StatusCommand());
		add(new PortfolioCommand());
		add(new TemplatesCommand(registry));
		add(new NewCommand(registry));
		add(new RolloverCommand(registry));
		add(new MergeDriverCommand());
		add(new ShareCommand());
		add(new CloneCommand());
		add(new SyncCommand());
		add(new HistoryCommand());
		add(new BaselineCommand());
		add(new CompareCommand());
		add(new ExportCommand());
		add(new MeetingCommand());
		add(new CheckinsCommand());
		add(new ImportCommand(registry));
	}

	private void add(Command command) {
		commands.put(command.name(), command);
	}

	/** Other names of commands, as users of git would type them: {@code pdca diff} is {@code pdca compare}. */
	private static final Map<String, String> ALIASES = Map.of("diff", "compare");

	private Command command(String name) {
		return commands.get(ALIASES.getOrDefault(name, name));
	}

	/** Runs the command line {@code args} and returns the exit status. */
	public int run(String[] args) {
		boolean debug = false;
		if (args.length > 0 && args[0].equals(DEBUG)) {
			debug = true;
			args = Arrays.copyOfRange(args, 1, args.length);
		}
		if (args.length == 0) {
			printHelp(err);
			return USAGE;
		}
		String first = args[0];
		if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
			if (args.length > 1 && command(args[1]) != null) {
				out.print(command(args[1]).help());
				return OK;
			}
			printHelp(out);
			return OK;
		}
		Command command = command(first);
		if (command == null) {
			err.println(CliMessages.format("cli.unknownCommand", first));
			err.println(CliMessages.get("cli.seeHelp"));
			return USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.contains("--help") || rest.contains("-h")) {
			out.print(command.help());
			return OK;
		}
		Set<String> flags = new HashSet<>(command.options());
		flags.add(DEBUG);
		Options options = null;
		try {
			options = Options.parse(rest, flags, command.valueOptions(), command.repeatableOptions());
			return command.run(options, out, err);
		} catch (Options.UsageException e) {
			err.println(command.name() + ": " + e.getMessage());
			err.println(CliMessages.format("cli.seeCommandHelp", command.name()));
			return USAGE;
		} catch (InvalidPathException e) {
			err.println(badFileName(command.name(), e));
			return USAGE;
		} catch (RuntimeException | Error e) {
			boolean details = debug || options != null && options.has(DEBUG);
			unexpected(command.name(), subject(e, options), e, details, err);
			return USAGE;
		}
	}

	/** One line for a file name this system cannot use (e.g. Chinese characters under a non-UTF-8 locale). */
	static String badFileName(String command, InvalidPathException e) {
		return CliMessages.format("cli.badFileName", command, badFileName(e));
	}

	/** Why a file name cannot be used, and what to do. */
	static String badFileName(InvalidPathException e) {
		return CliMessages.format("file.badName", e.getInput(), e.getReason());
	}

	/**
	 * Tells an unexpected error in one line naming the file it happened on (and the stack trace after it when asked
	 * for with --debug).
	 */
	static void unexpected(String command, String file, Throwable e, boolean details, PrintStream err) {
		Throwable cause = e instanceof FileFailure f ? f.getCause() : e;
		err.println(file == null || file.isEmpty() ? CliMessages.format("cli.unexpectedNoFile", command, describe(cause))
				: CliMessages.format("cli.unexpected", command, file, describe(cause)));
		if (details) {
			cause.printStackTrace(err);
		}
	}

	/** An unexpected error in a few words on one line: its kind and message, e.g. "NullPointerException: …". */
	static String describe(Throwable e) {
		String message = e.getMessage() == null ? ""
				: ": " + e.getMessage().replaceAll("\\s+", " ").strip().replaceAll("[.。]+$", "");
		String text = e.getClass().getSimpleName() + message;
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	/** The file an unexpected error concerns: the one being worked on, else the files given, else the file to write. */
	private static String subject(Throwable e, Options options) {
		if (e instanceof FileFailure f) {
			return f.file();
		}
		if (options == null) {
			return null;
		}
		if (!options.files().isEmpty()) {
			return String.join(", ", options.files());
		}
		try {
			return options.value("--output", "-o");
		} catch (Options.UsageException ignored) {
			return null;
		}
	}

	private void printHelp(PrintStream stream) {
		stream.println(CliMessages.get("cli.usage"));
		stream.println();
		stream.println(CliMessages.get("cli.commands"));
		for (Command c : commands.values()) {
			stream.printf("  %-10s %s%n", c.name(), c.summary());
		}
		stream.println();
		stream.println(CliMessages.get("cli.footer"));
	}
}
