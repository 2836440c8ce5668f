package pdca.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;

import pdca.importer.ImportResult;
import pdca.importer.PlanImporter;
import pdca.model.logic.PlanStructure;

/**
 * How long the importer takes for one document, in one JVM: the first import (cold: classes
 * loaded, code interpreted) and the median and best of the following ones (warm), reading and
 * recognising included.
 *
 * <pre>
 * ImportSpeed DOCUMENT [WARM_PASSES]
 * </pre>
 *
 * Prints {@code RESULT file=... pages=... items=... cold_ms=... warm_median_ms=... warm_best_ms=...}.
 */
public final class ImportSpeed {

	private ImportSpeed() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		long start = System.nanoTime();
		ImportResult first = PlanImporter.importFile(file);
		double cold = (System.nanoTime() - start) / 1e6;
		double[] warm = new double[passes];
		for (int i = 0; i < passes; i++) {
			long s = System.nanoTime();
			PlanImporter.importFile(file);
			warm[i] = (System.nanoTime() - s) / 1e6;
		}
		Arrays.sort(warm);
		int items = PlanStructure.strategies(first.plan()).size() + PlanStructure.methods(first.plan()).size()
				+ PlanStructure.actions(first.plan()).size();
		System.out.printf(java.util.Locale.ROOT, "RESULT file=%s pages=%d items=%d cold_ms=%.0f warm_median_ms=%.1f warm_best_ms=%.1f%n",
				file.getFileName(), first.source().pages(), items, cold, passes == 0 ? 0 : warm[passes / 2],
				passes == 0 ? 0 : warm[0]);
	}
}
