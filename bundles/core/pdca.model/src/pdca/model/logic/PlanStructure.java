package pdca.model.logic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import pdca.model.Action;
import pdca.model.Dimension;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.schedule.Schedule;

/**
 * Read-only views of a plan's structure: the strategies whether or not the plan groups them in
 * dimensions, the tracked items, and what an item inherits from the items above it.
 */
public final class PlanStructure {

	private PlanStructure() {
	}

	/** All strategies in plan order: those of each dimension, then those outside dimensions. */
	public static List<Strategy> strategies(Plan plan) {
		List<Strategy> result = new ArrayList<>();
		for (Dimension d : plan.getDimensions()) {
			result.addAll(d.getStrategies());
		}
		result.addAll(plan.getStrategies());
		return result;
	}

	/** All methods in plan order. */
	public static List<Method> methods(Plan plan) {
		List<Method> result = new ArrayList<>();
		for (Strategy s : strategies(plan)) {
			result.addAll(s.getMethods());
		}
		return result;
	}

	/** All actions (具體作法) in plan order. */
	public static List<Action> actions(Plan plan) {
		List<Action> result = new ArrayList<>();
		for (Method m : methods(plan)) {
			result.addAll(m.getActions());
		}
		return result;
	}

	/**
	 * The items whose progress is reported: every action, and every method that has no
	 * actions (plans such as the county planning department's track the 推動作法 directly).
	 */
	public static List<WorkItem> trackedItems(Plan plan) {
		List<WorkItem> result = new ArrayList<>();
		for (Strategy s : strategies(plan)) {
			for (Method m : s.getMethods()) {
				if (m.getActions().isEmpty()) {
					result.add(m);
				} else {
					result.addAll(m.getActions());
				}
			}
		}
		return result;
	}

	/** The tracked items below {@code item} ({@code item} itself when it is tracked). */
	public static List<WorkItem> trackedItemsUnder(WorkItem item) {
		List<WorkItem> result = new ArrayList<>();
		if (item instanceof Strategy s) {
			for (Method m : s.getMethods()) {
				result.addAll(trackedItemsUnder(m));
			}
			if (s.getMethods().isEmpty()) {
				result.add(s);
			}
		} else if (item instanceof Method m && !m.getActions().isEmpty()) {
			result.addAll(m.getActions());
		} else {
			result.add(item);
		}
		return result;
	}

	/** The plan an element belongs to, or null. */
	public static Plan planOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Plan p) {
				return p;
			}
		}
		return null;
	}

	/** The work item above {@code item} (method of an action, strategy of a method), or null. */
	public static WorkItem parentItem(WorkItem item) {
		return item.eContainer() instanceof WorkItem parent ? parent : null;
	}

	/** The item's own schedule, or the nearest one above it (an action inherits its method's deadline). */
	public static Schedule effectiveSchedule(WorkItem item) {
		for (WorkItem i = item; i != null; i = parentItem(i)) {
			if (i.getSchedule() != null) {
				return i.getSchedule();
			}
		}
		return null;
	}

	/** The item's owner units (lead first), or the nearest owners above it. */
	public static List<Unit> effectiveOwners(WorkItem item) {
		for (WorkItem i = item; i != null; i = parentItem(i)) {
			Set<Unit> owners = new LinkedHashSet<>();
			if (i.getLeadOwner() != null) {
				owners.add(i.getLeadOwner());
			}
			owners.addAll(i.getCoOwners());
			if (!owners.isEmpty()) {
				return List.copyOf(owners);
			}
		}
		return List.of();
	}

	/** The year deadlines without a year refer to: the plan's ROC year. */
	public static int planYear(EObject element) {
		Plan plan = planOf(element);
		return plan == null ? 0 : plan.getRocYear();
	}
}
