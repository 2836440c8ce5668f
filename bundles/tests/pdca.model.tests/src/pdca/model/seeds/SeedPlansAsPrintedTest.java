package pdca.model.seeds;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import pdca.model.Action;
import pdca.model.AgencyType;
import pdca.model.ChoiceItem;
import pdca.model.Citation;
import pdca.model.EvaluationForm;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.FormNode;
import pdca.model.FormSection;
import pdca.model.GradeBand;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.ScoringRule;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.Schedule;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;
import pdca.samples.SamplePlans;

/** The five seed plans as the workbench ships them: they load, and say what the printed plans say. */
class SeedPlansAsPrintedTest {

	@Test
	void sampleWorkspaceHoldsExactlyTheFiveSeeds() {
		Path plans = SamplePlans.workspaceFolder().resolve(SamplePlans.PROJECT);
		List<String> found = SamplePlans.planFiles().stream()
				.map(p -> plans.relativize(p).toString().replace('\\', '/')).toList();
		List<String> expected = new ArrayList<>();
		for (Seed seed : Seed.values()) {
			expected.add(seed.relativePath());
		}
		assertEquals(expected, found);
	}

	@ParameterizedTest(name = "{0}: {1} dimensions, {2} strategies, {3} methods, {4} actions")
	@CsvSource({
			"HOUSEHOLD_099,     3, 6, 15, 49",
			"ELECTION_100,      0, 5, 19,  0",
			"ELECTION_105,      0, 5, 18,  0",
			"MOTOR_VEHICLE_106, 0, 6, 22, 74",
			"PLANNING_107,      0, 8, 25,  0" })
	void structureCountsAreThoseOfThePrintedPlan(Seed seed, int dimensions, int strategies, int methods, int actions) {
		Plan plan = seed.load();
		assertAll(
				() -> assertEquals(dimensions, plan.getDimensions().size(), "dimensions (構面)"),
				() -> assertEquals(strategies, PlanStructure.strategies(plan).size(), "strategies"),
				() -> assertEquals(methods, PlanStructure.methods(plan).size(), "methods"),
				() -> assertEquals(actions, PlanStructure.actions(plan).size(), "actions (具體作法)"));
	}

	@ParameterizedTest(name = "{0}: {1}年, {2} ({3})")
	@CsvSource({
			"HOUSEHOLD_099,      99, 臺東縣卑南鄉戶政事務所,             HOUSEHOLD_REGISTRATION_OFFICE, 臺東縣政府",
			"ELECTION_100,      100, 嘉義縣選舉委員會,                   ELECTION_COMMISSION,           中央選舉委員會",
			"ELECTION_105,      105, 基隆市選舉委員會,                   ELECTION_COMMISSION,           中央選舉委員會",
			"MOTOR_VEHICLE_106, 106, 交通部公路總局嘉義區監理所台南監理站, MOTOR_VEHICLE_STATION,         交通部公路總局嘉義區監理所",
			"PLANNING_107,      107, 彰化縣政府計畫處,                   COUNTY_PLANNING_DEPARTMENT,    彰化縣政府" })
	void agencyYearAndTypeAreThoseOfThePrintedPlan(Seed seed, int rocYear, String agency, AgencyType type, String superior) {
		Plan plan = seed.load();
		assertAll(
				() -> assertEquals(rocYear, plan.getRocYear()),
				() -> assertEquals(agency, plan.getAgency().getName()),
				() -> assertEquals(type, plan.getAgency().getType()),
				() -> assertEquals(superior, plan.getAgency().getSuperior()),
				() -> assertTrue(plan.getTitle().contains(rocYear + "年度"), plan.getTitle()));
	}

	@ParameterizedTest(name = "{0}: {1} to {2}")
	@CsvSource({
			"HOUSEHOLD_099,     2010-01-01, 2010-12-31",
			"ELECTION_100,      2008-01-01, 2011-12-31",
			"ELECTION_105,      2016-01-01, 2016-12-31",
			"MOTOR_VEHICLE_106, 2017-01-01, 2017-12-31",
			"PLANNING_107,      2018-01-01, 2018-12-31" })
	void periodIsThePrintedPeriod(Seed seed, LocalDate start, LocalDate end) {
		Plan plan = seed.load();
		assertEquals(start, plan.getPeriod().getStart());
		assertEquals(end, plan.getPeriod().getEnd());
	}

