package pdca.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import pdca.model.Action;
import pdca.model.ActionStatus;
import pdca.model.EvaluationRecord;
import pdca.model.Finding;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.RocDate;
import pdca.model.schedule.Schedule;
import pdca.samples.SamplePlans;
import pdca.test.support.Locales;
import pdca.test.support.PlanBuilder;

/** "Next year's plan": what is kept, moved, carried over and dropped. */
class RolloverTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	@TempDir
	Path temp;

	// --- every form of deadline ---

	static Stream<Arguments> deadlines() {
		return Stream.of(
				Arguments.of(107, Schedule.parse("107年12月"), "108年12月"),
				Arguments.of(107, Schedule.parse("107 年 12\n月"), "108年12月"),
				Arguments.of(99, Schedule.parse("99/1~99/12"), "100/1~100/12"),
				Arguments.of(106, Schedule.parse("106年1月至12月"), "107/1~107/12"),
				Arguments.of(106, Schedule.parse("3月、6月、9月、12月完成"), "3月、6月、9月、12月完成"),
				Arguments.of(106, Schedule.parse("3 月、6 月、9\n月、12月完成"), "3 月、6 月、9 月、12月完成"),
				Arguments.of(106, Schedule.recurring(106, 3, 9), "107年3月、9月完成"),
				Arguments.of(106, Schedule.parse("每年或半年辦理（6 月或 12月底）"), "每年或半年辦理（6 月或 12月底）"),
				Arguments.of(106, Schedule.parse("6月完成\n並持續辦理"), "6月完成並持續辦理"),
				Arguments.of(106, Schedule.doneThenOngoing(106, 8), "107年8月完成並持續辦理"),
				Arguments.of(106, Schedule.parse("已完成並持續辦理"), "已完成並持續辦理"),
				Arguments.of(106, Schedule.parse("持續辦理"), "持續辦理"),
				Arguments.of(106, Schedule.parse("12月完成"), "12月完成"),
				Arguments.of(106, Schedule.parse("視業務需要辦理"), "視業務需要辦理"));
	}

	@ParameterizedTest(name = "{0}: {1} → {2}")
	@MethodSource("deadlines")
	void everyFormOfDeadlineMovesToTheNextYearKeepingItsMonths(int year, Schedule before, String expected) {
		Plan plan = minimalPlan(year);
		Method method = PlanStructure.methods(plan).get(0);
		method.setSchedule(before);
		Plan next = Rollover.nextYear(plan, null).plan();
		Schedule after = PlanStructure.methods(next).get(0).getSchedule();
		assertEquals(expected, after.text());
		assertEquals(before.kind(), after.kind());
		assertEquals(before.months(), after.months(), "the months stay");
		int gregorianNext = RocDate.toGregorian(year + 1);
		List<LocalDate> due = after.dueDates(year + 1);
		assertEquals(before.dueDates(year).size(), due.size());
		for (LocalDate d : due) {
			assertEquals(gregorianNext, d.getYear(), () -> after + " is due in " + d);
		}
		assertEquals("", Templates.errors(next));
	}

	// --- what is carried over ---

	private Plan previous;
	private List<Action> actions;
	private ImprovementAction open;
	private ImprovementAction inProgress;
	private Finding answered;

	@BeforeEach
	void aYearOfWork() {
		previous = Templates.newPlan(Templates.MOTOR_VEHICLE, "交通部公路總局嘉義區監理所台南監理站", 106);
		actions = PlanStructure.actions(previous);
		report(actions.get(0), 2, ActionStatus.DONE);
		report(actions.get(1), 4, ActionStatus.ON_TRACK);
		report(actions.get(2), 3, ActionStatus.CANCELLED);
		// actions.get(3): never reported
		report(actions.get(4), 2, ActionStatus.DONE);
		report(actions.get(4), 4, ActionStatus.ONGOING); // the latest report counts: not done
		report(actions.get(5), 2, ActionStatus.DELAYED);
		report(actions.get(5), 4, ActionStatus.DONE);

		Unit owner = previous.getOrganisation().getUnits().get(0);
		ReviewMeeting q2 = F.createReviewMeeting();
		q2.setTitle("106年度第2季提升服務品質執行會議");
		q2.setRocYear(106);
		q2.setQuarter(2);
		answered = finding(q2, "窗口等候時間過長");
		finding(q2, "網站資訊未即時更新");
		open = improvement(q2, "增設尖峰時段備援窗口", ImprovementStatus.OPEN, owner, answered);
		inProgress = improvement(q2, "建立網站更新檢核表", ImprovementStatus.IN_PROGRESS, owner, null);
		improvement(q2, "調整叫號系統", ImprovementStatus.CLOSED, owner, answered).setClosedOn(LocalDate.of(2017, 9, 1));
		improvement(q2, "評估自動繳費機", ImprovementStatus.DROPPED, owner, null);
		previous.getReviewMeetings().add(q2);

		Kpi waiting = PlanStructure.actions(previous).stream().flatMap(a -> a.getKpis().stream()).findFirst().orElseThrow();
		Measurement m = F.createMeasurement();
		m.setRocYear(106);
		m.setQuarter(2);
		m.setValue(12);
		waiting.getMeasurements().add(m);
	}

	private void report(WorkItem item, int quarter, ActionStatus status) {
		ProgressReport r = F.createProgressReport();
		r.setAction(item);
		r.setRocYear(106);
		r.setQuarter(quarter);
		r.setStatus(status);
		r.setProgress(status == ActionStatus.DONE ? 100 : 50);
		previous.getProgressReports().add(r);
	}

	private static Finding finding(ReviewMeeting meeting, String text) {
		Finding f = F.createFinding();
		f.setText(text);
		meeting.getFindings().add(f);
		return f;
	}

	private static ImprovementAction improvement(ReviewMeeting meeting, String text, ImprovementStatus status, Unit owner, Finding finding) {
		ImprovementAction a = F.createImprovementAction();
		a.setText(text);
		a.setStatus(status);
		a.setOwner(owner);
		a.setFinding(finding);
		a.setDueDate(LocalDate.of(2017, 12, 31));
		meeting.getImprovementActions().add(a);
		return a;
	}

	@Test
	void unfinishedActionsAreMarkedCarriedOverAndFinishedOnesAreNot() {
		Rollover.Result result = Rollover.nextYear(previous, "../106/tainan.pdca");
		List<Action> next = PlanStructure.actions(result.plan());
		assertEquals(actions.size(), next.size(), "the structure is kept");
		assertFalse(next.get(0).isCarriedOver(), "done");
		assertTrue(next.get(1).isCarriedOver(), "on track is not finished");
		assertFalse(next.get(2).isCarriedOver(), "cancelled");
		assertTrue(next.get(3).isCarriedOver(), "never reported");
		assertTrue(next.get(4).isCarriedOver(), "done, then reported ongoing");
		assertFalse(next.get(5).isCarriedOver(), "delayed, then done");
		assertEquals(actions.size() - 3, result.carriedOverItems().size());
		assertTrue(next.containsAll(result.carriedOverItems()));
		assertEquals(next.get(0).getText(), actions.get(0).getText());
	}

	@Test
	void openImprovementActionsAreCarriedOverWithTheirFindingsAndClosedOnesAreNot() {
		Plan next = Rollover.nextYear(previous, null).plan();
		assertEquals(1, next.getReviewMeetings().size(), "only the meeting holding what is carried over");
		ReviewMeeting holder = next.getReviewMeetings().get(0);
		assertEquals("106年度檢討會議未結案改善措施（結轉）", holder.getTitle());
		assertEquals(106, holder.getRocYear());
		assertEquals(0, holder.getQuarter());
		assertEquals(List.of("增設尖峰時段備援窗口", "建立網站更新檢核表"),
				holder.getImprovementActions().stream().map(ImprovementAction::getText).toList());
		ImprovementAction carried = holder.getImprovementActions().get(0);
		assertTrue(holder.getImprovementActions().stream().allMatch(ImprovementAction::isCarriedOver));
		assertEquals(ImprovementStatus.OPEN, carried.getStatus());
		assertEquals(ImprovementStatus.IN_PROGRESS, holder.getImprovementActions().get(1).getStatus());
		assertEquals(LocalDate.of(2017, 12, 31), carried.getDueDate(), "the due date stays: it shows how late it is");
		assertSame(next.getOrganisation(), carried.getOwner().eContainer(), "owned by a unit of the new plan");
		assertEquals(List.of("窗口等候時間過長"), holder.getFindings().stream().map(Finding::getText).toList());
		assertSame(holder.getFindings().get(0), carried.getFinding());
		assertFalse(open.isCarriedOver(), "the previous plan is not changed");
		assertEquals(ImprovementStatus.IN_PROGRESS, inProgress.getStatus());
	}

	@Test
	void theYearsRecordsAreDroppedAndThePlanLinksBack() {
		Rollover.Result result = Rollover.nextYear(previous, "../106/tainan.pdca");
		Plan next = result.plan();
		assertTrue(next.getProgressReports().isEmpty());
		assertTrue(next.getEvaluationRecords().isEmpty());
		assertTrue(PlanStructure.actions(next).stream().flatMap(a -> a.getKpis().stream()).allMatch(k -> k.getMeasurements().isEmpty()));
		assertEquals(2, PlanStructure.actions(next).stream().mapToInt(a -> a.getKpis().size()).sum(), "the KPIs themselves stay");
		assertEquals(7, result.droppedReports());
		assertEquals(1, result.droppedMeasurements());
		assertEquals(1, result.droppedMeetings());
		assertEquals(previous.getId(), next.getPreviousPlanId());
		assertEquals("../106/tainan.pdca", next.getPreviousPlanPath());
		assertEquals(107, next.getRocYear());
		assertEquals("交通部公路總局嘉義區監理所台南監理站107年度提升服務品質執行計畫", next.getTitle());
		assertEquals(LocalDate.of(2018, 1, 1), next.getPeriod().getStart());
		assertEquals(LocalDate.of(2018, 12, 31), next.getPeriod().getEnd());
		assertEquals(Templates.MOTOR_VEHICLE, next.getTemplateId());
		assertTrue(next.getSections().stream().anyMatch(s -> s.getBody() != null && s.getBody().contains("自107年1月至12月")));
		assertEquals(7, previous.getProgressReports().size(), "the previous plan is not changed");
	}

	@Test
	void everyElementGetsAFreshIdAndThePlanSavesAndValidates() throws Exception {
		Plan next = Rollover.nextYear(previous, null).plan();
		List<String> ids = Templates.ids(next);
		assertEquals(ids.size(), java.util.Set.copyOf(ids).size());
		assertTrue(Collections.disjoint(ids, Templates.idSet(previous)));
		assertEquals("", Templates.errors(next));
		Path file = temp.resolve("107.pdca");
		PlanFiles.save(next, file);
		Plan loaded = PlanFiles.load(file);
		assertEquals(ids, Templates.ids(loaded));
		assertEquals(2, loaded.getReviewMeetings().get(0).getImprovementActions().size());
	}

	@Test
	void evaluationRecordsAreDroppedButTheFormsAndGradesStay() {
		Plan election = Templates.newPlan(Templates.ELECTION, "基隆市選舉委員會", 105);
		EvaluationRecord record = F.createEvaluationRecord();
		record.setForm(election.getEvaluationForms().get(2));
		record.getAppliedRules().add(election.getEvaluationForms().get(2).getRules().get(0));
		election.getEvaluationRecords().add(record);
		Rollover.Result result = Rollover.nextYear(election, null);
		assertEquals(1, result.droppedEvaluations());
		assertTrue(result.plan().getEvaluationRecords().isEmpty());
		assertEquals(3, result.plan().getEvaluationForms().size());
		assertEquals(5, result.plan().getScoringScheme().getBands().size());
		assertEquals("", Templates.errors(result.plan()));
	}

	@Test
	void unfinishedMethodsTrackedWithoutActionsAreCarriedOverToo() {
		Plan county = Templates.newPlan(Templates.COUNTY, "彰化縣政府計畫處", 107);
		Method first = PlanStructure.methods(county).get(0);
		ProgressReport done = F.createProgressReport();
		done.setAction(first);
		done.setRocYear(107);
		done.setQuarter(4);
		done.setStatus(ActionStatus.DONE);
		county.getProgressReports().add(done);
		Rollover.Result result = Rollover.nextYear(county, null);
		int trackedMethods = (int) PlanStructure.trackedItems(county).stream().filter(i -> i instanceof Method).count();
		List<WorkItem> methods = result.carriedOverItems().stream().filter(i -> i instanceof Method).toList();
		assertEquals(25, trackedMethods, "the 25 推動作法");
		assertEquals(trackedMethods - 1, methods.size(), "every unfinished method is marked");
		assertFalse(PlanStructure.methods(result.plan()).get(0).isCarriedOver(), "the finished one is not");
		assertTrue(methods.stream().allMatch(WorkItem::isCarriedOver));
		assertEquals(methods.size(), result.carriedOverItems().size(), "no actions: only methods are carried over");
	}

	@Test
	void withItsTemplateThePlanGetsTheNewYearsPlannedReviewMeetings() {
		Plan household = Templates.newPlan(Templates.HOUSEHOLD, "臺東縣卑南鄉戶政事務所", 99);
		Plan next = Rollover.nextYear(household, null, Templates.template(Templates.HOUSEHOLD)).plan();
		assertEquals(List.of("100年度第1季查核結果報告與檢討會議", "100年度第2季查核結果報告與檢討會議", "100年度第3季查核結果報告與檢討會議",
				"100年度第4季查核結果報告與檢討會議"), next.getReviewMeetings().stream().map(ReviewMeeting::getTitle).toList());
	}

	@Test
	void aTitleWithoutTheYearIsMadeAnewAndALongPeriodBecomesTheCalendarYear() {
		Plan plan = minimalPlan(100);
		plan.setTitle("本會提升服務品質執行計畫");
		Period fourYears = F.createPeriod();
		fourYears.setStart(LocalDate.of(2008, 1, 1));
		fourYears.setEnd(LocalDate.of(2011, 12, 31));
		fourYears.setText("自民國97年1月1日起實施，為期四年。");
		plan.setPeriod(fourYears);
		Plan next = Rollover.nextYear(plan, null).plan();
		assertEquals("測試機關101年度提升服務品質執行計畫", next.getTitle());
		assertEquals(LocalDate.of(2012, 1, 1), next.getPeriod().getStart());
		assertEquals(LocalDate.of(2012, 12, 31), next.getPeriod().getEnd());
		assertNull(next.getPeriod().getText());
	}

	@Test
	void aPlanWithoutAYearCannotBeRolledOver() {
		Locales.with(Locale.ENGLISH, () -> {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rollover.nextYear(minimalPlan(0), null));
			assertTrue(e.getMessage().startsWith("The plan has no valid ROC year (0)"), e.getMessage());
			assertThrows(IllegalArgumentException.class, () -> Rollover.nextYear(minimalPlan(300), null));
		});
	}

	@Test
	void everySamplePlanRollsOverToAValidPlan() throws Exception {
		for (Path file : SamplePlans.planFiles()) {
			Plan plan = PlanFiles.load(file);
			Rollover.Result result = Rollover.nextYear(plan, file.getFileName().toString());
			assertEquals(plan.getRocYear() + 1, result.plan().getRocYear(), file::toString);
			assertEquals("", Templates.errors(result.plan()), file::toString);
			assertEquals(PlanStructure.trackedItems(plan).size(), PlanStructure.trackedItems(result.plan()).size());
			PlanFiles.save(result.plan(), temp.resolve(file.getFileName()));
		}
	}

	@Test
	void aTrackedPlanWithSeveralActualsPerKpiRollsOverWithoutThem() throws Exception {
		for (Path file : SamplePlans.trackingFiles()) {
			Plan plan = PlanFiles.load(file);
			long actuals = countMeasurements(plan);
			assertTrue(actuals >= 3, file + " has KPIs measured in several quarters");
			Rollover.Result result = Rollover.nextYear(plan, file.getFileName().toString());
			assertEquals(actuals, result.droppedMeasurements(), file::toString);
			assertEquals(0, countMeasurements(result.plan()), file::toString);
			assertEquals(actuals, countMeasurements(plan), "the previous plan keeps its actuals");
			assertEquals("", Templates.errors(result.plan()), file::toString);
		}
	}

	private static long countMeasurements(Plan plan) {
		long n = 0;
		for (var it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof pdca.model.Kpi k) {
				n += k.getMeasurements().size();
			}
		}
		return n;
	}

	/** A plan of one strategy and one method, owned, of {@code year}. */
	private static Plan minimalPlan(int year) {
		return PlanBuilder.plan("測試機關", year).unit("研考科").strategy("策略").method("方法").owner("研考科").build();
	}
}
