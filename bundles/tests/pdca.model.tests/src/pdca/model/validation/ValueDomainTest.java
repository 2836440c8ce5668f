package pdca.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.validation.PlanValidationTest.describe;
import static pdca.model.validation.PlanValidationTest.onlyProblem;
import static pdca.model.validation.Problem.Severity.ERROR;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import pdca.model.Approval;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.i18n.Messages;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.test.support.UseLocale;

/**
 * Values a file can hold but a plan cannot mean: KPI values that are no numbers (NaN, infinities) and dates before
 * the ROC calendar begins. Each is an error on the element concerned, in the user's language, and validation never
 * fails on them itself.
 */
@UseLocale("en")
class ValueDomainTest {

	private ValidPlan v;

	@TempDir
	Path dir;

	@BeforeEach
	void setUp() {
		v = new ValidPlan();
	}

	static Stream<Double> notNumbers() {
		return Stream.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
	}

	@ParameterizedTest
	@MethodSource("notNumbers")
	void kpiMeasurementThatIsNoNumberIsAnError(double value) {
		v.kpi.getMeasurements().get(0).setValue(value);
		Problem p = onlyProblem(v.plan, PlanValidator.VALUE_NOT_FINITE, ERROR, v.kpi.getMeasurements().get(0));
		assertEquals(Messages.format("rule.valueNotFinite", Messages.get("feature.Measurement.value"), Double.toString(value)),
				p.message());
		assertTrue(p.path().contains("KPI「案件逾期率」") && p.path().endsWith("107Q1"), p.path());
	}

	@ParameterizedTest
	@MethodSource("notNumbers")
	void kpiTargetAndBaselineThatAreNoNumbersAreErrors(double value) {
		v.kpi.setTarget(value);
		Problem p = onlyProblem(v.plan, PlanValidator.VALUE_NOT_FINITE, ERROR, v.kpi);
		assertTrue(p.message().startsWith("The KPI's target is " + value), p.message());
		v = new ValidPlan();
		v.kpi.setBaseline(value);
		p = onlyProblem(v.plan, PlanValidator.VALUE_NOT_FINITE, ERROR, v.kpi);
		assertTrue(p.message().startsWith("The KPI's baseline is " + value), p.message());
	}

	@Test
	void pointsThatAreNoNumbersAreErrorsToo() {
		v.record.getAnswers().add(PdcaFactory.eINSTANCE.createItemAnswer());
		v.record.getAnswers().get(0).setItem(v.answerContent);
		v.record.getAnswers().get(0).setPoints(Double.NaN);
		onlyProblem(v.plan, PlanValidator.VALUE_NOT_FINITE, ERROR, v.record.getAnswers().get(0));
	}

