package pdca.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import pdca.edit.NewPlans;
import pdca.model.AgencyType;
import pdca.model.Plan;
import pdca.model.logic.PlanStructure;
import pdca.templates.AgencyTemplate;
import pdca.templates.NewPlan;
import pdca.templates.TemplateException;
import pdca.templates.TemplateRegistry;
import pdca.templates.Vocabulary;
import pdca.templates.Vocabulary.Level;

/**
 * {@code pdca new --template ID --agency NAME --year N -o FILE [--force]}: a new plan of an agency
 * for an ROC year, from an agency template; with {@code --blank} instead of a template, the blank plan the New Plan
 * wizard makes ({@link NewPlans#blank}).
 */
final class NewCommand implements Command {

	/** The ROC years a plan may have (as validation checks them). */
	static final int MIN_YEAR = 1;
	static final int MAX_YEAR = 300;

	private final Templates templates;

	NewCommand(Templates templates) {
		this.templates = templates;
	}

	@Override
	public String name() {
		return "new";
	}

	@Override
	public String summary() {
		return CliMessages.get("new.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("new.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--force", "--blank");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--template", "-t", "--agency", "-a", "--year", "-y", "--output", "-o");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		if (!options.files().isEmpty()) {
			throw new Options.UsageException(CliMessages.format("new.noFiles", options.files().get(0)));
		}
		String templateId = options.value("--template", "-t");
		String agency = options.value("--agency", "-a");
		String yearText = options.value("--year", "-y");
		String output = options.value("--output", "-o");
		boolean blank = options.has("--blank");
		if (blank && templateId != null) {
			throw new Options.UsageException(CliMessages.get("new.blankOrTemplate"));
		}
		if (templateId == null && !blank || agency == null || yearText == null || output == null) {
			throw new Options.UsageException(CliMessages.get("new.missing"));
		}
		if (agency.isBlank()) {
			err.println(CliMessages.get("new.agencyEmpty"));
			return Cli.USAGE;
		}
		Integer year = rocYear(yearText);
		if (year == null) {
			err.println(CliMessages.format("new.badYear", yearText, MIN_YEAR, MAX_YEAR));
			return Cli.USAGE;
		}
		if (blank) {
			Path file = PlanOutput.target(name(), output, options.has("--force"), err);
			if (file == null) {
				return Cli.USAGE;
			}
			Plan plan = NewPlans.blank(agency, AgencyType.OTHER, year);
			out.println(CliMessages.format("new.createdBlank", output, plan.getTitle()));
			return PlanOutput.save(name(), plan, file, out, err);
		}
		TemplateRegistry registry;
		try {
			registry = templates.registry(err);
		} catch (IllegalStateException e) {
			err.println(e.getMessage());
			return Cli.USAGE;
		}
		AgencyTemplate template = registry.find(templateId).orElse(null);
		if (template == null) {
			String known = registry.templates().stream().map(AgencyTemplate::id).collect(Collectors.joining(", "));
			err.println(CliMessages.format("new.unknownTemplate", templateId, known));
			return Cli.USAGE;
		}
		Path file = PlanOutput.target(name(), output, options.has("--force"), err);
		if (file == null) {
			return Cli.USAGE;
		}
		Plan plan;
		try {
			plan = NewPlan.fromTemplate(template, agency, year);
		} catch (TemplateException e) {
			err.println("new: " + e.getMessage());
			return Cli.USAGE;
		}
		out.println(CliMessages.format("new.created", output, plan.getTitle(), template.name().get()));
		out.println(CliMessages.format("new.contents", structure(template, plan), plan.getEvaluationForms().size(),
				plan.getReviewMeetings().size()));
		return PlanOutput.save(name(), plan, file, out, err);
	}

	/** "實施要項 8、推動作法 25、具體作法 6": the counts of the plan's levels, named in the template's vocabulary. */
	private static String structure(AgencyTemplate template, Plan plan) {
		Vocabulary v = template.vocabulary();
		Locale locale = Locale.getDefault();
		List<String> parts = new ArrayList<>();
		if (!plan.getDimensions().isEmpty()) {
			parts.add(CliMessages.format("new.level", v.name(Level.DIMENSION, locale), plan.getDimensions().size()));
		}
		parts.add(CliMessages.format("new.level", v.name(Level.STRATEGY, locale), PlanStructure.strategies(plan).size()));
		parts.add(CliMessages.format("new.level", v.name(Level.METHOD, locale), PlanStructure.methods(plan).size()));
		parts.add(CliMessages.format("new.level", v.name(Level.ACTION, locale), PlanStructure.actions(plan).size()));
		return String.join(CliMessages.get("new.levelSeparator"), parts);
	}

	/** The year as given (ASCII or full-width digits), or {@code null} when it is not an ROC year from 1 to 300. */
	static Integer rocYear(String text) {
		String digits = text.strip();
		StringBuilder ascii = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c >= '０' && c <= '９') {
				ascii.append((char) ('0' + (c - '０')));
			} else if (c >= '0' && c <= '9') {
				ascii.append(c);
			} else {
				return null;
			}
		}
		if (ascii.isEmpty() || ascii.length() > 4) {
			return null;
		}
		int year = Integer.parseInt(ascii.toString());
		return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
	}
}
