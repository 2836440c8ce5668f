package pdca.model.logic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import pdca.model.Identified;
import pdca.model.Plan;
import pdca.model.validation.ElementPaths;

/**
 * What changed between two versions of a plan, element by element: elements are matched by their ids (never by
 * position or text), so a renumbered or moved element is one change, not a removal and an addition.
 */
public final class PlanComparison {

	/** How an element differs. */
	public enum Kind {
		ADDED, REMOVED, CHANGED
	}

	/**
	 * One difference.
	 *
	 * @param kind       added in the newer version, removed from it, or changed
	 * @param element    the element as it is in the newer version (the older one for a removal)
	 * @param where      a readable path to it, e.g. "二、（一）3. 落實走動式服務…"
	 * @param attributes for a change: the names of the attributes that differ
	 */
	public record Difference(Kind kind, EObject element, String where, List<String> attributes) {
	}

	private PlanComparison() {
	}

	/** The differences from {@code older} to {@code newer}, in the newer plan's order, removals last. */
	public static List<Difference> compare(Plan older, Plan newer) {
		Map<String, EObject> before = byId(older);
		Map<String, EObject> after = byId(newer);
		List<Difference> result = new ArrayList<>();
		List<String> planAttributes = changedAttributes(older, newer);
		if (!planAttributes.isEmpty()) {
			result.add(new Difference(Kind.CHANGED, newer, ElementPaths.describe(newer), planAttributes));
		}
		for (Map.Entry<String, EObject> e : after.entrySet()) {
			EObject old = before.get(e.getKey());
			if (old == null) {
				result.add(new Difference(Kind.ADDED, e.getValue(), ElementPaths.describe(e.getValue()), List.of()));
			} else {
				List<String> changed = changedAttributes(old, e.getValue());
				boolean moved = !Objects.equals(containerId(old), containerId(e.getValue()));
				if (moved) {
					changed = new ArrayList<>(changed);
					changed.add("parent");
				}
				if (!changed.isEmpty()) {
					result.add(new Difference(Kind.CHANGED, e.getValue(), ElementPaths.describe(e.getValue()), changed));
				}
			}
		}
		for (Map.Entry<String, EObject> e : before.entrySet()) {
			if (!after.containsKey(e.getKey())) {
				result.add(new Difference(Kind.REMOVED, e.getValue(), ElementPaths.describe(e.getValue()), List.of()));
			}
		}
		return result;
	}

	private static Map<String, EObject> byId(Plan plan) {
		Map<String, EObject> result = new LinkedHashMap<>();
		plan.eAllContents().forEachRemaining(e -> {
			if (e instanceof Identified i && i.getId() != null) {
				result.putIfAbsent(i.getId(), e);
			}
		});
		return result;
	}

	private static String containerId(EObject e) {
		return e.eContainer() instanceof Identified i ? i.getId() : null;
	}

	private static List<String> changedAttributes(EObject a, EObject b) {
		List<String> changed = new ArrayList<>();
		for (EAttribute attribute : a.eClass().getEAllAttributes()) {
			if (attribute.isDerived() || attribute.isTransient() || "id".equals(attribute.getName())) {
				continue;
			}
			if (!Objects.equals(a.eGet(attribute), b.eGet(attribute))) {
				changed.add(attribute.getName());
			}
		}
		return changed;
	}
}