	@Test
	void measurementNaNInAFileIsAnErrorInBothLanguages() throws IOException, PlanFileException {
		String tracked = Files.readString(pdca.samples.SamplePlans.trackingFiles().stream()
				.filter(f -> f.getFileName().toString().startsWith("tainan")).findFirst().orElseThrow(), StandardCharsets.UTF_8);
		assertTrue(tracked.contains("value=\"12.5\""));
		Path file = Files.writeString(dir.resolve("nan.pdca"), tracked.replaceFirst("value=\"12\\.5\"", "value=\"NaN\""));
		Plan plan = PlanFiles.load(file);
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.TRADITIONAL_CHINESE }) {
			Locale.setDefault(locale);
			List<Problem> problems = PlanValidation.validate(plan);
			List<Problem> nan = problems.stream().filter(p -> p.code() == PlanValidator.VALUE_NOT_FINITE).toList();
			assertEquals(1, nan.size(), () -> describe(problems));
			assertEquals(ERROR, nan.get(0).severity());
			assertTrue(nan.get(0).message().contains("NaN"), nan.get(0).message());
			assertTrue(nan.get(0).path().contains("KPI「窗口平均等候時間」"), nan.get(0).path());
			assertTrue(PlanValidation.hasErrors(problems));
		}
	}

	static Stream<Arguments> dates() {
		return Stream.of(
				Arguments.of("feature.ProgressReport.reportedOn", (BiConsumer<ValidPlan, LocalDate>) (v, d) -> v.report.setReportedOn(d),
						(java.util.function.Function<ValidPlan, EObject>) v -> v.report),
				Arguments.of("feature.ReviewMeeting.date", (BiConsumer<ValidPlan, LocalDate>) (v, d) -> v.meeting.setDate(d),
						(java.util.function.Function<ValidPlan, EObject>) v -> v.meeting),
				Arguments.of("feature.ImprovementAction.dueDate",
						(BiConsumer<ValidPlan, LocalDate>) (v, d) -> v.improvement.setDueDate(d),
						(java.util.function.Function<ValidPlan, EObject>) v -> v.improvement),
				Arguments.of("feature.ImprovementAction.closedOn",
						(BiConsumer<ValidPlan, LocalDate>) (v, d) -> v.improvement.setClosedOn(d),
						(java.util.function.Function<ValidPlan, EObject>) v -> v.improvement),
				Arguments.of("feature.EvaluationRecord.date", (BiConsumer<ValidPlan, LocalDate>) (v, d) -> v.record.setDate(d),
						(java.util.function.Function<ValidPlan, EObject>) v -> v.record),
				Arguments.of("feature.Citation.date", (BiConsumer<ValidPlan, LocalDate>) (v, d) -> v.basis.setDate(d),
						(java.util.function.Function<ValidPlan, EObject>) v -> v.basis),
				Arguments.of("feature.Approval.date", (BiConsumer<ValidPlan, LocalDate>) (v, d) -> {
					Approval a = PdcaFactory.eINSTANCE.createApproval();
					a.setDate(d);
					v.plan.setApproval(a);
				}, (java.util.function.Function<ValidPlan, EObject>) v -> v.plan.getApproval()));
	}

	@ParameterizedTest
	@MethodSource("dates")
	void dateBeforeTheRocCalendarIsAnError(String label, BiConsumer<ValidPlan, LocalDate> set,
			java.util.function.Function<ValidPlan, EObject> element) {
		set.accept(v, LocalDate.of(1912, 1, 1));
		assertTrue(PlanValidation.validate(v.plan).stream().noneMatch(p -> p.code() == PlanValidator.DATE_BEFORE_ROC),
				"民國1年1月1日 itself is fine");
		v = new ValidPlan();
		set.accept(v, LocalDate.of(1911, 12, 31));
		List<Problem> problems = PlanValidation.validate(v.plan);
		List<Problem> found = problems.stream().filter(p -> p.code() == PlanValidator.DATE_BEFORE_ROC).toList();
		assertEquals(1, found.size(), () -> describe(problems));
		Problem p = found.get(0);
		assertEquals(ERROR, p.severity());
		assertEquals(element.apply(v), p.element());
		assertEquals(Messages.format("rule.dateBeforeRoc", Messages.get(label), "1911-12-31"), p.message());
		assertFalse(p.path().isBlank());

		Locale.setDefault(Locale.TRADITIONAL_CHINESE);
		Problem zh = PlanValidation.validate(v.plan).stream().filter(q -> q.code() == PlanValidator.DATE_BEFORE_ROC).findFirst()
				.orElseThrow();
		assertTrue(zh.message().contains("民國1年1月1日") && zh.message().contains("1911-12-31"), zh.message());
	}

	@Test
	void periodBeforeTheRocCalendarIsReportedNotAFailureOfValidation() {
		v.plan.getPeriod().setStart(LocalDate.of(1900, 1, 1));
		v.plan.getPeriod().setEnd(LocalDate.of(1899, 12, 31));
		List<Problem> problems = PlanValidation.validate(v.plan);
		assertEquals(2, problems.stream().filter(p -> p.code() == PlanValidator.DATE_BEFORE_ROC).count(), () -> describe(problems));
		assertTrue(problems.stream().anyMatch(p -> p.code() == PlanValidator.PERIOD_REVERSED && p.message().contains("1899-12-31")),
				() -> describe(problems));
		assertTrue(problems.stream().allMatch(p -> p.code() != 0), () -> "validation itself failed: " + describe(problems));
	}
}
