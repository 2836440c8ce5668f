package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Kpi;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.WorkItem;
import pdca.model.logic.Quarter;
import pdca.test.support.EditorFixture;
import pdca.tracker.ui.pages.CheckInPage;

/** The KPI thresholds of the Overview page, and what they make of a value reported on the Check-ins page. */
class KpiThresholdsTest {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;
	private EditorFixture fixture;

	@BeforeEach
	void workspace() throws Exception {
		fixture = new EditorFixture("thresholds-test");
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	@Test
	void kpiThresholdsSetOnTheOverviewDecideWhenAKpiCountsAsMet() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		WorkItem item = pdca.model.logic.PlanStructure.trackedItems(editor.plan()).get(0);
		Kpi kpi = PdcaFactory.eINSTANCE.createKpi();
		kpi.setName("滿意度");
		kpi.setTarget(90.0);
		editor.editing().addNew(item, P.getWorkItem_Kpis(), kpi);
		editor.page(CheckInPage.class).showQuarter(2);
		assertTrue(editor.page(CheckInPage.class).enter(item, CheckInPage.KPI, "85"));
		Quarter q2 = new Quarter(editor.plan().getRocYear(), 2);
		// 85 of 90 is 94.4 %: near with the default thresholds (green 100 %, amber 90 %)
		assertEquals(pdca.model.logic.KpiAchievement.Level.NEAR, pdca.model.logic.KpiAchievement.of(kpi, q2).level());
		OverviewPage overview = editor.page(OverviewPage.class);
		overview.enterKpiThresholds("120%", "");
		assertEquals("", overview.errorText());
		assertEquals(120.0, editor.plan().getKpiGreenPercent(), "a per cent sign is accepted");
		overview.enterKpiThresholds("94", "80");
		assertEquals(pdca.model.logic.KpiAchievement.Level.MET, pdca.model.logic.KpiAchievement.of(kpi, q2).level(),
				"with green from 94 % the same value counts as met");
		overview.enterKpiThresholds("94", "abc");
		assertTrue(overview.errorText().contains("abc"), "a wrong value is named: " + overview.errorText());
		assertEquals(80.0, editor.plan().getKpiAmberPercent(), "and changes nothing");
	}
}
