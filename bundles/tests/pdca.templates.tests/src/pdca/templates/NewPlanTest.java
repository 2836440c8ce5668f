package pdca.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import pdca.model.AgencyType;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.WorkItem;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.RocDate;
import pdca.model.schedule.Schedule;
import pdca.test.support.Locales;

/** A new plan from a template: agency and year in, a plan for that year with fresh ids out. */
class NewPlanTest {

	@TempDir
	Path temp;

	static Stream<Arguments> templatesAndYears() {
		return Stream.of(Templates.ELECTION, Templates.HOUSEHOLD, Templates.MOTOR_VEHICLE, Templates.COUNTY, Templates.TEST_ONLY)
				.flatMap(id -> Stream.of(Arguments.of(id, 99), Arguments.of(id, 114), Arguments.of(id, 200)));
	}

	@ParameterizedTest(name = "{0} for {1}")
	@MethodSource("templatesAndYears")
	void planFromEveryTemplateValidatesWithoutErrorsAndAllItsDeadlinesFallInItsYear(String id, int year) {
		Plan plan = Templates.newPlan(id, "測試機關", year);
		assertEquals("", Templates.errors(plan));
		assertEquals(year, plan.getRocYear());
		int gregorian = RocDate.toGregorian(year);
		assertEquals(LocalDate.of(gregorian, 1, 1), plan.getPeriod().getStart());
		assertEquals(LocalDate.of(gregorian, 12, 31), plan.getPeriod().getEnd());
		assertNull(plan.getPeriod().getText());
		for (WorkItem item : Templates.scheduled(plan)) {
			for (LocalDate due : item.getSchedule().dueDates(year)) {
				assertEquals(gregorian, due.getYear(), () -> item.getSchedule() + " of " + item.getText());
			}
		}
	}

	@Test
	void planRecordsTemplateAgencyAndTitle() {
		Plan plan = Templates.newPlan(Templates.COUNTY, "  臺中市政府研究發展考核委員會 ", 114);
		assertEquals(Templates.COUNTY, plan.getTemplateId());
		assertEquals("臺中市政府研究發展考核委員會", plan.getAgency().getName());
		assertEquals(AgencyType.COUNTY_PLANNING_DEPARTMENT, plan.getAgency().getType());
		assertEquals("臺中市政府研究發展考核委員會114年度提升政府服務品質執行計畫", plan.getTitle());
		assertEquals("嘉義縣選舉委員會114年度提升服務品質執行計畫",
				Templates.newPlan(Templates.ELECTION, "嘉義縣選舉委員會", 114).getTitle());
		assertNull(plan.getPreviousPlanId());
		assertNull(plan.getApproval());
	}

