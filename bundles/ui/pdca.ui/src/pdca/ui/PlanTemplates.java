package pdca.ui;

import java.util.Locale;
import java.util.Optional;

import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.templates.AgencyTemplate;
import pdca.templates.TemplateRegistry;
import pdca.templates.Vocabulary;

/** The agency templates installed in the workbench, and the vocabulary a plan's template uses. */
public final class PlanTemplates {

	private static TemplateRegistry registry;

	private PlanTemplates() {
	}

	/** The templates contributed by the installed template plug-ins (read once). */
	public static synchronized TemplateRegistry registry() {
		if (registry == null) {
			registry = TemplateRegistry.fromExtensions();
		}
		return registry;
	}

	/** The template a plan was made from, if it is installed. */
	public static Optional<AgencyTemplate> of(Plan plan) {
		return plan == null || plan.getTemplateId() == null ? Optional.empty() : registry().find(plan.getTemplateId());
	}

	/** The vocabulary of the plan's template, or the default one (構面/策略/方法/具體作法). */
	public static Vocabulary vocabulary(Plan plan) {
		return of(plan).map(AgencyTemplate::vocabulary).orElse(Vocabulary.DEFAULT);
	}

	/** What the plan's template calls the level of {@code element}, in the user's language. */
	public static String levelName(Plan plan, PlanElement element) {
		String name = vocabulary(plan).nameOf(element, Locale.getDefault());
		return name == null ? "" : name;
	}

	/** What the plan's template calls {@code level}, in the user's language. */
	public static String levelName(Plan plan, Vocabulary.Level level) {
		return vocabulary(plan).name(level, Locale.getDefault());
	}
}
