package pdca.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pdca.model.AgencyType;
import pdca.model.Plan;
import pdca.model.validation.PlanValidation;
import pdca.test.support.Locales;

/** The blank plan of the New Plan wizard: the agency's year as its period, the usual title, ids, no errors. */
class NewPlansTest {

	@Test
	void aBlankPlanCoversTheYearAndCarriesTheUsualTitle() {
		Locales.with(Locale.TAIWAN, () -> {
			Plan plan = NewPlans.blank(" 臺東縣卑南鄉戶政事務所 ", AgencyType.HOUSEHOLD_REGISTRATION_OFFICE, 115);
			assertEquals("臺東縣卑南鄉戶政事務所115年度提升服務品質執行計畫", plan.getTitle());
			assertEquals("臺東縣卑南鄉戶政事務所", plan.getAgency().getName());
			assertEquals(LocalDate.of(2026, 1, 1), plan.getPeriod().getStart());
			assertEquals(LocalDate.of(2026, 12, 31), plan.getPeriod().getEnd());
			assertFalse(plan.getId() == null || plan.getId().isBlank());
			assertTrue(plan.getStrategies().isEmpty() && plan.getDimensions().isEmpty());
			assertFalse(PlanValidation.hasErrors(PlanValidation.validate(plan)), PlanValidation.validate(plan).toString());
		});
		Locales.with(Locale.ENGLISH, () -> {
			assertEquals("Agency 115 service quality improvement plan",
					NewPlans.blank("Agency", AgencyType.HOUSEHOLD_REGISTRATION_OFFICE, 115).getTitle());
		});
		assertThrows(IllegalArgumentException.class, () -> NewPlans.blank(" ", AgencyType.HOUSEHOLD_REGISTRATION_OFFICE, 115));
		assertThrows(IllegalArgumentException.class, () -> NewPlans.blank("所", AgencyType.HOUSEHOLD_REGISTRATION_OFFICE, 0));
	}
}
