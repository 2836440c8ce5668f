package pdca.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import pdca.model.PdcaPackage;
import pdca.model.Plan;

/**
 * One version of a plan taken apart for the merge: every element under its {@link ElementKeys key}, with its place
 * (container and feature), its values (attributes as the plan file writes them, references as the keys of their
 * targets) and the keys of its contents in order.
 */
final class PlanVersion {

	/** The value of a feature that is not set (written nowhere in the file). */
	static final String UNSET = "\u0000unset";

	/** One element of the version. */
	static final class Node {
		final String key;
		final EObject element;
		final String parent;
		final EReference feature;
		/** Attribute and cross-reference values: a String (or {@link #UNSET}) for single ones, a List of Strings for many. */
		final Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
		final Map<EReference, List<String>> children = new LinkedHashMap<>();

		Node(String key, EObject element, String parent, EReference feature) {
			this.key = key;
			this.element = element;
			this.parent = parent;
			this.feature = feature;
		}

		EClass eClass() {
			return element.eClass();
		}

		List<String> children(EReference reference) {
			return children.getOrDefault(reference, List.of());
		}
	}

	final Plan plan;
	final ElementKeys keys;
	final Map<String, Node> nodes = new LinkedHashMap<>();

	PlanVersion(Plan plan, Map<String, String> alias) {
		this.plan = plan;
		this.keys = new ElementKeys(plan, alias);
		for (Map.Entry<EObject, String> e : keys.all().entrySet()) {
			EObject element = e.getKey();
			String parent = element == plan ? null : keys.key(element.eContainer());
			Node node = new Node(e.getValue(), element, parent, element == plan ? null : element.eContainmentFeature());
			read(node);
			nodes.put(node.key, node);
		}
	}

	Node node(String key) {
		return nodes.get(key);
	}

	private void read(Node node) {
		EObject element = node.element;
		for (EStructuralFeature f : element.eClass().getEAllStructuralFeatures()) {
			if (f.isTransient() || f.isDerived() || f == PdcaPackage.Literals.IDENTIFIED__ID) {
				continue;
			}
			if (f instanceof EAttribute a) {
				if (a.isMany()) {
					List<String> list = new ArrayList<>();
					for (Object v : (List<?>) element.eGet(a)) {
						list.add(text(a, v));
					}
					node.values.put(a, list);
				} else {
					node.values.put(a, element.eIsSet(a) ? text(a, element.eGet(a)) : UNSET);
				}
			} else if (f instanceof EReference r && r.isContainment()) {
				List<String> list = new ArrayList<>();
				if (r.isMany()) {
					for (Object child : (List<?>) element.eGet(r)) {
						list.add(keys.key((EObject) child));
					}
				} else if (element.eGet(r) instanceof EObject child) {
					list.add(keys.key(child));
				}
				node.children.put(r, list);
			} else if (f instanceof EReference r && !r.isContainer()) {
				if (r.isMany()) {
					List<String> list = new ArrayList<>();
					for (Object target : (List<?>) element.eGet(r, false)) {
						String key = keys.key((EObject) target);
						if (key != null) {
							list.add(key);
						}
					}
					node.values.put(r, list);
				} else {
					Object target = element.eGet(r, false);
					String key = target instanceof EObject t ? keys.key(t) : null;
					node.values.put(r, key == null ? UNSET : key);
				}
			}
		}
	}

	private static String text(EAttribute attribute, Object value) {
		if (value == null) {
			return null;
		}
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}
}
