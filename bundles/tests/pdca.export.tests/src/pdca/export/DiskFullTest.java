package pdca.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.samples.SamplePlans;
import pdca.test.support.Locales;

/**
 * A real full disk: a small tmpfs that {@code releng/reliability/run.sh} mounts when it runs as root and names with
 * {@code -Dpdca.reliability.tmpfs=DIR}. A save and an export that run out of space leave the old plan file and the
 * old packet as they were, byte for byte, and nothing of their own behind. (A failing force to disk cannot be made
 * on a real file system; PlanSaveTest makes it on a file system that fails on purpose.)
 */
@EnabledIfSystemProperty(named = "pdca.reliability.tmpfs", matches = ".+")
class DiskFullTest {

	private final Path disk = Path.of(System.getProperty("pdca.reliability.tmpfs", "."));

	@AfterEach
	void empty() throws IOException {
		try (Stream<Path> s = Files.walk(disk)) {
			for (Path p : s.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(disk)).toList()) {
				Files.delete(p);
			}
		}
	}

	@Test
	void aSaveThatRunsOutOfSpaceLeavesTheOldFile() throws Exception {
		Path seed = SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan")).findFirst()
				.orElseThrow();
		Path file = Files.copy(seed, disk.resolve("plan.pdca"));
		byte[] before = Files.readAllBytes(file);
		Plan plan = PlanFiles.load(file);
		plan.setTitle(plan.getTitle() + "（修正）");
		fillLeaving(before.length / 2);

		Locales.with(Locale.ENGLISH, () -> {
			PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.save(plan, file));
			assertEquals(file, e.file());
			assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("was not changed"),
					e.getMessage());
		});
		assertArrayEquals(before, Files.readAllBytes(file), "the old file, byte for byte");
		assertEquals(List.of("filler", "plan.pdca"), names(disk), "no temporary file left");
		new CampaignReport("disk full (tmpfs " + disk + ")").put("save of " + before.length + " bytes with half of it free",
				"refused: " + "No space left on device; old file unchanged, no temporary file").print();
	}

	@Test
	void anExportThatRunsOutOfSpaceLeavesTheOldPacket() throws Exception {
		Path seed = Fixture.seed("changhua");
		Path out = disk.resolve("packets");
		PacketExporter exporter = new PacketExporter(EnumSet.allOf(ExportFormat.class), true, "test");
		exporter.export(seed, out, ExportProgress.NONE);
		Map<String, byte[]> before = PacketExporterTest.files(out);
		long packet = before.values().stream().mapToLong(b -> b.length).sum();
		fillLeaving(packet / 3);

		ExportException e = Locales.withResult(Locale.ENGLISH, () -> assertThrows(ExportException.class,
				() -> new PacketExporter(EnumSet.allOf(ExportFormat.class), true, "test").export(seed, out, ExportProgress.NONE)));
		assertTrue(e.getMessage().startsWith(seed.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("(No space left on device); check that the destination is writable and has free space"),
				"says what happened and what to do: " + e.getMessage());
		assertTrue(!e.getMessage().contains("Exception") && !e.getMessage().contains("report this"), e.getMessage());
		Map<String, byte[]> after = PacketExporterTest.files(out);
		assertEquals(before.keySet(), after.keySet(), "the old packet, and nothing of the new one");
		before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), f));
		assertEquals(before.keySet().stream().map(f -> f.split("/")[0]).distinct().sorted().toList(), names(out),
				"no staging folder, no temporary zip");
		new CampaignReport("disk full (tmpfs " + disk + ")").put("export of a " + packet + "-byte packet with a third of it free",
				"refused: " + e.getMessage()).print();
	}

	/** Fills the disk with a file, leaving {@code free} bytes. */
	private void fillLeaving(long free) throws IOException {
		long fill = Files.getFileStore(disk).getUsableSpace() - free;
		assertTrue(fill > 0, "the tmpfs is too small for the test");
		try (OutputStream o = Files.newOutputStream(disk.resolve("filler"))) {
			byte[] block = new byte[4096];
			for (long left = fill; left > 0; left -= block.length) {
				o.write(block, 0, (int) Math.min(block.length, left));
			}
		}
	}

	private static List<String> names(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