	@Test
	void everyElementGetsAFreshId() {
		Plan starter = Templates.starter(Templates.MOTOR_VEHICLE);
		Plan first = Templates.newPlan(Templates.MOTOR_VEHICLE, "臺北市區監理所士林監理站", 114);
		Plan second = Templates.newPlan(Templates.MOTOR_VEHICLE, "臺北市區監理所士林監理站", 114);
		List<String> ids = Templates.ids(first);
		assertEquals(Templates.ids(starter).size(), ids.size());
		assertEquals(ids.size(), Set.copyOf(ids).size(), "ids are unique");
		assertTrue(ids.stream().allMatch(i -> i.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
		assertTrue(Collections.disjoint(ids, Templates.idSet(starter)), "none from the template");
		assertTrue(Collections.disjoint(ids, Templates.idSet(second)), "none shared by two plans");
	}

	@Test
	void explicitYearsMoveToTheNewYearAndOtherDeadlinesKeepTheirText() {
		Plan county = Templates.newPlan(Templates.COUNTY, "彰化縣政府計畫處", 114);
		assertTrue(Templates.scheduled(county).stream().allMatch(w -> w.getSchedule().equals(Schedule.byMonth(114, 12))));
		assertEquals("114年12月", Templates.scheduled(county).get(0).getSchedule().text());

		Plan household = Templates.newPlan(Templates.HOUSEHOLD, "臺東縣臺東市戶政事務所", 114);
		assertEquals(Set.of("114/1~114/12"), Templates.scheduled(household).stream().map(w -> w.getSchedule().text())
				.collect(java.util.stream.Collectors.toSet()));

		Plan motor = Templates.newPlan(Templates.MOTOR_VEHICLE, "臺北市區監理所士林監理站", 114);
		List<String> starterTexts = Templates.scheduled(Templates.starter(Templates.MOTOR_VEHICLE)).stream()
				.map(w -> w.getSchedule().text()).toList();
		assertEquals(starterTexts, Templates.scheduled(motor).stream().map(w -> w.getSchedule().text()).toList(),
				"3月、6月、9月、12月完成 and 6月完成並持續辦理 name no year: they stay as written");
		assertTrue(starterTexts.contains("每年或半年辦理（6月或12月底）"));
	}

	@Test
	void theStarterYearInThePlansProseBecomesTheNewYear() {
		Plan motor = Templates.newPlan(Templates.MOTOR_VEHICLE, "臺北市區監理所士林監理站", 114);
		String body = motor.getSections().stream().filter(s -> s.getHeading().startsWith("柒")).findFirst().orElseThrow().getBody();
		assertTrue(body.contains("本計畫推動期程自114年1月至12月"), body);
		assertFalse(body.contains("106年"), body);
		Plan election = Templates.newPlan(Templates.ELECTION, "基隆市選舉委員會", 114);
		assertTrue(election.getSections().stream().anyMatch(s -> s.getBody() != null && s.getBody().contains("「114年度提升服務品質創新精進計畫」")));
	}

	@Test
	void householdPlanGetsItsFourQuarterlyReviewMeetings() {
		Plan plan = Templates.newPlan(Templates.HOUSEHOLD, "臺東縣臺東市戶政事務所", 114);
		List<ReviewMeeting> meetings = plan.getReviewMeetings();
		assertEquals(List.of(1, 2, 3, 4), meetings.stream().map(ReviewMeeting::getQuarter).toList());
		assertEquals("114年度第3季查核結果報告與檢討會議", meetings.get(2).getTitle());
		assertTrue(meetings.stream().allMatch(m -> m.getRocYear() == 114 && m.getFindings().isEmpty() && m.getDate() == null));
		assertTrue(Templates.newPlan(Templates.COUNTY, "某縣政府計畫處", 114).getReviewMeetings().isEmpty());
	}

	@Test
	void starterPlanIsNotChangedByMakingAPlan() throws TemplateException {
		AgencyTemplate template = Templates.template(Templates.COUNTY);
		Plan starter = template.loadStarterPlan();
		String before = starter.getTitle() + Templates.ids(starter) + Templates.scheduled(starter).get(0).getSchedule();
		NewPlan.fromStarter(starter, template, "某縣政府計畫處", 120);
		assertEquals(before, starter.getTitle() + Templates.ids(starter) + Templates.scheduled(starter).get(0).getSchedule());
	}

	@Test
	void newPlanSavesAndLoadsBackUnchanged() throws Exception {
		Plan plan = Templates.newPlan(Templates.ELECTION, "基隆市選舉委員會", 114);
		Path file = temp.resolve("plan.pdca");
		PlanFiles.save(plan, file);
		Plan loaded = PlanFiles.load(file);
		assertEquals(Templates.ids(plan), Templates.ids(loaded));
		assertEquals(3, loaded.getEvaluationForms().size());
		assertEquals("", Templates.errors(loaded));
		assertEquals(18, PlanStructure.methods(loaded).size());
	}

	@Test
	void blankAgencyOrYearOutOfRangeIsRefusedWithAMessage() {
		AgencyTemplate t = Templates.template(Templates.COUNTY);
		Locales.with(Locale.ENGLISH, () -> {
			assertEquals("Give the agency's name.", assertThrows(IllegalArgumentException.class, () -> NewPlan.fromTemplate(t, " ", 114)).getMessage());
			assertEquals("The ROC year must be a number from 1 to 300, not 0.",
					assertThrows(IllegalArgumentException.class, () -> NewPlan.fromTemplate(t, "某機關", 0)).getMessage());
			assertThrows(IllegalArgumentException.class, () -> NewPlan.fromTemplate(t, "某機關", 2025));
		});
		Locales.with(Locale.TRADITIONAL_CHINESE, () -> {
			assertEquals("民國年度須為 1 至 300 的數字，而非 2025。",
					assertThrows(IllegalArgumentException.class, () -> NewPlan.fromTemplate(t, "某機關", 2025)).getMessage());
		});
	}
}
