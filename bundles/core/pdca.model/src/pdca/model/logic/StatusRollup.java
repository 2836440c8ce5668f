package pdca.model.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import pdca.model.ActionStatus;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.WorkItem;
import pdca.model.schedule.Schedule;

/**
 * The status of a plan as of the end of a quarter: each tracked item's reported status, whether
 * it is overdue, and roll-ups from actions to methods, strategies and the whole plan.
 *
 * <p>Overdue rules: a one-off deadline (a month or a range) passed without a report of
 * {@code DONE}; a done-then-ongoing deadline passed without a report of {@code DONE} or
 * {@code ONGOING}; a recurring deadline (3月、6月、9月、12月) whose quarter has no report of
 * {@code DONE} or {@code ONGOING}. Cancelled items are never overdue. Everything due within the
 * quarter counts as due at the quarter's review.
 */
public final class StatusRollup {

	/**
	 * The status of one item.
	 *
	 * @param reported the latest status reported up to the quarter ({@code NOT_STARTED} if none)
	 * @param overdue  whether a deadline has passed without the work being reported done
	 * @param progress per cent done, 0 to 100
	 * @param latest   the latest report, or null
	 */
	public record ItemStatus(ActionStatus reported, boolean overdue, int progress, ProgressReport latest) {

		/**
		 * The status to show: an overdue item shows as delayed, even if an earlier instance of recurring work
		 * was reported done (March done, June missing is late).
		 */
		public ActionStatus effective() {
			if (overdue && reported != ActionStatus.CANCELLED) {
				return ActionStatus.DELAYED;
			}
			return reported;
		}
	}

	private final Plan plan;
	private final Quarter quarter;
	private final LocalDate dueBefore;
	private final Map<WorkItem, List<ProgressReport>> reportsByItem = new HashMap<>();
	private final Map<WorkItem, ItemStatus> cache = new HashMap<>();

	public StatusRollup(Plan plan, Quarter quarter) {
		this(plan, quarter, quarter.dayAfter());
	}

	/** Status as of {@code quarter}, with deadlines before {@code dueBefore} counted as due. */
	public StatusRollup(Plan plan, Quarter quarter, LocalDate dueBefore) {
		this.plan = plan;
		this.quarter = quarter;
		this.dueBefore = dueBefore;
		for (ProgressReport r : plan.getProgressReports()) {
			if (r.getAction() != null && new Quarter(r.getRocYear(), clampQuarter(r.getQuarter())).compareTo(quarter) <= 0) {
				reportsByItem.computeIfAbsent(r.getAction(), k -> new ArrayList<>()).add(r);
			}
		}
		for (List<ProgressReport> list : reportsByItem.values()) {
			list.sort((a, b) -> new Quarter(a.getRocYear(), clampQuarter(a.getQuarter()))
					.compareTo(new Quarter(b.getRocYear(), clampQuarter(b.getQuarter()))));
		}
	}

	private static int clampQuarter(int q) {
		return Math.max(1, Math.min(4, q));
	}

	public Quarter quarter() {
		return quarter;
	}

	/** The status of a tracked item, or the roll-up of the tracked items below any other item. */
	public ItemStatus statusOf(WorkItem item) {
		ItemStatus cached = cache.get(item);
		if (cached != null) {
			return cached;
		}
		List<WorkItem> tracked = PlanStructure.trackedItemsUnder(item);
		ItemStatus result = tracked.size() == 1 && tracked.get(0) == item ? trackedStatus(item) : rollUp(tracked);
		cache.put(item, result);
		return result;
	}

	/** The roll-up of the whole plan. */
	public ItemStatus planStatus() {
		return rollUp(PlanStructure.trackedItems(plan));
	}

