package pdca.model.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pdca.model.AgencyType;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.WorkItem;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.Schedule;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;
import pdca.samples.SamplePlans;

/** The five seed plans as shipped in the sample workspace hold what the seed documents say. */
class SeedPlansTest {

	static Plan load(String prefix) throws Exception {
		Path file = SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix))
				.findFirst().orElseThrow();
		return PlanFiles.load(file);
	}

	@ParameterizedTest
	@CsvSource({
			"taitung,    99, HOUSEHOLD_REGISTRATION_OFFICE, 3, 6, 15, 49, 服務流程, 提供創新服務情形",
			"chiayi,    100, ELECTION_COMMISSION,           0, 5, 19,  0, 提升服務品質，深化服務績效, 持續精進創新，整合服務效能",
			"keelung,   105, ELECTION_COMMISSION,           0, 5, 18,  0, 建構友善環境，回應民眾需求, 持續精進創新，整合服務效能",
			"tainan,    106, MOTOR_VEHICLE_STATION,         0, 6, 22, 74, 完備基礎服務項目，注重服務特性差異化, 掌握社經發展趨勢，專案規劃前瞻服務",
			"changhua,  107, COUNTY_PLANNING_DEPARTMENT,    0, 8, 25,  0, 服務一致及正確, 服務滿意情形及意見回應處理情形" })
	void structureMatchesTheSeed(String prefix, int year, AgencyType type, int dimensions, int strategies, int methods,
			int actions, String firstStrategy, String lastStrategy) throws Exception {
		Plan plan = load(prefix);
		assertEquals(year, plan.getRocYear());
		assertEquals(type, plan.getAgency().getType());
		assertEquals(dimensions, plan.getDimensions().size());
		List<Strategy> all = PlanStructure.strategies(plan);
		assertEquals(strategies, all.size());
		assertEquals(methods, PlanStructure.methods(plan).size());
		assertEquals(actions, PlanStructure.actions(plan).size());
		assertEquals(firstStrategy, all.get(0).getText());
		assertEquals(lastStrategy, all.get(all.size() - 1).getText());
	}

	@ParameterizedTest
	@CsvSource({ "taitung", "chiayi", "keelung", "tainan", "changhua" })
	void everySeedValidatesWithoutErrorsAndEveryDeadlineIsUnderstood(String prefix) throws Exception {
		Plan plan = load(prefix);
		List<Problem> problems = PlanValidation.validate(plan);
		assertFalse(PlanValidation.hasErrors(problems), () -> problems.stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR).map(p -> p.path() + ": " + p.message()).toList().toString());
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			Schedule s = item.getSchedule();
			assertTrue(s == null || s.isParsed(), () -> "not understood: " + s.text());
		}
	}

	@Test
	void motorVehicleStationDeadlinesAndBenefits() throws Exception {
		Plan plan = load("tainan");
		Method m23 = PlanStructure.strategies(plan).get(1).getMethods().get(2);
		assertEquals("每年或半年辦理（6月或12月底）", m23.getSchedule().text());
		assertEquals(List.of(LocalDate.of(2017, 6, 30), LocalDate.of(2017, 12, 31)), m23.getSchedule().dueDates(106));
		Method m33 = PlanStructure.strategies(plan).get(2).getMethods().get(2);
		assertEquals(Schedule.Kind.DONE_THEN_ONGOING, m33.getSchedule().kind());
		assertEquals(11, PlanStructure.strategies(plan).get(0).getMethods().get(2).getActions().size());
		assertEquals("院授發社字第一○六一三○○○○八號", plan.getBasis().get(0).getDocumentNumber());
		assertEquals(LocalDate.of(2017, 1, 9), plan.getBasis().get(0).getDate());
	}

	@Test
	void countyPlanningOwnersAndDeadlines() throws Exception {
		Plan plan = load("changhua");
		Method first = PlanStructure.methods(plan).get(0);
		assertEquals("本處管制考核科", first.getLeadOwner().getName());
		assertEquals("107年12月", first.getSchedule().format());
		assertTrue(first.getExpectedBenefit().endsWith("避免不當存查情事，以提升行政處理效率。"), first.getExpectedBenefit());
		Method fourTwo = PlanStructure.strategies(plan).get(3).getMethods().get(1);
		assertEquals("本處研究發展科", fourTwo.getLeadOwner().getName());
		assertEquals("本處資訊科", fourTwo.getCoOwners().get(0).getName());
	}

	@Test
	void householdOfficeDimensionsAndRows() throws Exception {
		Plan plan = load("taitung");
		assertEquals(List.of("便民標準服務", "資訊流通服務", "創新加值服務"),
				plan.getDimensions().stream().map(d -> d.getText()).toList());
		Method first = PlanStructure.methods(plan).get(0);
		assertEquals("服務流程便捷性", first.getText());
		assertEquals(7, first.getActions().size());
		assertEquals("99/1~99/12", first.getSchedule().text());
		assertEquals(4, plan.getBasis().size(), "the 評獎作業手冊 a citation of its own");
	}

	@Test
	void electionCommissionCitationsFormsAndGrades() throws Exception {
		Plan chiayi = load("chiayi");
		assertEquals("院授研展字第09600152471號", chiayi.getBasis().get(0).getDocumentNumber());
		assertEquals(LocalDate.of(2007, 7, 23), chiayi.getBasis().get(0).getDate());
		assertEquals(List.of("優等", "甲等", "乙等", "丙等", "丁等"),
				chiayi.getScoringScheme().getBands().stream().map(b -> b.getName()).toList());
		Plan keelung = load("keelung");
		assertEquals(3, keelung.getEvaluationForms().size());
		keelung.getEvaluationForms().forEach(f -> assertEquals(100.0, f.getMaxPoints(), f.getText()));
		assertEquals("無電話語音系統", keelung.getEvaluationForms().get(2).getRules().get(0).getCondition());
		assertEquals(6, keelung.getOrganisation().getUnits().size());
	}
}
