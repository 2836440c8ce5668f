package pdca.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;

/**
 * {@code pdca validate FILE...}: loads each plan, runs every validation rule and prints one
 * tab-separated line per problem: file, severity, element path, message.
 */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return CliMessages.get("validate.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("validate.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--errors-only");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) {
		if (options.files().isEmpty()) {
			err.println(CliMessages.get("cli.noFiles"));
			return Cli.USAGE;
		}
		boolean errorsOnly = options.has("--errors-only");
		int errors = 0;
		int warnings = 0;
		int unreadable = 0;
		for (String name : options.files()) {
			Plan plan;
			try {
				plan = PlanFiles.load(Path.of(name));
			} catch (PlanFileException e) {
				out.println(name + (e.line() > 0 ? ":" + e.line() : "") + "\tERROR\t\t" + e.getMessage());
				unreadable++;
				continue;
			} catch (InvalidPathException e) {
				out.println(name + "\tERROR\t\t" + Cli.badFileName(e));
				unreadable++;
				continue;
			}
			List<Problem> problems;
			try {
				problems = PlanValidation.validate(plan);
			} catch (RuntimeException e) {
				throw new FileFailure(name, e);
			}
			for (Problem p : problems) {
				if (p.severity() == Problem.Severity.ERROR) {
					errors++;
				} else if (p.severity() == Problem.Severity.WARNING) {
					warnings++;
				}
				if (!errorsOnly || p.severity() == Problem.Severity.ERROR) {
					out.println(name + "\t" + p.severity() + "\t" + p.path() + "\t" + p.message());
				}
			}
		}
		err.println(CliMessages.format("validate.total", options.files().size(), errors + unreadable, warnings, unreadable));
		if (unreadable > 0 && unreadable == options.files().size()) {
			return Cli.USAGE;
		}
		return errors + unreadable > 0 ? Cli.FOUND_ERRORS : Cli.OK;
	}
}
