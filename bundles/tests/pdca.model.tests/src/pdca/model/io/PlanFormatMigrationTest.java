package pdca.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.io.UserMessages.EN;
import static pdca.model.io.UserMessages.ZH_TW;
import static pdca.model.io.UserMessages.assertChinese;
import static pdca.model.io.UserMessages.assertMessageOf;
import static pdca.model.io.UserMessages.assertReadable;
import static pdca.model.io.UserMessages.inLocale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import pdca.model.Method;
import pdca.model.Objective;
import pdca.model.Plan;
import pdca.model.i18n.Messages;
import pdca.model.seeds.Seed;
import pdca.samples.SamplePlans;

/**
 * A plan saved in an older version of the format opens after an update, through the format's migration steps; a
 * plan from a newer version is refused; a failing step refuses the file; current files are read as they are. The
 * older file is a saved fixture ({@code fixtures/formats/older-dialect-v1.pdca}): the seed plan of 99 written as
 * version 1 of a format whose version 2 is today's (see {@link OlderDialect}).
 */
class PlanFormatMigrationTest {

	private static final String OLDER = "older-dialect-v1.pdca";
	private static final String NEWER = "newer-v3.pdca";

	/** A method of the 99 seed whose description has line breaks, and its deadline. */
	private static final String METHOD_ID = "7d8ce891-1551-488d-add3-00b2629935fb";
	private static final String OBJECTIVE_ID = "dfed0989-5f92-4d4b-bc5f-757ea9a46d52";

	@TempDir
	Path dir;

	/**
	 * The hypothetical version 1 of the fixture and the step that turns it into today's format: at XML level,
	 * {@code deadline} attributes become {@code schedule}, {@code <objective>} elements with text content become
	 * {@code <objectives text="…">}; on the model, the plan year is derived from the period.
	 */
	static final class OlderDialect {

		final AtomicInteger xmlRuns = new AtomicInteger();
		final AtomicInteger modelRuns = new AtomicInteger();

		PlanFormat.Step step() {
			return new PlanFormat.Step(this::toVersion2, this::yearFromPeriod);
		}

		PlanFormat format() {
			return PlanFormat.of(2, List.of(step()));
		}

		private void toVersion2(Document document) {
			xmlRuns.incrementAndGet();
			NodeList all = document.getElementsByTagName("*");
			List<Element> objectives = new ArrayList<>();
			for (int i = 0; i < all.getLength(); i++) {
				Element element = (Element) all.item(i);
				if (element.hasAttribute("deadline")) {
					element.setAttribute("schedule", element.getAttribute("deadline"));
					element.removeAttribute("deadline");
				}
				if (element.getLocalName().equals("objective")) {
					objectives.add(element);
				}
			}
			for (Element objective : objectives) {
				String text = objective.getTextContent();
				while (objective.getFirstChild() != null) {
					objective.removeChild(objective.getFirstChild());
				}
				Element renamed = (Element) document.renameNode(objective, null, "objectives");
				renamed.setAttribute("text", text);
			}
		}

		private void yearFromPeriod(Plan plan) {
			modelRuns.incrementAndGet();
			if (plan.getRocYear() == 0 && plan.getPeriod() != null && plan.getPeriod().getStart() != null) {
				plan.setRocYear(plan.getPeriod().getStart().getYear() - 1911);
			}
		}
	}

