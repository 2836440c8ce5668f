package pdca.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static pdca.model.validation.Problem.Severity.ERROR;
import static pdca.model.validation.Problem.Severity.WARNING;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.GradeBand;
import pdca.model.ImprovementStatus;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.i18n.Messages;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.test.support.UseLocale;

/**
 * One test per rule: a plan without problems, one thing broken, and exactly that rule reported on the element
 * concerned, with a path the planning officer recognises. Messages in English here; both languages in
 * {@link ValidationMessagesTest}.
 */
@UseLocale("en")
class PlanValidationTest {

	private ValidPlan v;

	@BeforeEach
	void setUp() {
		v = new ValidPlan();
	}

	/** Asserts that validation finds exactly one problem, of {@code code} and {@code severity}, on {@code element}. */
	static Problem onlyProblem(Plan plan, int code, Problem.Severity severity, EObject element) {
		List<Problem> problems = PlanValidation.validate(plan);
		if (problems.size() != 1) {
			fail("expected only rule " + code + " but found:\n" + describe(problems));
		}
		Problem p = problems.get(0);
		assertEquals(code, p.code(), p.message());
		assertEquals(severity, p.severity(), p.message());
		assertSame(element, p.element(), "the problem is reported on the element concerned");
		assertFalse(p.message().isBlank());
		assertFalse(p.message().startsWith("!"), "missing message: " + p.message());
		assertEquals(ElementPaths.describe(element), p.path());
		return p;
	}

	static String describe(List<Problem> problems) {
		return problems.stream().map(p -> p.severity() + " " + p.code() + " " + p.path() + ": " + p.message())
				.collect(Collectors.joining("\n"));
	}

	@Test
	void planWithoutMistakesHasNoProblemAtAll() {
		List<Problem> problems = PlanValidation.validate(v.plan);
		assertTrue(problems.isEmpty(), () -> describe(problems));
	}

	@Test
	void planWithoutTitle() {
		v.plan.setTitle("  ");
		Problem p = onlyProblem(v.plan, PlanValidator.PLAN_TITLE_EMPTY, ERROR, v.plan);
		assertEquals("Plan", p.path());
	}

	@Test
	void kpiAmberThresholdAboveGreen() {
		v.plan.setKpiGreenPercent(90.0);
		v.plan.setKpiAmberPercent(95.0);
		Problem p = onlyProblem(v.plan, PlanValidator.KPI_THRESHOLDS_INVALID, ERROR, v.plan);
		assertTrue(p.message().contains("95") && p.message().contains("90"), p.message());
	}

	@Test
	void kpiThresholdOfZeroOrLess() {
		v.plan.setKpiGreenPercent(0.0);
		Problem p = onlyProblem(v.plan, PlanValidator.KPI_THRESHOLDS_INVALID, ERROR, v.plan);
		assertTrue(p.message().contains("above 0"), p.message());
		v.plan.setKpiGreenPercent(100.0);
		v.plan.setKpiAmberPercent(90.0);
		assertTrue(PlanValidation.validate(v.plan).isEmpty(), "100 / 90 are fine");
	}

	@Test
	void planWithoutAgencyName() {
		v.plan.getAgency().setName("");
		onlyProblem(v.plan, PlanValidator.AGENCY_NAME_EMPTY, ERROR, v.plan);
	}

	@Test
	void planWithAGregorianYear() {
		v.plan.setRocYear(2018);
		Problem p = onlyProblem(v.plan, PlanValidator.ROC_YEAR_INVALID, ERROR, v.plan);
		assertTrue(p.message().contains("2018"), p.message());
	}

	@Test
	void planWithoutYearIsReportedNotFailedOn() {
		v.plan.setRocYear(0); // a new plan whose year is not entered yet, with deadlines already written
		List<Problem> problems = PlanValidation.validate(v.plan);
		assertEquals(List.of(PlanValidator.ROC_YEAR_INVALID), problems.stream().map(Problem::code).toList(), describe(problems));
	}

