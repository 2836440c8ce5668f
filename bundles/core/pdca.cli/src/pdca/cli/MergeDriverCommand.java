package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;
import pdca.team.Conflict;
import pdca.team.PlanMerge;

/**
 * {@code pdca merge-driver BASE MINE THEIRS [NAME]}: git's merge driver for plan files ({@code %O %A %B %P}). Merges
 * the plans element by element ({@link PlanMerge}); a clean merge is written into MINE atomically (exit 0). With
 * conflicts MINE stays the user's own version, whole, and the conflicts are told on the error stream and in
 * {@code NAME.conflicts.txt} (exit 1): never conflict markers inside a plan file.
 *
 * <p>{@code pdca merge-driver --install REPO [--command CMD]} sets the driver up in a repository: the
 * {@code .gitattributes} line and the {@code merge.pdca.*} settings of its git configuration.
 */
final class MergeDriverCommand implements Command {

	/** The line of {@code .gitattributes} that has git merge plan files with the driver. */
	static final String ATTRIBUTES_LINE = "*.pdca merge=pdca";

	@Override
	public String name() {
		return "merge-driver";
	}

	@Override
	public String summary() {
		return CliMessages.get("mergeDriver.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("mergeDriver.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--install");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--command");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		List<String> files = options.files();
		if (options.has("--install")) {
			if (files.size() != 1) {
				throw new Options.UsageException(CliMessages.get("mergeDriver.installUsage"));
			}
			String command = options.value("--command");
			return install(Path.of(files.get(0)), command == null ? "pdca" : command, out, err);
		}
		if (files.size() != 3 && files.size() != 4) {
			throw new Options.UsageException(CliMessages.get("mergeDriver.usage"));
		}
		Path basePath = Path.of(files.get(0));
		Path minePath = Path.of(files.get(1));
		Path theirsPath = Path.of(files.get(2));
		String name = files.size() == 4 ? files.get(3) : files.get(1);
		Plan base;
		Plan mine;
		Plan theirs;
		try {
			// a file added on both sides has no common version: git gives an empty one
			base = Files.isRegularFile(basePath) && Files.size(basePath) == 0 ? PdcaFactory.eINSTANCE.createPlan()
					: PlanFiles.load(basePath);
			mine = PlanFiles.load(minePath);
			theirs = PlanFiles.load(theirsPath);
		} catch (PlanFileException e) {
			err.println(CliMessages.format("mergeDriver.unreadable", name, e.getMessage()));
			return Cli.USAGE;
		} catch (IOException e) {
			err.println(CliMessages.format("mergeDriver.unreadable", name, e.getMessage()));
			return Cli.USAGE;
		}
		PlanMerge.Result result;
		try {
			result = PlanMerge.merge(base, mine, theirs);
		} catch (RuntimeException e) {
			throw new FileFailure(name, e);
		}
		List<String> report = new ArrayList<>();
		for (Conflict c : result.conflicts()) {
			report.add(c.message());
		}
		if (report.isEmpty()) {
			// a merged plan with an error neither version had is not written: told as a conflict
			Set<String> errors = errors(result.plan());
			errors.removeAll(errors(mine));
			errors.removeAll(errors(theirs));
			for (Problem p : PlanValidation.validate(result.plan())) {
				if (errors.contains(key(p))) {
					report.add(CliMessages.format("mergeDriver.invalid", p.path(), p.message()));
				}
			}
		}
		if (report.isEmpty()) {
			try {
				PlanFiles.save(result.plan(), minePath);
			} catch (PlanFileException e) {
				err.println(CliMessages.format("mergeDriver.unwritable", name, e.getMessage()));
				return Cli.USAGE;
			}
			err.println(CliMessages.format("mergeDriver.merged", name));
			return Cli.OK;
		}
		List<String> lines = new ArrayList<>();
		lines.add(CliMessages.format("mergeDriver.conflicts", name, report.size()));
		for (String line : report) {
			lines.add("  " + line);
		}
		lines.add(CliMessages.format("mergeDriver.kept", name));
		Path side = null;
		if (files.size() == 4) {
			side = Path.of(name + ".conflicts.txt");
			try {
				PlanFiles.writeAtomically(side, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
				lines.add(CliMessages.format("mergeDriver.reportFile", side));
			} catch (PlanFileException e) {
				lines.add(e.getMessage());
			}
		}
		for (String line : lines) {
			err.println(line);
		}
		return Cli.FOUND_ERRORS;
	}

	private static String key(Problem p) {
		return p.code() + "\t" + p.path() + "\t" + p.message();
	}

	private static Set<String> errors(Plan plan) {
		Set<String> result = new HashSet<>();
		for (Problem p : PlanValidation.validate(plan)) {
			if (p.severity() == Problem.Severity.ERROR) {
				result.add(key(p));
			}
		}
		return result;
	}

	/** Sets the driver up in {@code repository}: its {@code .gitattributes} and its git configuration. */
	private static int install(Path repository, String command, PrintStream out, PrintStream err) {
		if (!Files.isDirectory(repository)) {
			err.println(CliMessages.format("mergeDriver.notARepository", repository));
			return Cli.USAGE;
		}
		String driver = command + " merge-driver %O %A %B %P";
		try {
			if (git(repository, "rev-parse", "--git-dir") != 0
					|| git(repository, "config", "merge.pdca.name", CliMessages.get("mergeDriver.gitName")) != 0
					|| git(repository, "config", "merge.pdca.driver", driver) != 0) {
				err.println(CliMessages.format("mergeDriver.notARepository", repository));
				return Cli.USAGE;
			}
			Path attributes = repository.resolve(".gitattributes");
			String text = Files.isRegularFile(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : "";
			if (!text.lines().map(String::strip).anyMatch(ATTRIBUTES_LINE::equals)) {
				String added = (text.isEmpty() || text.endsWith("\n") ? text : text + "\n") + ATTRIBUTES_LINE + "\n";
				PlanFiles.writeAtomically(attributes, added.getBytes(StandardCharsets.UTF_8));
			}
		} catch (IOException | PlanFileException e) {
			err.println(CliMessages.format("mergeDriver.installFailed", repository, e.getMessage()));
			return Cli.USAGE;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Cli.USAGE;
		}
		out.println(CliMessages.format("mergeDriver.installed", repository, ATTRIBUTES_LINE, driver));
		return Cli.OK;
	}

	private static int git(Path repository, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return -1;
		}
		return process.exitValue();
	}
}
