package pdca.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import pdca.model.ActionStatus;
import pdca.model.Finding;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.PdcaFactory;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.WorkItem;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Quarter;
import pdca.model.logic.StatusRollup;

/**
 * Makes next year's plan from a plan ("rollover"), the way a planning office starts the new year
 * from the old plan.
 * <ul>
 * <li>The structure (dimensions, strategies, methods, actions, KPIs), organisation, objectives,
 * basis, sections, evaluation forms and scoring scheme are kept; every element gets a new UUID.</li>
 * <li>Every deadline moves one year: 107年12月 → 108年12月, 99/1~99/12 → 100/1~100/12; deadlines
 * without a year (3月、6月、9月、12月完成, 6月完成並持續辦理, 已完成並持續辦理) keep their text and
 * now mean the new year.</li>
 * <li>Tracked items (actions, and methods without actions) not finished by the previous year's latest progress report (status neither
 * {@code DONE} nor {@code CANCELLED}, as {@link StatusRollup} sees it at the last reported quarter
 * or the year's fourth quarter, whichever is later) are marked {@code carriedOver}; the others
 * are not.</li>
 * <li>Improvement actions still {@code OPEN} or {@code IN_PROGRESS} are copied, marked
 * {@code carriedOver}, into one review meeting titled
 * "{previous year}年度檢討會議未結案改善措施（結轉）" with the findings they answer. The model has no
 * other place for improvement actions; that meeting has the previous year and quarter 0.</li>
 * <li>Progress reports, KPI measurements, evaluation records, the other review meetings and the
 * approval are dropped.</li>
 * <li>The plan links back to the previous one ({@code previousPlanId}, {@code previousPlanPath});
 * the title's year and the year in the plan's prose move on; a one-year period moves one year,
 * a longer one becomes the new calendar year.</li>
 * </ul>
 */
public final class Rollover {

	/** Title of the review meeting holding the carried-over improvement actions; %d is the previous year. */
	static final String CARRIED_OVER_MEETING_TITLE = "%d年度檢討會議未結案改善措施（結轉）";

	/**
	 * The outcome of a rollover.
	 *
	 * @param plan                   the new plan, not yet in any file
	 * @param carriedOverItems       tracked items of the new plan marked carried over (actions, and methods
	 *                               tracked without actions)
	 * @param carriedOverImprovements improvement actions carried over into the new plan
	 * @param droppedReports         progress reports not taken over
	 * @param droppedMeasurements    KPI measurements not taken over
	 * @param droppedEvaluations     evaluation records not taken over
	 * @param droppedMeetings        review meetings not taken over
	 */
	public record Result(Plan plan, List<WorkItem> carriedOverItems,
			List<ImprovementAction> carriedOverImprovements, int droppedReports, int droppedMeasurements,
			int droppedEvaluations, int droppedMeetings) {
	}

	private Rollover() {
	}

	/**
	 * Makes the plan for the year after {@code previous}'s. The previous plan is left unchanged.
	 *
	 * @param previous         the plan of the year that ends
	 * @param previousPlanPath where the previous plan's file is, as the new plan should record it
	 *                         (best relative to the new plan's folder), or {@code null}
	 * @return the new plan and what was carried over or dropped
	 * @throws IllegalArgumentException if the previous plan has no valid ROC year, or the next
	 *                                  year would be out of range
	 */
	public static Result nextYear(Plan previous, String previousPlanPath) {
		return nextYear(previous, previousPlanPath, null);
	}

	/**
	 * Makes the plan for the year after {@code previous}'s; with the plan's template (may be
	 * {@code null}), the new plan also gets the planned review meetings of the template's review
	 * cycle.
	 *
	 * @see #nextYear(Plan, String)
	 */
	public static Result nextYear(Plan previous, String previousPlanPath, AgencyTemplate template) {
		int year = previous.getRocYear();
		if (year < PlanCopies.MIN_YEAR || year > PlanCopies.MAX_YEAR) {
			throw new IllegalArgumentException(TemplateMessages.format("plan.noYear", String.valueOf(year)));
		}
		int next = year + 1;
		PlanCopies.checkYear(next);

		// what was finished, judged on the previous plan as it is
		StatusRollup status = new StatusRollup(previous, lastQuarter(previous));
		Set<WorkItem> unfinished = new LinkedHashSet<>();
		for (WorkItem item : PlanStructure.trackedItems(previous)) {
			ActionStatus reported = status.statusOf(item).reported();
			if (reported != ActionStatus.DONE && reported != ActionStatus.CANCELLED) {
				unfinished.add(item);
			}
		}
		List<ImprovementAction> open = new ArrayList<>();
		int droppedMeasurements = 0;
		for (var it = previous.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof ImprovementAction ia && (ia.getStatus() == ImprovementStatus.OPEN || ia.getStatus() == ImprovementStatus.IN_PROGRESS)) {
				open.add(ia);
			} else if (e instanceof Kpi kpi) {
				droppedMeasurements += kpi.getMeasurements().size();
			}
		}
		int droppedReports = previous.getProgressReports().size();
		int droppedEvaluations = previous.getEvaluationRecords().size();
		int droppedMeetings = previous.getReviewMeetings().size();

		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Plan plan = (Plan) copier.copy(previous);
		copier.copyReferences();

