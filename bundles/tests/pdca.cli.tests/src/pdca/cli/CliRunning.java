package pdca.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import pdca.templates.TemplateRegistry;
import pdca.test.support.UseLocale;

/** What the command tests share: the command line run in English, its output and errors captured. */
@UseLocale("en")
abstract class CliRunning {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs {@code pdca args…} and returns its exit status. */
	int run(String... args) {
		out.reset();
		err.reset();
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	/** Runs {@code pdca args…} with the templates of {@code templates} and returns its exit status. */
	int runWith(Supplier<TemplateRegistry> templates, String... args) {
		out.reset();
		err.reset();
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				templates).run(args);
	}

	int run(List<String> args) {
		return run(args.toArray(String[]::new));
	}

	/** What the last run printed. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the last run printed as errors. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
