package pdca.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.Agency;
import pdca.model.Kpi;
import pdca.model.Method;
import pdca.model.Organisation;
import pdca.model.PdcaFactory;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.i18n.Messages;
import pdca.model.schedule.Schedule;

/** Each rule finds the one thing broken in an otherwise valid plan, and says where. */
class PlanValidatorTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	private Plan plan;
	private Strategy strategy;
	private Method method;
	private Action action;
	private Unit unit;
	private Locale saved;

	@BeforeEach
	void validPlan() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		plan = F.createPlan();
		plan.setTitle("107年度提升服務品質執行計畫");
		plan.setRocYear(107);
		Agency agency = F.createAgency();
		agency.setName("測試機關");
		plan.setAgency(agency);
		Period period = F.createPeriod();
		period.setStart(LocalDate.of(2018, 1, 1));
		period.setEnd(LocalDate.of(2018, 12, 31));
		plan.setPeriod(period);
		Organisation org = F.createOrganisation();
		unit = F.createUnit();
		unit.setName("資訊科");
		org.getUnits().add(unit);
		plan.setOrganisation(org);
		strategy = element(F.createStrategy(), 1, "服務一致及正確");
		plan.getStrategies().add(strategy);
		method = element(F.createMethod(), 1, "建置FAQ資料庫");
		strategy.getMethods().add(method);
		action = element(F.createAction(), 1, "每月更新FAQ");
		action.setLeadOwner(unit);
		action.setSchedule(Schedule.parse("107年12月"));
		method.getActions().add(action);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(saved);
	}

	private static <T extends pdca.model.PlanElement> T element(T e, int number, String text) {
		e.setNumber(number);
		e.setText(text);
		return e;
	}

	private List<Problem> problems() {
		return PlanValidation.validate(plan);
	}

	private Problem only(int code) {
		List<Problem> found = problems().stream().filter(p -> p.code() == code).toList();
		assertEquals(1, found.size(), () -> "expected one problem " + code + " in " + problems());
		return found.get(0);
	}

	@Test
	void theValidPlanHasNoProblems() {
		assertEquals(List.of(), problems());
	}

	@Test
	void actionWithoutOwnerIsAWarningOnThatAction() {
		action.setLeadOwner(null);
		Problem p = only(PlanValidator.NO_OWNER);
		assertEquals(Problem.Severity.WARNING, p.severity());
		assertEquals(action, p.element());
		assertEquals("一、（一）1. 每月更新FAQ", p.path());
	}

	@Test
	void ownerInheritedFromTheMethodCounts() {
		action.setLeadOwner(null);
		method.setLeadOwner(unit);
		assertEquals(List.of(), problems());
	}

	@Test
	void deadlineOutsideThePlanPeriod() {
		action.setSchedule(Schedule.parse("108年3月"));
		Problem p = only(PlanValidator.DEADLINE_OUTSIDE_PERIOD);
		assertEquals(Problem.Severity.ERROR, p.severity());
		assertTrue(p.message().contains("108年3月"), p.message());
	}

	@Test
	void unreadableDeadlineIsAWarning() {
		action.setSchedule(Schedule.parse("盡快"));
		assertEquals(Problem.Severity.WARNING, only(PlanValidator.SCHEDULE_UNPARSED).severity());
	}

	@Test
	void kpiWithoutTarget() {
		Kpi kpi = F.createKpi();
		kpi.setName("FAQ 筆數");
		action.getKpis().add(kpi);
		assertEquals(Problem.Severity.ERROR, only(PlanValidator.KPI_NO_TARGET).severity());
		kpi.setTarget(100.0);
		assertEquals(List.of(), problems());
	}

	@Test
	void duplicateAndGappedNumbering() {
		Action second = element(F.createAction(), 1, "第二項");
		second.setLeadOwner(unit);
		method.getActions().add(second);
		assertEquals(Problem.Severity.ERROR, only(PlanValidator.NUMBER_DUPLICATE).severity());
		second.setNumber(3);
		assertEquals(Problem.Severity.WARNING, only(PlanValidator.NUMBER_GAP).severity());
	}

	@Test
	void emptyText() {
		method.setText(" ");
		assertEquals(method, only(PlanValidator.TEXT_EMPTY).element());
	}

	@Test
	void ownerFromAnotherPlansOrganisation() {
		Organisation other = F.createOrganisation();
		Unit stranger = F.createUnit();
		stranger.setName("他機關");
		other.getUnits().add(stranger);
		action.getCoOwners().add(stranger);
		assertTrue(only(PlanValidator.OWNER_OUTSIDE_ORGANISATION).message().contains("他機關"));
	}

	@Test
	void planWithoutTitleAgencyOrYear() {
		plan.setTitle(null);
		plan.getAgency().setName("");
		plan.setRocYear(0);
		only(PlanValidator.PLAN_TITLE_EMPTY);
		only(PlanValidator.AGENCY_NAME_EMPTY);
		only(PlanValidator.ROC_YEAR_INVALID);
	}

	@Test
	void formPointsThatDoNotAddUp() {
		var form = F.createEvaluationForm();
		form.setText("表");
		form.setMaxPoints(100);
		var item = F.createYesNoItem();
		item.setMaxPoints(60);
		form.getItems().add(item);
		plan.getEvaluationForms().add(form);
		assertTrue(only(PlanValidator.FORM_POINTS_MISMATCH).message().contains("60"));
	}

	@Test
	void messagesExistInBothLanguages() {
		for (String key : List.of("rule.noOwner", "rule.deadlineOutside", "rule.kpiNoTarget", "rule.numberGap")) {
			String en = Messages.get(Locale.ENGLISH, key);
			String zh = Messages.get(Locale.TAIWAN, key);
			assertTrue(!en.startsWith("!") && !zh.startsWith("!"), key);
			assertNotEquals(en, zh, key);
		}
	}
}
