package pdca.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import pdca.templates.TemplateRegistry;

/**
 * The {@code pdca} command line: {@code pdca COMMAND [OPTIONS] FILE...}.
 *
 * <p>Exit status: 0 success; 1 the command ran and found errors (e.g. invalid plans);
 * 2 the command could not run (unknown command or option, missing or unreadable file).
 */
public final class Cli {

	/** The command ran and all is well. */
	public static final int OK = 0;
	/** The command ran and found errors in its input. */
	public static final int FOUND_ERRORS = 1;
	/** The command could not run as asked. */
	public static final int USAGE = 2;

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
		add(new TemplatesCommand(registry));
		add(new NewCommand(registry));
		add(new RolloverCommand(registry));
		add(new ExportCommand());
	}

	private void add(Command command) {
		commands.put(command.name(), command);
	}

	/** Runs the command line {@code args} and returns the exit status. */
	public int run(String[] args) {
		if (args.length == 0) {
			printHelp(err);
			return USAGE;
		}
		String first = args[0];
		if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
			if (args.length > 1 && commands.containsKey(args[1])) {
				out.print(commands.get(args[1]).help());
				return OK;
			}
			printHelp(out);
			return OK;
		}
		Command command = commands.get(first);
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
		try {
			return command.run(Options.parse(rest, command.options(), command.valueOptions()), out, err);
		} catch (Options.UsageException e) {
			err.println(command.name() + ": " + e.getMessage());
			err.println(CliMessages.format("cli.seeCommandHelp", command.name()));
			return USAGE;
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