	@Test
	void periodEndingBeforeItStarts() {
		v.plan.getPeriod().setEnd(LocalDate.of(2017, 12, 31));
		v.plan.getPeriod().setStart(LocalDate.of(2018, 1, 1));
		// the deadlines now fall outside the (empty) period as well: only look at the period rule
		Problem p = PlanValidation.validate(v.plan).stream().filter(x -> x.code() == PlanValidator.PERIOD_REVERSED)
				.findFirst().orElseThrow();
		assertEquals(ERROR, p.severity());
		assertSame(v.plan, p.element());
		assertTrue(p.message().contains("107/1/1") && p.message().contains("106/12/31"), p.message());
	}

	@Test
	void planWithoutStrategies() {
		v.plan.getStrategies().clear();
		v.plan.getProgressReports().clear();
		onlyProblem(v.plan, PlanValidator.NO_STRATEGIES, WARNING, v.plan);
	}

	@Test
	void targetUnitOfAnotherOrganisation() {
		Unit foreign = new ValidPlan().research; // 研考科 of another plan
		v.plan.getTargetUnits().add(foreign);
		Problem p = onlyProblem(v.plan, PlanValidator.OWNER_OUTSIDE_ORGANISATION, ERROR, v.plan);
		assertTrue(p.message().contains("研考科"), p.message());
	}

	@Test
	void actionWithoutText() {
		v.action2.setText("");
		Problem p = onlyProblem(v.plan, PlanValidator.TEXT_EMPTY, ERROR, v.action2);
		assertEquals("一、（一）2. ", p.path());
	}

	@Test
	void strategyWithoutText() {
		v.strategy2.setText(null);
		onlyProblem(v.plan, PlanValidator.TEXT_EMPTY, ERROR, v.strategy2);
	}

	@Test
	void twoActionsNumberedTheSame() {
		v.action2.setNumber(1);
		Problem p = onlyProblem(v.plan, PlanValidator.NUMBER_DUPLICATE, ERROR, v.action2);
		assertEquals("一、（一）1. 網頁提供申請案件透明化查詢", p.path(), "the path shows the number as written");
	}

	@Test
	void twoStrategiesNumberedTheSame() {
		v.strategy2.setNumber(1);
		onlyProblem(v.plan, PlanValidator.NUMBER_DUPLICATE, ERROR, v.strategy2);
	}

	@Test
	void numberingWithAGap() {
		v.action2.setNumber(3);
		Problem p = onlyProblem(v.plan, PlanValidator.NUMBER_GAP, WARNING, v.action2);
		assertTrue(p.message().contains("3") && p.message().contains("2"), p.message());
		assertEquals("一、（一）3. 網頁提供申請案件透明化查詢", p.path());
	}

	@Test
	void actionWithoutOwner() {
		v.action1.setLeadOwner(null);
		Problem p = onlyProblem(v.plan, PlanValidator.NO_OWNER, WARNING, v.action1);
		assertEquals("一、（一）1. 每月檢視作業流程", p.path());
	}

	@Test
	void actionWithoutOwnerInheritsTheMethodsOwner() {
		v.action1.setLeadOwner(null);
		v.method11.setLeadOwner(v.research);
		List<Problem> problems = PlanValidation.validate(v.plan);
		assertTrue(problems.isEmpty(), () -> describe(problems));
	}

	@Test
	void methodWithoutActionsAndWithoutOwner() {
		v.method21.setLeadOwner(null);
		onlyProblem(v.plan, PlanValidator.NO_OWNER, WARNING, v.method21);
	}

	@Test
	void ownerFromAnotherPlansOrganisation() {
		Unit foreign = new ValidPlan().information; // same name, but another plan's unit
		v.action2.setLeadOwner(foreign);
		Problem p = onlyProblem(v.plan, PlanValidator.OWNER_OUTSIDE_ORGANISATION, ERROR, v.action2);
		assertTrue(p.message().contains("資訊科"), p.message());
	}

	@Test
	void coOwnerFromAnotherPlansOrganisation() {
		v.action2.getCoOwners().set(0, ValidPlan.unit("人事室"));
		onlyProblem(v.plan, PlanValidator.OWNER_OUTSIDE_ORGANISATION, ERROR, v.action2);
	}

	@Test
	void leadOwnerAlsoListedAsCoOwner() {
		v.action2.getCoOwners().add(v.information);
		Problem p = onlyProblem(v.plan, PlanValidator.LEAD_ALSO_CO_OWNER, WARNING, v.action2);
		assertTrue(p.message().contains("資訊科"), p.message());
	}

