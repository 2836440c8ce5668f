package pdca.templates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import pdca.model.AgencyType;

/**
 * The agency templates known to the workbench.
 * <p>
 * When running in Eclipse, {@link #fromExtensions()} reads every contribution to the extension
 * point {@value #EXTENSION_POINT}: adding a template is adding a plug-in, nothing else changes.
 * Tests and code outside OSGi build a registry from templates made in code with {@link #of}.
 */
public final class TemplateRegistry {

	/** The id of the extension point templates are contributed to. */
	public static final String EXTENSION_POINT = "pdca.templates.agencyTemplates";

	/** Agency types first in the model's order, then ids: election, household, motor vehicle, county, other. */
	private static final Comparator<AgencyTemplate> ORDER = Comparator
			.comparing((AgencyTemplate t) -> t.agencyType() == AgencyType.OTHER ? Integer.MAX_VALUE : t.agencyType().getValue())
			.thenComparing(AgencyTemplate::id);

	private final List<AgencyTemplate> templates;
	private final List<TemplateProblem> problems;

	private TemplateRegistry(Collection<AgencyTemplate> candidates, List<TemplateProblem> problems) {
		List<TemplateProblem> all = new ArrayList<>(problems);
		Map<String, AgencyTemplate> byId = new LinkedHashMap<>();
		for (AgencyTemplate t : candidates) {
			AgencyTemplate earlier = byId.putIfAbsent(t.id(), t);
			if (earlier != null) {
				all.add(new TemplateProblem(String.valueOf(t.contributor()), t.id(),
						TemplateMessages.format("extension.duplicateId", t.id(), String.valueOf(earlier.contributor()))));
			}
		}
		List<AgencyTemplate> sorted = new ArrayList<>(byId.values());
		sorted.sort(ORDER);
		this.templates = List.copyOf(sorted);
		this.problems = List.copyOf(all);
	}

	/**
	 * The templates contributed by plug-ins. Invalid contributions are left out and listed by
	 * {@link #problems()}; the registry is read once per call, so a caller that keeps the result
	 * does not see plug-ins installed later.
	 *
	 * @return the registry
	 * @throws IllegalStateException if no extension registry is running (outside OSGi)
	 */
	public static TemplateRegistry fromExtensions() {
		TemplateExtensions.Contributions c = TemplateExtensions.read();
		return new TemplateRegistry(c.templates(), c.problems());
	}

	/**
	 * A registry of templates made in code. When two have the same id, the first is kept and the
	 * other listed as a problem.
	 *
	 * @param templates the templates
	 * @return the registry
	 */
	public static TemplateRegistry of(Collection<AgencyTemplate> templates) {
		return new TemplateRegistry(templates, List.of());
	}

	/** {@return a registry of the given templates} */
	public static TemplateRegistry of(AgencyTemplate... templates) {
		return of(List.of(templates));
	}

	/** {@return all templates: by agency type (in the model's order, OTHER last), then id} */
	public List<AgencyTemplate> templates() {
		return templates;
	}

	/** {@return the template with {@code id}, if there is one} */
	public Optional<AgencyTemplate> find(String id) {
		return templates.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/** {@return the templates for agencies of {@code type}} */
	public List<AgencyTemplate> forAgencyType(AgencyType type) {
		return templates.stream().filter(t -> t.agencyType() == type).toList();
	}

	/** {@return the contributions left out because they are invalid} */
	public List<TemplateProblem> problems() {
		return problems;
	}
}
