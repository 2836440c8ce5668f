package pdca.model.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import pdca.model.EvaluationRecord;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.Strategy;
import pdca.model.WorkItem;
import pdca.model.logic.KpiAchievement.Level;
import pdca.model.logic.StatusRollup.ItemStatus;

/**
 * The agenda of a quarter's review meeting (查核結果報告與檢討會議), built from the plan's status:
 * <ol>
 * <li>overdue work: tracked items past a deadline without the work reported done, in plan order
 * (so grouped by strategy), each with the deadline it missed;</li>
 * <li>KPIs off target: level {@code MISSED} first, then {@code NEAR}, each in plan order, with
 * the actual value against the target;</li>
 * <li>evaluation scores that fell: records dated in the quarter scoring below the same unit's
 * previous record of the same form, largest fall first;</li>
 * <li>improvement actions raised at earlier meetings and still open at the meeting (not closed,
 * or closed only after it): those due by then first, by due date, then the others. An
 * improvement action thus comes back at every later meeting until it is closed.</li>
 * </ol>
 * Every entry points to the model element it is about.
 */
public final class ReviewAgenda {

	/** The parts of the agenda, in the order they are discussed. */
	public enum Section {
		OVERDUE, KPIS_OFF_TARGET, SCORES_FELL, IMPROVEMENT_ACTIONS
	}

	/** One point of the agenda. */
	public sealed interface Entry permits Overdue, KpiOffTarget, ScoreFell, OpenImprovement {

		/** The part of the agenda it belongs to. */
		Section section();

		/** The model element it is about (to select it in the editor). */
		EObject element();
	}

	/**
	 * A tracked item past its deadline.
	 *
	 * @param item     the action, or method tracked without actions
	 * @param strategy the strategy it belongs to
	 * @param deadline the deadline it missed (for recurring work: the first instance without report)
	 * @param status   its status as of the quarter
	 */
	public record Overdue(WorkItem item, Strategy strategy, LocalDate deadline, ItemStatus status) implements Entry {
		@Override
		public Section section() {
			return Section.OVERDUE;
		}

		@Override
		public EObject element() {
			return item;
		}
	}

	/**
	 * A KPI below its green threshold.
	 *
	 * @param kpi         the indicator
	 * @param owner       the item it belongs to
	 * @param achievement actual against target and the level
	 */
	public record KpiOffTarget(Kpi kpi, WorkItem owner, KpiAchievement achievement) implements Entry {
		@Override
		public Section section() {
			return Section.KPIS_OFF_TARGET;
		}

		@Override
		public EObject element() {
			return kpi;
		}
	}

	/**
	 * An evaluation score lower than the unit's previous one on the same form.
	 *
	 * @param record        the record of the quarter
	 * @param previous      the unit's previous record of the form
	 * @param score         its score
	 * @param previousScore the previous score
	 */
	public record ScoreFell(EvaluationRecord record, EvaluationRecord previous, double score, double previousScore)
			implements Entry {

		/** The change, negative. */
		public double change() {
			return score - previousScore;
		}

		@Override
		public Section section() {
			return Section.SCORES_FELL;
		}

		@Override
		public EObject element() {
			return record;
		}
	}

	/**
	 * An improvement action of an earlier meeting that is still open.
	 *
	 * @param action     the improvement action
	 * @param raisedAt   the meeting that decided it
	 * @param due        whether its due date is on or before the meeting (or the quarter's end)
	 * @param late       whether it is overdue at the quarter's review ({@link ReviewAgenda#isLate})
	 * @param timesShown how many review meetings (quarters) have passed since it was raised: 1 at the next one
	 */
	public record OpenImprovement(ImprovementAction action, ReviewMeeting raisedAt, boolean due, boolean late,
			int timesShown) implements Entry {
		@Override
		public Section section() {
			return Section.IMPROVEMENT_ACTIONS;
		}

		@Override
		public EObject element() {
			return action;
		}
	}