	@ParameterizedTest(name = "{0}: first 「{1}」, last 「{2}」")
	@CsvSource({
			"HOUSEHOLD_099,     服務流程,                         提供創新服務情形",
			"ELECTION_100,      提升服務品質，深化服務績效,         持續精進創新，整合服務效能",
			"ELECTION_105,      建構友善環境，回應民眾需求,         持續精進創新，整合服務效能",
			"MOTOR_VEHICLE_106, 完備基礎服務項目，注重服務特性差異化, 掌握社經發展趨勢，專案規劃前瞻服務",
			"PLANNING_107,      服務一致及正確,                    服務滿意情形及意見回應處理情形" })
	void firstAndLastStrategyReadAsPrinted(Seed seed, String first, String last) {
		List<Strategy> strategies = PlanStructure.strategies(seed.load());
		assertEquals(first, strategies.get(0).getText());
		assertEquals(last, strategies.get(strategies.size() - 1).getText());
	}

	@Test
	void motorVehicleStationHalfYearlySurveyKeepsItsDeadlineAsWritten() {
		Method method = method(Seed.MOTOR_VEHICLE_106.load(), 2, 3);
		assertEquals("二、（三）", Numbering.path(method));
		assertTrue(method.getText().startsWith("依據服務特性辦理滿意度調查"), method.getText());
		Schedule schedule = method.getSchedule();
		assertEquals("每年或半年辦理（6月或12月底）", schedule.text());
		assertEquals(Schedule.Kind.RECURRING, schedule.kind());
		assertEquals(List.of(6, 12), schedule.months());
		assertEquals(3, method.getActions().size());
		for (Action action : method.getActions()) {
			assertEquals(schedule, PlanStructure.effectiveSchedule(action), "actions inherit the method's deadline");
		}
	}

	@Test
	void motorVehicleStationFirstMethodIsDoneByJuneThenOngoing() {
		Method method = method(Seed.MOTOR_VEHICLE_106.load(), 1, 1);
		assertEquals(Schedule.doneThenOngoing(null, 6), method.getSchedule());
		assertEquals("6月完成並持續辦理", method.getSchedule().text());
		assertEquals(5, method.getActions().size());
		assertEquals("三、（三）1.", Numbering.path(method(Seed.MOTOR_VEHICLE_106.load(), 3, 3).getActions().get(0)));
	}

	@Test
	void planningDepartmentFirstMethodIsOwnedByTheControlSectionByDecember() {
		Plan plan = Seed.PLANNING_107.load();
		Method method = method(plan, 1, 1);
		assertEquals("一、（一）", Numbering.path(method));
		assertEquals("本處管制考核科", method.getLeadOwner().getName());
		assertTrue(method.getCoOwners().isEmpty());
		assertEquals("107年12月", method.getSchedule().text());
		assertEquals(Schedule.byMonth(107, 12), method.getSchedule());
		assertEquals(List.of("本處管制考核科", "本處研究發展科", "本處資訊科", "本處綜合規劃科", "本處各科", "本府各科"),
				plan.getOrganisation().getUnits().stream().map(Unit::getName).toList());
	}

	@Test
	void planningDepartmentVideoServiceIsLedByResearchWithInformationAsCoOwner() {
		Method method = method(Seed.PLANNING_107.load(), 4, 2);
		assertEquals("於服務中心建置視訊線上客服", method.getText());
		assertEquals("本處研究發展科", method.getLeadOwner().getName());
		assertEquals(List.of("本處資訊科"), method.getCoOwners().stream().map(Unit::getName).toList());
		assertEquals(List.of("本處研究發展科", "本處資訊科"),
				PlanStructure.effectiveOwners(method).stream().map(Unit::getName).toList());
	}

