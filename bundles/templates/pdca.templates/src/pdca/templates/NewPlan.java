package pdca.templates;

import org.eclipse.emf.ecore.util.EcoreUtil;

import pdca.model.Agency;
import pdca.model.PdcaFactory;
import pdca.model.Plan;

/**
 * Makes a new plan from an agency template: the starter plan for one agency and one ROC year.
 * <ul>
 * <li>Every element gets a new UUID; the plan records the template's id.</li>
 * <li>Deadlines fall in the new year: years written in them move from the starter plan's year to
 * the new one (107年12月 → 110年12月, 99/1~99/12 → 110/1~110/12); deadlines without a year
 * (6月完成並持續辦理, 3月、6月、9月、12月完成) keep their text and mean the new year.</li>
 * <li>The period is the whole ROC year; the title comes from the template's title pattern
 * ({agency}{year}年度提升服務品質執行計畫); the starter year in the plan's prose (sections,
 * preamble) becomes the new year.</li>
 * <li>Nothing of a year's work comes along: no progress reports, KPI measurements, evaluation
 * records, review meetings or approval. A template with a review cycle gets its planned,
 * empty review meetings.</li>
 * </ul>
 */
public final class NewPlan {

	private NewPlan() {
	}

	/**
	 * Makes a plan of {@code agencyName} for {@code rocYear} from {@code template}.
	 *
	 * @param template   the template
	 * @param agencyName the agency's name, e.g. 嘉義縣選舉委員會
	 * @param rocYear    the ROC year, 1 to 300
	 * @return the new plan, not yet in any file
	 * @throws TemplateException        if the template's starter plan cannot be read
	 * @throws IllegalArgumentException if the agency name is blank or the year out of range (the
	 *                                  message says so in the user's language)
	 */
	public static Plan fromTemplate(AgencyTemplate template, String agencyName, int rocYear) throws TemplateException {
		checkArguments(agencyName, rocYear);
		return fromStarter(template.loadStarterPlan(), template, agencyName, rocYear);
	}

	/**
	 * Makes a plan from an already loaded starter plan, which is left unchanged.
	 *
	 * @see #fromTemplate(AgencyTemplate, String, int)
	 */
	public static Plan fromStarter(Plan starter, AgencyTemplate template, String agencyName, int rocYear) {
		checkArguments(agencyName, rocYear);
		Plan plan = EcoreUtil.copy(starter);
		PlanCopies.dropRecords(plan);
		PlanCopies.dropOutsideReferences(plan);
		PlanCopies.freshIds(plan);

		int starterYear = starter.getRocYear();
		if (starterYear >= PlanCopies.MIN_YEAR) {
			PlanCopies.shiftSchedules(plan, rocYear - starterYear);
			PlanCopies.replaceYearInProse(plan, starterYear, rocYear);
		}
		String name = agencyName.strip();
		plan.setRocYear(rocYear);
		plan.setTemplateId(template.id());
		plan.setTitle(template.title(name, rocYear));
		plan.setVersionLabel(null);
		plan.setPreviousPlanId(null);
		plan.setPreviousPlanPath(null);
		Agency agency = plan.getAgency() != null ? plan.getAgency() : PdcaFactory.eINSTANCE.createAgency();
		agency.setName(name);
		agency.setType(template.agencyType());
		plan.setAgency(agency);
		PlanCopies.calendarYearPeriod(plan, rocYear);
		template.reviewCycle().ifPresent(cycle -> PlanCopies.plannedMeetings(plan, cycle, rocYear));
		template.kpiThresholds().ifPresent(t -> {
			plan.setKpiGreenPercent(t.greenPercent());
			plan.setKpiAmberPercent(t.amberPercent());
		});
		return plan;
	}

	private static void checkArguments(String agencyName, int rocYear) {
		if (agencyName == null || agencyName.isBlank()) {
			throw new IllegalArgumentException(TemplateMessages.get("plan.agencyEmpty"));
		}
		PlanCopies.checkYear(rocYear);
	}
}