	private final Plan plan;
	private final Quarter quarter;
	private final LocalDate cutoff;
	private final ReviewMeeting meeting;
	private final StatusRollup rollup;
	private final List<Overdue> overdue = new ArrayList<>();
	private final List<KpiOffTarget> kpisOffTarget = new ArrayList<>();
	private final List<ScoreFell> scoresFell = new ArrayList<>();
	private final List<OpenImprovement> improvements = new ArrayList<>();

	private ReviewAgenda(Plan plan, Quarter quarter, ReviewMeeting meeting) {
		this.plan = plan;
		this.quarter = quarter;
		this.meeting = meeting;
		LocalDate end = quarter.end();
		this.cutoff = meeting != null && meeting.getDate() != null && meeting.getDate().isAfter(end) ? meeting.getDate() : end;
		this.rollup = new StatusRollup(plan, quarter);
		collectOverdue();
		collectKpis();
		collectScores();
		collectImprovements();
	}

	/** The agenda of the review of {@code quarter}, with the quarter's last day as the meeting day. */
	public static ReviewAgenda of(Plan plan, Quarter quarter) {
		return new ReviewAgenda(plan, quarter, null);
	}

	/**
	 * The agenda of {@code meeting}: its quarter's status; improvement actions due by the meeting date (or the
	 * quarter's end if later); the meeting's own improvement actions are its outcome, not its agenda.
	 *
	 * @throws IllegalArgumentException when the meeting has no quarter (1 to 4) nor date to place it
	 */
	public static ReviewAgenda of(Plan plan, ReviewMeeting meeting) {
		return new ReviewAgenda(plan, quarterOf(meeting), meeting);
	}

	/**
	 * The quarter a meeting reviews: its quarter (1 to 4) of its ROC year; else the quarter of its date; else, for
	 * a meeting holding carried-over actions (quarter 0), the last quarter of its year.
	 */
	public static Quarter quarterOf(ReviewMeeting meeting) {
		if (meeting.getQuarter() >= 1 && meeting.getQuarter() <= 4 && meeting.getRocYear() > 0) {
			return new Quarter(meeting.getRocYear(), meeting.getQuarter());
		}
		if (meeting.getDate() != null) {
			return Quarter.of(meeting.getDate());
		}
		if (meeting.getRocYear() > 0) {
			return new Quarter(meeting.getRocYear(), 4);
		}
		throw new IllegalArgumentException("review meeting " + meeting.getTitle() + " has neither quarter nor date");
	}

	/**
	 * The quarter a new review meeting is for: the one after the latest meeting recorded; without meetings the
	 * quarter {@code today} falls in during the plan's year, else the plan year's first quarter.
	 */
	public static Quarter nextMeetingQuarter(Plan plan, LocalDate today) {
		Quarter latest = null;
		for (ReviewMeeting m : plan.getReviewMeetings()) {
			Quarter q = quarterOrNull(m);
			if (q != null && (latest == null || q.compareTo(latest) > 0)) {
				latest = q;
			}
		}
		if (latest != null) {
			return latest.next();
		}
		Quarter now = Quarter.of(today);
		int year = plan.getRocYear() > 0 ? plan.getRocYear() : now.rocYear();
		return now.rocYear() == year ? now : new Quarter(year, 1);
	}

