package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.samples.SamplePlans;

class ExportCommandTest extends CliRunning {


	@TempDir
	Path temp;

	@Test
	void portfolioGetsOnePacketAndOneLinePerPlan() throws Exception {
		List<String> args = new ArrayList<>(List.of("export", "--format", "pdf,ods", "--out", temp.toString(), "--zip"));
		SamplePlans.planFiles().forEach(p -> args.add(p.toString()));
		assertEquals(Cli.OK, run(args), err());
		String[] lines = out().strip().split("\n");
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
		String stderr = err();
		assertTrue(stderr.contains("broken.pdca"), stderr);
		assertTrue(out().contains("FAILED"));
		assertTrue(Files.exists(dest.resolve(good.getFileName().toString().replace(".pdca", "")).resolve("manifest.json")));
		assertFalse(Files.exists(dest.resolve("broken")));
	}

	@Test
	void usageErrorsGiveStatusTwo() {
		String plan = SamplePlans.planFiles().get(0).toString();
		assertEquals(Cli.USAGE, run(List.of("export", plan)));
		assertTrue(err().contains("--out"));
		assertEquals(Cli.USAGE, run(List.of("export", "--out", temp.toString())));
		assertEquals(Cli.USAGE, run(List.of("export", "--format", "pdf,docx", "--out", temp.toString(), plan)));
		assertTrue(err().contains("docx"));
	}
}