	@Test
	void householdOfficeProcessConvenienceHasSevenActionsOverTheWholeYear() {
		Plan plan = Seed.HOUSEHOLD_099.load();
		Method method = PlanStructure.methods(plan).stream().filter(m -> "服務流程便捷性".equals(m.getText()))
				.findFirst().orElseThrow();
		assertEquals("1、一、（一）", Numbering.path(method));
		assertEquals(7, method.getActions().size());
		assertEquals("99/1~99/12", method.getSchedule().text());
		assertEquals(Schedule.range(99, 1, 99, 12), method.getSchedule());
		assertEquals(LocalDate.of(2010, 12, 31), method.getSchedule().finalDeadline(99).orElseThrow());
		assertEquals("1、一、（一）7.", Numbering.path(method.getActions().get(6)));
	}

	@Test
	void basisCitationsKeepDocumentNumbersAndDates() {
		assertAll(
				() -> assertCitation(Seed.HOUSEHOLD_099.load().getBasis().get(0), "行政院", LocalDate.of(2007, 7, 23),
						"院授研展字第09600152471號", "政府服務創新精進方案"),
				() -> assertCitation(Seed.HOUSEHOLD_099.load().getBasis().get(1), "行政院研究發展考核委員會",
						LocalDate.of(2009, 9, 16), "會研字第0962160343號", "政府服務品質獎評獎實施計畫"),
				() -> assertCitation(Seed.HOUSEHOLD_099.load().getBasis().get(2), "行政院研究發展考核委員會",
						LocalDate.of(2009, 9, 16), "會研字第0962160343號", "政府服務品質獎評獎作業手冊"),
				() -> assertCitation(Seed.HOUSEHOLD_099.load().getBasis().get(3), "臺東縣政府", LocalDate.of(2010, 1, 27),
						"府計展字第0993003513號", "臺東縣政府99年度提升政府服務品質實施計畫"),
				() -> assertCitation(Seed.ELECTION_100.load().getBasis().get(0), "行政院", LocalDate.of(2007, 7, 23),
						"院授研展字第09600152471號", "政府服務創新精進方案"),
				() -> assertCitation(Seed.ELECTION_100.load().getBasis().get(1), "中央選舉委員會", LocalDate.of(2008, 1, 29),
						"中選秘字第0973000010號", "中央選舉委員會提升服務品質實施計畫"),
				() -> assertCitation(Seed.ELECTION_105.load().getBasis().get(0), "行政院", LocalDate.of(2007, 7, 23),
						"院授研展字第09600152471號", "政府服務創新精進方案"),
				() -> assertCitation(Seed.ELECTION_105.load().getBasis().get(1), "中央選舉委員會", LocalDate.of(2014, 3, 24),
						"中選綜字第1033050038號", null),
				() -> assertCitation(Seed.MOTOR_VEHICLE_106.load().getBasis().get(0), "行政院", LocalDate.of(2017, 1, 9),
						"院授發社字第一○六一三○○○○八號", "政府服務躍升方案"),
				() -> assertCitation(Seed.MOTOR_VEHICLE_106.load().getBasis().get(1), "交通部", null, null,
						"交通部提升服務品質實施計畫"),
				() -> assertCitation(Seed.MOTOR_VEHICLE_106.load().getBasis().get(3), "交通部公路總局",
						LocalDate.of(2017, 2, 17), "路秘研字第一○六○○一七八八九號", "一○六年提升服務品質執行計畫"),
				() -> assertCitation(Seed.MOTOR_VEHICLE_106.load().getBasis().get(4), "交通部公路總局嘉義區監理所",
						LocalDate.of(2017, 2, 23), "嘉監視字第一○六○○三○○三一號", null),
				() -> assertCitation(Seed.PLANNING_107.load().getBasis().get(0), "行政院", LocalDate.of(2017, 1, 9),
						"院授發社字第1061300008號", "政府服務創新精進方案"),
				() -> assertCitation(Seed.PLANNING_107.load().getBasis().get(1), "彰化縣政府", LocalDate.of(2018, 2, 12),
						"府計研字第1070053000號", "彰化縣政府107年度提升政府服務實施計畫"));
	}

