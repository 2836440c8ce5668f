package pdca.templates;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

import pdca.model.AgencyType;

/**
 * Reads the contributions to {@value TemplateRegistry#EXTENSION_POINT}. The only class of this
 * bundle that needs a running Eclipse; everything else works on templates made in code.
 */
final class TemplateExtensions {

	record Contributions(List<AgencyTemplate> templates, List<TemplateProblem> problems) {
	}

	/** An invalid contribution. */
	private static final class Invalid extends Exception {
		private static final long serialVersionUID = 1L;

		Invalid(String message) {
			super(message);
		}
	}

	private TemplateExtensions() {
	}

	static Contributions read() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			throw new IllegalStateException(TemplateMessages.get("extension.noRegistry"));
		}
		List<AgencyTemplate> templates = new ArrayList<>();
		List<TemplateProblem> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(TemplateRegistry.EXTENSION_POINT)) {
			if (!"template".equals(element.getName())) {
				continue;
			}
			String contributor = contributorName(element.getContributor());
			try {
				templates.add(template(element, contributor));
			} catch (Invalid | RuntimeException e) {
				TemplateProblem problem = new TemplateProblem(contributor, nullToEmpty(element.getAttribute("id")), e.getMessage());
				problems.add(problem);
				log(problem);
			}
		}
		return new Contributions(templates, problems);
	}

	private static AgencyTemplate template(IConfigurationElement e, String contributor) throws Invalid {
		String id = required(e, "id");
		if (!AgencyTemplate.isValidId(id)) {
			throw new Invalid(TemplateMessages.format("extension.badId", id));
		}
		AgencyTemplate.Builder b = AgencyTemplate.builder(id)
				.name(required(e, "name"), required(e, "nameEn"))
				.agencyType(agencyType(required(e, "agencyType")))
				.titlePattern(e.getAttribute("titlePattern"))
				.starterPlan(starterPlan(e, required(e, "starterPlan")))
				.contributor(contributor);
		if (e.getAttribute("description") != null || e.getAttribute("descriptionEn") != null) {
			String zh = nullToEmpty(e.getAttribute("description"));
			String en = nullToEmpty(e.getAttribute("descriptionEn"));
			b.description(zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en);
		}
		Set<Vocabulary.Level> levels = new HashSet<>();
		for (IConfigurationElement level : e.getChildren("level")) {
			Vocabulary.Level kind = level(required(level, "kind"));
			if (!levels.add(kind)) {
				throw new Invalid(TemplateMessages.format("extension.duplicateLevel", kind));
			}
			b.level(kind, required(level, "name"), required(level, "nameEn"));
		}
		Set<String> columns = new HashSet<>();
		for (IConfigurationElement column : e.getChildren("column")) {
			String columnId = required(column, "id");
			if (!columns.add(columnId)) {
				throw new Invalid(TemplateMessages.format("extension.duplicateColumn", columnId));
			}
			b.column(columnId, required(column, "header"), required(column, "headerEn"));
		}
		String green = e.getAttribute("kpiGreenPercent");
		String amber = e.getAttribute("kpiAmberPercent");
		if (green != null || amber != null) {
			try {
				b.kpiThresholds(green == null ? 100 : Double.parseDouble(green.strip()),
						amber == null ? 90 : Double.parseDouble(amber.strip()));
			} catch (IllegalArgumentException ex) { // also NumberFormatException
				throw new Invalid(TemplateMessages.format("extension.badKpiThresholds", nullToEmpty(green), nullToEmpty(amber)));
			}
		}
		for (IConfigurationElement cycle : e.getChildren("reviewCycle")) {
			String months = required(cycle, "everyMonths");
			try {
				b.reviewCycle(new ReviewCycle(Integer.parseInt(months.strip()), required(cycle, "meetingTitle")));
			} catch (IllegalArgumentException ex) {
				throw new Invalid(TemplateMessages.format("extension.badReviewCycle", months));
			}
		}
		return b.build();
	}

	private static URL starterPlan(IConfigurationElement e, String path) throws Invalid {
		Bundle bundle = Platform.getBundle(e.getContributor().getName());
		// FileLocator.find also looks in the bundle's fragments (a template contributed by a fragment)
		URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString(path));
		if (url == null) {
			throw new Invalid(TemplateMessages.format("extension.starterNotFound", path));
		}
		return url;
	}

	private static AgencyType agencyType(String literal) throws Invalid {
		AgencyType type = AgencyType.get(literal.strip());
		if (type == null) {
			throw new Invalid(TemplateMessages.format("extension.unknownAgencyType", literal, AgencyType.VALUES));
		}
		return type;
	}

	private static Vocabulary.Level level(String kind) throws Invalid {
		try {
			return Vocabulary.Level.valueOf(kind.strip());
		} catch (IllegalArgumentException ex) {
			throw new Invalid(TemplateMessages.format("extension.unknownLevel", kind, Arrays.toString(Vocabulary.Level.values())));
		}
	}

	private static String required(IConfigurationElement e, String attribute) throws Invalid {
		String value = e.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new Invalid(TemplateMessages.format("extension.missingAttribute", attribute));
		}
		return value;
	}

	/** The plug-in that wrote the contribution: for one in a fragment, the fragment, not its host. */
	private static String contributorName(IContributor contributor) {
		if (contributor instanceof org.eclipse.core.runtime.spi.RegistryContributor rc && rc.getActualName() != null) {
			return rc.getActualName();
		}
		return contributor.getName();
	}

	private static void log(TemplateProblem problem) {
		try {
			ILog.of(TemplateExtensions.class).log(Status.warning(problem.toString()));
		} catch (RuntimeException e) {
			// logging is a courtesy; the problem is also returned to the caller
		}
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
