package pdca.tracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.spin;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints how long the portfolio view takes to show a generated portfolio (the benchmark generator's 300 plans of
 * 100 actions, in the folder given by -Dpdca.benchmark.portfolio): the first opening after the workbench started
 * (cold) and five more (warm), from opening the view to its lines shown; the longest the UI thread went without
 * handling events meanwhile; and the heap in use with the view open. It only runs with -Dpdca.benchmark=true (see
 * releng/benchmarks/portfolio-view.sh) and checks that what it timed happened: every plan has its line, none was
 * read on the UI thread.
 */
@EnabledIfSystemProperty(named = "pdca.benchmark", matches = "true")
class PortfolioViewBenchmark {

	@Test
	void openThePortfolioView() throws Exception {
		Path folder = Path.of(System.getProperty("pdca.benchmark.portfolio"));
		long plans;
		try (Stream<Path> files = Files.walk(folder)) {
			plans = files.filter(p -> p.toString().endsWith(".pdca")).count();
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmark-portfolio");
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
		description.setLocation(IPath.fromPath(folder));
		project.create(description, null);
		project.open(null);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			List<Long> times = new ArrayList<>();
			List<Long> stalls = new ArrayList<>();
			for (int round = 0; round < 6; round++) {
				long[] stall = new long[1];
				long start = System.nanoTime();
				PortfolioView view = (PortfolioView) page.showView(PortfolioView.ID);
				long opened = System.nanoTime();
				// the UI thread's longest pause while the plans are read: a tick every 10 ms measures the gaps
				long[] last = { System.nanoTime() };
				Display display = Display.getCurrent();
				Runnable[] tick = new Runnable[1];
				tick[0] = () -> {
					long now = System.nanoTime();
					stall[0] = Math.max(stall[0], now - last[0]);
					last[0] = now;
					if (!view.loaded()) {
						display.timerExec(10, tick[0]);
					}
				};
				display.timerExec(10, tick[0]);
				spin(view::loaded, 120_000);
				while (display.readAndDispatch()) {
					// paint the lines
				}
				long shown = System.nanoTime();
				assertTrue(view.loaded(), "the plans were read");
				assertEquals(plans, view.entries().stream().filter(e -> e.row() != null).count(), "a line for every plan");
				assertEquals(plans, view.table().getItemCount());
				assertEquals(0, view.readsOnUiThread());
				times.add((shown - start) / 1_000_000);
				stalls.add(Math.max(stall[0], opened - start) / 1_000_000);
				if (round == 0) {
					System.gc();
					long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
					long max = Runtime.getRuntime().maxMemory();
					System.out.printf("portfolio-view-benchmark: %d plans; heap in use with the view open (after GC): %d MiB of %d MiB%n",
							plans, heap >> 20, max >> 20);
				}
				page.hideView(view);
				while (display.readAndDispatch()) {
					// let the view go
				}
			}
			System.out.printf("portfolio-view-benchmark: cold (first opening): %d ms, UI thread's longest pause %d ms%n", times.get(0),
					stalls.get(0));
			List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
			warm.sort(null);
			System.out.printf("portfolio-view-benchmark: warm (5 openings): median %d ms, %d–%d ms; UI thread's longest pause %d ms%n",
					warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1),
					stalls.subList(1, stalls.size()).stream().mapToLong(Long::longValue).max().getAsLong());
		} finally {
			project.delete(false, true, null); // the project only: the generated plans stay on disk
		}
	}
}
