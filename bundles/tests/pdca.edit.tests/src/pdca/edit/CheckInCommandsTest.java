package pdca.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.ActionStatus;
import pdca.model.AgencyType;
import pdca.model.Kpi;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.Strategy;
import pdca.model.logic.Quarter;
import pdca.test.support.Locales;

/**
 * A quarter's check-in as the editor's check-in page and the units' returned forms enter it: the first value of a
 * quarter creates the report with what the previous quarter left, done means 100 %, KPI values become measurements,
 * each entry is undone whole; and what cannot be taken is refused with words that say what to write.
 */
class CheckInCommandsTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	private static final PdcaPackage P = PdcaPackage.eINSTANCE;
	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}「」：，。；（）]");

	private PlanEditingDomain domain;
	private CommandStack stack;
	private CheckInCommands checkIns;
	private Plan plan;
	private Action action;
	private Action measured;
	private final Quarter q1 = new Quarter(113, 1);
	private final Quarter q2 = new Quarter(113, 2);

	@BeforeEach
	void plan() {
		domain = PlanEditingDomain.headless();
		stack = domain.getCommandStack();
		plan = NewPlans.blank("基隆市選舉委員會", AgencyType.ELECTION_COMMISSION, 113);
		PlanCommands commands = new PlanCommands(domain);
		Strategy strategy = F.createStrategy();
		commands.add(plan, P.getPlan_Strategies(), strategy);
		Method method = F.createMethod();
		commands.add(strategy, P.getStrategy_Methods(), method);
		action = F.createAction();
		action.setText("辦理選務人員講習");
		commands.add(method, P.getMethod_Actions(), action);
		measured = F.createAction();
		measured.setText("提升民眾滿意度");
		for (String name : List.of("滿意度", "等候時間")) {
			Kpi kpi = F.createKpi();
			kpi.setName(name);
			measured.getKpis().add(kpi);
		}
		commands.add(method, P.getMethod_Actions(), measured);
		stack.flush();
		checkIns = new CheckInCommands(plan, domain);
	}

	@Test
	void theFirstValueOfAQuarterCreatesTheReportWithWhatThePreviousQuarterLeft() {
		run(checkIns.setStatus(action, q1, ActionStatus.AT_RISK, "王科員"));
		run(checkIns.setReport(action, q1, P.getProgressReport_Progress(), 40, "王科員"));
		stack.flush();
		Plan beforeQ2 = EcoreUtil.copy(plan);

		run(checkIns.setReport(action, q2, P.getProgressReport_Narrative(), "已完成第一梯次", "李專員"));
		ProgressReport report = checkIns.report(action, q2);
		assertEquals(ActionStatus.AT_RISK, report.getStatus(), "status carried over");
		assertEquals(40, report.getProgress(), "progress carried over");
		assertEquals("已完成第一梯次", report.getNarrative());
		assertEquals("李專員", report.getReportedBy());
		assertEquals(LocalDate.now(), report.getReportedOn());
		assertFalse(report.getId() == null || report.getId().isBlank(), "the new report has its id");
		assertSame(checkIns.report(action, q1), checkIns.previous(action, q2));

		stack.undo();
		assertNull(checkIns.report(action, q2));
		assertTrue(EcoreUtil.equals(beforeQ2, plan), "undo leaves the plan as it was");
	}

	@Test
	void aCancelledActionStartsAgainNotStarted() {
		run(checkIns.setStatus(action, q1, ActionStatus.CANCELLED, null));
		run(checkIns.setReport(action, q2, P.getProgressReport_Narrative(), "重新辦理", null));
		assertEquals(ActionStatus.NOT_STARTED, checkIns.report(action, q2).getStatus());
		assertNull(checkIns.report(action, q2).getReportedBy(), "no reporter named, none invented");
	}

	@Test
	void doneMeansAHundredPercentOnANewReportAndOnAnExistingOne() {
		run(checkIns.setStatus(action, q1, ActionStatus.DONE, null));
		assertEquals(100, checkIns.report(action, q1).getProgress());

		run(checkIns.setStatus(measured, q1, ActionStatus.ON_TRACK, null));
		run(checkIns.setReport(measured, q2, P.getProgressReport_Progress(), 60, null));
		assertEquals(ActionStatus.ON_TRACK, checkIns.report(measured, q2).getStatus(), "carried over from the first quarter");
		run(checkIns.setStatus(measured, q2, ActionStatus.DONE, null));
		assertEquals(100, checkIns.report(measured, q2).getProgress());
		stack.undo();
		assertEquals(60, checkIns.report(measured, q2).getProgress(), "the status and its 100 % are one step");
		assertEquals(ActionStatus.ON_TRACK, checkIns.report(measured, q2).getStatus());
	}

	@Test
	void aValueAlreadyThereIsNoEdit() {
		run(checkIns.setReport(action, q1, P.getProgressReport_Progress(), 30, null));
		assertNull(checkIns.setReport(action, q1, P.getProgressReport_Progress(), 30, null));
	}

	@Test
	void kpiValuesByNameBecomeMeasurementsOfTheQuarter() throws Exception {
		stack.execute(compound(checkIns.setKpiActuals(measured, q2, "滿意度=92.5；等候時間＝8")));
		assertEquals(92.5, CheckInCommands.measurement(measured.getKpis().get(0), q2).getValue());
		assertEquals(8.0, CheckInCommands.measurement(measured.getKpis().get(1), q2).getValue());
		assertEquals("滿意度=92.5；等候時間=8", CheckInCommands.kpiActuals(measured, q2));
		assertEquals(List.of(), checkIns.setKpiActuals(measured, q2, "滿意度=92.5；等候時間=8"), "the same values: nothing to do");

		stack.execute(compound(checkIns.setKpiActuals(measured, q2, "等候時間=7.25")));
		assertEquals(7.25, CheckInCommands.measurement(measured.getKpis().get(1), q2).getValue());
		assertEquals(1, measured.getKpis().get(1).getMeasurements().size(), "changed, not added twice");
		stack.undo();
		stack.undo();
		assertNull(CheckInCommands.measurement(measured.getKpis().get(0), q2));

		CheckInCommands.BadValue unknown = assertThrows(CheckInCommands.BadValue.class,
				() -> checkIns.setKpiActuals(measured, q2, "滿意度=92；候位人數=3"));
		assertTrue(unknown.getMessage().contains("候位人數=3"), unknown.getMessage());
		assertThrows(CheckInCommands.BadValue.class, () -> checkIns.setKpiActuals(measured, q2, "滿意度=很好"));
	}

	@Test
	void progressDatesAndStatusesAreReadAsUsersWriteThem() throws Exception {
		assertEquals(85, CheckInCommands.parseProgress(" 85% "));
		assertEquals(100, CheckInCommands.parseProgress("100％"));
		assertEquals(LocalDate.of(2024, 3, 31), CheckInCommands.parseDate("113/3/31"));
		assertEquals(LocalDate.of(2024, 3, 31), CheckInCommands.parseDate("113年3月31日"));
		assertEquals(LocalDate.of(2024, 3, 31), CheckInCommands.parseDate("2024-03-31"));
		assertNull(CheckInCommands.parseDate("  "));
		for (Locale locale : List.of(Locale.TAIWAN, Locale.ENGLISH)) {
			Locales.with(locale, () -> {
				for (ActionStatus status : ActionStatus.VALUES) {
					assertEquals(status, CheckInCommands.statusNamed(CheckInCommands.statusName(status)), locale + " " + status);
				}
			});
		}
	}

	@Test
	void whatCannotBeTakenIsRefusedInTheUsersLanguage() {
		Locales.with(Locale.ENGLISH, () -> {
			for (String bad : List.of("101", "-1", "八成", "")) {
				CheckInCommands.BadValue e = assertThrows(CheckInCommands.BadValue.class, () -> CheckInCommands.parseProgress(bad));
				assertTrue(e.getMessage().contains("0 to 100"), e.getMessage());
				assertFalse(CJK.matcher(e.getMessage().replace(bad, "")).find(), "English words only: " + e.getMessage());
			}
			CheckInCommands.BadValue date = assertThrows(CheckInCommands.BadValue.class, () -> CheckInCommands.parseDate("三月底"));
			assertFalse(CJK.matcher(date.getMessage().replace("三月底", "")).find(), date.getMessage());
			CheckInCommands.BadValue early = assertThrows(CheckInCommands.BadValue.class,
					() -> CheckInCommands.parseDate("1911-12-31"));
			assertTrue(early.getMessage().contains("1912"), early.getMessage());
		});

		Locales.with(Locale.TAIWAN, () -> {
			CheckInCommands.BadValue chinese = assertThrows(CheckInCommands.BadValue.class, () -> CheckInCommands.parseProgress("120"));
			assertTrue(chinese.getMessage().startsWith("「120」不是進度"), chinese.getMessage());
		});
	}

	private void run(Command command) {
		assertTrue(command != null && command.canExecute());
		stack.execute(command);
	}

	private static Command compound(List<Command> commands) {
		org.eclipse.emf.common.command.CompoundCommand c = new org.eclipse.emf.common.command.CompoundCommand();
		commands.forEach(c::append);
		return c;
	}
}
