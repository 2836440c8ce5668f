package pdca.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;

/** The plan file a command writes: never over an existing file unless asked to (--force). */
final class PlanOutput {

	private PlanOutput() {
	}

	/**
	 * The file to write, or {@code null} (after saying why on {@code err}) when it is a folder or
	 * exists and {@code force} is not set.
	 */
	static Path target(String command, String name, boolean force, PrintStream err) {
		Path file = Path.of(name);
		if (Files.isDirectory(file)) {
			err.println(CliMessages.format("output.isDirectory", command, name));
			return null;
		}
		if (Files.exists(file) && !force) {
			err.println(CliMessages.format("output.exists", command, name));
			return null;
		}
		return file;
	}

	/**
	 * Saves the plan and reports its validation: one line for the file, one with the counts.
	 *
	 * @return the exit status: OK, FOUND_ERRORS when the new plan has validation errors, USAGE when it cannot be written
	 */
	static int save(String command, Plan plan, Path file, PrintStream out, PrintStream err) {
		try {
			PlanFiles.save(plan, file);
		} catch (PlanFileException e) {
			err.println(command + ": " + e.describe());
			return Cli.USAGE;
		}
		List<Problem> problems = PlanValidation.validate(plan);
		long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		out.println(CliMessages.format("output.validation", errors, warnings, file.toString()));
		return errors > 0 ? Cli.FOUND_ERRORS : Cli.OK;
	}
}
