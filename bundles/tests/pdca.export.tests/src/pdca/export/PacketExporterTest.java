package pdca.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.samples.SamplePlans;

class PacketExporterTest {

	private static final PacketExporter ALL = new PacketExporter(EnumSet.allOf(ExportFormat.class), true, "test");

	@TempDir
	Path out;

	static Stream<Path> seeds() {
		return SamplePlans.planFiles().stream();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void seedPlanPacketHasReportWorkbookAndManifest(Path seed) throws Exception {
		PacketExporter.Packet packet = ALL.export(seed, out, ExportProgress.NONE);
		Plan plan = PlanFiles.load(seed);
		String name = String.format("%03d-%s", plan.getRocYear(), seed.getFileName().toString().replace(".pdca", ""));
		assertEquals(name, PacketExporter.packetName(plan, seed), "ROC year and file name");
		Path folder = out.resolve(name);
		assertEquals(folder, packet.folder());
		for (String f : List.of("report.pdf", "report.odt", "tables.ods", "manifest.json")) {
			assertTrue(Files.size(folder.resolve(f)) > 0, f);
		}
		assertTrue(Files.isRegularFile(out.resolve(name + ".zip")));
		try (Stream<Path> s = Files.list(out)) {
			assertEquals(2, s.count(), "only the packet folder and its zip, no staging leftovers");
		}

		String text = pdfText(folder.resolve("report.pdf"));
		String agency = plan.getAgency().getName();
		assertTrue(text.contains(agency), "agency name in the PDF");
		for (Strategy s : PlanStructure.strategies(plan)) {
			String start = compact(s.getText()).substring(0, Math.min(12, compact(s.getText()).length()));
			assertTrue(text.contains(start), "strategy text in the PDF: " + start);
		}
		int tracked = PlanStructure.trackedItems(plan).size();
		assertTrue(text.contains("列管項目" + tracked), "tracked-item count in the PDF: " + tracked);
		if (plan.getReviewMeetings().isEmpty()) {
			assertTrue(text.contains("本年度無查核會議紀錄"));
		}

		JsonObject manifest = JsonParser.parseString(Files.readString(folder.resolve("manifest.json"))).getAsJsonObject();
		assertEquals(agency, manifest.get("agency").getAsString());
		assertEquals(plan.getRocYear(), manifest.get("rocYear").getAsInt());
		List<String> listed = new java.util.ArrayList<>();
		for (var e : manifest.getAsJsonArray("files")) {
			JsonObject f = e.getAsJsonObject();
			Path p = folder.resolve(f.get("name").getAsString());
			byte[] bytes = Files.readAllBytes(p);
			assertEquals(bytes.length, f.get("size").getAsLong());
			// computed here, not by the exporter's own function
			assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), f.get("sha256").getAsString(),
					"SHA-256 of " + p.getFileName());
			listed.add(p.getFileName().toString());
		}
		assertEquals(List.of("report.pdf", "report.odt", "tables.ods"), listed);

