package pdca.benchmarks;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.validation.PlanValidation;

/**
 * One side of the portfolio ratio of {@code releng/benchmarks/ratios.sh}: either loads and
 * validates every plan of a portfolio folder with the model ({@code model}), or only parses every
 * file with the JDK's SAX parser and a handler that looks at each element and attribute
 * ({@code sax}), the floor any XML-based load has to pay. Each mode runs in a fresh JVM; the first
 * pass is the cold figure, the median of the following passes the warm one. Plans are discarded
 * after each file, so neither side holds the portfolio.
 *
 * <pre>
 * PortfolioRatio model|sax FOLDER [WARM_PASSES]
 * </pre>
 *
 * Prints {@code RESULT mode=... files=... cold_ms=... warm_median_ms=... warm_best_ms=... cold_cpu_ms=...
 * warm_cpu_median_ms=...}: wall times, and the CPU time the JVM used meanwhile (all its threads),
 * which other work on a shared machine disturbs less.
 */
public final class PortfolioRatio {

	private PortfolioRatio() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2 || !(args[0].equals("model") || args[0].equals("sax"))) {
			System.err.println("usage: PortfolioRatio model|sax FOLDER [WARM_PASSES]");
			System.exit(2);
		}
		boolean model = args[0].equals("model");
		List<Path> files = SyntheticPlans.planFilesIn(Path.of(args[1]));
		int warmPasses = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		long t0 = System.nanoTime();
		long c0 = processCpuNanos();
		long count = model ? loadAndValidate(files) : parse(files);
		double cold = (System.nanoTime() - t0) / 1e6;
		double coldCpu = (processCpuNanos() - c0) / 1e6;
		double[] warm = new double[warmPasses];
		double[] warmCpu = new double[warmPasses];
		for (int i = 0; i < warmPasses; i++) {
			long t = System.nanoTime();
			long c = processCpuNanos();
			long again = model ? loadAndValidate(files) : parse(files);
			warm[i] = (System.nanoTime() - t) / 1e6;
			warmCpu[i] = (processCpuNanos() - c) / 1e6;
			if (again != count) {
				throw new IllegalStateException("a pass saw " + again + " instead of " + count);
			}
		}
		Arrays.sort(warm);
		Arrays.sort(warmCpu);
		System.out.printf(Locale.ROOT, "RESULT mode=%s files=%d count=%d cold_ms=%.0f warm_median_ms=%.0f warm_best_ms=%.0f"
				+ " cold_cpu_ms=%.0f warm_cpu_median_ms=%.0f%n", args[0], files.size(), count, cold,
				warmPasses == 0 ? Double.NaN : warm[warmPasses / 2], warmPasses == 0 ? Double.NaN : warm[0], coldCpu,
				warmPasses == 0 ? Double.NaN : warmCpu[warmPasses / 2]);
	}

	/** CPU time of the whole JVM (every thread: this one, the compilers, the collector). */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** Loads and validates each plan; returns the number of problems found (the same in every pass). */
	private static long loadAndValidate(List<Path> files) throws Exception {
		long problems = 0;
		for (Path file : files) {
			Plan plan = PlanFiles.load(file);
			problems += PlanValidation.validate(plan).size();
		}
		return problems;
	}

	/** Parses each file with one namespace-aware SAX parser; returns the number of elements and attributes. */
	private static long parse(List<Path> files) throws Exception {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		SAXParser parser = factory.newSAXParser();
		Counter counter = new Counter();
		for (Path file : files) {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
				parser.parse(in, counter);
			}
			parser.reset();
		}
		return counter.count;
	}

	private static final class Counter extends DefaultHandler {
		long count;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			count++;
			for (int i = 0; i < attributes.getLength(); i++) {
				count += attributes.getValue(i).isEmpty() ? 0 : 1;
			}
		}
	}
}
