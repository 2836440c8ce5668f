package pdca.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import pdca.model.Identified;
import pdca.model.Kpi;
import pdca.model.PdcaFactory;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.PlanSection;
import pdca.model.ReviewMeeting;
import pdca.model.WorkItem;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.RocDate;
import pdca.model.schedule.Schedule;

/** What making a plan from a template and making next year's plan have in common. */
final class PlanCopies {

	/** The ROC years a plan may have (as checked by validation). */
	static final int MIN_YEAR = 1;
	static final int MAX_YEAR = 300;

	private PlanCopies() {
	}

	/** Gives the plan and every element in it a new id. */
	static void freshIds(Plan plan) {
		plan.setId(PlanFiles.newId());
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified identified) {
				identified.setId(PlanFiles.newId());
			}
		}
	}

	/**
	 * Moves every deadline of the plan by {@code years}: years written in a deadline move
	 * (107年12月 → 108年12月, 99/1~99/12 → 100/1~100/12), deadlines without a year keep meaning
	 * the plan's year and keep their text as written (3月、6月、9月、12月完成, 6月完成並持續辦理).
	 */
	static void shiftSchedules(Plan plan, int years) {
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WorkItem item && item.getSchedule() != null) {
				item.setSchedule(shift(item.getSchedule(), years));
			}
		}
	}

	/** The schedule moved by {@code years}; unchanged (text as written) when it names no year or cannot move. */
	static Schedule shift(Schedule schedule, int years) {
		try {
			Schedule moved = schedule.shiftYears(years);
			return moved.equals(schedule) ? schedule : moved;
		} catch (IllegalArgumentException e) {
			return schedule; // would fall before 民國1年: kept, and validation reports it outside the period
		}
	}

	/**
	 * Replaces the ROC year {@code from} by {@code to} where a text says "{from}年" (106年, 106 年度),
	 * not inside a longer number.
	 */
	static String replaceYear(String text, int from, int to) {
		if (text == null || from == to) {
			return text;
		}
		Matcher m = Pattern.compile("(?<![0-9０-９])" + from + "(?=\\s*年)").matcher(text);
		return m.replaceAll(Matcher.quoteReplacement(String.valueOf(to)));
	}

	/** Replaces the plan year in the plan's own prose: sections, preamble, target description. */
	static void replaceYearInProse(Plan plan, int from, int to) {
		for (PlanSection s : plan.getSections()) {
			s.setHeading(replaceYear(s.getHeading(), from, to));
			s.setBody(replaceYear(s.getBody(), from, to));
		}
		plan.setStrategyPreamble(replaceYear(plan.getStrategyPreamble(), from, to));
		plan.setTargetDescription(replaceYear(plan.getTargetDescription(), from, to));
	}

	/** Sets the period to the whole ROC year, with no text as written. */
	static void calendarYearPeriod(Plan plan, int rocYear) {
		Period period = PdcaFactory.eINSTANCE.createPeriod();
		int year = RocDate.toGregorian(rocYear);
		period.setStart(LocalDate.of(year, 1, 1));
		period.setEnd(LocalDate.of(year, 12, 31));
		plan.setPeriod(period);
	}

	/** Removes the records of a year's work: progress reports, KPI measurements, evaluation records, review meetings, approval. */
	static void dropRecords(Plan plan) {
		plan.getProgressReports().clear();
		plan.getEvaluationRecords().clear();
		plan.getReviewMeetings().clear();
		plan.setApproval(null);
		// the KPIs first, then their measurements: clearing a list the iterator is about to walk breaks the walk
		List<Kpi> kpis = new ArrayList<>();
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Kpi kpi) {
				kpis.add(kpi);
				it.prune();
			}
		}
		kpis.forEach(kpi -> kpi.getMeasurements().clear());
	}

	/** Adds the empty review meetings of the template's review cycle for {@code rocYear}. */
	static void plannedMeetings(Plan plan, ReviewCycle cycle, int rocYear) {
		for (int n = 1; n <= cycle.meetingsPerYear(); n++) {
			ReviewMeeting meeting = PdcaFactory.eINSTANCE.createReviewMeeting();
			meeting.setId(PlanFiles.newId());
			meeting.setTitle(cycle.title(rocYear, n));
			meeting.setRocYear(rocYear);
			meeting.setQuarter((n * cycle.everyMonths() + 2) / 3);
			plan.getReviewMeetings().add(meeting);
		}
	}

	/**
	 * Clears references to elements outside the plan (left behind by dropped records), so the
	 * plan can be saved: a plan file must not refer to anything it does not hold.
	 */
	@SuppressWarnings("unchecked")
	static void dropOutsideReferences(Plan plan) {
		List<EObject> all = new ArrayList<>();
		all.add(plan);
		plan.eAllContents().forEachRemaining(all::add);
		for (EObject element : all) {
			for (EReference ref : element.eClass().getEAllReferences()) {
				if (ref.isContainment() || ref.isContainer() || ref.isDerived() || !ref.isChangeable()) {
					continue;
				}
				if (ref.isMany()) {
					((EList<EObject>) element.eGet(ref)).removeIf(target -> EcoreUtil.getRootContainer(target) != plan);
				} else if (element.eGet(ref) instanceof EObject target && EcoreUtil.getRootContainer(target) != plan) {
					element.eUnset(ref);
				}
			}
		}
	}

	static void checkYear(int rocYear) {
		if (rocYear < MIN_YEAR || rocYear > MAX_YEAR) {
			throw new IllegalArgumentException(TemplateMessages.format("plan.yearOutOfRange", String.valueOf(rocYear), MIN_YEAR, MAX_YEAR));
		}
	}
}
