package pdca.tracker.ui.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.edit.CheckInCommands;
import pdca.model.ActionStatus;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormItem;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.WorkItem;
import pdca.model.logic.Quarter;
import pdca.test.support.EditorFixture;
import pdca.ui.editor.PlanEditor;

/** Check-ins, review meetings and evaluation records entered through the editor's pages. */
class TrackerPagesTest {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;
	private EditorFixture fixture;

	@BeforeEach
	void workspace() throws Exception {
		fixture = new EditorFixture("tracker-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	private static ProgressReport report(PlanEditor editor, WorkItem item, int rocYear, int quarter) {
		return editor.plan().getProgressReports().stream()
				.filter(r -> r.getAction() == item && r.getRocYear() == rocYear && r.getQuarter() == quarter).findFirst().orElse(null);
	}

	@Test
	void aStatusTypedIntoTheGridBecomesTheQuartersReportAndShowsAsPreviousNextQuarter() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		int year = editor.plan().getRocYear();
		CheckInPage page = editor.page(CheckInPage.class);
		editor.showPage(TrackerPages.CHECK_INS);
		page.showQuarter(2);
		waitUntil("the check-in grid to show the quarter's items", () -> page.table().isVisible() && page.rowCount() > 0);
		settle();
		WorkItem item = page.itemAt(0);
		assertNull(report(editor, item, year, 2));

		// positions in the grid count the column and row headers
		assertTrue(page.table().doCommand(new UpdateDataCommand(page.table(), CheckInPage.STATUS + 1, 1, CheckInCommands.statusName(ActionStatus.DONE))),
				"the grid takes the value; size " + page.table().getSize() + ", rows " + page.table().getRowCount());
		spin(editor::isDirty, 2000);
		ProgressReport created = report(editor, item, year, 2);
		assertNotNull(created, "typing a status creates the item's report for the quarter");
		assertEquals(ActionStatus.DONE, created.getStatus());
		assertEquals(100, created.getProgress(), "done means 100 %");
		assertNotNull(created.getReportedOn(), "the report is dated");
		assertEquals(CheckInCommands.statusName(ActionStatus.DONE), page.cellText(CheckInPage.STATUS, 0));

		assertTrue(page.enter(item, CheckInPage.NARRATIVE, "已完成櫃台動線調整"));
		assertEquals("已完成櫃台動線調整", created.getNarrative());

		page.showQuarter(3);
		String previous = page.cellText(CheckInPage.PREVIOUS, 0);
		assertTrue(previous.contains(CheckInCommands.statusName(ActionStatus.DONE)) && previous.contains("100%")
				&& previous.contains("已完成櫃台動線調整"), "the next quarter shows the entry beside the new one: " + previous);

		EditorFixture.execute("org.eclipse.ui.edit.undo");
		EditorFixture.execute("org.eclipse.ui.edit.undo");
		assertNull(report(editor, item, year, 2), "undo removes the report again");
		assertFalse(editor.isDirty());
	}


