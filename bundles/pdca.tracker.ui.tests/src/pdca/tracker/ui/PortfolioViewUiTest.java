package pdca.tracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Quarter;
import pdca.model.logic.TrackerStatus;
import pdca.samples.SamplePlans;

/** The portfolio view over the sample plans: its lines, their order, a saved plan's line, drill-down. */
class PortfolioViewUiTest {

	/** Columns: agency, year, status, the four quarters of the heat map, progress, … */
	private static final int FIRST_QUARTER = 3;
	private static final int PROGRESS = 7;

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void workspace() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("portfolio-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		List<Path> samples = new ArrayList<>(SamplePlans.planFiles());
		samples.addAll(SamplePlans.trackingFiles());
		int i = 0;
		for (Path sample : samples) {
			IFolder folder = project.getFolder("p" + i++);
			folder.create(true, true, null);
			try (InputStream in = Files.newInputStream(sample)) {
				folder.getFile(sample.getFileName().toString()).create(in, true, null);
			}
		}
		// a file that is no plan is listed, not skipped
		project.getFile("broken.pdca").create(new java.io.ByteArrayInputStream("<not a plan".getBytes()), true, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		var view = page.findView(PortfolioView.ID);
		if (view != null) {
			page.hideView(view);
		}
		project.delete(true, true, null);
	}

	private PortfolioView open(int quarter) throws Exception {
		PortfolioView view = (PortfolioView) page.showView(PortfolioView.ID);
		view.setQuarter(quarter);
		TrackerUiTest.spin(() -> false, 100);
		return view;
	}

	@Test
	void everyPlanHasTheLineOfItsOwnDashboard() throws Exception {
		PortfolioView view = open(3);
		int plans = SamplePlans.planFiles().size() + SamplePlans.trackingFiles().size();
		assertEquals(plans + 1, view.entries().size());
		assertEquals(plans + 1, view.table().getItemCount());
		for (PortfolioView.Entry e : view.entries()) {
			if (e.file().getName().equals("broken.pdca")) {
				assertNull(e.row());
				assertTrue(e.problem().contains("broken.pdca"), e.problem());
				continue;
			}
			Plan plan = PlanFiles.load(e.file().getLocation().toPath());
			TrackerStatus dashboard = TrackerStatus.of(plan, new Quarter(plan.getRocYear(), 3));
			assertEquals(dashboard.overdue().size(), e.row().overdue(), e.file().getName());
			assertEquals(dashboard.planStatus().progress(), e.row().status().progress(), e.file().getName());
			assertEquals(dashboard.planStatus().effective(), e.row().status().effective(), e.file().getName());
		}
		// those needing attention first: the unreadable file, then the most overdue items
		List<PortfolioView.Entry> shown = view.shownEntries();
		assertNull(shown.get(0).row(), "a file that cannot be read comes first");
		int first = shown.get(1).row().overdue();
		assertTrue(first > 0, "the tracking samples have overdue items");
		for (PortfolioView.Entry e : shown) {
			assertTrue(e.row() == null || e.row().overdue() <= first);
		}
		assertTrue(view.table().getItem(0).getText(0).length() > 0, "the agency is shown");
		// the heat map: each quarter's cell shows the plan's status in that quarter, in its colour
		for (int row = 0; row < view.table().getItemCount(); row++) {
			PortfolioView.Entry e = shown.get(row);
			if (e.row() == null) {
				continue;
			}
			Plan plan = e.plan();
			for (int q = 1; q <= 4; q++) {
				var status = TrackerStatus.of(plan, new Quarter(plan.getRocYear(), q)).planStatus().effective();
				assertEquals(Charts.symbol(status), view.table().getItem(row).getText(FIRST_QUARTER + q - 1), e.file().getName() + " Q" + q);
				assertEquals(Charts.rgb(status), view.table().getItem(row).getBackground(FIRST_QUARTER + q - 1).getRGB());
			}
		}
	}

	@Test
	void aSavedPlanUpdatesItsLineAloneAndADoubleClickOpensIt() throws Exception {
		PortfolioView view = open(3);
		int reads = view.reads();
		PortfolioView.Entry keelung = view.entries().stream().filter(e -> e.file().getName().startsWith("keelung")).findFirst()
				.orElseThrow();
		Plan plan = PlanFiles.load(keelung.file().getLocation().toPath());
		plan.getAgency().setName("基隆市選舉委員會（修正）");
		PlanFiles.save(plan, keelung.file().getLocation().toPath());
		keelung.file().refreshLocal(IResource.DEPTH_ZERO, null);
		TrackerUiTest.spin(() -> view.reads() > reads, 3000);
		assertEquals(reads + 1, view.reads(), "only the saved plan is read again");
		PortfolioView.Entry updated = view.entries().stream().filter(e -> e.file().equals(keelung.file())).findFirst().orElseThrow();
		assertEquals("基隆市選舉委員會（修正）", updated.plan().getAgency().getName());

		view.filter("（修正）");
		TrackerUiTest.spin(() -> false, 50);
		assertEquals(1, view.table().getItemCount(), "the search finds the agency");
		assertEquals("基隆市選舉委員會（修正）", view.table().getItem(0).getText(0));
		view.filter("");

		view.openPlan(updated);
		TrackerUiTest.spin(() -> page.getActiveEditor() != null, 3000);
		assertNotNull(page.getActiveEditor());
		IFile opened = ((IFileEditorInput) page.getActiveEditor().getEditorInput()).getFile();
		assertEquals(keelung.file(), opened);
	}

	@Test
	void aColumnSortsTheLines() throws Exception {
		PortfolioView view = open(2);
		view.sortBy(PROGRESS); // least first
		List<PortfolioView.Entry> shown = view.shownEntries();
		int last = -1;
		for (PortfolioView.Entry e : shown) {
			if (e.row() != null) {
				assertTrue(e.row().status().progress() >= last, "ascending progress");
				last = e.row().status().progress();
			}
		}
		view.sortBy(PROGRESS); // again: most first
		PortfolioView.Entry top = view.shownEntries().get(0);
		assertEquals(last, top.row().status().progress());
	}
}
