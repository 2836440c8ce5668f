package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.samples.SamplePlans;

class ExportCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private Locale saved;

	@TempDir
	Path temp;

	@BeforeEach
	void english() {
		saved = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterEach
	void restore() {
		Locale.setDefault(saved);
	}

	private int run(List<String> args) {
		out.reset();
		err.reset();
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args.toArray(String[]::new));
	}

	@Test
	void portfolioGetsOnePacketAndOneLinePerPlan() throws Exception {
		List<String> args = new ArrayList<>(List.of("export", "--format", "pdf,ods", "--out", temp.toString(), "--zip"));
		SamplePlans.planFiles().forEach(p -> args.add(p.toString()));
		assertEquals(Cli.OK, run(args), err.toString(StandardCharsets.UTF_8));
		String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
		assertEquals(SamplePlans.planFiles().size(), lines.length);
		for (Path plan : SamplePlans.planFiles()) {
			String name = plan.getFileName().toString().replace(".pdca", "");
			assertTrue(Files.size(temp.resolve(name).resolve("report.pdf")) > 0);
			assertTrue(Files.size(temp.resolve(name).resolve("tables.ods")) > 0);
			assertFalse(Files.exists(temp.resolve(name).resolve("report.odt")), "ODT not asked for");
			assertTrue(Files.exists(temp.resolve(name + ".zip")));
		}
	}

	@Test
	void failedPlanGivesStatusOneAndTheOthersAreStillWritten() throws Exception {
		Path broken = Files.writeString(temp.resolve("broken.pdca"), "not a plan");
		Path good = SamplePlans.planFiles().get(0);
		Path dest = temp.resolve("out");
		assertEquals(Cli.FOUND_ERRORS, run(List.of("export", "-o", dest.toString(), broken.toString(), good.toString())));
		String stderr = err.toString(StandardCharsets.UTF_8);
		assertTrue(stderr.contains("broken.pdca"), stderr);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("FAILED"));
		assertTrue(Files.exists(dest.resolve(good.getFileName().toString().replace(".pdca", "")).resolve("manifest.json")));
		assertFalse(Files.exists(dest.resolve("broken")));
	}

	@Test
	void usageErrorsGiveStatusTwo() {
		String plan = SamplePlans.planFiles().get(0).toString();
		assertEquals(Cli.USAGE, run(List.of("export", plan)));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out"));
		assertEquals(Cli.USAGE, run(List.of("export", "--out", temp.toString())));
		assertEquals(Cli.USAGE, run(List.of("export", "--format", "pdf,docx", "--out", temp.toString(), plan)));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("docx"));
	}
}