	/** How many tracked items are in each effective status. */
	public Map<ActionStatus, Integer> counts() {
		Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
		for (ActionStatus s : ActionStatus.VALUES) {
			counts.put(s, 0);
		}
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			counts.merge(statusOf(item).effective(), 1, Integer::sum);
		}
		return counts;
	}

	/** The tracked items that are overdue, in plan order. */
	public List<WorkItem> overdueItems() {
		List<WorkItem> result = new ArrayList<>();
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			if (statusOf(item).overdue()) {
				result.add(item);
			}
		}
		return result;
	}

	private ItemStatus trackedStatus(WorkItem item) {
		List<ProgressReport> reports = reportsByItem.getOrDefault(item, List.of());
		ProgressReport latest = reports.isEmpty() ? null : reports.get(reports.size() - 1);
		ActionStatus reported = latest == null ? ActionStatus.NOT_STARTED : latest.getStatus();
		int progress = latest == null ? 0 : Math.max(0, Math.min(100, latest.getProgress()));
		if (reported == ActionStatus.DONE) {
			progress = 100;
		}
		boolean overdue = reported != ActionStatus.CANCELLED && isOverdue(item, reports, reported);
		return new ItemStatus(reported, overdue, progress, latest);
	}

	private boolean isOverdue(WorkItem item, List<ProgressReport> reports, ActionStatus reported) {
		return missedDeadline(item, reports, reported) != null;
	}

	/**
	 * The deadline a tracked item missed as of the quarter: the one-off or done-then-ongoing deadline, or the first
	 * instance of recurring work without a report of done or ongoing in its quarter; for a method or strategy, the
	 * earliest deadline missed below it.
	 *
	 * @return the date, or empty when nothing is overdue
	 */
	public Optional<LocalDate> missedDeadline(WorkItem item) {
		List<WorkItem> tracked = PlanStructure.trackedItemsUnder(item);
		if (tracked.size() == 1 && tracked.get(0) == item) {
			ItemStatus status = statusOf(item);
			return Optional.ofNullable(missedDeadline(item, reportsByItem.getOrDefault(item, List.of()), status.reported()));
		}
		return tracked.stream().map(this::missedDeadline).flatMap(Optional::stream).min(LocalDate::compareTo);
	}

	private LocalDate missedDeadline(WorkItem item, List<ProgressReport> reports, ActionStatus reported) {
		if (reported == ActionStatus.CANCELLED) {
			return null;
		}
		Schedule schedule = PlanStructure.effectiveSchedule(item);
		if (schedule == null) {
			return null;
		}
		int year = plan.getRocYear();
		if (year < 1) {
			return null; // the plan's year is not entered yet: deadlines without a year cannot be placed
		}
		switch (schedule.kind()) {
			case BY_MONTH, RANGE: {
				LocalDate due = schedule.finalDeadline(year).orElse(null);
				return due != null && due.isBefore(dueBefore) && reported != ActionStatus.DONE ? due : null;
			}
			case DONE_THEN_ONGOING: {
				LocalDate due = schedule.finalDeadline(year).orElse(null);
				return due != null && due.isBefore(dueBefore) && reports.stream().noneMatch(StatusRollup::doneOrOngoing)
						? due : null;
			}
			case RECURRING:
				for (LocalDate due : schedule.dueDates(year)) {
					if (due.isBefore(dueBefore)) {
						Quarter dueQuarter = Quarter.of(due);
						boolean reportedThen = reports.stream().anyMatch(r -> r.getRocYear() == dueQuarter.rocYear()
								&& r.getQuarter() == dueQuarter.quarter() && doneOrOngoing(r));
						if (!reportedThen) {
							return due;
						}
					}
				}
				return null;
			default:
				return null;
		}
	}

	private static boolean doneOrOngoing(ProgressReport r) {
		return r.getStatus() == ActionStatus.DONE || r.getStatus() == ActionStatus.ONGOING;
	}

	private ItemStatus rollUp(Collection<WorkItem> tracked) {
		List<ItemStatus> statuses = new ArrayList<>();
		for (WorkItem item : tracked) {
			ItemStatus s = statusOf(item);
			if (s.reported() != ActionStatus.CANCELLED) {
				statuses.add(s);
			}
		}
		if (statuses.isEmpty()) {
			return new ItemStatus(tracked.isEmpty() ? ActionStatus.NOT_STARTED : ActionStatus.CANCELLED, false, 0, null);
		}
		boolean overdue = statuses.stream().anyMatch(ItemStatus::overdue);
		int progress = (int) Math.round(statuses.stream().mapToInt(ItemStatus::progress).average().orElse(0));
		return new ItemStatus(rollUpStatus(statuses), overdue, progress, null);
	}

	private static ActionStatus rollUpStatus(List<ItemStatus> statuses) {
		if (statuses.stream().allMatch(s -> s.effective() == ActionStatus.DONE)) {
			return ActionStatus.DONE;
		}
		if (statuses.stream().anyMatch(s -> s.effective() == ActionStatus.DELAYED)) {
			return ActionStatus.DELAYED;
		}
		if (statuses.stream().anyMatch(s -> s.effective() == ActionStatus.AT_RISK)) {
			return ActionStatus.AT_RISK;
		}
		if (statuses.stream().allMatch(s -> s.effective() == ActionStatus.NOT_STARTED)) {
			return ActionStatus.NOT_STARTED;
		}
		if (statuses.stream().allMatch(s -> s.effective() == ActionStatus.DONE || s.effective() == ActionStatus.ONGOING)) {
			return ActionStatus.ONGOING;
		}
		return ActionStatus.ON_TRACK;
	}
}
