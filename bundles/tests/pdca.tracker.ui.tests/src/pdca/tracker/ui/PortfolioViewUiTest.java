package pdca.tracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

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
import pdca.model.i18n.MessageBundle;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Quarter;
import pdca.model.logic.TrackerStatus;
import pdca.samples.SamplePlans;

/** The portfolio view over the sample plans: its lines, their order, a saved plan's line, drill-down. */
class PortfolioViewUiTest {

	/** Columns: agency, year, status, the four quarters of the heat map, progress, … */
	private static final int FIRST_QUARTER = 3;
	private static final int PROGRESS = 7;
	/** … overdue, units reported, KPIs, improvements, grade, last year. */
	private static final int LAST_YEAR = 13;

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
		spin(view::loaded, 30000);
		assertTrue(view.loaded(), "the plans are read");
		view.setQuarter(quarter);
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
				String cell = view.table().getItem(row).getText(FIRST_QUARTER + q - 1);
				if (q > e.row().quarter().quarter()) {
					// as on the dashboard, a quarter after the one shown is not known yet
					assertEquals(TrackerMessages.tracker_notYet, cell, e.file().getName() + " Q" + q);
					continue;
				}
				var status = TrackerStatus.of(plan, new Quarter(plan.getRocYear(), q)).planStatus().effective();
				assertEquals(Charts.symbol(status), cell, e.file().getName() + " Q" + q);
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
		spin(() -> view.reads() > reads && view.loaded(), 5000);
		assertEquals(reads + 1, view.reads(), "only the saved plan is read again");
		assertEquals(0, view.readsOnUiThread(), "plans are read off the UI thread");
		PortfolioView.Entry updated = view.entries().stream().filter(e -> e.file().equals(keelung.file())).findFirst().orElseThrow();
		assertEquals("基隆市選舉委員會（修正）", updated.plan().getAgency().getName());

		view.filter("（修正）");
		waitUntil("the search to leave one plan", () -> view.table().getItemCount() == 1);
		assertEquals(1, view.table().getItemCount(), "the search finds the agency");
		assertEquals("基隆市選舉委員會（修正）", view.table().getItem(0).getText(0));
		view.filter("");