	private static void assertCitation(Citation citation, String issuer, LocalDate date, String number, String title) {
		assertEquals(issuer, citation.getIssuer());
		assertEquals(date, citation.getDate());
		assertEquals(number, citation.getDocumentNumber());
		assertEquals(title, citation.getTitle());
	}

	@Test
	void electionCommission105HasThreeFormsOfHundredPointsEach() {
		Plan plan = Seed.ELECTION_105.load();
		List<EvaluationForm> forms = plan.getEvaluationForms();
		assertEquals(List.of("提供候選人登記服務", "人民陳情之處理", "電話禮貌"), forms.stream().map(EvaluationForm::getText).toList());
		assertEquals(List.of("candidate-registration", "petition-handling", "phone-courtesy"),
				forms.stream().map(EvaluationForm::getCode).toList());
		for (EvaluationForm form : forms) {
			assertEquals(100.0, form.getMaxPoints(), form.getText());
			assertEquals(100.0, partsTotal(form), 1e-9, "what the items of " + form.getText() + " add up to");
		}
		// form 一: six yes/no items of 10, two of 6, four of 7
		assertEquals(List.of(60.0, 12.0, 28.0), forms.get(0).getSections().stream().map(FormNode::getMaxPoints).toList());
	}

	@Test
	void phoneCourtesyFormExcludesVoiceSystemAndDoublesOperatorSpeedWithoutVoiceSystem() {
		EvaluationForm phone = Seed.ELECTION_105.load().getEvaluationForms().get(2);
		assertEquals(2, phone.getRules().size());
		ScoringRule rule = phone.getRules().get(0);
		assertEquals("無電話語音系統", rule.getCondition());
		assertEquals(2.0, rule.getFactor());
		FormSection switchboard = phone.getSections().get(0);
		assertEquals("總機接聽", switchboard.getText());
		assertEquals(List.of(switchboard.getSections().get(0)), rule.getExcluded());
		assertEquals("電話語音系統接聽速度", ((FormNode) rule.getExcluded().get(0)).getText());
		assertEquals(List.of(switchboard.getSections().get(1)), rule.getMultiplied());
		assertEquals("總機人員接聽速度", ((FormNode) rule.getMultiplied().get(0)).getText());
		FormSection answer = phone.getSections().get(1).getSections().get(2);
		assertEquals("答話內容", answer.getText());
		assertTrue(answer.isExclusive(), "甲 or 乙 is filled in, not both");
		// 「無總機人員本項不給分」 is a rule of its own: without an operator, （三） is not scored
		ScoringRule noOperator = phone.getRules().get(1);
		assertEquals("無總機人員", noOperator.getCondition());
		assertEquals(List.of(switchboard.getSections().get(2)), noOperator.getExcluded());
		assertEquals("總機人員電話禮貌", ((FormNode) noOperator.getExcluded().get(0)).getText());
		assertNull(((FormNode) noOperator.getExcluded().get(0)).getNote());
		// （二）'s 「連打二次無人接聽」 and 「電話故障」 score 0 instead of item 1: one item, three alternatives
		FormSection speed = switchboard.getSections().get(1);
		assertEquals(1, speed.getItems().size());
		ChoiceItem ring = (ChoiceItem) speed.getItems().get(0);
		assertEquals(10.0, ring.getMaxPoints());
		assertEquals(List.of("10.0", "0.0", "0.0"), ring.getChoices().stream().map(c -> String.valueOf(c.getMaxPoints())).toList());
		assertEquals("電話故障。", ring.getChoices().get(2).getText());
	}

	@Test
	void electionCommission100GradesAndTheirConsequences() {
		Plan plan = Seed.ELECTION_100.load();
		assertEquals(List.of("優等:90.0", "甲等:80.0", "乙等:70.0", "丙等:60.0", "丁等:0.0"),
				plan.getScoringScheme().getBands().stream().map(b -> b.getName() + ":" + b.getMinScore()).toList());
		assertEquals(6, plan.getScoringScheme().getConsequences().size());
		GradeBand first = plan.getScoringScheme().getConsequences().get(1).getBand();
		assertEquals("甲等", first.getName());
		assertEquals(85.0, plan.getScoringScheme().getConsequences().get(1).getMinScore());
	}

