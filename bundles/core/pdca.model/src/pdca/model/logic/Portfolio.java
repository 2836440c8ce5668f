package pdca.model.logic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import pdca.model.ActionStatus;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.StatusRollup.ItemStatus;

/**
 * One line of a county's portfolio: a plan as of a quarter, in the same figures its own dashboard and
 * {@code pdca status} give (they come from {@link TrackerStatus}), plus who has not reported and the latest
 * evaluation grade. The planning department compares agencies by these lines.
 */
public final class Portfolio {

	/**
	 * A plan's line.
	 *
	 * @param plan             the plan
	 * @param quarter          the quarter it is seen at
	 * @param status           the plan's status (overdue items make it delayed) and progress
	 * @param counts           tracked items per status, every status present
	 * @param trackedItems     the number of tracked items
	 * @param overdue          items overdue at the quarter's end
	 * @param kpisMeasured     KPIs with a value for the quarter or earlier in the year
	 * @param kpisOffTarget    KPIs below the plan's green threshold
	 * @param openImprovements improvement actions of review meetings still open
	 * @param lateImprovements of those, the late ones ({@link ReviewAgenda#isLate})
	 * @param unitsExpected    units that lead tracked items, in plan order
	 * @param unitsNotReported of those, the units that reported none of their items for the quarter
	 * @param grade            the latest evaluation up to the quarter's end, if any
	 */
	public record Row(Plan plan, Quarter quarter, ItemStatus status, Map<ActionStatus, Integer> counts, int trackedItems, int overdue,
			int kpisMeasured, int kpisOffTarget, int openImprovements, int lateImprovements, List<Unit> unitsExpected,
			List<Unit> unitsNotReported, Optional<EvaluationHistory.Point> grade) {

		/** Reporting completeness: the share of expected units that reported, 1 when none is expected. */
		public double reportingShare() {
			return unitsExpected.isEmpty() ? 1 : (unitsExpected.size() - unitsNotReported.size()) / (double) unitsExpected.size();
		}
	}

	private Portfolio() {
	}

	/** The line of {@code plan} as of {@code quarter}. */
	public static Row row(Plan plan, Quarter quarter) {
		TrackerStatus s = TrackerStatus.of(plan, quarter);
		Map<ActionStatus, Integer> counts = new LinkedHashMap<>(s.counts());
		int measured = (int) s.kpis().stream().filter(k -> k.actual() != null).count();
		List<ReviewAgenda.OpenImprovement> open = s.openImprovements();
		int late = (int) open.stream().filter(ReviewAgenda.OpenImprovement::late).count();

		Reporting reporting = reporting(plan, quarter);
		Optional<EvaluationHistory.Point> grade = s.evaluations().stream().map(series -> series.latestUpTo(quarter))
				.flatMap(Optional::stream).max(Comparator.comparing(EvaluationHistory.Point::date, Comparator.nullsFirst(Comparator.naturalOrder())));
		return new Row(plan, quarter, s.planStatus(), counts, s.trackedItems(), s.overdue().size(), measured,
				s.kpisOffTarget().size(), open.size(), late, reporting.expected(), reporting.notReported(), grade);
	}

	/**
	 * Who reports for a quarter: the units that lead tracked items (an item's first owner, inherited from above), in
	 * plan order, and those of them with no report for any of their items in the quarter.
	 */
	public record Reporting(List<Unit> expected, List<Unit> notReported) {
	}

	/** Who was to report for {@code quarter} and who has not ({@code pdca status}'s reminder, a portfolio row). */
	public static Reporting reporting(Plan plan, Quarter quarter) {
		Set<Unit> expected = new LinkedHashSet<>();
		Set<Unit> reported = new LinkedHashSet<>();
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			List<Unit> owners = PlanStructure.effectiveOwners(item);
			if (owners.isEmpty()) {
				continue;
			}
			Unit lead = owners.get(0);
			expected.add(lead);
			if (CheckIns.report(plan, item, quarter).isPresent()) {
				reported.add(lead);
			}
		}
		List<Unit> notReported = new ArrayList<>(expected);
		notReported.removeAll(reported);
		return new Reporting(List.copyOf(expected), List.copyOf(notReported));
	}

	/**
	 * A plan's line beside last year's, where the rollover linked the plans: last year's plan at the same quarter of
	 * its year, and how the figures changed (positive: more than last year).
	 *
	 * @param lastYear        last year's line at the same quarter
	 * @param progressChange  this year's progress less last year's, in percentage points
	 * @param overdueChange   this year's overdue items less last year's
	 * @param kpisOffTargetChange this year's KPIs off target less last year's
	 * @param scoreChange     this year's latest evaluation score less last year's, when both have one
	 */
	public record YearOnYear(Row lastYear, int progressChange, int overdueChange, int kpisOffTargetChange,
			Optional<Double> scoreChange) {
	}

	/**
	 * {@code row} beside the line of {@code previous}, the plan its plan was rolled over from (see
	 * {@link #isPreviousOf}), at the same quarter of the previous plan's year.
	 */
	public static YearOnYear yearOnYear(Row row, Plan previous) {
		return yearOnYear(row, row(previous, new Quarter(previous.getRocYear(), row.quarter().quarter())));
	}

	/** {@code row} beside {@code last}, last year's line at the same quarter. */
	public static YearOnYear yearOnYear(Row row, Row last) {
		Optional<Double> score = row.grade().isPresent() && last.grade().isPresent()
				? Optional.of(Figures.rounded(row.grade().get().score() - last.grade().get().score()))
				: Optional.empty();
		return new YearOnYear(last, row.status().progress() - last.status().progress(), row.overdue() - last.overdue(),
				row.kpisOffTarget() - last.kpisOffTarget(), score);
	}

	/**
	 * Whether {@code previous} is the plan {@code plan} was rolled over from: the rollover recorded its id
	 * ({@code previousPlanId}); a plan whose link names no id is taken at its word when it is of the year before.
	 */
	public static boolean isPreviousOf(Plan previous, Plan plan) {
		if (plan.getPreviousPlanId() != null && !plan.getPreviousPlanId().isBlank()) {
			return plan.getPreviousPlanId().equals(previous.getId());
		}
		return plan.getPreviousPlanPath() != null && previous.getRocYear() == plan.getRocYear() - 1;
	}

	/**
	 * Whether the planning department is to take up a plan: it has overdue items, units that have not reported, KPIs
	 * off target or late improvement actions.
	 */
	public static boolean needsAttention(Row row) {
		return row.overdue() > 0 || !row.unitsNotReported().isEmpty() || row.kpisOffTarget() > 0 || row.lateImprovements() > 0;
	}

	/**
	 * The order a planning department reads a portfolio in: plans with overdue items first (most first), then
	 * plans with units that have not reported, then by progress (least first), then by title.
	 */
	public static final Comparator<Row> NEEDS_ATTENTION_FIRST = Comparator.comparingInt((Row r) -> -r.overdue())
			.thenComparingInt(r -> -r.unitsNotReported().size()).thenComparingInt(r -> r.status().progress())
			.thenComparing(r -> r.plan().getTitle() == null ? "" : r.plan().getTitle());
}
