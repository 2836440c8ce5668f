package pdca.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.model.Identified;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.io.AtomicFiles;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.samples.SamplePlans;

/**
 * Saves and exports killed with SIGKILL at random moments, in a plain JVM of their own ({@link ChildJvm}), must leave
 * the old file or packet or the new one, whole, and no temporary file that is not cleaned up later.
 * <p>
 * By default a short share runs (as in CI); {@code releng/reliability/run.sh} runs the full campaign with
 * {@code -Dpdca.reliability.kills=N}, {@code -Dpdca.reliability.exportKills=N}, the benchmarks' synthetic
 * 2,000-action plan ({@code -Dpdca.reliability.plan=FILE}) and a real wait for temporary files to become stale
 * ({@code -Dpdca.reliability.realWait=true}); see docs/reliability.md.
 */
class KillCampaignTest {

	private static final int SAVE_KILLS = Integer.getInteger("pdca.reliability.kills", 40);
	private static final int EXPORT_KILLS = Integer.getInteger("pdca.reliability.exportKills", 6);
	private static final long SEED = Long.getLong("pdca.reliability.seed", 20_261_130L);
	private static final boolean REAL_WAIT = Boolean.getBoolean("pdca.reliability.realWait");
	private static final int LARGE_PLAN_ACTIONS = 2_000;

