package pdca.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;

/**
 * Warm timings of the plan model: loading, validating and saving one large plan (2,000
 * actions), and loading and validating a portfolio of 300 plans of 100 actions each. The plans
 * come from {@link SyntheticPlans} and are written to a temporary folder by each fork.
 *
 * <p>Each benchmark runs in its own JVM with a 1 GiB heap, the product's default, in the
 * Traditional Chinese locale of its users (validation messages are formatted in it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Duser.language=zh", "-Duser.country=TW", "-Dfile.encoding=UTF-8" })
public class PlanBenchmarks {

	/** The 2,000-action plan, on disk and loaded. */
	@State(Scope.Benchmark)
	public static class LargePlan {

		Path folder;
		Path file;
		Path saveTarget;
		Plan plan;

		@Setup(Level.Trial)
		public void setUp() throws IOException, PlanFileException {
			folder = Files.createTempDirectory("pdca-bench-large");
			file = SyntheticPlans.writePlan(folder.resolve("large.pdca"), SyntheticPlans.SEED, SyntheticPlans.LARGE_PLAN_ACTIONS);
			saveTarget = folder.resolve("saved").resolve("large.pdca");
			plan = PlanFiles.load(file);
		}

		@TearDown(Level.Trial)
		public void tearDown() throws IOException {
			deleteTree(folder);
		}
	}

	/** The 300 × 100-action portfolio, on disk. */
	@State(Scope.Benchmark)
	public static class Portfolio {

		Path folder;
		List<Path> files;

		@Setup(Level.Trial)
		public void setUp() throws IOException, PlanFileException {
			folder = Files.createTempDirectory("pdca-bench-portfolio");
			files = SyntheticPlans.writePortfolio(folder, SyntheticPlans.PORTFOLIO_PLANS, SyntheticPlans.PORTFOLIO_PLAN_ACTIONS,
					SyntheticPlans.SEED);
		}

		@TearDown(Level.Trial)
		public void tearDown() throws IOException {
			deleteTree(folder);
		}
	}

	/** Parses the 2,000-action plan file into a new resource set ({@link PlanFiles#load}). */
	@Benchmark
	public Plan loadLargePlan(LargePlan s) throws PlanFileException {
		return PlanFiles.load(s.file);
	}

	/** Runs every validation rule on the loaded 2,000-action plan. */
	@Benchmark
	public List<Problem> validateLargePlan(LargePlan s) {
		return PlanValidation.validate(s.plan);
	}

	/** What opening the plan in the workbench costs: load, then validate. */
	@Benchmark
	public List<Problem> loadAndValidateLargePlan(LargePlan s) throws PlanFileException {
		return PlanValidation.validate(PlanFiles.load(s.file));
	}

	/** Saves the 2,000-action plan atomically (serialise, temp file, fsync, rename). */
	@Benchmark
	public Path saveLargePlan(LargePlan s) throws PlanFileException {
		PlanFiles.save(s.plan, s.saveTarget);
		return s.saveTarget;
	}

	/** Only the XMI serialisation part of saving, to memory: no file, no fsync. */
	@Benchmark
	public int serializeLargePlan(LargePlan s) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		s.plan.eResource().save(out, null);
		return out.size();
	}

	/**
	 * Loads and validates all 300 plans of the portfolio, one after the other. One operation
	 * takes about a second and the JIT needs several to settle, so its iterations are longer.
	 */
	@Benchmark
	@Warmup(iterations = 3, time = 6, timeUnit = TimeUnit.SECONDS)
	@Measurement(iterations = 5, time = 4, timeUnit = TimeUnit.SECONDS)
	public int loadAndValidatePortfolio(Portfolio s, Blackhole bh) throws PlanFileException {
		int problems = 0;
		for (Path file : s.files) {
			Plan plan = PlanFiles.load(file);
			List<Problem> found = PlanValidation.validate(plan);
			problems += found.size();
			bh.consume(plan);
		}
		return problems;
	}

	static void deleteTree(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