	@Test
	void deadlineThatIsNotUnderstood() {
		v.action1.setSchedule(Schedule.parse("年底前視情況辦理"));
		Problem p = onlyProblem(v.plan, PlanValidator.SCHEDULE_UNPARSED, WARNING, v.action1);
		assertTrue(p.message().contains("年底前視情況辦理"), p.message());
	}

	@Test
	void aPastedPageAsDeadlineIsQuotedShort() {
		String page = "年底前視情況辦理，".repeat(3_000);
		v.action1.setSchedule(Schedule.parse(page));
		Problem p = onlyProblem(v.plan, PlanValidator.SCHEDULE_UNPARSED, WARNING, v.action1);
		assertTrue(p.message().length() < 400, p.message().length() + " characters");
		assertTrue(p.message().contains("年底前視情況辦理，年底前") && p.message().contains("…"), p.message());
	}

	@Test
	void deadlineInTheNextYear() {
		v.action1.setSchedule(Schedule.parse("108年3月"));
		Problem p = onlyProblem(v.plan, PlanValidator.DEADLINE_OUTSIDE_PERIOD, ERROR, v.action1);
		assertTrue(p.message().contains("108年3月"), p.message());
		assertTrue(p.message().contains("107/1/1") && p.message().contains("107/12/31"), p.message());
	}

	@Test
	void rangeStartingBeforeThePeriod() {
		v.action1.setSchedule(Schedule.parse("106/7~107/6"));
		onlyProblem(v.plan, PlanValidator.DEADLINE_OUTSIDE_PERIOD, ERROR, v.action1);
	}

	@Test
	void deadlineWithoutYearIsTheYearOfThePlan() {
		v.action1.setSchedule(Schedule.parse("12月完成"));
		List<Problem> problems = PlanValidation.validate(v.plan);
		assertTrue(problems.isEmpty(), () -> describe(problems));
	}

	@Test
	void deadlineOutsideThePlanYearWhenThePlanHasNoPeriod() {
		v.plan.setPeriod(null);
		v.action1.setSchedule(Schedule.parse("106年12月"));
		onlyProblem(v.plan, PlanValidator.DEADLINE_OUTSIDE_PERIOD, ERROR, v.action1);
	}

	@Test
	void kpiWithoutTarget() {
		v.kpi.setTarget(null);
		Problem p = onlyProblem(v.plan, PlanValidator.KPI_NO_TARGET, ERROR, v.kpi);
		assertEquals("一、（一） 訂定各項人民申請案件之辦理期限 / KPI「案件逾期率」", p.path());
	}

	@Test
	void kpiWithoutName() {
		v.kpi.setName(" ");
		onlyProblem(v.plan, PlanValidator.KPI_NO_NAME, ERROR, v.kpi);
	}

	@Test
	void measurementInAFifthQuarter() {
		v.kpi.getMeasurements().get(0).setQuarter(5);
		Problem p = onlyProblem(v.plan, PlanValidator.QUARTER_INVALID, ERROR, v.kpi.getMeasurements().get(0));
		assertTrue(p.path().startsWith("一、（一） 訂定各項人民申請案件之辦理期限 / KPI「案件逾期率」"), p.path());
	}

	@Test
	void reportForAFifthQuarter() {
		v.report.setQuarter(5);
		Problem p = onlyProblem(v.plan, PlanValidator.QUARTER_INVALID, ERROR, v.report);
		assertTrue(p.message().contains("5"), p.message());
		assertEquals("Progress report 107Q5 一、（一）1. 每月檢視作業流程", p.path());
	}

	@Test
	void progressAboveHundredPerCent() {
		v.report.setProgress(120);
		Problem p = onlyProblem(v.plan, PlanValidator.PROGRESS_OUT_OF_RANGE, ERROR, v.report);
		assertTrue(p.message().contains("120"), p.message());
	}

	@Test
	void reportNotLinkedToAnAction() {
		v.report.setAction(null);
		onlyProblem(v.plan, PlanValidator.REPORT_WITHOUT_ITEM, ERROR, v.report);
	}

