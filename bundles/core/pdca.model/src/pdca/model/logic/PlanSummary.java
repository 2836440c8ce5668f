package pdca.model.logic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.schedule.Schedule;

/**
 * The figures of a plan at a glance: structure counts, deadlines per quarter of the plan year,
 * and tracked items per owner unit.
 *
 * @param dimensions        number of dimensions (構面)
 * @param strategies        number of strategies
 * @param methods           number of methods
 * @param actions           number of actions (具體作法)
 * @param trackedItems      number of items whose progress is reported (actions, and methods without actions)
 * @param kpis              number of KPIs anywhere in the plan
 * @param evaluationForms   number of evaluation forms
 * @param deadlinesPerQuarter for quarters 1–4: tracked items with a deadline in that quarter of the plan year
 *                          (a recurring deadline counts in each of its quarters)
 * @param ongoing           tracked items whose deadline is followed by ongoing work (並持續辦理)
 * @param unscheduled       tracked items without a deadline that can be placed in a quarter
 * @param itemsPerOwner     for each owner unit, in organisation order, the tracked items it leads and co-owns;
 *                          items without an owner are counted under {@link #NO_OWNER}
 */
public record PlanSummary(int dimensions, int strategies, int methods, int actions, int trackedItems, int kpis,
		int evaluationForms, int[] deadlinesPerQuarter, int ongoing, int unscheduled, Map<String, OwnerLoad> itemsPerOwner) {

	/** Key of items without any owner in {@link #itemsPerOwner()}. */
	public static final String NO_OWNER = "";

	/**
	 * The load of one owner unit.
	 *
	 * @param lead items it leads (主辦)
	 * @param co   items it co-owns (協辦)
	 */
	public record OwnerLoad(int lead, int co) {
	}

	/** Computes the summary of {@code plan}. */
	public static PlanSummary of(Plan plan) {
		List<Strategy> strategies = PlanStructure.strategies(plan);
		List<WorkItem> tracked = PlanStructure.trackedItems(plan);
		int[] perQuarter = new int[4];
		int ongoing = 0;
		int unscheduled = 0;
		int year = plan.getRocYear();
		for (WorkItem item : tracked) {
			Schedule s = PlanStructure.effectiveSchedule(item);
			if (s != null && s.ongoingAfterDeadline()) {
				ongoing++;
			}
			boolean placed = false;
			if (s != null && year >= 1) { // without the plan's year, deadlines cannot be placed in quarters
				for (int q : s.dueQuarters(year)) {
					perQuarter[q - 1]++;
					placed = true;
				}
			}
			if (!placed) {
				unscheduled++;
			}
		}
		Map<String, OwnerLoad> perOwner = new LinkedHashMap<>();
		if (plan.getOrganisation() != null) {
			for (Unit u : plan.getOrganisation().getUnits()) {
				perOwner.put(u.getName(), new OwnerLoad(0, 0));
			}
		}
		for (WorkItem item : tracked) {
			List<Unit> owners = PlanStructure.effectiveOwners(item);
			if (owners.isEmpty()) {
				perOwner.merge(NO_OWNER, new OwnerLoad(1, 0), PlanSummary::add);
				continue;
			}
			for (int i = 0; i < owners.size(); i++) {
				perOwner.merge(owners.get(i).getName(), i == 0 ? new OwnerLoad(1, 0) : new OwnerLoad(0, 1), PlanSummary::add);
			}
		}
		perOwner.values().removeIf(load -> load.lead() == 0 && load.co() == 0);
		int kpis = 0;
		for (var it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof pdca.model.Kpi) {
				kpis++;
			}
		}
		return new PlanSummary(plan.getDimensions().size(), strategies.size(), PlanStructure.methods(plan).size(),
				PlanStructure.actions(plan).size(), tracked.size(), kpis, plan.getEvaluationForms().size(), perQuarter,
				ongoing, unscheduled, perOwner);
	}

	private static OwnerLoad add(OwnerLoad a, OwnerLoad b) {
		return new OwnerLoad(a.lead() + b.lead(), a.co() + b.co());
	}

}
