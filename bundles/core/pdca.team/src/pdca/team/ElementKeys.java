package pdca.team;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import pdca.model.Evidence;
import pdca.model.Identified;
import pdca.model.ItemAnswer;
import pdca.model.Measurement;
import pdca.model.Plan;
import pdca.model.ProgressReport;

/**
 * The key that makes an element of one version of a plan the same element in another version, for the merge.
 *
 * <ul>
 * <li>An element with an id ({@link Identified}: strategies, methods, actions, units, KPIs, progress reports, review
 * meetings, form nodes, …) is keyed by its id alone, wherever it is: a moved element stays the same element.</li>
 * <li>The plan itself is the root, whatever its id.</li>
 * <li>An element without an id that is the single value of its container's feature (agency, period, approval,
 * organisation) is keyed by its container's key and the feature.</li>
 * <li>A KPI's measurement is keyed by its KPI and its year and quarter (one value per quarter); an evaluation answer by
 * its record and the form item it answers; evidence of a progress report by its report, title and location (its
 * content: an edited evidence line is a removed one and an added one).</li>
 * <li>A second element with the same key in one version (a hand-edited file with a duplicated id) gets the key with
 * "#2", "#3", … appended, so that nothing of either version is dropped unseen.</li>
 * </ul>
 * Progress reports are the one exception to keys by id: two units that each start the same item's report of the same
 * quarter make two reports with different ids; {@link #alias} lets the merge take them as one report.
 */
final class ElementKeys {

	/** The key of the plan, the root of every version. */
	static final String ROOT = "plan";

	private final Map<EObject, String> keys = new LinkedHashMap<>();
	private final Map<String, EObject> elements = new HashMap<>();
	private final Map<String, String> alias;

	/**
	 * The keys of every element of {@code plan}; {@code alias} maps an element's own key to the key to use instead
	 * (see {@link #reportKey}).
	 */
	ElementKeys(Plan plan, Map<String, String> alias) {
		this.alias = alias;
		assign(plan, ROOT);
	}

	private void assign(EObject element, String key) {
		String unique = key;
		for (int n = 2; elements.containsKey(unique); n++) {
			unique = key + "#" + n;
		}
		keys.put(element, unique);
		elements.put(unique, element);
		for (EObject child : element.eContents()) {
			assign(child, alias.getOrDefault(ownKey(child, unique), ownKey(child, unique)));
		}
	}

	private static String ownKey(EObject child, String parentKey) {
		if (child instanceof Identified identified && identified.getId() != null && !identified.getId().isBlank()) {
			return "id:" + identified.getId();
		}
		EReference feature = child.eContainmentFeature();
		String base = parentKey + "/" + feature.getName();
		if (!feature.isMany()) {
			return base;
		}
		if (child instanceof Measurement m) {
			return base + "/" + m.getRocYear() + "Q" + m.getQuarter();
		}
		if (child instanceof ItemAnswer a) {
			return base + "/" + (a.getItem() instanceof Identified i && i.getId() != null ? i.getId() : "-");
		}
		if (child instanceof Evidence e) {
			return base + "/" + e.getTitle() + "\u0000" + e.getLocation();
		}
		StringBuilder content = new StringBuilder(base).append('/');
		for (EAttribute a : child.eClass().getEAllAttributes()) {
			if (!a.isTransient() && !a.isDerived() && child.eIsSet(a)) {
				content.append(a.getName()).append('=').append(child.eGet(a)).append('\u0000');
			}
		}
		return content.toString();
	}

	/**
	 * The natural key of a progress report: its item's key, year and quarter; {@code null} for a report of no item.
	 */
	String reportKey(ProgressReport report) {
		String item = report.getAction() == null ? null : keys.get(report.getAction());
		return item == null ? null : item + "|" + report.getRocYear() + "|" + report.getQuarter();
	}

	String key(EObject element) {
		return keys.get(element);
	}

	EObject element(String key) {
		return elements.get(key);
	}

	/** Every element and its key, in document order (containers before their contents). */
	Map<EObject, String> all() {
		return keys;
	}

	/** The id in {@code key} when it is an id key, else null. */
	static String id(String key) {
		return key.startsWith("id:") ? key.substring(3).replaceFirst("#\\d+$", "") : null;
	}
}
