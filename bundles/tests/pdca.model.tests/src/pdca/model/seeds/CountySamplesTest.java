package pdca.model.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pdca.model.AgencyType;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Portfolio;
import pdca.model.logic.Quarter;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;
import pdca.samples.SamplePlans;

/**
 * The county portfolio sample of the sample workspace: plans of several agencies, each marked as an illustration,
 * that validate, name lead units, and as of the third quarter of 107 give the portfolio a varied picture (late work,
 * units that have not reported, KPIs off target, late improvement actions, grades); the rolled-over plans link back
 * to last year's.
 */
class CountySamplesTest {

	private static List<Plan> plans() throws Exception {
		List<Plan> plans = new ArrayList<>();
		for (Path file : SamplePlans.countyFiles()) {
			plans.add(PlanFiles.load(file));
		}
		return plans;
	}

	@Test
	void severalAgenciesEachMarkedAsAnIllustrationAndValid() throws Exception {
		List<Path> files = SamplePlans.countyFiles();
		assertEquals(9, files.size(), files.toString());
		Set<AgencyType> types = new HashSet<>();
		Set<String> agencies = new HashSet<>();
		for (Path file : files) {
			Plan plan = PlanFiles.load(file);
			assertTrue(plan.getTitle().endsWith("（示例）"), file + ": " + plan.getTitle());
			assertTrue(plan.getVersionLabel().contains("示意資料"), file.toString());
			assertTrue(plan.getAgency().getName().startsWith("彰化") || plan.getAgency().getName().contains("彰化監理站"),
					plan.getAgency().getName());
			types.add(plan.getAgency().getType());
			agencies.add(plan.getAgency().getName());
			List<Problem> errors = PlanValidation.validate(plan).stream().filter(p -> p.severity() == Problem.Severity.ERROR)
					.toList();
			assertTrue(errors.isEmpty(), file + ": " + errors);
		}
		assertEquals(7, agencies.size(), agencies.toString());
		assertTrue(types.containsAll(Set.of(AgencyType.HOUSEHOLD_REGISTRATION_OFFICE, AgencyType.MOTOR_VEHICLE_STATION,
				AgencyType.ELECTION_COMMISSION, AgencyType.OTHER)), types.toString());
	}

	@Test
	void theThirdQuarterOf107IsAVariedPicture() throws Exception {
		int late = 0, silent = 0, kpisMissed = 0, lateImprovements = 0, graded = 0, onTime = 0;
		for (Plan plan : plans()) {
			if (plan.getRocYear() != 107) {
				continue;
			}
			Portfolio.Row row = Portfolio.row(plan, new Quarter(107, 3));
			assertTrue(row.unitsExpected().size() >= 3, plan.getTitle() + ": every item has a lead unit");
			late += row.overdue() > 0 ? 1 : 0;
			onTime += row.overdue() == 0 ? 1 : 0;
			silent += row.unitsNotReported().isEmpty() ? 0 : 1;
			kpisMissed += row.kpisOffTarget() > 0 ? 1 : 0;
			lateImprovements += row.lateImprovements() > 0 ? 1 : 0;
			graded += row.grade().isPresent() ? 1 : 0;
		}
		assertTrue(late >= 3, "plans with overdue items: " + late);
		assertTrue(onTime >= 2, "plans on time: " + onTime);
		assertTrue(silent >= 2, "plans with units that have not reported: " + silent);
		assertTrue(kpisMissed >= 3, "plans with KPIs off target: " + kpisMissed);
		assertTrue(lateImprovements >= 2, "plans with late improvement actions: " + lateImprovements);
		assertEquals(1, graded, "the election commission is graded");
	}

	@Test
	void rolledOverPlansLinkToLastYearsPlan() throws Exception {
		int linked = 0;
		for (Path file : SamplePlans.countyFiles()) {
			Plan plan = PlanFiles.load(file);
			if (plan.getPreviousPlanPath() == null) {
				continue;
			}
			Plan previous = PlanFiles.load(file.getParent().resolve(plan.getPreviousPlanPath()).normalize());
			assertEquals(previous.getId(), plan.getPreviousPlanId(), file.toString());
			assertEquals(plan.getRocYear() - 1, previous.getRocYear());
			assertEquals(previous.getAgency().getName(), plan.getAgency().getName());
			linked++;
		}
		assertEquals(2, linked);
	}
}
