package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.seeds.Seed;

/** Numbers as printed, inheritance of deadlines and owners, and the quarters of the review meetings. */
class PlanStructureTest {

	@Test
	void numbersArePrintedInThePlansOwnStyle() {
		Plan plan = Seed.MOTOR_VEHICLE_106.load();
		Method method = PlanStructure.strategies(plan).get(2).getMethods().get(3);
		assertEquals("四、", Numbering.label(PlanStructure.strategies(plan).get(3)));
		assertEquals("（四）", Numbering.label(method));
		assertEquals("三、（四）2.", Numbering.path(method.getActions().get(1)));
		Method eleventh = PlanStructure.strategies(plan).get(0).getMethods().get(2);
		assertEquals("一、（三）11.", Numbering.path(eleventh.getActions().get(10)));
		assertEquals("3、一、（一）", Numbering.path(Seed.HOUSEHOLD_099.load().getDimensions().get(2).getStrategies().get(0)
				.getMethods().get(0)));
		assertEquals("八、（四）", Numbering.path(PlanStructure.strategies(Seed.PLANNING_107.load()).get(7).getMethods().get(3)));
	}

	@Test
	void aNumberChineseNumeralsCannotWriteIsPrintedInDigitsAndValidationStillNamesTheElement() {
		Plan plan = Seed.MOTOR_VEHICLE_106.load();
		PlanStructure.strategies(plan).get(0).setNumber(-1); // as a hand-edited file may have it
		Method method = PlanStructure.strategies(plan).get(0).getMethods().get(1);
		method.setNumber(Integer.MIN_VALUE);
		assertEquals("-1、（-2147483648）", Numbering.path(method));
		List<pdca.model.validation.Problem> problems = pdca.model.validation.PlanValidation.validate(plan);
		assertTrue(problems.stream().anyMatch(p -> p.path().startsWith("-1、")), problems::toString);
	}

	@Test
	void actionsInheritTheirMethodsDeadlineAndOwners() {
		Plan plan = Seed.PLANNING_107.load();
		Method method = PlanStructure.strategies(plan).get(1).getMethods().get(0); // 二、（一） two rows: lead and co-owner
		Action first = PdcaFactory.eINSTANCE.createAction(); // the method broken down into an action
		first.setText("於一樓設置服務櫃檯");
		method.getActions().add(first);
		assertEquals("107年12月", PlanStructure.effectiveSchedule(first).text());
		assertEquals(List.of("本處各科", "本處研究發展科"),
				PlanStructure.effectiveOwners(first).stream().map(Unit::getName).toList());
		method.setLeadOwner(null);
		method.getCoOwners().clear();
		method.setSchedule(null);
		assertEquals(List.of(), PlanStructure.effectiveOwners(first), "the method names no owner either");
		assertNull(PlanStructure.effectiveSchedule(first));
		method.setLeadOwner(plan.getOrganisation().getUnits().get(0));
		assertEquals(List.of("本處管制考核科"), PlanStructure.effectiveOwners(first).stream().map(Unit::getName).toList());
		first.setLeadOwner(plan.getOrganisation().getUnits().get(2));
		assertEquals(List.of("本處資訊科"), PlanStructure.effectiveOwners(first).stream().map(Unit::getName).toList(),
				"an action's own owner before its method's");
		assertSame(plan, PlanStructure.planOf(first));
		assertEquals(107, PlanStructure.planYear(first));
	}

	@Test
	void householdActionsInheritTheMethodsRange() {
		Plan plan = Seed.HOUSEHOLD_099.load();
		Action action = plan.getDimensions().get(0).getStrategies().get(0).getMethods().get(0).getActions().get(2);
		assertEquals("99/1~99/12", PlanStructure.effectiveSchedule(action).text());
	}

	@Test
	void quartersOfTheRocYear() {
		Quarter q = Quarter.of(LocalDate.of(2017, 6, 30));
		assertEquals(new Quarter(106, 2), q);
		assertEquals("106年第2季", Terms.quarter(java.util.Locale.TAIWAN, q));
		assertEquals("ROC 106 Q2", Terms.quarter(java.util.Locale.ENGLISH, q));
		assertEquals(LocalDate.of(2017, 4, 1), q.start());
		assertEquals(LocalDate.of(2017, 6, 30), q.end());
		assertEquals(LocalDate.of(2017, 7, 1), q.dayAfter());
		assertEquals(new Quarter(105, 4), new Quarter(106, 1).previous());
		assertEquals(new Quarter(107, 1), new Quarter(106, 4).next());
		assertEquals(new Quarter(106, 1), Quarter.of(LocalDate.of(2017, 1, 1)));
		assertEquals(-1, Integer.signum(new Quarter(105, 4).compareTo(new Quarter(106, 1))));
		assertThrows(IllegalArgumentException.class, () -> new Quarter(106, 5));
	}
}