		// the zip holds the packet folder: the same files, byte for byte, under the packet's name
		Map<String, byte[]> zipped = new TreeMap<>();
		try (ZipFile zip = new ZipFile(out.resolve(name + ".zip").toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					zipped.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		Map<String, byte[]> inFolder = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path p : files.toList()) {
				inFolder.put(name + "/" + p.getFileName(), Files.readAllBytes(p));
			}
		}
		assertEquals(inFolder.keySet(), zipped.keySet());
		inFolder.forEach((entry, bytes) -> assertArrayEquals(bytes, zipped.get(entry), entry));
	}

	@Test
	void pdfDeclaresPdfA2bAndEmbedsItsFonts() throws Exception {
		Path folder = ALL.export(Fixture.seed("tainan"), out, ExportProgress.NONE).folder();
		PdfReader reader = new PdfReader(folder.resolve("report.pdf").toString());
		try {
			PdfStream metadata = (PdfStream) PdfReader.getPdfObject(reader.getCatalog().get(PdfName.METADATA));
			String xmp = new String(PdfReader.getStreamBytes((org.openpdf.text.pdf.PRStream) metadata), StandardCharsets.UTF_8);
			assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
			assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
			assertNotNull(reader.getCatalog().get(PdfName.OUTPUTINTENTS), "sRGB output intent");
			int fonts = 0;
			for (int i = 1; i < reader.getXrefSize(); i++) {
				PdfObject o = reader.getPdfObject(i);
				if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
					fonts++;
					assertTrue(d.contains(PdfName.FONTFILE) || d.contains(PdfName.FONTFILE2) || d.contains(PdfName.FONTFILE3),
							"font embedded: " + d.get(PdfName.FONTNAME));
					assertTrue(d.get(PdfName.FONTNAME).toString().matches("/[A-Z]{6}\\+.*"), "subset: " + d.get(PdfName.FONTNAME));
				}
			}
			assertTrue(fonts >= 1);
			assertTrue(reader.getCatalog().contains(PdfName.OUTLINES), "bookmarks");
		} finally {
			reader.close();
		}
	}

	@Test
	void fixtureSectionsShowRecordsAndTheWorkbookHasTypedCells() throws Exception {
		Plan plan = Fixture.plan();
		Path file = Fixture.seed("keelung");
		PacketExporter.Packet packet = ALL.export(plan, file, out, ExportProgress.NONE);
		String text = pdfText(packet.folder().resolve("report.pdf"));
		for (String s : List.of(Fixture.NARRATIVE, Fixture.EVIDENCE, Fixture.KPI, Fixture.FINDING, Fixture.DECISION,
				Fixture.IMPROVEMENT_CLOSED, Fixture.IMPROVEMENT_OPEN, "已結案", "未結案", "93.5", "評核總分趨勢")) {
			assertTrue(text.contains(compact(s)), "in the PDF: " + s);
		}
		assertFalse(text.contains("本年度無查核會議紀錄"));
		assertFalse(text.contains("本年度無評核紀錄"));
		assertTrue(text.contains("逾期未完成1") || text.contains("落後"), "the late item is counted");

		String content = zipEntry(packet.folder().resolve("tables.ods"), "content.xml");
		List<String> cells = new java.util.ArrayList<>();
		Matcher m = Pattern.compile("<table:table-cell [^>]*>").matcher(content);
		while (m.find()) {
			cells.add(m.group());
		}
		assertTrue(cells.stream().anyMatch(c -> c.contains("office:value-type=\"float\"") && c.contains("office:value=\"93.5\"")),
				"KPI value as a float cell");
		assertTrue(cells.stream().anyMatch(c -> c.contains("office:value-type=\"float\"") && c.matches(".*office:value=\"90(\\.0)?\".*")),
				"KPI target as a float cell");
		long dates = cells.stream().filter(c -> c.contains("office:value-type=\"date\"")).count();
		assertTrue(dates >= 3, "dates as date cells: " + dates);
		assertTrue(cells.stream().anyMatch(c -> c.contains("office:value-type=\"date\"") && c.contains("office:date-value=\"2016-06-30")),
				"meeting date as a date cell");

		String keep = System.getProperty("pdca.export.keepFixture");
		if (keep != null) {
			// for looking at the output and for the independent checks: the fixture plan and its packet
			Path dir = Files.createDirectories(Path.of(keep));
			PlanFiles.save(plan, dir.resolve("keelung-with-records.pdca"));
			ALL.export(dir.resolve("keelung-with-records.pdca"), dir, ExportProgress.NONE);
		}

		// the documents name the agency as their author, not whoever made ODFDOM's templates
		for (String document : List.of("report.odt", "tables.ods")) {
			String meta = zipEntry(packet.folder().resolve(document), "meta.xml");
			assertTrue(meta.contains("<dc:creator>" + plan.getAgency().getName() + "</dc:creator>"), document + ": " + meta);
		}

		String odt = zipEntry(packet.folder().resolve("report.odt"), "content.xml");
		assertTrue(odt.contains(Fixture.NARRATIVE));
		assertTrue(odt.contains("text:table-of-content"));
	}

	@Test
	void destinationThatIsAFileGivesAClearErrorAndWritesNothing() throws Exception {
		Path seed = Fixture.seed("changhua");
		Path notAFolder = Files.writeString(out.resolve("destination.txt"), "x");
		ExportException e = assertThrows(ExportException.class, () -> ALL.export(seed, notAFolder, ExportProgress.NONE));
		assertTrue(e.getMessage().contains(seed.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("folder"), e.getMessage());
		Path below = notAFolder.resolve("sub");
		e = assertThrows(ExportException.class, () -> ALL.export(seed, below, ExportProgress.NONE));
		assertTrue(e.getMessage().contains(seed.toString()), e.getMessage());
		try (Stream<Path> s = Files.list(out)) {
			assertEquals(List.of(notAFolder), s.toList());
		}
	}

	@Test
	void unreadablePlanNamesTheFile() throws Exception {
		Path broken = Files.writeString(out.resolve("broken.pdca"), "<not a plan");
		ExportException e = assertThrows(ExportException.class,
				() -> ALL.export(broken, out.resolve("packets"), ExportProgress.NONE));
		assertTrue(e.getMessage().contains("broken.pdca"), e.getMessage());
		assertFalse(Files.exists(out.resolve("packets").resolve("broken")));
	}

	/** Counts how often the exporter asks whether it is cancelled, and says yes from the {@code cancelAt}-th time. */
	private static final class Canceling implements ExportProgress {
		final int cancelAt;
		final AtomicInteger asked = new AtomicInteger();

		Canceling(int cancelAt) {
			this.cancelAt = cancelAt;
		}

		@Override
		public void worked(int units) {
		}

		@Override
		public boolean isCanceled() {
			return asked.incrementAndGet() >= cancelAt;
		}
	}

	@Test
	void cancellingAtAnyPointLeavesNoPartialPacket() throws Exception {
		Path seed = Fixture.seed("tainan");
		Canceling never = new Canceling(Integer.MAX_VALUE);
		ALL.export(seed, out.resolve("whole"), never);
		int asked = never.asked.get();
		assertTrue(asked >= 10, "the exporter asks whether it is cancelled while it works (" + asked + " times)");

		for (int cancelAt = 1; cancelAt <= asked; cancelAt += Math.max(1, asked / 12)) {
			Path dest = out.resolve("c" + cancelAt);
			Canceling progress = new Canceling(cancelAt);
			assertThrows(ExportCanceledException.class, () -> ALL.export(seed, dest, progress), "cancelled at question " + cancelAt);
			assertEquals(cancelAt, progress.asked.get(), "the exporter stopped at the first yes");
			if (Files.exists(dest)) {
				try (Stream<Path> s = Files.list(dest)) {
					assertEquals(List.of(), s.toList(), "nothing left after cancelling at question " + cancelAt);
				}
			}
		}
	}

	@Test
	void cancellingAnExportOverAnEarlierPacketLeavesTheEarlierPacketAsItWas() throws Exception {
		Path seed = Fixture.seed("tainan");
		PacketExporter.Packet earlier = ALL.export(seed, out, ExportProgress.NONE);
		Map<String, byte[]> before = files(out);
		Canceling never = new Canceling(Integer.MAX_VALUE);
		ALL.export(seed, out.resolve("count"), never);
		deleteTree(out.resolve("count"));
		Canceling late = new Canceling(never.asked.get()); // at the last question, with everything written
		assertThrows(ExportCanceledException.class, () -> ALL.export(seed, out, late));
		assertEquals(before.keySet(), files(out).keySet());
		files(out).forEach((f, bytes) -> assertArrayEquals(before.get(f), bytes, f));
		assertTrue(Files.isDirectory(earlier.folder()));
	}

	@Test
	void chosenFormatsOnlyAndReExportReplacesThePacket() throws Exception {
		Path seed = Fixture.seed("chiayi");
		ALL.export(seed, out, ExportProgress.NONE);
		PacketExporter odsOnly = new PacketExporter(Set.of(ExportFormat.ODS), false, "test");
		Path folder = odsOnly.export(seed, out, ExportProgress.NONE).folder();
		try (Stream<Path> s = Files.list(folder)) {
			assertEquals(Set.of("tables.ods", "manifest.json"),
					Set.copyOf(s.map(p -> p.getFileName().toString()).toList()));
		}
	}

	/** Every file below {@code dir} (relative name → bytes). */
	static Map<String, byte[]> files(Path dir) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
			}
		}
		return files;
	}

	static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	static String pdfText(Path pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			PdfTextExtractor x = new PdfTextExtractor(reader);
			StringBuilder sb = new StringBuilder();
			for (int i = 1; i <= reader.getNumberOfPages(); i++) {
				sb.append(x.getTextFromPage(i));
			}
			return compact(sb.toString());
		} finally {
			reader.close();
		}
	}

	/** Text without whitespace: lines wrap anywhere in Chinese text. */
	static String compact(String s) {
		return s.replaceAll("\\s+", "");
	}

	static String zipEntry(Path zip, String entry) throws IOException {
		try (ZipFile z = new ZipFile(zip.toFile())) {
			ZipEntry e = z.getEntry(entry);
			try (InputStream in = z.getInputStream(e)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}
}
