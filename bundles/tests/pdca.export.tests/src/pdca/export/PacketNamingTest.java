package pdca.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;
import com.google.gson.JsonParser;

import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.samples.SamplePlans;
import pdca.test.support.Locales;

/**
 * Where packets go: one per plan, named after the plan's year and file, never over another plan's packet of the
 * same export, never outside the destination, and without leftovers of an earlier export.
 */
class PacketNamingTest {

	@TempDir
	Path dir;

	private static PacketExporter exporter(boolean zip) {
		return new PacketExporter(EnumSet.of(ExportFormat.ODS), zip, "test");
	}

	private static Path tainan(List<Path> files) {
		return files.stream().filter(p -> p.getFileName().toString().equals("tainan-motor-vehicle-station.pdca")).findFirst()
				.orElseThrow();
	}

	/** Every file and folder below {@code root}, relative to it. */
	private static Set<String> tree(Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			return new TreeSet<>(s.map(p -> root.relativize(p).toString()).toList());
		}
	}

	@Test
	void twoPlansWithTheSameFileNameGetTwoPackets() throws Exception {
		Path seed = tainan(SamplePlans.planFiles()); // plans/106/…
		Path tracked = tainan(SamplePlans.trackingFiles()); // tracking/106/…, the same plan with a year of records
		assertEquals(seed.getFileName(), tracked.getFileName());
		Path out = dir.resolve("packets");
		PacketExporter run = exporter(true);
		PacketExporter.Packet first = run.export(seed, out, ExportProgress.NONE);
		PacketExporter.Packet second = run.export(tracked, out, ExportProgress.NONE);

		assertEquals(out.resolve("106-tainan-motor-vehicle-station"), first.folder());
		assertEquals(out.resolve("106-tainan-motor-vehicle-station-2"), second.folder());
		assertNull(first.sameNameAs());
		assertEquals(seed, second.sameNameAs(), "the plan that has the name");
		assertEquals(Set.of("", "106-tainan-motor-vehicle-station", "106-tainan-motor-vehicle-station/tables.ods",
				"106-tainan-motor-vehicle-station/manifest.json", "106-tainan-motor-vehicle-station.zip",
				"106-tainan-motor-vehicle-station-2", "106-tainan-motor-vehicle-station-2/tables.ods",
				"106-tainan-motor-vehicle-station-2/manifest.json", "106-tainan-motor-vehicle-station-2.zip"), tree(out));

		// each packet holds its own plan: only the tracking copy has KPI values
		String seedTables = PacketExporterTest.zipEntry(first.folder().resolve("tables.ods"), "content.xml");
		String trackedTables = PacketExporterTest.zipEntry(second.folder().resolve("tables.ods"), "content.xml");
		assertFalse(seedTables.contains("窗口平均等候時間"));
		assertTrue(trackedTables.contains("窗口平均等候時間"));
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(first.zipFile()), Files.readAllBytes(second.zipFile())));

		// the same plan exported again in the run replaces its own packet rather than making a third
		PacketExporter.Packet again = run.export(seed, out, ExportProgress.NONE);
		assertEquals(first.folder(), again.folder());
		assertNull(again.sameNameAs());
		assertEquals(4, Files.list(out).count());
	}

	@Test
	void sameFileNameOfAnotherYearGetsItsOwnPacket() throws Exception {
		Path seed = tainan(SamplePlans.planFiles());
		Plan next = PlanFiles.load(seed);
		next.setRocYear(107);
		Path nextFile = dir.resolve("107/tainan-motor-vehicle-station.pdca");
		PlanFiles.save(next, nextFile);
		Path out = dir.resolve("packets");
		PacketExporter run = exporter(false);
		assertEquals(out.resolve("106-tainan-motor-vehicle-station"), run.export(seed, out, ExportProgress.NONE).folder());
		PacketExporter.Packet packet = run.export(nextFile, out, ExportProgress.NONE);
		assertEquals(out.resolve("107-tainan-motor-vehicle-station"), packet.folder());
		assertNull(packet.sameNameAs());
	}

	@Test
	void hostileFileNamesStayInsideTheDestination() throws Exception {
		Plan plan = PlanFiles.load(SamplePlans.planFiles().get(0));
		plan.setRocYear(0); // no year prefix: the file name alone must be safe
		Path source = Files.createDirectories(dir.resolve("in/deeper"));
		Path out = Files.createDirectories(dir.resolve("out/dest"));
		Files.writeString(dir.resolve("out/keep.txt"), "untouched");
		List<String> names = List.of("...pdca", "..pdca", ". .pdca", "..\\..\\evil.pdca", "CON.pdca", "nul.txt.pdca", "COM1 .pdca",
				"a\u0001b\u001Bc\u202Ed.pdca", "trailing. . .pdca", ".hidden.pdca", "what?:*\"<>|.pdca", "\u3000全形空白\u3000.pdca",
				"計".repeat(70) + ".pdca", "-2.pdca");
		PacketExporter run = exporter(true);
		Set<String> folders = new TreeSet<>();
		for (String name : names) {
			Path file = source.resolve(name);
			PlanFiles.save(plan, file);
			PacketExporter.Packet packet = run.export(file, out, ExportProgress.NONE);
			Path folder = packet.folder();
			assertEquals(out, folder.getParent(), name + " → " + folder);
			assertEquals(out, packet.zipFile().getParent(), name);
			String n = folder.getFileName().toString();
			assertTrue(folders.add(n), "a packet of its own: " + n);
			assertFalse(n.contains("..") || n.contains("/") || n.contains("\\"), n);
			assertFalse(n.startsWith(".") || n.endsWith(".") || n.endsWith(" ") || n.isBlank(), "[" + n + "]");
			assertTrue(n.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT), n);
			assertTrue(n.chars().noneMatch(c -> ":*?\"<>|".indexOf(c) >= 0), n);
			String device = n.split("\\.")[0].strip().toUpperCase(Locale.ROOT);
			assertFalse(Set.of("CON", "NUL", "COM1", "PRN", "AUX").contains(device), n);
			assertTrue(n.getBytes(StandardCharsets.UTF_8).length <= 150, n);
			assertTrue(Files.isRegularFile(folder.resolve("manifest.json")));
		}
		assertEquals(Set.of("", "keep.txt", "dest"), tree(dir.resolve("out")).stream().filter(p -> !p.startsWith("dest/"))
				.collect(java.util.stream.Collectors.toSet()), "nothing written beside the destination");
		assertEquals("untouched", Files.readString(dir.resolve("out/keep.txt")));
		assertEquals(Set.of("", "deeper"), tree(dir.resolve("in")).stream().filter(p -> !p.startsWith("deeper/"))
				.collect(java.util.stream.Collectors.toSet()));
	}

	@Test
	void namesAreMadeSafe() {
		assertEquals("plan", PacketNames.safe(".."));
		assertEquals("plan", PacketNames.safe(". . ."));
		assertEquals("CON_", PacketNames.safe("CON"));
		assertEquals("nul_.txt", PacketNames.safe("nul.txt"));
		assertEquals("LPT9_", PacketNames.safe("lpt9 ").toUpperCase(Locale.ROOT));
		assertEquals("a_b_c", PacketNames.safe("a/b\\c"));
		assertEquals("a_b", PacketNames.safe("a\u0001b"));
		assertEquals("x", PacketNames.safe("x. ."));
		assertEquals("hidden", PacketNames.safe(".hidden"));
		assertEquals("a.b", PacketNames.safe("a...b"));
		assertEquals("彰化縣政府計畫處107年度計畫", PacketNames.safe("彰化縣政府計畫處107年度計畫"));
		assertEquals("changhua-county-planning-department", PacketNames.safe("changhua-county-planning-department"));
		String longName = PacketNames.safe("計".repeat(100));
		assertEquals(50, longName.length(), "150 bytes are 50 characters of three bytes");
	}

	@Test
	void reExportWithoutZipRemovesTheOldZip() throws Exception {
		Path seed = SamplePlans.planFiles().get(0);
		Path out = dir.resolve("packets");
		PacketExporter.Packet zipped = exporter(true).export(seed, out, ExportProgress.NONE);
		assertTrue(Files.isRegularFile(zipped.zipFile()));
		byte[] tables = Files.readAllBytes(zipped.folder().resolve("tables.ods"));

		PacketExporter.Packet plain = exporter(false).export(seed, out, ExportProgress.NONE);
		assertEquals(zipped.folder(), plain.folder());
		assertNull(plain.zipFile());
		assertFalse(Files.exists(zipped.zipFile()), "a zip of the earlier packet would not match the new one");
		assertEquals(Set.of("", zipped.folder().getFileName().toString(), zipped.folder().getFileName() + "/tables.ods",
				zipped.folder().getFileName() + "/manifest.json"), tree(out));
		assertTrue(tables.length > 0 && Files.size(plain.folder().resolve("tables.ods")) > 0);
		assertEquals(1, JsonParser.parseString(Files.readString(plain.folder().resolve("manifest.json"))).getAsJsonObject()
				.getAsJsonArray("files").size());
	}

	@Test
	void planReferringOutsideItsFileIsNotExportedAndNothingIsFetched() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.pdca#u1";
			Path seed = SamplePlans.planFiles().stream()
					.filter(p -> p.getFileName().toString().startsWith("changhua")).findFirst().orElseThrow();
			String text = Files.readString(seed, StandardCharsets.UTF_8);
			Path file = Files.writeString(dir.resolve("changhua.pdca"),
					text.replaceFirst("leadOwner=\"[^\"]+\"", "leadOwner=\"" + url + "\""), StandardCharsets.UTF_8);
			Path out = dir.resolve("packets");
			for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.TRADITIONAL_CHINESE }) {
				ExportException e = Locales.withResult(locale,
						() -> assertThrows(ExportException.class, () -> exporter(true).export(file, out, ExportProgress.NONE)));
				assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
				assertTrue(e.getMessage().contains(url), e.getMessage());
				assertTrue(e.getMessage().contains("一、（一）"), "names the element: " + e.getMessage());
				assertFalse(e.getMessage().contains("\n"), e.getMessage());
				if (locale == Locale.TRADITIONAL_CHINESE) {
					assertTrue(e.getMessage().contains("未產生報告包"), e.getMessage());
				}
			}
			assertFalse(Files.exists(out), "nothing written");
			assertEquals(0, requests.get());
		} finally {
			server.stop(0);
		}
	}

	@Test
	void failedExportGivesItsNameBack() throws Exception {
		Path out = Files.createDirectories(dir.resolve("packets"));
		Path blocking = Files.writeString(out.resolve("106-tainan-motor-vehicle-station"), "not a packet");
		PacketExporter run = exporter(false);
		assertThrows(ExportException.class, () -> run.export(tainan(SamplePlans.planFiles()), out, ExportProgress.NONE));
		assertEquals("not a packet", Files.readString(blocking));
		Files.delete(blocking);
		// the failed plan has no packet, so the next plan of that name gets the name, not "-2"
		PacketExporter.Packet packet = run.export(tainan(SamplePlans.trackingFiles()), out, ExportProgress.NONE);
		assertEquals(out.resolve("106-tainan-motor-vehicle-station"), packet.folder());
		assertNull(packet.sameNameAs());
		assertArrayEquals(new String[] { "106-tainan-motor-vehicle-station" }, Files.list(out).map(p -> p.getFileName().toString())
				.toArray(String[]::new));
	}
}