		// carried-over improvement actions, with the findings they answer, leave their meetings before those go
		ReviewMeeting holder = null;
		List<ImprovementAction> carried = new ArrayList<>();
		if (!open.isEmpty()) {
			holder = PdcaFactory.eINSTANCE.createReviewMeeting();
			holder.setTitle(String.format(CARRIED_OVER_MEETING_TITLE, year));
			holder.setRocYear(year);
			holder.setQuarter(0);
			for (ImprovementAction original : open) {
				ImprovementAction copy = (ImprovementAction) copier.get(original);
				copy.setCarriedOver(true);
				Finding finding = copy.getFinding();
				if (finding != null && !holder.getFindings().contains(finding)) {
					holder.getFindings().add(finding);
				}
				holder.getImprovementActions().add(copy);
				carried.add(copy);
			}
		}
		PlanCopies.dropRecords(plan);
		if (holder != null) {
			plan.getReviewMeetings().add(holder);
		}

		List<WorkItem> carriedItems = new ArrayList<>();
		for (WorkItem original : PlanStructure.trackedItems(previous)) {
			WorkItem copy = (WorkItem) copier.get(original);
			copy.setCarriedOver(unfinished.contains(original));
			if (copy.isCarriedOver()) {
				carriedItems.add(copy);
			}
		}

		PlanCopies.dropOutsideReferences(plan);
		PlanCopies.freshIds(plan);
		PlanCopies.shiftSchedules(plan, 1);
		PlanCopies.replaceYearInProse(plan, year, next);
		plan.setRocYear(next);
		plan.setTitle(nextTitle(previous, template, next));
		plan.setVersionLabel(null);
		nextPeriod(plan, previous.getPeriod(), next);
		plan.setPreviousPlanId(previous.getId());
		plan.setPreviousPlanPath(previousPlanPath);
		if (template != null) {
			template.reviewCycle().ifPresent(cycle -> PlanCopies.plannedMeetings(plan, cycle, next));
		}
		return new Result(plan, List.copyOf(carriedItems), List.copyOf(carried),
				droppedReports, droppedMeasurements, droppedEvaluations, droppedMeetings);
	}

	/** The quarter the previous year's status is judged at: its fourth, or the latest reported if later. */
	private static Quarter lastQuarter(Plan plan) {
		Quarter last = new Quarter(plan.getRocYear(), 4);
		for (ProgressReport r : plan.getProgressReports()) {
			if (r.getRocYear() >= 1) {
				Quarter q = new Quarter(r.getRocYear(), Math.max(1, Math.min(4, r.getQuarter())));
				if (q.compareTo(last) > 0) {
					last = q;
				}
			}
		}
		return last;
	}

	/** The title with its year moved on; if it names no year, made anew from the template's (or the default) pattern. */
	private static String nextTitle(Plan previous, AgencyTemplate template, int next) {
		String title = previous.getTitle() == null ? "" : previous.getTitle();
		Matcher m = Pattern.compile("(?<![0-9０-９])" + previous.getRocYear() + "(?=\\s*年)").matcher(title);
		if (m.find()) {
			return PlanCopies.replaceYear(title, previous.getRocYear(), next);
		}
		String agency = previous.getAgency() == null || previous.getAgency().getName() == null ? "" : previous.getAgency().getName();
		String pattern = template != null ? template.titlePattern() : AgencyTemplate.DEFAULT_TITLE_PATTERN;
		return pattern.replace("{agency}", agency).replace("{year}", String.valueOf(next));
	}

	/** A period of one year (e.g. 106/1/1–106/12/31, or a fiscal year) moves one year; any other becomes the calendar year. */
	private static void nextPeriod(Plan plan, Period previous, int next) {
		if (previous != null && previous.getStart() != null && previous.getEnd() != null
				&& previous.getStart().plusYears(1).minusDays(1).equals(previous.getEnd())) {
			Period period = PdcaFactory.eINSTANCE.createPeriod();
			LocalDate start = previous.getStart().plusYears(1);
			period.setStart(start);
			period.setEnd(start.plusYears(1).minusDays(1));
			plan.setPeriod(period);
		} else {
			PlanCopies.calendarYearPeriod(plan, next);
		}
	}
}