	@Test
	void improvementWithoutOwner() {
		v.improvement.setOwner(null);
		Problem p = onlyProblem(v.plan, PlanValidator.IMPROVEMENT_NO_OWNER, WARNING, v.improvement);
		assertEquals("Review meeting 107Q1 / Improvement action 補充FAQ題目", p.path());
	}

	@Test
	void improvementOwnedByAUnitOfAnotherPlan() {
		v.improvement.setOwner(ValidPlan.unit("秘書室"));
		onlyProblem(v.plan, PlanValidator.OWNER_OUTSIDE_ORGANISATION, ERROR, v.improvement);
	}

	@Test
	void openImprovementWithoutDueDate() {
		v.improvement.setDueDate(null);
		onlyProblem(v.plan, PlanValidator.IMPROVEMENT_NO_DUE_DATE, WARNING, v.improvement);
	}

	@Test
	void droppedImprovementNeedsNoDueDate() {
		v.improvement.setDueDate(null);
		v.improvement.setStatus(ImprovementStatus.DROPPED);
		assertTrue(PlanValidation.validate(v.plan).isEmpty());
	}

	@Test
	void closedImprovementWithoutClosingDate() {
		v.improvement.setStatus(ImprovementStatus.CLOSED);
		onlyProblem(v.plan, PlanValidator.IMPROVEMENT_CLOSED_WITHOUT_DATE, WARNING, v.improvement);
	}

	@Test
	void sectionWhoseItemsDoNotAddUpToItsPoints() {
		v.answeredWithinTenSeconds.setMaxPoints(25); // 25 + 30 = 55, the section says 60
		Problem p = onlyProblem(v.plan, PlanValidator.FORM_POINTS_MISMATCH, ERROR, v.speedSection);
		assertTrue(p.message().contains("60") && p.message().contains("55"), p.message());
		assertEquals("Form 一、（一） 電話禮貌", p.path());
	}

	@Test
	void formWhoseSectionsDoNotAddUpToItsTotal() {
		v.form.setMaxPoints(90);
		Problem p = onlyProblem(v.plan, PlanValidator.FORM_POINTS_MISMATCH, ERROR, v.form);
		assertTrue(p.message().contains("90") && p.message().contains("100"), p.message());
	}

	@Test
	void choiceGivingMorePointsThanItsItem() {
		v.greeting.getChoices().get(0).setMaxPoints(25);
		Problem p = onlyProblem(v.plan, PlanValidator.CHOICE_RANGE_INVALID, ERROR, v.greeting);
		assertTrue(p.message().contains("（1）") && p.message().contains("25") && p.message().contains("20"), p.message());
		assertEquals("Form 一、（二）1. 電話禮貌", p.path());
	}

	@Test
	void choiceWithReversedRange() {
		v.greeting.getChoices().get(1).setMinPoints(16);
		onlyProblem(v.plan, PlanValidator.CHOICE_RANGE_INVALID, ERROR, v.greeting);
	}

	@Test
	void twoGradeBandsFromTheSameScore() {
		GradeBand second = v.scheme.getBands().get(1);
		second.setMinScore(90);
		Problem p = onlyProblem(v.plan, PlanValidator.GRADE_BANDS_DUPLICATE, ERROR, v.scheme);
		assertTrue(p.message().contains("90"), p.message());
	}

	@Test
	void basisWithoutDate() {
		v.basis.setDate(null);
		Problem p = onlyProblem(v.plan, PlanValidator.CITATION_INCOMPLETE, WARNING, v.basis);
		assertEquals("Basis 政府服務躍升方案", p.path());
	}

	@Test
	void evaluationRecordWithoutForm() {
		v.record.setForm(null);
		onlyProblem(v.plan, PlanValidator.RECORD_WITHOUT_FORM, ERROR, v.record);
	}

	@Test
	void errorsComeBeforeWarnings() {
		v.action1.setLeadOwner(null); // warning
		v.kpi.setTarget(null); // error
		List<Problem> problems = PlanValidation.validate(v.plan);
		assertEquals(List.of(ERROR, WARNING), problems.stream().map(Problem::severity).toList(), describe(problems));
		assertTrue(PlanValidation.hasErrors(problems));
		assertFalse(PlanValidation.hasErrors(problems.subList(1, 2)), "warnings alone do not make a plan invalid");
	}

