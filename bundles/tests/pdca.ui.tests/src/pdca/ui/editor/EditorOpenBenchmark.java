package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import pdca.model.Action;
import pdca.model.Agency;
import pdca.model.Method;
import pdca.model.Organisation;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.Schedule;

/**
 * Prints how long the plan editor takes on a 2,000-action plan: open to first paint, switch to a
 * painted Actions grid, and one text edit (command, refresh of all pages). It only runs with
 * -Dpdca.benchmark=true (see releng/benchmarks/editor.sh), and checks that what it timed happened:
 * the editor shows the whole plan, the grid has a row for each of the 2,000 actions, every edit
 * reached the model and the editor is dirty, and no round took more than a generous bound (far
 * above the measured times, so that only a hang or a collapse fails it).
 */
@EnabledIfSystemProperty(named = "pdca.benchmark", matches = "true")
class EditorOpenBenchmark {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	private static final String[] DEADLINES = { "107年12月", "3月、6月、9月、12月完成", "6月完成並持續辦理", "107/1~107/12" };

	static Plan largePlan(int strategies, int methods, int actions) {
		Plan plan = F.createPlan();
		plan.setTitle("大型測試計畫");
		plan.setRocYear(107);
		Agency agency = F.createAgency();
		agency.setName("測試機關");
		plan.setAgency(agency);
		Organisation org = F.createOrganisation();
		plan.setOrganisation(org);
		for (int u = 0; u < 20; u++) {
			Unit unit = F.createUnit();
			unit.setName("第" + (u + 1) + "科");
			org.getUnits().add(unit);
		}
		int n = 0;
		for (int s = 1; s <= strategies; s++) {
			Strategy strategy = F.createStrategy();
			strategy.setNumber(s);
			strategy.setText("提升服務品質策略第" + s + "項，強化便民服務與跨機關整合");
			plan.getStrategies().add(strategy);
			for (int m = 1; m <= methods; m++) {
				Method method = F.createMethod();
				method.setNumber(m);
				method.setText("推動作法第" + m + "項：檢討簡化申辦流程並公開處理進度");
				strategy.getMethods().add(method);
				for (int a = 1; a <= actions; a++) {
					Action action = F.createAction();
					action.setNumber(a);
					action.setText("具體作法第" + (++n) + "項：定期檢討服務流程，提供民眾便捷且一致的服務，並追蹤改善情形。");
					action.setExpectedBenefit("減少民眾臨櫃等候時間，提升滿意度。");
					action.setSchedule(Schedule.parse(DEADLINES[n % DEADLINES.length]));
					action.setLeadOwner(org.getUnits().get(n % 20));
					method.getActions().add(action);
				}
			}
		}
		return plan;
	}

	private static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run everything queued, including paints
		}
	}

	@Test
	void openA2000ActionPlan() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmark");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		Path temp = Files.createTempFile("large", ".pdca");
		PlanFiles.save(largePlan(20, 10, 10), temp);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (int round = 1; round <= 4; round++) {
			IFile file = project.getFile("large-" + round + ".pdca");
			file.create(new ByteArrayInputStream(Files.readAllBytes(temp)), true, null);
			long t0 = System.nanoTime();
			PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID, true);
			settle();
			long firstPaint = System.nanoTime();
			editor.showPage(PlanEditorPages.ACTIONS);
			ActionsGridPage grid = editor.page(ActionsGridPage.class);
			grid.table().redraw();
			grid.table().update();
			settle();
			long gridReady = System.nanoTime();
			editor.showPage(PlanEditorPages.STRUCTURE);
			settle();
			Action action = PlanStructure.actions(editor.plan()).get(1500);
			String expectedText = action.getText();
			editor.reveal(action);
			settle();
			long e0 = System.nanoTime();
			for (int i = 0; i < 10; i++) {
				editor.structurePage().textField().setText(action.getText() + i);
				editor.structurePage().textField().notifyListeners(SWT.FocusOut, new Event());
				settle();
			}
			long perEdit = (System.nanoTime() - e0) / 10;
			assertEquals(2_000, PlanStructure.actions(editor.plan()).size(), "the editor holds the whole plan");
			assertEquals(2_000, grid.rowCount(), "the Actions grid has a row for every action");
			assertEquals(expectedText + "0123456789", action.getText(), "each of the ten edits reached the model");
			assertTrue(editor.isDirty(), "the edits made the editor dirty");
			assertTrue(t0 < firstPaint && firstPaint <= gridReady, "timed in order");
			assertTrue(gridReady - t0 < TimeUnit.SECONDS.toNanos(30), "opened and painted within 30 s");
			assertTrue(perEdit < TimeUnit.SECONDS.toNanos(5), "one edit within 5 s");
			System.out.printf("editor-benchmark round %d (%s): open to first paint %d ms, to painted grid %d ms, one edit %d ms (%d rows)%n",
					round, round == 1 ? "cold" : "warm", (firstPaint - t0) / 1_000_000, (gridReady - t0) / 1_000_000,
					perEdit / 1_000_000, grid.rowCount());
			page.closeEditor(editor, false);
			settle();
		}
		Files.delete(temp);
		project.delete(true, true, null);
	}
}
