package pdca.model.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import pdca.model.ActionStatus;
import pdca.model.ImprovementAction;
import pdca.model.Kpi;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.Strategy;
import pdca.model.logic.StatusRollup.ItemStatus;

/**
 * The status of a plan as of a quarter, as the dashboard, the presentation mode and
 * {@code pdca status} show it: the plan's roll-up and counts per status, each strategy's status and
 * progress with its status in each quarter of the plan year (the heat map), overdue work, every
 * KPI's achievement, open improvement actions and the evaluation histories.
 */
public final class TrackerStatus {

	/**
	 * One strategy.
	 *
	 * @param strategy the strategy
	 * @param label    its printed number, e.g. "二、"
	 * @param status   its roll-up as of the quarter
	 * @param quarters its effective status at the end of each quarter of the plan year (index 0 = Q1); null
	 *                 for quarters after the one shown (not known yet)
	 * @param tracked  how many tracked items it has
	 */
	public record StrategyRow(Strategy strategy, String label, ItemStatus status, ActionStatus[] quarters, int tracked) {
	}

	private final Plan plan;
	private final Quarter quarter;
	private final ReviewAgenda agenda;
	private final List<StrategyRow> strategies = new ArrayList<>();
	private final List<KpiAchievement> kpis = new ArrayList<>();
	private final List<EvaluationHistory.Series> evaluations;
	private final KpiAchievement.Thresholds thresholds;

	private TrackerStatus(Plan plan, Quarter quarter) {
		this.plan = plan;
		this.quarter = quarter;
		this.agenda = ReviewAgenda.of(plan, quarter);
		this.thresholds = KpiAchievement.Thresholds.of(plan);
		int year = plan.getRocYear() > 0 ? plan.getRocYear() : quarter.rocYear();
		StatusRollup[] perQuarter = new StatusRollup[4];
		for (int q = 1; q <= 4; q++) {
			Quarter each = new Quarter(year, q);
			if (each.compareTo(quarter) <= 0) {
				perQuarter[q - 1] = each.equals(quarter) ? agenda.rollup() : new StatusRollup(plan, each);
			}
		}
		for (Strategy s : PlanStructure.strategies(plan)) {
			ActionStatus[] cells = new ActionStatus[4];
			for (int q = 0; q < 4; q++) {
				cells[q] = perQuarter[q] == null ? null : perQuarter[q].statusOf(s).effective();
			}
			strategies.add(new StrategyRow(s, Numbering.label(s), agenda.rollup().statusOf(s), cells,
					PlanStructure.trackedItemsUnder(s).size()));
		}
		for (Kpi kpi : CheckIns.kpis(plan)) {
			kpis.add(KpiAchievement.of(kpi, quarter, thresholds));
		}
		this.evaluations = EvaluationHistory.of(plan);
	}

	/** The status of {@code plan} as of the end of {@code quarter}. */
	public static TrackerStatus of(Plan plan, Quarter quarter) {
		return new TrackerStatus(plan, quarter);
	}

	/**
	 * The ROC year whose quarters a plan is tracked in: its own year, or {@code today}'s for a plan without one
	 * (a new plan not yet given its year). Every screen that offers a plan's quarters asks this.
	 */
	public static int planYear(Plan plan, LocalDate today) {
		return plan.getRocYear() > 0 ? plan.getRocYear() : Quarter.of(today).rocYear();
	}

	/** The quarter to show first for a plan today: see {@link #defaultQuarter(Plan, LocalDate)}. */
	public static Quarter defaultQuarter(Plan plan) {
		return defaultQuarter(plan, LocalDate.now());
	}

	/**
	 * The quarter a plan opens on, in the check-in grid and on the dashboard alike: during the plan's year the
	 * quarter {@code today} falls in; otherwise the latest quarter of the plan's year with a progress report, else
	 * its first quarter. A plan without a year is taken to be of {@code today}'s year.
	 */
	public static Quarter defaultQuarter(Plan plan, LocalDate today) {
		Quarter now = Quarter.of(today);
		int year = planYear(plan, today);
		if (now.rocYear() == year) {
			return now;
		}
		int latest = 1;
		for (var r : plan.getProgressReports()) {
			if (r.getRocYear() == year && r.getQuarter() >= 1 && r.getQuarter() <= 4) {
				latest = Math.max(latest, r.getQuarter());
			}
		}
		return new Quarter(year, latest);
	}

	public Plan plan() {
		return plan;
	}

	public Quarter quarter() {
		return quarter;
	}

	public StatusRollup rollup() {
		return agenda.rollup();
	}

	/** The agenda of the quarter's review: overdue work, KPIs off target, scores that fell, open improvement actions. */
	public ReviewAgenda agenda() {
		return agenda;
	}

	public ItemStatus planStatus() {
		return agenda.rollup().planStatus();
	}

	/** Tracked items per effective status (every status present, possibly 0). */
	public Map<ActionStatus, Integer> counts() {
		return agenda.rollup().counts();
	}

	public int trackedItems() {
		return counts().values().stream().mapToInt(Integer::intValue).sum();
	}

	public List<StrategyRow> strategies() {
		return List.copyOf(strategies);
	}

	public List<ReviewAgenda.Overdue> overdue() {
		return agenda.overdue();
	}

	/** Every KPI of the plan with its achievement as of the quarter, in plan order. */
	public List<KpiAchievement> kpis() {
		return List.copyOf(kpis);
	}

	public List<ReviewAgenda.KpiOffTarget> kpisOffTarget() {
		return agenda.kpisOffTarget();
	}

	/**
	 * The improvement actions of the review meetings up to and including the quarter's that are open at the
	 * quarter's end (not closed, or closed only later): due ones first, by due date. Unlike the agenda, this
	 * includes what the quarter's own meeting decided.
	 */
	public List<ReviewAgenda.OpenImprovement> openImprovements() {
		List<ReviewAgenda.OpenImprovement> result = new ArrayList<>();
		for (ReviewMeeting m : plan.getReviewMeetings()) {
			Quarter raised;
			try {
				raised = ReviewAgenda.quarterOf(m);
			} catch (IllegalArgumentException e) {
				continue;
			}
			if (raised.compareTo(quarter) > 0) {
				continue;
			}
			for (ImprovementAction a : m.getImprovementActions()) {
				if (ReviewAgenda.openAt(a, quarter.end())) {
					result.add(ReviewAgenda.openImprovement(a, m, raised, quarter, quarter.end()));
				}
			}
		}
		ReviewAgenda.sortImprovements(result);
		return result;
	}

	/** The evaluation histories (every record, also those after the quarter). */
	public List<EvaluationHistory.Series> evaluations() {
		return evaluations;
	}

	public KpiAchievement.Thresholds thresholds() {
		return thresholds;
	}
}
