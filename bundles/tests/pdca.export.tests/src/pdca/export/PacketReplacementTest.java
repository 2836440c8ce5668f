package pdca.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.test.support.Locales;

/**
 * Exporting again over a packet replaces the folder whole (never file by file), keeps what the user put into it, and
 * what an interrupted export left behind is put in order by the next one.
 */
class PacketReplacementTest {

	private static final PacketExporter ALL = new PacketExporter(EnumSet.allOf(ExportFormat.class), true, "test");

	@TempDir
	Path out;

	@Test
	void exportingAgainReplacesTheWholeFolderAndKeepsTheUsersOwnFiles() throws Exception {
		Path seed = Fixture.seed("changhua");
		Path folder = ALL.export(seed, out, ExportProgress.NONE).folder();
		Object firstFolder = Files.readAttributes(folder, "unix:ino").get("ino");
		Files.writeString(folder.resolve("函稿.txt"), "本處已核閱", StandardCharsets.UTF_8);
		Files.createDirectories(folder.resolve("附件/掃描"));
		Files.write(folder.resolve("附件/掃描/簽核.pdf"), new byte[] { 1, 2, 3 });

		new PacketExporter(Set.of(ExportFormat.ODS), false, "test").export(seed, out, ExportProgress.NONE);

		assertNotEquals(firstFolder, Files.readAttributes(folder, "unix:ino").get("ino"), "a new folder took the packet's name");
		try (Stream<Path> s = Files.list(folder)) {
			assertEquals(Set.of("tables.ods", "manifest.json", "函稿.txt", "附件"),
					Set.copyOf(s.map(p -> p.getFileName().toString()).toList()), "the new packet and the user's own files");
		}
		assertEquals("本處已核閱", Files.readString(folder.resolve("函稿.txt"), StandardCharsets.UTF_8));
		assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(folder.resolve("附件/掃描/簽核.pdf")));
		assertEquals(List.of(folder), hiddenAndPacket(), "no staging folder, no earlier packet aside, no zip");
	}

	@Test
	void anEarlierPacketLeftAsideByAnInterruptedExportIsPutBack() throws Exception {
		Path seed = Fixture.seed("changhua");
		Path folder = ALL.export(seed, out, ExportProgress.NONE).folder();
		Map<String, byte[]> packet = PacketExporterTest.files(folder);
		// killed between the two renames: the earlier packet aside, none under the packet's name
		Path aside = out.resolve("." + folder.getFileName() + ".old-8817265310007462919");
		Files.move(folder, aside);

		PacketExporter.tidy(out);

		assertTrue(Files.isDirectory(folder));
		Map<String, byte[]> back = PacketExporterTest.files(folder);
		assertEquals(packet.keySet(), back.keySet());
		packet.forEach((f, bytes) -> assertArrayEquals(bytes, back.get(f), f));
		assertFalse(Files.exists(aside));
	}

	@Test
	void anEarlierPacketAsideIsRemovedWhenTheNewOneIsInPlace() throws Exception {
		Path seed = Fixture.seed("changhua");
		Path folder = ALL.export(seed, out, ExportProgress.NONE).folder();
		Path aside = out.resolve("." + folder.getFileName() + ".old-42");
		Files.createDirectories(aside);
		Files.writeString(aside.resolve("manifest.json"), "{}");

		ALL.export(seed, out, ExportProgress.NONE);

		assertFalse(Files.exists(aside));
		assertEquals(List.of(folder), hiddenAndPacket().stream().filter(Files::isDirectory).toList());
	}

	@Test
	void whatAKilledExportLeftIsRemovedByTheNextExportOnceAMinuteOld() throws Exception {
		Path seed = Fixture.seed("changhua");
		FileTime twoMinutesAgo = FileTime.from(Instant.now().minusSeconds(120));
		Path staleStaging = Files.createDirectories(out.resolve(".107-changhua-county-planning-department.partial-123"));
		Files.writeString(staleStaging.resolve("report.pdf"), "%PDF-1.7 half");
		Path staleZip = Files.writeString(out.resolve(".107-changhua-county-planning-department.zip.99.tmp"), "PK");
		for (Path p : List.of(staleStaging.resolve("report.pdf"), staleStaging, staleZip)) {
			Files.setLastModifiedTime(p, twoMinutesAgo);
		}
		Path busyStaging = Files.createDirectories(out.resolve(".other-plan.partial-456")); // an export still at work
		Path notOurs = Files.createDirectories(out.resolve(".git"));

		ALL.export(seed, out, ExportProgress.NONE);

		assertFalse(Files.exists(staleStaging));
		assertFalse(Files.exists(staleZip));
		assertTrue(Files.exists(busyStaging), "a staging folder written to within the minute is another export's");
		assertTrue(Files.exists(notOurs));
	}

	@Test
	void aTextTooLongForTheReportIsRefusedNamingTheElement() throws Exception {
		Path seed = Fixture.seed("changhua");
		Plan plan = PlanFiles.load(seed);
		PlanStructure.methods(plan).get(0).setDescription("說明".repeat(PacketExporter.MAX_TEXT / 2 + 1));
		for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
			Locales.with(locale, () -> {
				ExportException e = assertThrows(ExportException.class, () -> ALL.export(plan, seed, out, ExportProgress.NONE));
				assertTrue(e.getMessage().startsWith(seed.toString()), e.getMessage());
				assertTrue(e.getMessage().contains("一、（一）"), "names the method: " + e.getMessage());
				assertTrue(e.getMessage().contains(String.format(Locale.ENGLISH, "%,d", PacketExporter.MAX_TEXT + 2)), e.getMessage());
				assertFalse(e.getMessage().contains("Exception"), e.getMessage());
			});
		}
		try (Stream<Path> s = Files.list(out)) {
			assertEquals(List.of(), s.toList(), "nothing written");
		}
		PlanStructure.methods(plan).get(0).setDescription("說明".repeat(PacketExporter.MAX_TEXT / 2));
		assertTrue(Files.size(ALL.export(plan, seed, out, ExportProgress.NONE).folder().resolve("report.pdf")) > 0,
				"a text of the longest length allowed is exported");
	}

	private List<Path> hiddenAndPacket() throws Exception {
		try (Stream<Path> s = Files.list(out)) {
			return s.sorted().toList();
		}
	}
}
