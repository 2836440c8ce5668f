package pdca.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.io.UserMessages.EN;
import static pdca.model.io.UserMessages.ZH_TW;
import static pdca.model.io.UserMessages.assertChinese;
import static pdca.model.io.UserMessages.assertMessageOf;
import static pdca.model.io.UserMessages.assertReadable;
import static pdca.model.io.UserMessages.inLocale;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Plan;
import pdca.model.seeds.Seed;

/**
 * Files that are not plans, or not whole plans, or hostile: each is refused with a message that names the file,
 * the line where the parser knows it, and what to do; no stack trace, nothing read from elsewhere, no hang.
 */
class HostileFilesTest {

	private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	@TempDir
	Path dir;

	/** Loads {@code file} in {@code locale}, expecting it to be refused. */
	private static PlanFileException refused(Path file, Locale locale) {
		PlanFileException e = inLocale(locale, () -> assertThrows(PlanFileException.class, () -> PlanFiles.load(file)));
		assertEquals(file, e.file(), "the exception names the file");
		assertTrue(e.describe().startsWith(file.toString()), e.describe());
		assertReadable(e.getMessage());
		if (locale == ZH_TW) {
			assertChinese(e.getMessage());
		}
		return e;
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	/** The line (from 1) on which {@code needle} first occurs in {@code text}. */
	private static int lineOf(String text, String needle) {
		int index = text.indexOf(needle);
		assertTrue(index >= 0, needle);
		return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
	}

	private static String seedText(Seed seed) throws IOException {
		return Files.readString(seed.file(), StandardCharsets.UTF_8);
	}

	@Test
	void externalEntityIsRefusedWithoutReadingTheSystemFile() throws IOException {
		Path file = write("xxe.pdca", XML_DECLARATION
				+ "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<pdca:Plan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:pdca=\"urn:pdca:plan:1\""
				+ " title=\"&e;\" rocYear=\"106\"/>\n");
		for (Locale locale : new Locale[] { EN, ZH_TW }) {
			PlanFileException e = refused(file, locale);
			assertMessageOf(locale, "load.doctype", e.getMessage());
			assertEquals(2, e.line(), "the DOCTYPE is on line 2");
			assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd in the message");
		}
	}

	@Test
	void billionLaughsIsRefusedQuickly() throws IOException {
		StringBuilder doctype = new StringBuilder("<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
			doctype.append(" <!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
		}
		doctype.append("]>\n");
		Path file = write("lol.pdca", XML_DECLARATION + doctype
				+ "<pdca:Plan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:pdca=\"urn:pdca:plan:1\""
				+ " title=\"&lol9;\"/>\n");
		PlanFileException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused(file, EN));
		assertMessageOf(EN, "load.doctype", e.getMessage());
		assertEquals(2, e.line());
	}

	@Test
	void seedCutInHalfIsRefusedAtTheLineWhereItStops() throws IOException {
		String text = seedText(Seed.MOTOR_VEHICLE_106);
		String half = text.substring(0, text.length() / 2);
		Path file = write("cut.pdca", half);
		int lines = (int) half.lines().count();
		for (Locale locale : new Locale[] { EN, ZH_TW }) {
			PlanFileException e = refused(file, locale);
			assertMessageOf(locale, "load.broken", e.getMessage());
			assertTrue(e.line() > 0 && e.line() <= lines + 1, "line " + e.line() + " of " + lines);
		}
	}

	@Test
	void emptyFileIsRefusedAsEmpty() throws IOException {
		Path file = Files.createFile(dir.resolve("empty.pdca"));
		assertEquals(inLocale(EN, () -> pdca.model.i18n.Messages.get("load.empty")), refused(file, EN).getMessage());
		assertEquals(pdca.model.i18n.Messages.get(ZH_TW, "load.empty"), refused(file, ZH_TW).getMessage());
		assertEquals(0, refused(file, EN).line());
	}

	@Test
	void binaryGarbageIsRefusedAsNotAPlanFile() throws IOException {
		byte[] bytes = new byte[4096];
		new Random(20170217).nextBytes(bytes);
		bytes[0] = (byte) 0x89; // a PNG signature, say
		bytes[1] = 'P';
		bytes[2] = 'N';
		bytes[3] = 'G';
		Path file = Files.write(dir.resolve("picture.pdca"), bytes);
		for (Locale locale : new Locale[] { EN, ZH_TW }) {
			PlanFileException e = refused(file, locale);
			assertMessageOf(locale, "load.broken", e.getMessage());
			assertTrue(e.line() <= 1, "garbage is refused at its start, not later: line " + e.line());
		}
	}

	@Test
	void webPageIsRefusedAsHoldingNoPlan() throws IOException {
		Path file = write("index.pdca", XML_DECLARATION
				+ "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-Hant-TW\">\n"
				+ "<head><title>基隆市選舉委員會</title></head>\n"
				+ "<body><p>105年度提升服務品質創新精進計畫</p></body>\n"
				+ "</html>\n");
		for (Locale locale : new Locale[] { EN, ZH_TW }) {
			PlanFileException e = refused(file, locale);
			// not "broken, restore a backup": it is another kind of document, and the message says which
			assertEquals(pdca.model.i18n.Messages.format(locale, "load.foreignXml", "http://www.w3.org/1999/xhtml"),
					e.getMessage());
			assertEquals(2, e.line(), "the root element is on line 2");
		}
	}

	@Test
	void webPageWithDoctypeIsRefusedForItsDoctype() throws IOException {
		Path file = write("page.pdca", XML_DECLARATION
				+ "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
				+ "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body/></html>\n");
		PlanFileException e = refused(file, EN);
		assertMessageOf(EN, "load.doctype", e.getMessage());
		assertEquals(2, e.line());
	}

	@Test
	void modelOfAnotherEmfNamespaceIsRefusedAsHoldingNoPlan() throws IOException {
		Path file = write("library.pdca", XML_DECLARATION
				+ "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"library\" nsURI=\"urn:library\" nsPrefix=\"lib\">\n"
				+ "  <eClassifiers xsi:type=\"ecore:EClass\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"Book\"/>\n"
				+ "</ecore:EPackage>\n");
		for (Locale locale : new Locale[] { EN, ZH_TW }) {
			assertEquals(pdca.model.i18n.Messages.get(locale, "load.notAPlan"), refused(file, locale).getMessage());
		}
	}

	@Test
	void planNamespaceWithoutAPlanIsRefusedAsHoldingNoPlan() throws IOException {
		Path file = write("unit.pdca", XML_DECLARATION
				+ "<pdca:Unit xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:pdca=\"urn:pdca:plan:1\" id=\"u1\" name=\"行政室\"/>\n");
		assertEquals(pdca.model.i18n.Messages.get(EN, "load.notAPlan"), refused(file, EN).getMessage());
	}

	@Test
	void missingFileIsRefusedAsMissing() {
		Path file = dir.resolve("nowhere/106年度計畫.pdca");
		assertEquals(pdca.model.i18n.Messages.get(EN, "load.missing"), refused(file, EN).getMessage());
		assertEquals(pdca.model.i18n.Messages.get(ZH_TW, "load.missing"), refused(file, ZH_TW).getMessage());
	}

	@Test
	void folderIsRefusedAsAFolder() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("106.pdca"));
		assertEquals(pdca.model.i18n.Messages.get(EN, "load.isDirectory"), refused(folder, EN).getMessage());
		assertEquals(pdca.model.i18n.Messages.get(ZH_TW, "load.isDirectory"), refused(folder, ZH_TW).getMessage());
	}

	@Test
	void fileOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
		Path file = dir.resolve("huge.pdca");
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(PlanFiles.MAX_FILE_BYTES + 1); // sparse: takes no space
		}
		long limitMiB = PlanFiles.MAX_FILE_BYTES / (1024 * 1024);
		// one byte over 64 MiB is more than 64 MiB: the message must not say "64 MiB, more than the 64 MiB"
		assertEquals(pdca.model.i18n.Messages.format(EN, "load.tooLarge", limitMiB + 1, limitMiB), refused(file, EN).getMessage());
		assertEquals(pdca.model.i18n.Messages.format(ZH_TW, "load.tooLarge", limitMiB + 1, limitMiB),
				refused(file, ZH_TW).getMessage());
	}

	@Test
	void fileAtTheSizeLimitIsParsed() throws IOException {
		String seed = seedText(Seed.ELECTION_100);
		// padded with whitespace after the root element up to exactly the limit: allowed, and parsed
		Path file = dir.resolve("padded.pdca");
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
			raf.write(bytes);
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			long left = PlanFiles.MAX_FILE_BYTES - bytes.length;
			while (left > 0) {
				int n = (int) Math.min(spaces.length, left);
				raf.write(spaces, 0, n);
				left -= n;
			}
		}
		assertEquals(PlanFiles.MAX_FILE_BYTES, Files.size(file));
		assertEquals("嘉義縣選舉委員會", assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> PlanFiles.load(file)).getAgency().getName());
	}

	@Test
	void newerFormatIsRefusedWithBothVersions() throws IOException {
		String text = seedText(Seed.ELECTION_105);
		assertTrue(text.contains("formatVersion=\"" + PlanFormat.CURRENT_VERSION + "\""));
		Path file = write("future.pdca", text.replace("formatVersion=\"" + PlanFormat.CURRENT_VERSION + "\"", "formatVersion=\"99\""));
		for (Locale locale : new Locale[] { EN, ZH_TW }) {
			PlanFileException e = refused(file, locale);
			assertEquals(pdca.model.i18n.Messages.format(locale, "load.newerFormat", 99, PlanFormat.CURRENT_VERSION),
					e.getMessage());
		}
	}

	@Test
	void refusedNewerFormatLeavesNothingBehindInTheResourceSet() throws IOException {
		Path file = write("future.pdca", seedText(Seed.ELECTION_105).replace("formatVersion=\"" + PlanFormat.CURRENT_VERSION + "\"", "formatVersion=\"99\""));
		ResourceSet set = PlanFiles.newResourceSet();
		assertThrows(PlanFileException.class, () -> PlanFiles.load(file, set));
		assertEquals(0, set.getResources().size(), "a refused file must not stay loaded (an editor would show it)");
	}

	@Test
	void impossibleFormatVersionIsRefused() throws IOException {
		Path file = write("zero.pdca", seedText(Seed.ELECTION_105).replace("formatVersion=\"" + PlanFormat.CURRENT_VERSION + "\"", "formatVersion=\"0\""));
		assertEquals(pdca.model.i18n.Messages.format(EN, "load.badFormat", 0), refused(file, EN).getMessage());
	}

	@Test
	void fileWithoutFormatVersionIsReadAsVersionOne() throws IOException, PlanFileException {
		Path file = write("old.pdca", seedText(Seed.ELECTION_105).replace(" " + "formatVersion=\"" + PlanFormat.CURRENT_VERSION + "\"", ""));
		Plan plan = PlanFiles.load(file);
		assertEquals(PlanFormat.CURRENT_VERSION, plan.getFormatVersion());
		assertEquals(5, plan.getStrategies().size());
	}

	@Test
	void ownerThatIsNoUnitOfThePlanIsRefusedAtItsLine() throws IOException {
		String text = seedText(Seed.PLANNING_107);
		String reference = "leadOwner=\"cc377345-80b7-4985-a76a-354f1014c33c\"";
		int index = text.indexOf(reference);
		assertTrue(index > 0);
		int line = lineOf(text, reference);
		Path file = write("dangling.pdca", text.substring(0, index) + "leadOwner=\"no-such-unit\""
				+ text.substring(index + reference.length()));
		for (Locale locale : new Locale[] { EN, ZH_TW }) {
			PlanFileException e = refused(file, locale);
			String detail = assertMessageOf(locale, "load.broken", e.getMessage());
			assertTrue(detail.contains("no-such-unit"), detail);
			assertEquals(line, e.line());
		}
	}

	@Test
	void impossibleDateIsRefusedAtItsLine() throws IOException {
		String text = seedText(Seed.MOTOR_VEHICLE_106);
		assertTrue(text.contains("start=\"2017-01-01\""));
		Path file = write("feb30.pdca", text.replace("start=\"2017-01-01\"", "start=\"2017-02-30\""));
		PlanFileException e = refused(file, EN);
		String detail = assertMessageOf(EN, "load.broken", e.getMessage());
		assertTrue(detail.contains("2017-02-30"), detail);
		assertEquals(lineOf(text, "<period "), e.line(), "the line of the period");
	}

	@Test
	void unknownElementIsRefusedAtItsLine() throws IOException {
		String text = seedText(Seed.ELECTION_100);
		Path file = write("unknown.pdca", text.replace("<objectives ", "<objectifs "));
		PlanFileException e = refused(file, EN);
		String detail = assertMessageOf(EN, "load.broken", e.getMessage());
		assertTrue(detail.contains("objectifs"), detail);
		assertEquals(lineOf(text, "<objectives "), e.line(), "the line of the first objective");
	}

	@Test
	void aHugeValueIsQuotedShortInTheRefusal() throws IOException {
		String text = seedText(Seed.MOTOR_VEHICLE_106);
		assertTrue(text.contains("start=\"2017-01-01\""));
		String huge = "9".repeat(1_000_000);
		Path file = write("huge.pdca", text.replace("start=\"2017-01-01\"", "start=\"" + huge + "\""));
		for (Locale locale : new Locale[] { EN, ZH_TW }) {
			PlanFileException e = refused(file, locale);
			assertTrue(e.getMessage().length() < 500, "a short message, not the megabyte: " + e.getMessage().length() + " characters");
			assertTrue(e.getMessage().contains("9".repeat(40) + "…"), "the start of the value, cut: " + e.getMessage());
			assertEquals(lineOf(text, "<period "), e.line(), "the line of the period");
		}
	}

	@Test
	void refusalsDifferByLanguage() throws IOException {
		Path file = write("cut.pdca", seedText(Seed.ELECTION_100).substring(0, 500));
		String en = refused(file, EN).getMessage();
		String zh = refused(file, ZH_TW).getMessage();
		assertNotEquals(en, zh);
	}
}
