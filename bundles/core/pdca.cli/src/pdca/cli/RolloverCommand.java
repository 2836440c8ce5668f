package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.templates.AgencyTemplate;
import pdca.templates.Rollover;

/**
 * {@code pdca rollover FILE -o FILE [--force]}: next year's plan from a plan, keeping its structure,
 * moving its deadlines and carrying over what is unfinished.
 */
final class RolloverCommand implements Command {

	private final Templates templates;

	RolloverCommand(Templates templates) {
		this.templates = templates;
	}

	@Override
	public String name() {
		return "rollover";
	}

	@Override
	public String summary() {
		return CliMessages.get("rollover.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("rollover.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--force");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--output", "-o");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		if (options.files().size() != 1) {
			throw new Options.UsageException(CliMessages.get("rollover.oneFile"));
		}
		String output = options.value("--output", "-o");
		if (output == null) {
			throw new Options.UsageException(CliMessages.get("rollover.noOutput"));
		}
		String inputName = options.files().get(0);
		Path input = Path.of(inputName);
		if (sameFile(input, Path.of(output))) {
			err.println(CliMessages.format("rollover.sameFile", output));
			return Cli.USAGE;
		}
		Path file = PlanOutput.target(name(), output, options.has("--force"), err);
		if (file == null) {
			return Cli.USAGE;
		}
		Plan previous;
		try {
			previous = PlanFiles.load(input);
		} catch (PlanFileException e) {
			err.println(e.describe());
			return Cli.USAGE;
		}
		Rollover.Result result;
		try {
			result = Rollover.nextYear(previous, linkTo(input, file), template(previous, err));
		} catch (IllegalArgumentException e) {
			err.println(inputName + ": " + e.getMessage());
			return Cli.USAGE;
		}
		Plan plan = result.plan();
		out.println(CliMessages.format("rollover.created", output, plan.getTitle(), inputName));
		out.println(CliMessages.format("rollover.carried", result.carriedOverItems().size(), result.carriedOverImprovements().size()));
		if (previous.getProgressReports().isEmpty()) {
			out.println(CliMessages.get("rollover.noReports"));
		}
		out.println(CliMessages.format("rollover.dropped", result.droppedReports(), result.droppedMeasurements(),
				result.droppedEvaluations(), result.droppedMeetings()));
		return PlanOutput.save(name(), plan, file, out, err);
	}

	/** The plan's template, for its planned review meetings; none when unknown or no registry runs. */
	private AgencyTemplate template(Plan plan, PrintStream err) {
		if (plan.getTemplateId() == null) {
			return null;
		}
		try {
			return templates.registry(err).find(plan.getTemplateId()).orElse(null);
		} catch (IllegalStateException e) {
			return null;
		}
	}

	/** The previous plan's path as the new plan records it: relative to the new plan's folder, with "/". */
	static String linkTo(Path previous, Path next) {
		Path from = next.toAbsolutePath().normalize().getParent();
		Path to = previous.toAbsolutePath().normalize();
		try {
			return from.relativize(to).toString().replace('\\', '/');
		} catch (IllegalArgumentException e) {
			return to.toString();
		}
	}

	private static boolean sameFile(Path a, Path b) {
		if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
			return true;
		}
		try {
			return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
		} catch (IOException e) {
			return false;
		}
	}
}