	/** The temporary files of {@link AtomicFiles#write}. */
	private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9]{1,20}\\.tmp");

	@TempDir
	Path dir;

	// ---------------------------------------------------------------- saves

	@Test
	void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewFileWhole() throws Exception {
		// the two versions a save may leave, computed beforehand: the plan as saved, and revised as the child revises it
		Path versions = Files.createDirectories(dir.resolve("versions"));
		Path a = versions.resolve("large.pdca");
		Plan plan = largePlan();
		int actions = PlanStructure.actions(plan).size();
		PlanFiles.save(plan, a);
		byte[] bytesA = Files.readAllBytes(a);
		Path b = versions.resolve("revised.pdca");
		PlanFiles.save(SaveLoop.revised(EcoreUtil.copy(PlanFiles.load(a))), b);
		byte[] bytesB = Files.readAllBytes(b);
		assertFalse(Arrays.equals(bytesA, bytesB));

		Path folder = Files.createDirectories(dir.resolve("plans"));
		Path target = folder.resolve("large.pdca");
		Path log = dir.resolve("children.log");
		Random random = new Random(SEED);
		// a child that is not killed: how long two saves take, and that it writes exactly the two versions
		long window = calibrate(SaveLoop.class, PlanFiles.class, log, 2, target.toString(), a.toString(), "revised");
		assertArrayEquals(bytesA, Files.readAllBytes(target), "the child saves the plan as computed here");
		window += calibrate(SaveLoop.class, PlanFiles.class, log, 2, target.toString(), a.toString(), "old");
		assertArrayEquals(bytesB, Files.readAllBytes(target), "the child revises the plan as computed here");
		window /= 2;
		Files.write(target, bytesA);

		int old = 0, fresh = 0, corrupt = 0, unreadable = 0, notRunning = 0, leftTemporary = 0, mostTemporary = 0;
		long saved = 0;
		for (int kill = 0; kill < SAVE_KILLS; kill++) {
			progress("save", kill, SAVE_KILLS);
			byte[] before = Files.readAllBytes(target);
			boolean onDiskIsA = Arrays.equals(before, bytesA);
			int temporaryBefore = temporaryFiles(folder).size();
			try (ChildJvm child = ChildJvm.start(SaveLoop.class, PlanFiles.class, log, target.toString(), a.toString(),
					onDiskIsA ? "revised" : "old")) {
				child.waitFromReady((long) (random.nextDouble() * window));
				if (!child.isAlive()) {
					notRunning++;
				}
				child.kill();
				saved += child.done();
			}
			byte[] after = Files.readAllBytes(target);
			if (Arrays.equals(after, before)) {
				old++;
			} else if (Arrays.equals(after, onDiskIsA ? bytesB : bytesA)) {
				fresh++;
			} else {
				corrupt++;
				Files.copy(target, dir.resolve("corrupt-" + kill + ".pdca"));
				Files.write(target, bytesA);
			}
			try {
				PlanFiles.load(target);
			} catch (PlanFileException e) {
				unreadable++;
			}
			int temporary = temporaryFiles(folder).size();
			if (temporary > temporaryBefore) {
				leftTemporary++;
			}
			mostTemporary = Math.max(mostTemporary, temporary);
		}
		int leftAtEnd = temporaryFiles(folder).size();
		long staleAfter = waitUntilStale(folder);
		PlanFiles.save(PlanFiles.load(a), target); // the next save in the folder
		assertArrayEquals(bytesA, Files.readAllBytes(target));
		List<Path> afterNextSave = temporaryFiles(folder);

		new CampaignReport("kill mid-save").put("plan", actions + " actions, " + bytesA.length + " bytes (old) / "
				+ bytesB.length + " bytes (new)").put("kills", SAVE_KILLS)
				.put("kill moment", "uniform in 0–" + TimeUnit.NANOSECONDS.toMillis(window) + " ms after the child is ready")
				.put("saves completed before the kills", saved).put("old file afterwards", old).put("new file afterwards", fresh)
				.put("corrupt (neither, byte for byte)", corrupt).put("not loadable", unreadable)
				.put("kills leaving a temporary file", leftTemporary).put("most temporary files at once", mostTemporary)
				.put("temporary files after the last kill", leftAtEnd)
				.put("temporary files after the next save, " + staleAfter + " s later", afterNextSave.size())
				.put("children ended before the kill", notRunning).print();
		assertEquals(0, corrupt, "a kill left a file that is neither the old nor the new one");
		assertEquals(0, unreadable);
		assertEquals(0, notRunning, "a child ended by itself: it was not killed mid-work");
		assertTrue(old > 0 && fresh > 0 || SAVE_KILLS < 20, "kills landed before and after the rename");
		assertEquals(List.of(), afterNextSave, "stale temporary files are removed by the next save");
	}

	/** The plan of the campaign: the file given with -Dpdca.reliability.plan, else the tracking sample made 2,000 actions large. */
	private static Plan largePlan() throws Exception {
		String given = System.getProperty("pdca.reliability.plan");
		if (given != null) {
			return PlanFiles.load(Path.of(given));
		}
		Plan plan = PlanFiles.load(SamplePlans.trackingFiles().stream()
				.filter(p -> p.getFileName().toString().startsWith("tainan")).findFirst().orElseThrow());
		List<Strategy> originals = List.copyOf(plan.getStrategies());
		while (PlanStructure.actions(plan).size() < LARGE_PLAN_ACTIONS) {
			for (Strategy s : originals) {
				Strategy copy = EcoreUtil.copy(s); // owners stay the plan's own units
				copy.setId(null);
				copy.eAllContents().forEachRemaining(o -> {
					if (o instanceof Identified i) {
						i.setId(null);
					}
				});
				copy.setNumber(plan.getStrategies().size() + 1);
				plan.getStrategies().add(copy);
			}
		}
		return plan;
	}

	// ---------------------------------------------------------------- exports

	@Test
	void anExportKilledAtAnyMomentLeavesTheOldOrTheNewPacketWhole() throws Exception {
		// two plans with the same packet name: the plan as approved, and the same plan with a year of tracking data
		Path a = copy(SamplePlans.planFiles(), "tainan", "a");
		Path b = copy(SamplePlans.trackingFiles(), "tainan", "b");
		Plan tracked = PlanFiles.load(b);
		tracked.setTitle(tracked.getTitle() + "（追蹤資料）");
		PlanFiles.save(tracked, b);
		String name = PacketExporter.packetName(PlanFiles.load(a), a);
		assertEquals(name, PacketExporter.packetName(tracked, b));
		Map<String, Integer> pages = new HashMap<>(); // plan title → pages of its report
		for (Path plan : List.of(a, b)) {
			Path scratch = dir.resolve("scratch-" + plan.getParent().getFileName());
			PacketExporter.Packet p = exporter().export(plan, scratch, ExportProgress.NONE);
			pages.put(PlanFiles.load(plan).getTitle(), pdfPages(Files.readAllBytes(p.folder().resolve("report.pdf"))));
		}

		Path out = Files.createDirectories(dir.resolve("packets"));
		exporter().export(a, out, ExportProgress.NONE);
		Path log = dir.resolve("children.log");
		Random random = new Random(SEED);
		long window = calibrate(ExportLoop.class, PacketExporter.class, log, 2, dir.resolve("calibration").toString(), b.toString(), a.toString());

		int old = 0, fresh = 0, corrupt = 0, interrupted = 0, notRunning = 0, zipOld = 0, zipFresh = 0, zipCorrupt = 0,
				zipOfAnotherExport = 0, leftHidden = 0, mostHidden = 0;
		long exported = 0;
		List<String> problems = new ArrayList<>();
		for (int kill = 0; kill < EXPORT_KILLS; kill++) {
			progress("export", kill, EXPORT_KILLS);
			Map<String, byte[]> before = files(out.resolve(name));
			byte[] zipBefore = Files.readAllBytes(out.resolve(name + ".zip"));
			String titleBefore = title(before.get(PacketExporter.MANIFEST));
			boolean onDiskIsA = titleBefore.equals(PlanFiles.load(a).getTitle());
			int hiddenBefore = hidden(out).size();
			try (ChildJvm child = ChildJvm.start(ExportLoop.class, PacketExporter.class, log, out.toString(), (onDiskIsA ? b : a).toString(),
					(onDiskIsA ? a : b).toString())) {
				child.waitFromReady((long) (random.nextDouble() * window));
				if (!child.isAlive()) {
					notRunning++;
				}
				child.kill();
				exported += child.done();
			}
			Path folder = out.resolve(name);
			if (!Files.exists(folder)) {
				// killed between the two renames of the swap: the old packet is aside, the next export puts it back
				List<Path> aside = hidden(out).stream().filter(p -> p.getFileName().toString().startsWith("." + name + ".old-")).toList();
				if (aside.size() == 1 && equal(before, files(aside.get(0)))) {
					interrupted++;
					PacketExporter.tidy(out);
				}
			}
			Map<String, byte[]> after = Files.isDirectory(folder) ? files(folder) : Map.of();
			String folderTitle = null;
			if (equal(before, after)) {
				old++;
				folderTitle = titleBefore;
			} else {
				try {
					folderTitle = completePacket(after, pages);
					fresh++;
				} catch (AssertionError e) {
					corrupt++;
					problems.add("kill " + kill + ", folder: " + e.getMessage());
				}
			}
			Path zip = out.resolve(name + ".zip");
			byte[] zipAfter = Files.exists(zip) ? Files.readAllBytes(zip) : new byte[0];
			if (Arrays.equals(zipBefore, zipAfter)) {
				zipOld++;
				if (!titleBefore.equals(folderTitle)) {
					zipOfAnotherExport++;
				}
			} else {
				try {
					Map<String, byte[]> entries = zipEntries(zipAfter, name);
					String zipTitle = completePacket(entries, pages);
					zipFresh++;
					if (!equal(entries, after) || !zipTitle.equals(folderTitle)) {
						zipOfAnotherExport++;
					}
				} catch (AssertionError | IOException e) {
					zipCorrupt++;
					problems.add("kill " + kill + ", zip: " + e.getMessage());
				}
			}
			int hiddenNow = hidden(out).size();
			if (hiddenNow > hiddenBefore) {
				leftHidden++;
			}
			mostHidden = Math.max(mostHidden, hiddenNow);
			if (corrupt + zipCorrupt > 0 && problems.size() > 5) {
				break;
			}
		}
		List<Path> leftAtEnd = hidden(out);
		long staleAfter = waitUntilStale(out);
		exporter().export(a, out, ExportProgress.NONE); // the next export into the destination
		List<Path> afterNextExport = hidden(out);

		new CampaignReport("kill mid-export").put("packets", "report.pdf, report.odt, tables.ods, manifest.json and zip of "
				+ a.getFileName() + " (approved plan / with tracking data)").put("kills", EXPORT_KILLS)
				.put("kill moment", "uniform in 0–" + TimeUnit.NANOSECONDS.toMillis(window) + " ms after the child is ready")
				.put("exports completed before the kills", exported).put("old packet folder afterwards", old)
				.put("new packet folder afterwards", fresh).put("corrupt packet folder", corrupt)
				.put("swap interrupted (old packet aside, put back)", interrupted).put("old zip afterwards", zipOld)
				.put("new zip afterwards", zipFresh).put("corrupt zip", zipCorrupt)
				.put("zip of another export than the folder", zipOfAnotherExport)
				.put("kills leaving hidden leftovers", leftHidden).put("most hidden leftovers at once", mostHidden)
				.put("hidden leftovers after the last kill", leftAtEnd.size())
				.put("hidden leftovers after the next export, " + staleAfter + " s later", afterNextExport.size())
				.put("children ended before the kill", notRunning).print();
		assertEquals(List.of(), problems);
		assertEquals(0, notRunning, "a child ended by itself: it was not killed mid-work");
		assertEquals(List.of(), afterNextExport, "the next export removes what killed exports left");
	}

	private static PacketExporter exporter() {
		return new PacketExporter(EnumSet.allOf(ExportFormat.class), true, "kill-campaign");
	}

	private Path copy(List<Path> plans, String prefix, String folder) throws IOException {
		Path plan = plans.stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		return Files.copy(plan, Files.createDirectories(dir.resolve(folder)).resolve(plan.getFileName()));
	}

	/**
	 * Asserts that {@code files} are a whole packet, checked independently of the exporter: exactly the files the
	 * manifest lists and the manifest, each of the size and SHA-256 (computed here) it gives, the PDF readable with
	 * the number of pages the plan's report has, the ODF files readable zips. Returns the plan's title.
	 */
	private static String completePacket(Map<String, byte[]> files, Map<String, Integer> pages) {
		byte[] manifestBytes = files.get(PacketExporter.MANIFEST);
		if (manifestBytes == null) {
			fail("no manifest among " + files.keySet());
		}
		JsonObject manifest;
		try {
			manifest = JsonParser.parseString(new String(manifestBytes, StandardCharsets.UTF_8)).getAsJsonObject();
		} catch (RuntimeException e) {
			throw new AssertionError("manifest is not whole JSON: " + e.getMessage());
		}
		Map<String, byte[]> listed = new TreeMap<>();
		for (JsonElement e : manifest.getAsJsonArray("files")) {
			JsonObject f = e.getAsJsonObject();
			String fileName = f.get("name").getAsString();
			byte[] bytes = files.get(fileName);
			if (bytes == null) {
				fail(fileName + " is listed but missing");
			}
			assertEquals(f.get("size").getAsLong(), bytes.length, fileName + " size");
			assertEquals(f.get("sha256").getAsString(), sha256(bytes), fileName + " SHA-256");
			listed.put(fileName, bytes);
		}
		Set<String> expected = new java.util.TreeSet<>(listed.keySet());
		expected.add(PacketExporter.MANIFEST);
		assertEquals(expected, new java.util.TreeSet<>(files.keySet()), "the files of the packet");
		String title = manifest.get("plan").getAsString();
		assertTrue(pages.containsKey(title), "a packet of another plan: " + title);
		assertEquals(pages.get(title), pdfPages(listed.get("report.pdf")), "pages of the report");
		for (String odf : List.of("report.odt", "tables.ods")) {
			try {
				Map<String, byte[]> entries = zipEntries(listed.get(odf), null);
				assertTrue(entries.containsKey("content.xml") && entries.containsKey("mimetype"), odf + ": " + entries.keySet());
			} catch (IOException e) {
				throw new AssertionError(odf + " is not a whole zip: " + e.getMessage());
			}
		}
		return title;
	}

	private static int pdfPages(byte[] pdf) {
		try {
			PdfReader reader = new PdfReader(pdf);
			try {
				return reader.getNumberOfPages();
			} finally {
				reader.close();
			}
		} catch (IOException | RuntimeException e) {
			throw new AssertionError("report.pdf is not a whole PDF: " + e.getMessage());
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The entries of a zip read with java.util.zip (every entry read to its end, so its CRC is checked). */
	static Map<String, byte[]> zipEntries(byte[] zip, String folder) throws IOException {
		Map<String, byte[]> entries = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				String entryName = e.getName();
				if (folder != null) {
					if (!entryName.startsWith(folder + "/")) {
						throw new IOException("entry outside the packet folder: " + entryName);
					}
					entryName = entryName.substring(folder.length() + 1);
				}
				entries.put(entryName, in.readAllBytes());
			}
		}
		if (entries.isEmpty()) {
			throw new IOException("no entries");
		}
		return entries;
	}

	private static String title(byte[] manifest) {
		return JsonParser.parseString(new String(manifest, StandardCharsets.UTF_8)).getAsJsonObject().get("plan").getAsString();
	}

	/** Every file of a folder (none below it) with its bytes. */
	private static Map<String, byte[]> files(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> s = Files.list(folder)) {
			for (Path p : s.toList()) {
				files.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
			}
		}
		return files;
	}

	private static boolean equal(Map<String, byte[]> x, Map<String, byte[]> y) {
		return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> Arrays.equals(x.get(k), y.get(k)));
	}

	// ---------------------------------------------------------------- shared

	/**
	 * Runs {@code main} without killing it until it finished {@code operations} and returns the nanoseconds they took
	 * from {@link ChildJvm#READY}: the kills of the campaign fall uniformly within that time.
	 */
	private static long calibrate(Class<?> main, Class<?> uses, Path log, int operations, String... args) throws Exception {
		String[] withTimes = Arrays.copyOf(args, args.length + 1);
		withTimes[args.length] = Integer.toString(operations);
		try (ChildJvm child = ChildJvm.start(main, uses, log, withTimes)) {
			long nanos = child.awaitDone(operations, 300_000);
			child.awaitExit();
			return nanos;
		}
	}

	/** A line every hundred kills, for whoever follows a long campaign. */
	private static void progress(String what, int kill, int kills) {
		if (kill > 0 && kill % 100 == 0) {
			System.out.printf("%s kills: %,d of %,d%n", what, kill, kills);
		}
	}

	private static List<Path> temporaryFiles(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.filter(p -> TEMPORARY.matcher(p.getFileName().toString()).matches()).toList();
		}
	}

	/** Hidden entries (names from a dot) in a destination of exports: staging folders, packets aside, temporary files. */
	private static List<Path> hidden(Path out) throws IOException {
		try (Stream<Path> s = Files.list(out)) {
			return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
		}
	}

	/**
	 * Lets what the kills left in {@code folder} become stale: in the full campaign by waiting
	 * {@link AtomicFiles#STALE_AFTER}, in the short share by dating it back by as much. Returns the seconds waited
	 * or dated back.
	 */
	private static long waitUntilStale(Path folder) throws Exception {
		long seconds = AtomicFiles.STALE_AFTER.toSeconds() + 2;
		if (REAL_WAIT) {
			Thread.sleep(seconds * 1000);
			return seconds;
		}
		FileTime then = FileTime.from(Instant.now().minusSeconds(seconds));
		try (Stream<Path> s = Files.walk(folder)) {
			for (Path p : s.toList()) {
				if (!p.equals(folder) && folder.relativize(p).getName(0).toString().startsWith(".")) {
					Files.setLastModifiedTime(p, then);
				}
			}
		}
		return seconds;
	}
}
