package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.templates.NewPlan;
import pdca.test.support.UseLocale;
import pdca.ui.PlanTemplates;
import pdca.ui.wizards.NextYearPlanHandler;

/** A plan made from a template is edited with the template's words for its levels. */
@UseLocale("zh-TW")
class TemplateVocabularyTest {

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void setUp() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("vocabulary-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void tearDown() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void countyPlanningTemplateCallsStrategiesImplementationItems() throws Exception {
		var template = PlanTemplates.registry().find("county-planning-department").orElseThrow();
		Plan plan = NewPlan.fromTemplate(template, "彰化縣政府計畫處", 114);
		IFile file = project.getFile("114.pdca");
		PlanFiles.save(plan, file.getLocation().toPath());
		file.refreshLocal(0, null);
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID, true);
		editor.reveal(PlanStructure.strategies(editor.plan()).get(0));
		while (Display.getCurrent().readAndDispatch()) {
			// let the form update
		}
		Label heading = (Label) ((org.eclipse.swt.widgets.Composite) editor.structurePage().textField().getParent()).getChildren()[0];
		assertTrue(heading.getText().startsWith("實施要項 一、"), heading.getText());
		assertEquals("114年12月", PlanStructure.methods(editor.plan()).get(0).getSchedule().text(), "deadlines fall in the new year");
	}

	@Test
	void actionsGridFollowsTheColumnOrderOfTheTemplatesPlanTable() throws Exception {
		var template = PlanTemplates.registry().find("motor-vehicle-station").orElseThrow();
		Plan plan = NewPlan.fromTemplate(template, "臺南區監理所", 114);
		IFile file = project.getFile("mv-114.pdca");
		PlanFiles.save(plan, file.getLocation().toPath());
		file.refreshLocal(0, null);
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID, true);
		ActionsGridPage grid = editor.page(ActionsGridPage.class);
		int[] shown = new int[7];
		for (int i = 0; i < shown.length; i++) {
			shown[i] = grid.columnAt(i);
		}
		// 策略與方法 | 推動作法 | 完成期限 | 預期效益 as the template prints it; the owners it has no column for go last
		assertArrayEquals(new int[] { ActionsGridPage.STRATEGY, ActionsGridPage.METHOD, ActionsGridPage.NUMBER, ActionsGridPage.TEXT,
				ActionsGridPage.DEADLINE, ActionsGridPage.BENEFIT, ActionsGridPage.OWNERS }, shown);
		int[] election = ActionsGridPage.columnOrder(PlanTemplates.registry().find("election-commission").orElseThrow().columns());
		assertArrayEquals(new int[] { ActionsGridPage.STRATEGY, ActionsGridPage.METHOD, ActionsGridPage.NUMBER, ActionsGridPage.TEXT,
				ActionsGridPage.DEADLINE, ActionsGridPage.OWNERS, ActionsGridPage.BENEFIT }, election);
	}

	@Test
	void nextYearsPlanGoesToTheNextYearsFolder() {
		IFile file = project.getFile("107/changhua.pdca");
		assertEquals("/vocabulary-test/108/changhua.pdca", NextYearPlanHandler.target(file, 107, 108).getFullPath().toString());
		IFile padded = project.getFile("099/beinan.pdca");
		assertEquals("/vocabulary-test/100/beinan.pdca", NextYearPlanHandler.target(padded, 99, 100).getFullPath().toString());
		IFile loose = project.getFile("plan.pdca");
		assertEquals("/vocabulary-test/plan-108.pdca", NextYearPlanHandler.target(loose, 107, 108).getFullPath().toString());
	}
}