		view.openPlan(updated);
		spin(() -> page.getActiveEditor() != null, 3000);
		assertNotNull(page.getActiveEditor());
		IFile opened = ((IFileEditorInput) page.getActiveEditor().getEditorInput()).getFile();
		assertEquals(keelung.file(), opened);
	}

	@Test
	void thePlansAreReadOnceEachOffTheUiThread() throws Exception {
		PortfolioView view = (PortfolioView) page.showView(PortfolioView.ID);
		int plans = SamplePlans.planFiles().size() + SamplePlans.trackingFiles().size() + 1;
		spin(view::loaded, 30000);
		assertTrue(view.loaded());
		assertEquals(plans, view.entries().size());
		assertEquals(plans, view.reads(), "each plan read once");
		assertEquals(0, view.readsOnUiThread(), "none on the UI thread: the window is not kept waiting");
	}

	@Test
	void theDetailsOfALineListWhatNeedsAttentionAndOpenThePlanAtIt() throws Exception {
		assertEquals(pdca.ui.editor.PlanEditor.ELEMENT_ID, PortfolioView.ELEMENT_ID);
		PortfolioView view = open(3);
		PortfolioView.Entry station = view.entries().stream()
				.filter(e -> e.file().getName().startsWith("tainan") && e.plan() != null && !e.plan().getProgressReports().isEmpty()).findFirst().orElseThrow();
		view.select(station);
		spin(() -> !view.shownDetails().isEmpty(), 3000);
		TrackerStatus dashboard = TrackerStatus.of(station.plan(), new Quarter(106, 3));
		List<PortfolioView.Detail> details = view.shownDetails();
		List<PortfolioView.Detail> overdue = details.stream().filter(d -> d.kind().equals(TrackerMessages.detail_overdue)).toList();
		List<PortfolioView.Detail> kpis = details.stream().filter(d -> d.kind().equals(TrackerMessages.detail_kpi)).toList();
		assertEquals(dashboard.overdue().size(), overdue.size(), "every overdue item of the dashboard");
		assertEquals(dashboard.kpisOffTarget().size(), kpis.size(), "every KPI off target");
		assertEquals(details.size(), view.detailsTable().getItemCount());
		assertTrue(view.detailsTable().getItem(0).getText(1).contains(
				pdca.model.validation.ElementPaths.describe(dashboard.overdue().get(0).item())), "the item is named");

		// an overdue item: the plan opens with the item selected on the structure page
		PortfolioView.Detail late = overdue.get(overdue.size() - 1);
		view.openDetail(late);
		spin(() -> page.getActiveEditor() instanceof pdca.ui.editor.PlanEditor, 5000);
		pdca.ui.editor.PlanEditor editor = (pdca.ui.editor.PlanEditor) page.getActiveEditor();
		assertEquals(station.file(), ((IFileEditorInput) editor.getEditorInput()).getFile());
		spin(() -> editor.selectedStructureElement() != null, 3000);
		assertEquals("pdca.ui.page.structure", editor.activePageId());
		assertEquals(((pdca.model.Identified) late.element()).getId(),
				((pdca.model.Identified) editor.selectedStructureElement()).getId());

		// a KPI off target: the same editor shows its KPI page
		page.activate(view);
		view.openDetail(kpis.get(0));
		spin(() -> "pdca.ui.page.kpis".equals(editor.activePageId()), 3000);
		assertEquals("pdca.ui.page.kpis", editor.activePageId());
		assertEquals(1, java.util.Arrays.stream(page.getEditorReferences())
				.filter(r -> pdca.ui.editor.PlanEditor.ID.equals(r.getId())).count(), "the plan's editor, once");

		// a double-click on the line's overdue cell: the first overdue item; on its progress: the plan as it is
		page.activate(view);
		view.openCell(station, PortfolioView.OVERDUE_COLUMN);
		spin(() -> "pdca.ui.page.structure".equals(editor.activePageId()), 3000);
		assertEquals("pdca.ui.page.structure", editor.activePageId());
		assertEquals(((pdca.model.Identified) overdue.get(0).element()).getId(),
				((pdca.model.Identified) editor.selectedStructureElement()).getId());
		assertEquals(TrackerMessages.portfolio_overdue, view.table().getColumn(PortfolioView.OVERDUE_COLUMN).getText());
		assertEquals(TrackerMessages.portfolio_kpis, view.table().getColumn(PortfolioView.KPI_COLUMN).getText());
		assertEquals(TrackerMessages.portfolio_grade, view.table().getColumn(PortfolioView.GRADE_COLUMN).getText());
		page.activate(view);
		view.openCell(station, PortfolioView.KPI_COLUMN);
		spin(() -> "pdca.ui.page.kpis".equals(editor.activePageId()), 3000);
		assertEquals("pdca.ui.page.kpis", editor.activePageId());
		assertEquals(0, station.file().findMarkers(null, true, 0).length - problemMarkers(station.file()),
				"no marker is left behind");
	}

	private static int problemMarkers(IFile file) throws Exception {
		return file.findMarkers(org.eclipse.core.resources.IMarker.PROBLEM, true, 0).length;
	}

	@Test
	void aRolledOverPlanShowsLastYearsLineBesideItsOwn() throws Exception {
		IFolder county = project.getFolder("county");
		county.create(true, true, null);
		for (Path sample : SamplePlans.countyFiles()) {
			IFolder year = county.getFolder(sample.getParent().getFileName().toString());
			if (!year.exists()) {
				year.create(true, true, null);
			}
			try (InputStream in = Files.newInputStream(sample)) {
				year.getFile(sample.getFileName().toString()).create(in, true, null);
			}
		}
		PortfolioView view = open(3);
		PortfolioView.Entry election = entry(view, "county/107/changhua-county-election");
		PortfolioView.Entry lastYear = entry(view, "county/106/changhua-county-election");
		var compared = view.lastYear(election);
		assertEquals(lastYear.quarters().get(2), compared.lastYear(), "last year's line at the same quarter");
		assertEquals(election.row().status().progress() - lastYear.quarters().get(2).status().progress(), compared.progressChange());
		assertTrue(compared.scoreChange().get() < 0, "the score fell");
		assertNull(view.lastYear(entry(view, "county/107/changhua-hemei-township")), "not rolled over");
		int row = view.shownEntries().indexOf(election);
		String cell = view.table().getItem(row).getText(LAST_YEAR);
		assertTrue(cell.startsWith(lastYear.quarters().get(2).status().progress() + "%"), cell);
		assertTrue(cell.contains(pdca.model.logic.Figures.change((double) compared.progressChange())), cell);
	}

	private static PortfolioView.Entry entry(PortfolioView view, String path) {
		return view.entries().stream().filter(e -> e.file().getFullPath().toString().contains(path)).findFirst().orElseThrow();
	}

	@Test
	void theShownPlansBecomeCountySlidesForTheBigScreen() throws Exception {
		PortfolioView view = open(3);
		List<PortfolioView.Entry> plans = view.shownEntries().stream().filter(e -> e.row() != null).toList();
		PresentationMode mode = view.present();
		try {
			waitUntil("the county slides to be open", () -> mode.shell().isVisible() && !mode.slides().isEmpty());
			settle();
			List<PresentationMode.Slide> slides = mode.slides();
			List<PresentationMode.Row> heat = slides.stream().filter(s -> s.kind() == PresentationMode.Kind.COUNTY_HEAT_MAP)
					.flatMap(s -> s.rows().stream()).toList();
			assertEquals(plans.size(), heat.size(), "every plan shown, on as many slides as it takes");
			for (int i = 0; i < plans.size(); i++) {
				PortfolioView.Entry e = plans.get(i);
				assertTrue(heat.get(i).text().startsWith(e.plan().getAgency().getName()), heat.get(i).text());
				for (int q = 1; q <= 4; q++) {
					// as on the dashboard: the quarters up to the one shown, the later ones not known yet
					assertEquals(q <= 3 ? e.quarters().get(q - 1).status().effective() : null, heat.get(i).quarters()[q - 1],
							e.plan().getAgency().getName() + " Q" + q);
				}
			}
			List<PresentationMode.Row> attention = slides.stream().filter(s -> s.kind() == PresentationMode.Kind.COUNTY_ATTENTION)
					.flatMap(s -> s.rows().stream()).toList();
			List<PortfolioView.Entry> needing = plans.stream().filter(e -> pdca.model.logic.Portfolio.needsAttention(e.row())).toList();
			assertTrue(!needing.isEmpty() && needing.size() < plans.size(), "some plans need attention, not all");
			assertEquals(needing.size(), attention.size());
			PortfolioView.Entry tracked = needing.stream().filter(e -> e.row().overdue() > 0).findFirst().orElseThrow();
			PresentationMode.Row row = attention.get(needing.indexOf(tracked));
			assertTrue(row.text().contains(MessageBundle.bind(TrackerMessages.tracker_itemsOverdue, tracked.row().overdue())),
					row.text());
			assertEquals(PresentationMode.Kind.COUNTY_HEAT_MAP, mode.current().kind(), "the heat map comes first");
			mode.next();
			assertTrue(mode.index() == 1);
		} finally {
			mode.close();
		}
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
