package pdca.model.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import pdca.model.Kpi;
import pdca.model.Measurement;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.WorkItem;

/**
 * The quarterly check-ins (Do) of a plan: each tracked item's progress report for a quarter, the
 * report before it (what the check-in grid shows beside the new entry), and KPI actuals per quarter.
 *
 * <p>A plan holds at most one report per item and quarter in normal use; when there are several
 * (a file edited by hand), the last one in the file counts, as it does for {@link StatusRollup}.
 */
public final class CheckIns {

	private CheckIns() {
	}

	/**
	 * One row of the check-in grid of a quarter.
	 *
	 * @param item     the tracked item (an action, or a method without actions)
	 * @param current  the item's report for the quarter, or null when not entered yet
	 * @param previous the latest report of an earlier quarter, or null
	 */
	public record Row(WorkItem item, ProgressReport current, ProgressReport previous) {
	}

	/** The report of {@code item} for exactly {@code quarter}. */
	public static Optional<ProgressReport> report(Plan plan, WorkItem item, Quarter quarter) {
		ProgressReport found = null;
		for (ProgressReport r : plan.getProgressReports()) {
			if (r.getAction() == item && r.getRocYear() == quarter.rocYear() && r.getQuarter() == quarter.quarter()) {
				found = r;
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The latest report of {@code item} from a quarter before {@code quarter} (usually the previous
	 * quarter's; an earlier one when the item was not reported then).
	 */
	public static Optional<ProgressReport> previousReport(Plan plan, WorkItem item, Quarter quarter) {
		ProgressReport found = null;
		Quarter foundQuarter = null;
		for (ProgressReport r : plan.getProgressReports()) {
			if (r.getAction() != item || r.getQuarter() < 1 || r.getQuarter() > 4) {
				continue;
			}
			Quarter q = new Quarter(r.getRocYear(), r.getQuarter());
			if (q.compareTo(quarter) < 0 && (foundQuarter == null || q.compareTo(foundQuarter) >= 0)) {
				found = r;
				foundQuarter = q;
			}
		}
		return Optional.ofNullable(found);
	}

	/** One row per tracked item, in plan order, for the check-in grid of {@code quarter}. */
	public static List<Row> rows(Plan plan, Quarter quarter) {
		List<Row> rows = new ArrayList<>();
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			rows.add(new Row(item, report(plan, item, quarter).orElse(null), previousReport(plan, item, quarter).orElse(null)));
		}
		return rows;
	}

	/** The tracked items without a report for {@code quarter}, in plan order. */
	public static List<WorkItem> missing(Plan plan, Quarter quarter) {
		return rows(plan, quarter).stream().filter(r -> r.current() == null).map(Row::item).toList();
	}

	/** The measurement of {@code kpi} for exactly {@code quarter} (not a whole-year value). */
	public static Optional<Measurement> measurement(Kpi kpi, Quarter quarter) {
		Measurement found = null;
		for (Measurement m : kpi.getMeasurements()) {
			if (m.getRocYear() == quarter.rocYear() && m.getQuarter() == quarter.quarter()) {
				found = m;
			}
		}
		return Optional.ofNullable(found);
	}

	/** The value measured for {@code kpi} in exactly {@code quarter}, or null. */
	public static Double actual(Kpi kpi, Quarter quarter) {
		return measurement(kpi, quarter).map(Measurement::getValue).orElse(null);
	}

	/** Every KPI of the plan in plan order: those of strategies, then methods, then actions below each. */
	public static List<Kpi> kpis(Plan plan) {
		List<Kpi> result = new ArrayList<>();
		for (var s : PlanStructure.strategies(plan)) {
			result.addAll(s.getKpis());
			for (var m : s.getMethods()) {
				result.addAll(m.getKpis());
				for (var a : m.getActions()) {
					result.addAll(a.getKpis());
				}
			}
		}
		return result;
	}
}