	@Test
	void twoElementsWithTheSameIdAreAnError() {
		Resource resource = PlanFiles.newResourceSet().createResource(URI.createFileURI("/tmp/same-id.pdca"));
		resource.getContents().add(v.plan);
		PlanFiles.ensureIds(v.plan);
		v.action2.setId(v.action1.getId()); // e.g. an action copied by hand in a text editor
		List<Problem> problems = PlanValidation.validate(v.plan);
		assertTrue(PlanValidation.hasErrors(problems), () -> "a duplicate id must be an error:\n" + describe(problems));
		Problem p = problems.get(0);
		assertTrue(p.element() == v.action1 || p.element() == v.action2, p.path());
		assertTrue(p.message().contains(v.action1.getId()), p.message());
	}

	@Test
	void aHugeDuplicateIdIsQuotedShort() {
		Resource resource = PlanFiles.newResourceSet().createResource(URI.createFileURI("/tmp/huge-id.pdca"));
		resource.getContents().add(v.plan);
		PlanFiles.ensureIds(v.plan);
		String huge = "精進服務品質 ".repeat(3_000);
		v.action1.setId(huge);
		v.action2.setId(huge);
		List<Problem> problems = PlanValidation.validate(v.plan);
		assertTrue(PlanValidation.hasErrors(problems), () -> describe(problems));
		for (Problem p : problems) {
			assertTrue(p.message().length() < 400, () -> p.message().length() + " characters: " + p.message().substring(0, 200));
		}
	}

	@Test
	void ownerRemovedFromTheOrganisationIsAnErrorBeforeSaving() {
		Resource resource = PlanFiles.newResourceSet().createResource(URI.createFileURI("/tmp/removed-unit.pdca"));
		resource.getContents().add(v.plan);
		// the officer deletes 資訊科 from the organisation page while actions still name it as owner
		v.plan.getTargetUnits().remove(v.information);
		v.plan.getOrganisation().getUnits().remove(v.information);
		List<Problem> problems = PlanValidation.validate(v.plan);
		List<EObject> flagged = problems.stream().filter(p -> p.severity() == ERROR).map(Problem::element).distinct().toList();
		assertTrue(flagged.contains(v.action2) && flagged.contains(v.method21), describe(problems));
	}

	@Test
	void problemsOfDimensionPlansNameTheDimension() {
		Plan plan = v.plan;
		var dimension = PdcaFactory.eINSTANCE.createDimension();
		dimension.setNumber(1);
		dimension.setText("便民標準服務");
		dimension.getStrategies().addAll(new java.util.ArrayList<>(plan.getStrategies()));
		plan.getDimensions().add(dimension);
		Action action = v.action1;
		action.setLeadOwner(null);
		Problem p = onlyProblem(plan, PlanValidator.NO_OWNER, WARNING, action);
		assertEquals("1、一、（一）1. 每月檢視作業流程", p.path());
	}

	@Test
	void longTextsAreShortenedInThePath() {
		v.action1.setText("於一樓設置服務櫃檯、座椅、雜誌櫃、飲水機、血壓計、老花眼鏡及免費無線上網空間");
		v.action1.setLeadOwner(null);
		Problem p = onlyProblem(v.plan, PlanValidator.NO_OWNER, WARNING, v.action1);
		assertEquals("一、（一）1. 於一樓設置服務櫃檯、座椅、雜誌櫃…", p.path());
	}

	@Test
	void messagesNameWhatToDo() {
		v.kpi.setTarget(null);
		assertEquals(Messages.get(Locale.ENGLISH, "rule.kpiNoTarget"), PlanValidation.validate(v.plan).get(0).message());
	}

	@Test
	void unitWithoutANameIsNeverCalledNull() {
		v.action1.setLeadOwner(ValidPlan.unit(null));
		Problem p = onlyProblem(v.plan, PlanValidator.OWNER_OUTSIDE_ORGANISATION, ERROR, v.action1);
		assertFalse(p.message().contains("null"), p.message());
		assertTrue(p.message().contains(Messages.get("path.unnamedUnit")), p.message());
	}
}