	/** The fixture {@code name} copied into the test's folder (the copy is what the tests open and save). */
	private Path fixture(String name) {
		try (InputStream in = PlanFormatMigrationTest.class.getResourceAsStream("/fixtures/formats/" + name)) {
			assertNotNull(in, "fixture missing: " + name);
			Path file = dir.resolve(name);
			Files.copy(in, file);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(Path file) {
		return new String(bytes(file), StandardCharsets.UTF_8);
	}

	private static Plan load(Path file, PlanFormat format) throws PlanFileException {
		return PlanFiles.load(file, PlanFiles.newResourceSet(), format);
	}

	/** {@code plan} equals {@code expected} in everything but the format version. */
	private static void assertSamePlan(Plan expected, Plan plan) {
		Plan a = EcoreUtil.copy(expected);
		Plan b = EcoreUtil.copy(plan);
		a.setFormatVersion(0);
		b.setFormatVersion(0);
		assertTrue(EcoreUtil.equals(a, b), "the migrated plan holds everything the plan held");
	}

	// ---- an older file opens -------------------------------------------------------------------------------------

	@Test
	void fixtureIsReallyInTheOlderDialect() {
		String older = text(fixture(OLDER));
		assertTrue(older.contains("formatVersion=\"1\""));
		assertTrue(older.contains(" deadline=\"99/1~99/12\""));
		assertFalse(older.contains(" schedule=\""));
		assertTrue(older.contains("<objective id=\"" + OBJECTIVE_ID + "\">"));
		assertFalse(older.contains("rocYear="));
		// today's format cannot read it: without the step the file is refused
		PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.load(dir.resolve(OLDER)));
		assertTrue(e.getMessage().contains("objective") || e.getMessage().contains("deadline"), e.getMessage());
	}

	@Test
	void olderFileOpensWithEverythingItHeld() throws PlanFileException {
		Path file = fixture(OLDER);
		byte[] before = bytes(file);
		OlderDialect dialect = new OlderDialect();
		Plan plan = load(file, dialect.format());

		assertEquals(1, dialect.xmlRuns.get());
		assertEquals(1, dialect.modelRuns.get());
		assertEquals(2, plan.getFormatVersion(), "the loaded plan is in the new version");

		// what the user sees: objectives with their texts and ids, deadlines, the plan year, multi-line texts
		assertEquals(4, plan.getObjectives().size());
		Objective first = plan.getObjectives().get(0);
		assertEquals(OBJECTIVE_ID, first.getId());
		assertEquals("持續推動提升為民服務品質，擴大服務視野與民眾滿意度，形塑親民、便民、愛民、高效能之機關形象與聲譽。", first.getText());
		Method method = (Method) plan.eResource().getEObject(METHOD_ID);
		assertNotNull(method, "the method keeps its id");
		assertEquals("服務流程便捷性", method.getText());
		assertEquals("99/1~99/12", method.getSchedule().text());
		assertTrue(method.getDescription().startsWith("1.建置全功能化單一窗口，提供民眾多種與整合服務情形。\n2."),
				"line breaks in texts survive the rewrite: " + method.getDescription());
		assertEquals(99, plan.getRocYear());

		// and nothing else is lost: the plan is the seed it was made from
		assertSamePlan(Seed.HOUSEHOLD_099.load(), plan);

		assertArrayEquals(before, bytes(file), "opening the file does not change it");
	}

	@Test
	void fileWithoutAFormatVersionIsMigratedAsVersionOne() throws IOException, PlanFileException {
		Path file = Files.writeString(dir.resolve("unversioned.pdca"),
				text(fixture(OLDER)).replace(" formatVersion=\"1\"", ""), StandardCharsets.UTF_8);
		OlderDialect dialect = new OlderDialect();
		Plan plan = load(file, dialect.format());
		assertEquals(1, dialect.xmlRuns.get());
		assertEquals(2, plan.getFormatVersion());
		assertSamePlan(Seed.HOUSEHOLD_099.load(), plan);
	}

	@Test
	void savingWritesTheNewVersionAndTheFileThenOpensWithoutMigration() throws PlanFileException {
		Path file = fixture(OLDER);
		byte[] before = bytes(file);
		PlanFormat format = new OlderDialect().format();
		Plan plan = load(file, format);
		assertArrayEquals(before, bytes(file), "not changed until the user saves");

		PlanFiles.save(plan, file, format);
		String saved = text(file);
		assertTrue(saved.contains("formatVersion=\"2\""), "saved in the new version");
		assertTrue(saved.contains(" schedule=\"99/1~99/12\""));
		assertTrue(saved.contains("<objectives id=\"" + OBJECTIVE_ID + "\""));
		assertTrue(saved.contains("rocYear=\"99\""));
		assertFalse(saved.contains(" deadline=\""));
		assertFalse(saved.contains("<objective "));

		OlderDialect again = new OlderDialect();
		Plan reloaded = load(file, again.format());
		assertEquals(0, again.xmlRuns.get() + again.modelRuns.get(), "a file of the current version is not migrated");
		assertSamePlan(plan, reloaded);
	}

	@Test
	void stepsRunOneVersionAfterTheOther() throws PlanFileException {
		// version 3 adds nothing the fixture needs, but its step must see what step 1→2 made
		List<String> seen = new ArrayList<>();
		OlderDialect dialect = new OlderDialect();
		PlanFormat.Step third = new PlanFormat.Step(document -> {
			seen.add("xml 2→3 sees " + document.getElementsByTagName("objectives").getLength() + " objectives");
		}, plan -> seen.add("model 2→3 sees year " + plan.getRocYear()));
		Plan plan = load(fixture(OLDER), PlanFormat.of(3, List.of(dialect.step(), third)));
		assertEquals(List.of("xml 2→3 sees 4 objectives", "model 2→3 sees year 99"), seen);
		assertEquals(3, plan.getFormatVersion());
	}

	// ---- a newer file is refused -----------------------------------------------------------------------------------

	@Test
	void newerFileIsRefusedWithWhatToDoAndLeftAlone() {
		Path file = fixture(NEWER);
		byte[] before = bytes(file);
		for (PlanFormat format : List.of(PlanFormat.production(), new OlderDialect().format())) {
			for (Locale locale : new Locale[] { EN, ZH_TW }) {
				ResourceSet set = PlanFiles.newResourceSet();
				PlanFileException e = inLocale(locale,
						() -> assertThrows(PlanFileException.class, () -> PlanFiles.load(file, set, format)));
				assertEquals(file, e.file());
				assertTrue(e.describe().startsWith(file.toString()), "names the file: " + e.describe());
				// refused for its version, not as a broken file although it has an element this version does not know
				assertEquals(Messages.format(locale, "load.newerFormat", 3, format.currentVersion()), e.getMessage());
				assertTrue(e.getMessage().contains(locale == EN ? "Update the workbench" : "請更新工作台"), e.getMessage());
				assertReadable(e.getMessage());
				if (locale == ZH_TW) {
					assertChinese(e.getMessage());
				}
				assertEquals(0, set.getResources().size(), "nothing of the refused file stays loaded");
			}
		}
		assertArrayEquals(before, bytes(file), "the refused file is not changed");
	}

	// ---- a failing step refuses the file ---------------------------------------------------------------------------

	@Test
	void failingXmlStepRefusesTheFileAndNamesTheVersions() {
		Path file = fixture(OLDER);
		byte[] before = bytes(file);
		PlanFormat format = PlanFormat.of(2, List.of(PlanFormat.Step.xml(document -> {
			throw new IllegalStateException("no deadline where one was expected");
		})));
		ResourceSet set = PlanFiles.newResourceSet();
		PlanFileException e = inLocale(EN,
				() -> assertThrows(PlanFileException.class, () -> PlanFiles.load(file, set, format)));
		assertEquals(file, e.file());
		assertTrue(e.describe().startsWith(file.toString()), e.describe());
		assertEquals(Messages.format(EN, "load.migrationFailed", 1, 2, "no deadline where one was expected"),
				e.getMessage());
		assertReadable(e.getMessage());
		assertEquals(0, set.getResources().size());
		assertArrayEquals(before, bytes(file), "the file is not changed");
	}

	@Test
	void failingModelStepRefusesTheFileAndNamesTheVersions() {
		Path file = fixture(OLDER);
		byte[] before = bytes(file);
		OlderDialect dialect = new OlderDialect();
		PlanFormat.Step failing = PlanFormat.Step.model(plan -> {
			throw new IllegalArgumentException("評核表缺少題目");
		});
		PlanFormat format = PlanFormat.of(3, List.of(dialect.step(), failing));
		ResourceSet set = PlanFiles.newResourceSet();
		PlanFileException e = inLocale(ZH_TW,
				() -> assertThrows(PlanFileException.class, () -> PlanFiles.load(file, set, format)));
		assertEquals(file, e.file());
		String detail = assertMessageOf(ZH_TW, "load.migrationFailed", e.getMessage());
		assertEquals("2", detail, "the step that failed is the one from version 2");
		assertEquals(Messages.format(ZH_TW, "load.migrationFailed", 2, 3, "評核表缺少題目"), e.getMessage());
		assertReadable(e.getMessage());
		assertChinese(e.getMessage());
		assertEquals(0, set.getResources().size(), "a plan half migrated does not stay loaded");
		assertArrayEquals(before, bytes(file), "the file is not changed");
	}

	@Test
	void failingStepWithoutAMessageStillSaysWhatHappened() {
		Path file = fixture(OLDER);
		PlanFormat format = PlanFormat.of(2, List.of(PlanFormat.Step.xml(document -> {
			throw new NullPointerException();
		})));
		PlanFileException e = inLocale(EN, () -> assertThrows(PlanFileException.class, () -> load(file, format)));
		assertEquals(Messages.format(EN, "load.migrationFailed", 1, 2, Messages.get(EN, "load.migrationNoDetail")),
				e.getMessage());
		assertReadable(e.getMessage());
	}

	@Test
	void brokenOlderFileIsRefusedAtItsLine() throws IOException {
		String older = text(fixture(OLDER));
		int cut = older.indexOf("<organisation>");
		Path file = Files.writeString(dir.resolve("cut.pdca"), older.substring(0, cut + 10), StandardCharsets.UTF_8);
		byte[] before = bytes(file);
		OlderDialect dialect = new OlderDialect();
		PlanFileException e = inLocale(EN, () -> assertThrows(PlanFileException.class, () -> load(file, dialect.format())));
		assertMessageOf(EN, "load.broken", e.getMessage());
		assertTrue(e.line() > 1, "a line is given: " + e.describe());
		assertEquals(0, dialect.xmlRuns.get() + dialect.modelRuns.get());
		assertArrayEquals(before, bytes(file));
	}

	@Test
	void chainMustHaveOneStepPerVersion() {
		assertThrows(IllegalArgumentException.class, () -> PlanFormat.of(2, List.of()));
		assertThrows(IllegalArgumentException.class, () -> PlanFormat.of(0, List.of()));
	}

	// ---- the production chain and current files ------------------------------------------------------------------

	private static List<Path> sampleWorkspaceFiles() throws IOException {
		try (Stream<Path> files = Files.walk(SamplePlans.workspaceFolder())) {
			return files.filter(p -> p.toString().endsWith("." + PlanFiles.EXTENSION)).sorted().toList();
		}
	}

	@Test
	void productionIsVersionTwo() {
		assertEquals(2, PlanFormat.CURRENT_VERSION);
		assertEquals(PlanFormat.CURRENT_VERSION, PlanFormat.production().currentVersion());
	}

	@Test
	void aFileOfVersionOneOpensWithEverythingItHeldAndIsSavedInVersionTwo() throws IOException, PlanFileException {
		// the tracking sample of 106 as the build of version 1 saved it (before review meetings named a baseline)
		Path file = fixture("tracking-106-v1.pdca");
		assertTrue(text(file).contains("formatVersion=\"1\""));
		byte[] before = bytes(file);

		Plan plan = PlanFiles.load(file);

		assertEquals(2, plan.getFormatVersion(), "the loaded plan is in version 2");
		assertEquals(2, plan.getReviewMeetings().size());
		assertTrue(plan.getReviewMeetings().stream().allMatch(m -> m.getBaseline() == null), "a meeting of version 1 names no baseline");
		assertSamePlan(PlanFiles.load(SamplePlans.workspaceFolder().resolve("tracking/106/tainan-motor-vehicle-station.pdca")), plan);
		assertArrayEquals(before, bytes(file), "the file is not changed until saved");

		plan.getReviewMeetings().get(1).setBaseline("第2季檢討");
		PlanFiles.save(plan, file);
		assertTrue(text(file).contains("formatVersion=\"2\""), "saved in version 2");
		assertEquals("第2季檢討", PlanFiles.load(file).getReviewMeetings().get(1).getBaseline());
	}

	@Test
	void everySampleFileLoadsInTheProductionFormatUnchanged() throws IOException, PlanFileException {
		List<Path> files = sampleWorkspaceFiles();
		assertTrue(files.size() >= 16, "the plans, tracking and county projects: " + files);
		for (Path file : files) {
			byte[] before = bytes(file);
			assertTrue(text(file).contains("formatVersion=\"" + PlanFormat.CURRENT_VERSION + "\""), file.toString());
			Plan plan = PlanFiles.load(file);
			assertEquals(PlanFormat.CURRENT_VERSION, plan.getFormatVersion(), file.toString());
			assertArrayEquals(before, bytes(file), file.toString());
		}
	}

	@Test
	void filesOfTheCurrentVersionRunNoStep() throws IOException, PlanFileException {
		// every sample file as a file of version 2, read by a chain whose current version is 2: its step (which
		// would rewrite the document and the plan) is never called, and the plan is what production reads
		for (Path sample : sampleWorkspaceFiles()) {
			String text = text(sample);
			Path file = Files.writeString(dir.resolve(sample.getFileName()),
					text.replaceFirst("formatVersion=\"1\"", "formatVersion=\"2\""), StandardCharsets.UTF_8);
			AtomicInteger calls = new AtomicInteger();
			PlanFormat format = PlanFormat.of(2, List.of(new PlanFormat.Step(document -> {
				calls.incrementAndGet();
				document.getDocumentElement().setAttribute("title", "rewritten");
			}, plan -> {
				calls.incrementAndGet();
				plan.setTitle("rewritten");
			})));
			Plan plan = load(file, format);
			assertEquals(0, calls.get(), sample + " was migrated");
			assertEquals(2, plan.getFormatVersion());
			assertSamePlan(PlanFiles.load(sample), plan);
		}
	}

	@Test
	void modelOnlyStepsReadTheFileAsItIs() throws PlanFileException {
		// an older file whose steps have no XML part is parsed once, by EMF: the document is not rewritten, so what
		// only the XML part of the fixture's step could read is still refused
		Path file = fixture(OLDER);
		AtomicInteger calls = new AtomicInteger();
		PlanFormat format = PlanFormat.of(2, List.of(PlanFormat.Step.model(plan -> calls.incrementAndGet())));
		assertThrows(PlanFileException.class, () -> load(file, format));
		assertEquals(0, calls.get(), "no model step on a file that did not load");

		// the seed as a file of version 1
		Path seed = dir.resolve("seed.pdca");
		try {
			Files.writeString(seed, text(Seed.PLANNING_107.file()).replaceFirst(
					"formatVersion=\"" + PlanFormat.CURRENT_VERSION + "\"", "formatVersion=\"1\""), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Plan plan = load(seed, format);
		assertEquals(1, calls.get());
		assertEquals(2, plan.getFormatVersion());
	}
}
