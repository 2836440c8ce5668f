package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import pdca.edit.NewPlans;
import pdca.model.AgencyType;
import pdca.model.Plan;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.PlanValidator;
import pdca.model.validation.Problem;
import pdca.ui.wizards.NewPlanWizard;

/** A blank plan from the New Plan wizard is a valid start: its year, period and title are set. */
class NewPlanTest {

	@Test
	void blankPlanHasTheYearAsPeriodAndOnlyAsksForStrategies() {
		Plan plan = NewPlans.blank("臺東縣卑南鄉戶政事務所", AgencyType.HOUSEHOLD_REGISTRATION_OFFICE, 115);
		assertEquals(LocalDate.of(2026, 1, 1), plan.getPeriod().getStart());
		assertEquals(LocalDate.of(2026, 12, 31), plan.getPeriod().getEnd());
		assertEquals(AgencyType.HOUSEHOLD_REGISTRATION_OFFICE, plan.getAgency().getType());
		assertFalse(plan.getTitle().isBlank());
		List<Problem> problems = PlanValidation.validate(plan);
		assertFalse(PlanValidation.hasErrors(problems), problems.toString());
		assertEquals(List.of(PlanValidator.NO_STRATEGIES), problems.stream().map(Problem::code).toList());
	}
}