	@Test
	void wrongValuesAreRefusedWithAReasonAndChangeNothing() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		CheckInPage page = editor.page(CheckInPage.class);
		page.showQuarter(1);
		WorkItem item = page.itemAt(1);
		assertFalse(page.enter(item, CheckInPage.PROGRESS, "120"), "a progress above 100 % is refused");
		assertFalse(page.enter(item, CheckInPage.REPORTED_ON, "上週"), "a date that is not a date is refused");
		assertFalse(page.enter(item, CheckInPage.REPORTED_ON, "1900-05-01"), "a date before 民國1年 is refused");
		assertFalse(page.enter(item, CheckInPage.REPORTED_ON, "0/1/1"), "民國0年 is no date");
		assertNull(report(editor, item, editor.plan().getRocYear(), 1), "nothing was recorded");
		assertFalse(editor.isDirty());
		assertTrue(page.enter(item, CheckInPage.PROGRESS, "40%"));
		assertEquals(40, report(editor, item, editor.plan().getRocYear(), 1).getProgress());
	}

	@Test
	void kpiActualValuesAreRecordedAsMeasurementsOfTheQuarter() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		CheckInPage page = editor.page(CheckInPage.class);
		page.showQuarter(2);
		WorkItem item = page.itemAt(0);
		Kpi satisfaction = PdcaFactory.eINSTANCE.createKpi();
		satisfaction.setName("滿意度");
		satisfaction.setTarget(90.0);
		Kpi waiting = PdcaFactory.eINSTANCE.createKpi();
		waiting.setName("等候時間");
		waiting.setTarget(10.0);
		editor.editing().runAll("kpis", List.of(org.eclipse.emf.edit.command.AddCommand.create(editor.getEditingDomain(), item,
				P.getWorkItem_Kpis(), List.of(satisfaction, waiting))));

		assertFalse(page.enter(item, CheckInPage.KPI, "92"), "with two KPIs a bare number is ambiguous");
		for (String notAFigure : new String[] { "滿意度=NaN", "滿意度=Infinity", "滿意度=1e400", "滿意度=0x10" }) {
			assertFalse(page.enter(item, CheckInPage.KPI, notAFigure), notAFigure + " is refused");
		}
		assertTrue(satisfaction.getMeasurements().isEmpty(), "nothing was recorded");
		assertTrue(page.enter(item, CheckInPage.KPI, "滿意度=92；等候時間=8.5"));
		assertEquals(92.0, CheckInCommands.measurement(satisfaction, new Quarter(editor.plan().getRocYear(), 2)).getValue());
		assertEquals(8.5, CheckInCommands.measurement(waiting, new Quarter(editor.plan().getRocYear(), 2)).getValue());
		assertEquals("滿意度=92；等候時間=8.5", page.cellText(CheckInPage.KPI, 0));
	}

	@Test
	void evidenceFilesAreCopiedNextToThePlan() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		CheckInPage page = editor.page(CheckInPage.class);
		page.showQuarter(1);
		WorkItem item = page.itemAt(0);
		Path source = Files.createTempFile("簽到表", ".pdf");
		Files.writeString(source, "evidence");
		assertTrue(page.attach(item, source));
		ProgressReport r = report(editor, item, editor.plan().getRocYear(), 1);
		String location = r.getEvidence().get(0).getLocation();
		assertTrue(location.startsWith("evidence/" + editor.plan().getRocYear() + "Q1/"), location);
		assertTrue(Files.exists(editor.planFile().getParent().resolve(location)), "the file was copied into the plan's folder");
	}

	@Test
	void openImprovementActionsComeBackAtTheNextMeetingUntilClosed() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		ReviewMeetingPage page = editor.page(ReviewMeetingPage.class);
		editor.showPage(TrackerPages.MEETINGS);
		page.addMeeting();
		ReviewMeeting first = editor.plan().getReviewMeetings().get(0);
		ImprovementAction action = PdcaFactory.eINSTANCE.createImprovementAction();
		action.setText("增設預約取號看板");
		action.setStatus(ImprovementStatus.OPEN);
		editor.editing().addNew(first, P.getReviewMeeting_ImprovementActions(), action);

		page.addMeeting();
		ReviewMeeting second = editor.plan().getReviewMeetings().get(1);
		assertEquals(ReviewMeetingPage.quarterOf(first).next(), ReviewMeetingPage.quarterOf(second), "the next meeting is for the next quarter");
		page.reveal(second);
		assertEquals(List.of(action), page.carried().viewer().getInput(), "the open action is listed again at the next meeting");
		assertTrue(page.agendaText().contains("增設預約取號看板"), "and on its agenda: " + page.agendaText());

		editor.editing().set(action, P.getImprovementAction_Status(), ImprovementStatus.CLOSED);
		page.reveal(second);
		assertEquals(List.of(), page.carried().viewer().getInput(), "a closed action is not carried any more");
	}

	@Test
	void anEvaluationRecordIsScoredAsItIsFilledLeavingOutNotApplicableItems() throws Exception {
		PlanEditor editor = fixture.open("keelung");
		EvaluationPage page = editor.page(EvaluationPage.class);
		editor.showPage(TrackerPages.EVALUATIONS);
		EvaluationRecord record = page.addRecord();
		assertNotNull(record, "the plan has evaluation forms");
		EvaluationForm form = record.getForm();
		List<FormItem> items = form.getSections().get(0).getItems();
		// 候選人登記服務, section (一): six yes/no items of 10 points; the form totals 100.
		page.answer(items.get(0), P.getItemAnswer_Checked(), true);
		page.answer(items.get(1), P.getItemAnswer_Checked(), true);
		page.answer(items.get(2), P.getItemAnswer_Checked(), true);
		page.answer(items.get(3), P.getItemAnswer_Checked(), false);
		page.answer(items.get(4), P.getItemAnswer_NotApplicable(), true);
		waitUntil("the score of the answers so far", () -> page.resultText().contains("33.33"));
		// by hand: earned 3 × 10 = 30; possible 100 − 10 (not applicable) = 90; score 30 / 90 × 100 = 33.33
		String shown = page.resultText();
		assertTrue(shown.contains("30") && shown.contains("90") && shown.contains("33.33"), shown);
		page.answer(items.get(4), P.getItemAnswer_NotApplicable(), false);
		waitUntil("the score with the item counting again", () -> page.resultText().contains("100"));
		assertTrue(page.resultText().contains("100") && page.resultText().contains("30"), "the item counts again: " + page.resultText());
	}
}