	private static Quarter quarterOrNull(ReviewMeeting meeting) {
		try {
			return quarterOf(meeting);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private void collectOverdue() {
		for (WorkItem item : rollup.overdueItems()) {
			overdue.add(new Overdue(item, strategyOf(item), rollup.missedDeadline(item).orElse(null), rollup.statusOf(item)));
		}
	}

	private void collectKpis() {
		KpiAchievement.Thresholds thresholds = KpiAchievement.Thresholds.of(plan);
		List<KpiOffTarget> near = new ArrayList<>();
		for (Kpi kpi : CheckIns.kpis(plan)) {
			KpiAchievement a = KpiAchievement.of(kpi, quarter, thresholds);
			WorkItem owner = kpi.eContainer() instanceof WorkItem w ? w : null;
			if (a.level() == Level.MISSED) {
				kpisOffTarget.add(new KpiOffTarget(kpi, owner, a));
			} else if (a.level() == Level.NEAR) {
				near.add(new KpiOffTarget(kpi, owner, a));
			}
		}
		kpisOffTarget.addAll(near);
	}

	private void collectScores() {
		for (EvaluationRecord r : plan.getEvaluationRecords()) {
			if (r.getForm() == null || r.getDate() == null || !Quarter.of(r.getDate()).equals(quarter)
					|| r.getDate().isAfter(cutoff)) {
				continue;
			}
			EvaluationRecord previous = EvaluationHistory.previous(r).orElse(null);
			if (previous == null) {
				continue;
			}
			double score = EvaluationScorer.score(r).score();
			double before = EvaluationScorer.score(previous).score();
			if (score < before - EvaluationHistory.EPSILON) {
				scoresFell.add(new ScoreFell(r, previous, score, before));
			}
		}
		scoresFell.sort(Comparator.comparingDouble(ScoreFell::change));
	}

	private void collectImprovements() {
		for (ReviewMeeting m : plan.getReviewMeetings()) {
			Quarter raised = quarterOrNull(m);
			if (m == meeting || raised == null || raised.compareTo(quarter) >= 0) {
				continue;
			}
			for (ImprovementAction a : m.getImprovementActions()) {
				if (!openAt(a, cutoff)) {
					continue;
				}
				improvements.add(openImprovement(a, m, raised, quarter, cutoff));
			}
		}
		sortImprovements(improvements);
	}

	/**
	 * Whether an improvement action is overdue at the review of {@code quarter}, the one definition of "late" for
	 * improvement actions on every surface: it is still open at the quarter's last day and its due date is on or
	 * before that day. As for work items, everything due within the quarter should be done by its review; an
	 * action without a due date is never late.
	 */
	public static boolean isLate(ImprovementAction a, Quarter quarter) {
		LocalDate end = quarter.end();
		return a.getDueDate() != null && !a.getDueDate().isAfter(end) && openAt(a, end);
	}

	/** The entry of an open improvement action raised in quarter {@code raised}, seen at the review of {@code quarter}. */
	static OpenImprovement openImprovement(ImprovementAction a, ReviewMeeting raisedAt, Quarter raised, Quarter quarter,
			LocalDate cutoff) {
		boolean due = a.getDueDate() != null && !a.getDueDate().isAfter(cutoff);
		return new OpenImprovement(a, raisedAt, due, isLate(a, quarter), index(quarter) - index(raised));
	}

	/** Due ones first, then by due date (none last). */
	static void sortImprovements(List<OpenImprovement> list) {
		list.sort(Comparator.comparing((OpenImprovement o) -> !o.due())
				.thenComparing(o -> o.action().getDueDate(), Comparator.nullsLast(Comparator.naturalOrder())));
	}

	/** Whether an improvement action was still open on {@code day}: not closed or dropped, or only after it. */
	public static boolean openAt(ImprovementAction a, LocalDate day) {
		ImprovementStatus s = a.getStatus();
		if (s == ImprovementStatus.OPEN || s == ImprovementStatus.IN_PROGRESS) {
			return true;
		}
		return a.getClosedOn() != null && a.getClosedOn().isAfter(day);
	}

	/**
	 * The day a meeting is held for the rules that follow improvement actions from one meeting to the next: its date,
	 * or the last day of its quarter when it has none.
	 *
	 * @throws IllegalArgumentException when the meeting has neither quarter nor date
	 */
	public static LocalDate dayOf(ReviewMeeting meeting) {
		return meeting.getDate() != null ? meeting.getDate() : quarterOf(meeting).end();
	}

	/**
	 * The meeting before {@code meeting}: the latest meeting of an earlier quarter (by quarter, then by {@link #dayOf
	 * day}), or empty when it is the first. Meetings that cannot be placed are left out.
	 */
	public static Optional<ReviewMeeting> previousMeeting(Plan plan, ReviewMeeting meeting) {
		Quarter quarter = quarterOf(meeting);
		ReviewMeeting found = null;
		for (ReviewMeeting m : plan.getReviewMeetings()) {
			Quarter q = quarterOrNull(m);
			if (m == meeting || q == null || q.compareTo(quarter) >= 0) {
				continue;
			}
			if (found == null || q.compareTo(quarterOf(found)) > 0
					|| q.equals(quarterOf(found)) && dayOf(m).isAfter(dayOf(found))) {
				found = m;
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The improvement actions of earlier meetings taken off the list since the previous meeting, the one answer to
	 * "what was closed since the last meeting" in a meeting's minutes: closed or dropped after the previous meeting's
	 * {@link #dayOf day} (any time before, for the first meeting) and on or before this meeting's day, by closing
	 * date. With {@link #of(Plan, ReviewMeeting)}'s open improvement actions they account for everything that was
	 * open at the previous meeting. An action closed without a closing date cannot be placed and is not listed.
	 *
	 * @throws IllegalArgumentException when the meeting has neither quarter nor date
	 */
	public static List<ImprovementAction> closedSincePreviousMeeting(Plan plan, ReviewMeeting meeting) {
		Quarter quarter = quarterOf(meeting);
		LocalDate until = dayOf(meeting);
		LocalDate after = previousMeeting(plan, meeting).map(ReviewAgenda::dayOf).orElse(null);
		List<ImprovementAction> result = new ArrayList<>();
		for (ReviewMeeting m : plan.getReviewMeetings()) {
			Quarter raised = quarterOrNull(m);
			if (m == meeting || raised == null || raised.compareTo(quarter) >= 0) {
				continue;
			}
			for (ImprovementAction a : m.getImprovementActions()) {
				ImprovementStatus s = a.getStatus();
				LocalDate closed = a.getClosedOn();
				if ((s == ImprovementStatus.CLOSED || s == ImprovementStatus.DROPPED) && closed != null
						&& !closed.isAfter(until) && (after == null || closed.isAfter(after))) {
					result.add(a);
				}
			}
		}
		result.sort(Comparator.comparing(ImprovementAction::getClosedOn));
		return result;
	}

	private static int index(Quarter q) {
		return q.rocYear() * 4 + q.quarter() - 1;
	}

	private static Strategy strategyOf(WorkItem item) {
		for (EObject e = item; e != null; e = e.eContainer()) {
			if (e instanceof Strategy s) {
				return s;
			}
		}
		return null;
	}

	public Plan plan() {
		return plan;
	}

	public Quarter quarter() {
		return quarter;
	}

	/** The meeting the agenda is for, or null when made for a quarter. */
	public ReviewMeeting meeting() {
		return meeting;
	}

	/** The day improvement actions must be due by to count as due: the meeting's date or the quarter's end. */
	public LocalDate cutoff() {
		return cutoff;
	}

	/** The status the agenda was built from. */
	public StatusRollup rollup() {
		return rollup;
	}

	public List<Overdue> overdue() {
		return List.copyOf(overdue);
	}

	/** Overdue work grouped by strategy, strategies in plan order. */
	public Map<Strategy, List<Overdue>> overdueByStrategy() {
		Map<Strategy, List<Overdue>> result = new LinkedHashMap<>();
		for (Overdue o : overdue) {
			result.computeIfAbsent(o.strategy(), s -> new ArrayList<>()).add(o);
		}
		return result;
	}

	public List<KpiOffTarget> kpisOffTarget() {
		return List.copyOf(kpisOffTarget);
	}

	public List<ScoreFell> scoresFell() {
		return List.copyOf(scoresFell);
	}

	public List<OpenImprovement> improvementActions() {
		return List.copyOf(improvements);
	}

	/** Every entry, section by section. */
	public List<Entry> entries() {
		List<Entry> all = new ArrayList<>();
		all.addAll(overdue);
		all.addAll(kpisOffTarget);
		all.addAll(scoresFell);
		all.addAll(improvements);
		return all;
	}

	/** Whether there is nothing to discuss. */
	public boolean isEmpty() {
		return overdue.isEmpty() && kpisOffTarget.isEmpty() && scoresFell.isEmpty() && improvements.isEmpty();
	}
}
