package pdca.edit;

import java.time.LocalDate;

import pdca.model.Agency;
import pdca.model.AgencyType;
import pdca.model.Organisation;
import pdca.model.PdcaFactory;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.RocDate;

/**
 * Plans that start empty: the one definition of a blank plan, used by the New Plan wizard and the tests (plans
 * from an agency template come from {@code pdca.templates.NewPlan}).
 */
public final class NewPlans {

	private NewPlans() {
	}

	/**
	 * A plan with its agency, year, the usual title (「…年度提升服務品質執行計畫」 in Chinese) and the whole year as its
	 * period; an empty organisation; no strategies yet. Every element has its id.
	 *
	 * @throws IllegalArgumentException when the agency has no name or the year is not a ROC year from 1 on
	 */
	public static Plan blank(String agencyName, AgencyType type, int rocYear) {
		if (agencyName == null || agencyName.isBlank()) {
			throw new IllegalArgumentException("agency name");
		}
		if (rocYear < 1) {
			throw new IllegalArgumentException("ROC year " + rocYear);
		}
		PdcaFactory f = PdcaFactory.eINSTANCE;
		Plan plan = f.createPlan();
		Agency agency = f.createAgency();
		agency.setName(agencyName.strip());
		agency.setType(type);
		plan.setAgency(agency);
		plan.setRocYear(rocYear);
		plan.setTitle(EditMessages.format("plan.defaultTitle", agencyName.strip(), String.valueOf(rocYear)));
		Period period = f.createPeriod();
		int year = RocDate.toGregorian(rocYear);
		period.setStart(LocalDate.of(year, 1, 1));
		period.setEnd(LocalDate.of(year, 12, 31));
		plan.setPeriod(period);
		Organisation organisation = f.createOrganisation();
		plan.setOrganisation(organisation);
		PlanFiles.ensureIds(plan);
		return plan;
	}
}