	@ParameterizedTest
	@EnumSource(Seed.class)
	void validatesWithoutErrors(Seed seed) {
		List<Problem> problems = PlanValidation.validate(seed.load());
		assertFalse(PlanValidation.hasErrors(problems), () -> seed + " has errors:\n" + problems.stream()
				.filter(p -> p.severity() == Problem.Severity.ERROR)
				.map(p -> p.code() + " " + p.path() + ": " + p.message()).collect(Collectors.joining("\n")));
	}

	@ParameterizedTest
	@EnumSource(Seed.class)
	void everyDeadlineIsUnderstoodAndFallsInThePlanPeriod(Seed seed) {
		Plan plan = seed.load();
		LocalDate start = plan.getPeriod().getStart();
		LocalDate end = plan.getPeriod().getEnd();
		int schedules = 0;
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WorkItem item && item.getSchedule() != null) {
				schedules++;
				Schedule s = item.getSchedule();
				String where = Numbering.path(item) + " 「" + s.text() + "」";
				assertTrue(s.isParsed(), where + " is not understood");
				List<LocalDate> dates = new ArrayList<>(s.dueDates(plan.getRocYear()));
				if (s.from() != null) {
					dates.add(s.from().atDay(1));
				}
				for (LocalDate d : dates) {
					assertFalse(d.isBefore(start) || d.isAfter(end), where + " falls on " + d + ", outside " + start + "–" + end);
				}
			}
		}
		int expected = switch (seed) {
			case HOUSEHOLD_099 -> 15; // every method (民眾滿意度 and 資訊內容有效性 under the merged cell above)
			case ELECTION_100, ELECTION_105 -> 0; // the election plans give no deadlines
			case MOTOR_VEHICLE_106 -> 22; // every method
			case PLANNING_107 -> 25; // every method
		};
		assertEquals(expected, schedules, "work items with a deadline");
	}

	@Test
	void trackedItemsAreActionsAndMethodsWithoutActions() {
		assertEquals(52, PlanStructure.trackedItems(Seed.HOUSEHOLD_099.load()).size(),
				"49 actions + 資訊內容有效性, 服務措施延續性 and 服務措施執行方法效能性");
		assertEquals(19, PlanStructure.trackedItems(Seed.ELECTION_100.load()).size());
		assertEquals(18, PlanStructure.trackedItems(Seed.ELECTION_105.load()).size());
		assertEquals(74, PlanStructure.trackedItems(Seed.MOTOR_VEHICLE_106.load()).size());
		assertEquals(25, PlanStructure.trackedItems(Seed.PLANNING_107.load()).size(), "the 25 推動作法");
	}

	@ParameterizedTest
	@EnumSource(Seed.class)
	void everyElementHasAUniqueId(Seed seed) {
		Plan plan = seed.load();
		List<String> ids = new ArrayList<>();
		ids.add(plan.getId());
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof pdca.model.Identified identified) {
				assertNotNull(identified.getId(), () -> identified.eClass().getName() + " without id");
				ids.add(identified.getId());
			}
		}
		assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique");
	}

	private static Method method(Plan plan, int strategy, int method) {
		return PlanStructure.strategies(plan).get(strategy - 1).getMethods().get(method - 1);
	}

	/** What a form group's parts add up to: the sum, or the largest part if only one is filled in. */
	private static double partsTotal(FormGroup group) {
		List<Double> parts = new ArrayList<>();
		for (FormSection s : group.getSections()) {
			parts.add(s.getSections().isEmpty() && s.getItems().isEmpty() ? s.getMaxPoints() : partsTotal(s));
		}
		for (FormItem i : group.getItems()) {
			parts.add(i.getMaxPoints());
		}
		return group.isExclusive() ? parts.stream().mapToDouble(Double::doubleValue).max().orElse(0)
				: parts.stream().mapToDouble(Double::doubleValue).sum();
	}
}
