package pdca.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;

import pdca.model.ActionStatus;
import pdca.model.ImprovementStatus;
import pdca.model.KpiDirection;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.logic.Terms;
import pdca.model.validation.ElementPaths;
import pdca.team.PlanVersion.Node;

/**
 * Conflicts and history in the users' words: where (二、（一）1. …), what (完成期限), and the values of both sides and of the
 * common version as they are read in the plan (6月, a unit's name, 已完成), never ids or file syntax.
 */
final class ConflictWords {

	private static final int VALUE_LENGTH = 40;

	private final PlanVersion base;
	private final PlanVersion mine;
	private final PlanVersion theirs;

	ConflictWords(PlanVersion base, PlanVersion mine, PlanVersion theirs) {
		this.base = base;
		this.mine = mine;
		this.theirs = theirs;
	}

	private Node node(String key) {
		Node n = mine.node(key);
		if (n == null) {
			n = theirs.node(key);
		}
		return n != null ? n : base.node(key);
	}

	/** Where the element of {@code key} is, in the users' words (二、（一）1. …). */
	String where(String key) {
		Node n = node(key);
		if (n == null) {
			return "";
		}
		String path = ElementPaths.describe(n.element);
		if (n.element instanceof Plan || path.isBlank() || path.equals(ElementPaths.kind(n.element))) {
			// an element without a name of its own (the period, the agency): its kind, after its container's path
			String kind = ElementPaths.kind(n.element);
			if (n.element.eContainer() != null && !(n.element.eContainer() instanceof Plan)) {
				return ElementPaths.describe(n.element.eContainer()) + " / " + kind;
			}
			return n.element instanceof Plan ? path : kind;
		}
		return path;
	}

	private static String id(String key, Node n) {
		return n != null && n.element instanceof pdca.model.Identified i ? i.getId() : ElementKeys.id(key);
	}

	Conflict value(String key, EStructuralFeature feature, Object base, Object mine, Object theirs) {
		String where = where(key);
		String what = feature(feature);
		String b = base == null ? null : show(feature, base);
		String m = show(feature, mine);
		String t = show(feature, theirs);
		String message = b == null ? TeamMessages.format("conflict.valueAdded", where, what, m, t)
				: TeamMessages.format("conflict.value", where, what, m, t, b);
		return new Conflict(Conflict.Kind.VALUE, id(key, node(key)), where, what, b == null ? "" : b, m, t, message,
				PlanMerge.ref(key, feature));
	}

	Conflict deleted(String key, boolean byMe) {
		String where = where(key);
		String message = TeamMessages.format(byMe ? "conflict.deletedByMe" : "conflict.deletedByThem", where);
		String deleted = TeamMessages.get("value.deleted");
		String kept = TeamMessages.get("value.kept");
		return new Conflict(byMe ? Conflict.Kind.DELETED_BY_ME : Conflict.Kind.DELETED_BY_THEM, id(key, node(key)), where,
				"", kept, byMe ? deleted : kept, byMe ? kept : deleted, message, key + PlanMerge.DELETED);
	}

	Conflict moved(String key, String mineParent, String theirsParent) {
		String where = where(key);
		String m = mineParent == null ? TeamMessages.get("value.none") : container(mineParent);
		String t = theirsParent == null ? TeamMessages.get("value.none") : container(theirsParent);
		Node b = base.node(key);
		String was = b == null || b.parent == null ? "" : container(b.parent);
		return new Conflict(Conflict.Kind.MOVED_BY_BOTH, id(key, node(key)), where, TeamMessages.get("feature.place"), was,
				m, t, TeamMessages.format("conflict.moved", where, m, t), key + PlanMerge.PLACE);
	}

	Conflict movedInList(String key) {
		String where = where(key);
		String what = TeamMessages.get("feature.order");
		return new Conflict(Conflict.Kind.MOVED_BY_BOTH, id(key, node(key)), where, what, "", "", "",
				TeamMessages.format("conflict.movedInList", where), key + PlanMerge.ORDER);
	}

	Conflict samePlace(String key, String kept) {
		String where = where(key);
		String keptWhere = where(kept);
		return new Conflict(Conflict.Kind.SAME_PLACE, id(key, node(key)), where, "", "", keptWhere, where,
				TeamMessages.format("conflict.samePlace", where, keptWhere), key + PlanMerge.SAME_PLACE);
	}

	/** The element of {@code key} as a container: the plan's name for the plan, else its path. */
	String container(String key) {
		Node n = node(key);
		if (n == null) {
			return "";
		}
		return n.element instanceof Plan ? ElementPaths.describe(n.element) : where(key);
	}

	/** The name of a feature in the users' words (完成期限), its model name when there are none. */
	static String feature(EStructuralFeature feature) {
		String words = TeamMessages.get("feature." + feature.getEContainingClass().getName() + "." + feature.getName());
		if (words.startsWith("!")) {
			words = TeamMessages.get("feature." + feature.getName());
		}
		return words.startsWith("!") ? feature.getName() : words;
	}

	/** A value of {@code feature} as users read it (6月, a unit's name, 已完成, 92). */
	String show(EStructuralFeature feature, Object value) {
		if (value == null || PlanVersion.UNSET.equals(value) || value instanceof List<?> l && l.isEmpty()) {
			return TeamMessages.get("value.none");
		}
		if (value instanceof List<?> list) {
			List<String> shown = new ArrayList<>();
			for (Object o : list) {
				shown.add(one(feature, (String) o));
			}
			return String.join("、", shown);
		}
		return one(feature, (String) value);
	}

	private String one(EStructuralFeature feature, String value) {
		if (value == null) {
			return TeamMessages.get("value.none");
		}
		if (!(feature instanceof EAttribute attribute)) {
			Node target = node(value);
			if (target == null) {
				return TeamMessages.get("value.none");
			}
			return target.element instanceof Unit u ? ElementPaths.unitName(u) : ElementPaths.describe(target.element);
		}
		EDataType type = attribute.getEAttributeType();
		try {
			if (type == PdcaPackage.Literals.DATE) {
				return Terms.date(LocalDate.parse(value));
			}
			if (type == PdcaPackage.Literals.ACTION_STATUS) {
				return Terms.status(ActionStatus.get(value));
			}
			if (type == PdcaPackage.Literals.IMPROVEMENT_STATUS) {
				return Terms.improvement(ImprovementStatus.get(value));
			}
			if (type == PdcaPackage.Literals.KPI_DIRECTION) {
				return Terms.direction(KpiDirection.get(value));
			}
		} catch (RuntimeException e) {
			// shown as written
		}
		if (type.getInstanceClass() == double.class || type.getInstanceClass() == Double.class) {
			try {
				double d = Double.parseDouble(value);
				if (d == Math.rint(d) && Math.abs(d) < 1e15) {
					return Long.toString((long) d); // 92, not 92.0
				}
			} catch (NumberFormatException e) {
				// shown as written
			}
		}
		if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
			return TeamMessages.get(Boolean.parseBoolean(value) ? "value.yes" : "value.no");
		}
		String text = value.replaceAll("\\s+", " ").strip();
		return text.length() <= VALUE_LENGTH ? text : text.substring(0, VALUE_LENGTH) + "…";
	}
}
