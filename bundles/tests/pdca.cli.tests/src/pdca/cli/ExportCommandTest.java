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

import pdca.export.PacketExporter;
import pdca.model.io.PlanFiles;
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
			String name = PacketExporter.packetName(PlanFiles.load(plan), plan);
			assertTrue(out().contains("\tOK\t" + temp.resolve(name) + "\t"), out());
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
		assertTrue(Files.exists(dest.resolve(PacketExporter.packetName(PlanFiles.load(good), good)).resolve("manifest.json")));
		try (var files = Files.list(dest)) {
			assertEquals(1, files.count(), "only the good plan's packet");
		}
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

	private static Path tainan(List<Path> files) {
		return files.stream().filter(p -> p.getFileName().toString().equals("tainan-motor-vehicle-station.pdca")).findFirst()
				.orElseThrow();
	}

	@Test
	void twoPlansOfTheSameFileNameGetTwoPacketsAndTheLinesSayWhere() throws Exception {
		Path seed = tainan(SamplePlans.planFiles());
		Path tracked = tainan(SamplePlans.trackingFiles());
		assertEquals(Cli.OK, run(List.of("export", "--format", "ods", "-o", temp.toString(), seed.toString(), tracked.toString())),
				err());
		Path first = temp.resolve("106-tainan-motor-vehicle-station");
		Path second = temp.resolve("106-tainan-motor-vehicle-station-2");
		List<String> lines = out().lines().toList();
		assertEquals(2, lines.size(), out());
		assertTrue(lines.get(0).startsWith(seed + "\tOK\t" + first + "\t"), lines.get(0));
		assertTrue(lines.get(1).startsWith(tracked + "\tOK\t" + second + "\t"), lines.get(1));
		assertTrue(err().contains(tracked + ": " + seed + " of this export has the same packet name, so this packet is "
				+ second.getFileName()), err());
		assertTrue(err().contains("2 packet(s) written, 0 plan(s) failed."), err());
		// two packets of two plans: the tracking copy's workbook has its KPI values, the seed's has none
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(first.resolve("tables.ods")),
				Files.readAllBytes(second.resolve("tables.ods"))));
		assertTrue(Files.readString(second.resolve("manifest.json")).contains("tainan-motor-vehicle-station.pdca"));
	}

	@Test
	void hostileFileNameWritesInsideTheDestination() throws Exception {
		Path plans = Files.createDirectories(temp.resolve("plans"));
		Path hostile = plans.resolve("...pdca"); // the name without .pdca is ".."
		Files.copy(SamplePlans.planFiles().get(0), hostile);
		Path dest = temp.resolve("packets/here");
		assertEquals(Cli.OK, run(List.of("export", "--format", "ods", "--zip", "-o", dest.toString(), hostile.toString())), err());
		try (var files = Files.list(temp.resolve("packets"))) {
			assertEquals(List.of(dest), files.toList(), "nothing beside the destination");
		}
		try (var files = Files.list(dest)) {
			assertEquals(java.util.Set.of("099-plan", "099-plan.zip"),
					java.util.Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
		}
		assertTrue(out().contains("\tOK\t" + dest.resolve("099-plan") + "\t"), out());
	}

	@Test
	void exportAgainWithoutZipRemovesTheZipOfTheEarlierExport() throws Exception {
		Path plan = SamplePlans.planFiles().get(0);
		String name = PacketExporter.packetName(PlanFiles.load(plan), plan);
		assertEquals(Cli.OK, run(List.of("export", "--format", "ods", "--zip", "-o", temp.toString(), plan.toString())), err());
		assertTrue(Files.isRegularFile(temp.resolve(name + ".zip")));
		assertEquals(Cli.OK, run(List.of("export", "--format", "ods", "-o", temp.toString(), plan.toString())), err());
		assertFalse(Files.exists(temp.resolve(name + ".zip")), "the old zip would not match the new packet");
		assertTrue(Files.isRegularFile(temp.resolve(name).resolve("tables.ods")));
	}
}
