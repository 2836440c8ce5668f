package pdca.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Action;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.logic.PlanStructure;
import pdca.samples.SamplePlans;
import pdca.test.support.UseLocale;

/** Saving never loses a plan; loading refuses hostile or broken files with a clear message. */
@UseLocale("en")
class PlanFilesTest {

	@TempDir
	Path temp;

	private static Path seed(String prefix) {
		return SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
				.orElseThrow();
	}

	private PlanFileException loadFails(String name, String content) throws Exception {
		Path file = temp.resolve(name);
		Files.writeString(file, content);
		PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.load(file));
		assertEquals(file, e.file());
		assertFalse(e.getMessage().contains("Exception"), e.getMessage());
		return e;
	}

	@Test
	void saveAndLoadKeepEverythingIncludingIds() throws Exception {
		Plan original = PlanFiles.load(seed("tainan"));
		Path copy = temp.resolve("copy.pdca");
		PlanFiles.save(EcoreUtil.copy(original), copy);
		Plan reloaded = PlanFiles.load(copy);
		assertTrue(EcoreUtil.equals(original, reloaded), "the reloaded plan differs from the saved one");
		assertEquals(original.getId(), reloaded.getId());
		assertEquals(PlanStructure.actions(original).get(40).getId(), PlanStructure.actions(reloaded).get(40).getId());
		assertTrue(Files.readString(copy).contains("6月完成並持續辦理"), "deadlines are stored as written");
	}

	@Test
	void newElementsGetIdsWhenSaved() throws Exception {
		Plan plan = PlanFiles.load(seed("changhua"));
		Action action = PdcaFactory.eINSTANCE.createAction();
		action.setText("新增作法");
		PlanStructure.methods(plan).get(0).getActions().add(action);
		PlanFiles.save(plan, temp.resolve("new.pdca"));
		assertNotNull(action.getId());
		Plan reloaded = PlanFiles.load(temp.resolve("new.pdca"));
		Action found = (Action) reloaded.eResource().getEObject(action.getId());
		assertEquals("新增作法", found.getText(), "the new action is found by its id after reloading");
	}

	@Test
	void aSaveThatFailsMidwayLeavesTheOldFileUntouchedAndNoTemporaryFile() throws Exception {
		Path folder = Files.createDirectory(temp.resolve("plans"));
		Path file = folder.resolve("plan.pdca");
		Files.copy(seed("changhua"), file);
		byte[] before = Files.readAllBytes(file);
		Plan plan = PlanFiles.load(file);
		plan.setTitle("changed");
		Path scratch = temp.resolve("scratch.pdca");
		PlanFiles.save(plan, scratch);
		byte[] changed = Files.readAllBytes(scratch);

		// the serialisation writes the first half of the new file, then fails
		List<Long> seenOnDisk = new ArrayList<>();
		PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.write(file, out -> {
			out.write(changed, 0, changed.length / 2);
			out.flush();
			try (var files = Files.list(folder)) {
				for (Path p : files.filter(p -> !p.equals(file)).toList()) {
					seenOnDisk.add(Files.size(p));
				}
			}
			throw new IllegalStateException("serialisation failed halfway");
		}));
		assertEquals(List.of((long) changed.length / 2), seenOnDisk, "half the new plan was on disk when it failed");
		assertEquals(file, e.file());
		assertTrue(e.getMessage().contains("was not changed"), e.getMessage());
		assertTrue(e.getMessage().contains("serialisation failed halfway"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "the old file is as it was, byte for byte");
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}
	}

	@Test
	void writeAtomicallyReplacesTheWholeFile() throws Exception {
		Path file = temp.resolve("x.pdca");
		byte[] old = "old ".repeat(300_000).getBytes(StandardCharsets.US_ASCII);
		byte[] fresh = "new!".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
		Files.write(file, old);
		Path link = Files.createLink(temp.resolve("link-to-the-old-file"), file);
		Object oldFile = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

		// readers never see a mixture while the file is rewritten again and again
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger reads = new AtomicInteger();
		List<String> mixtures = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> {
			while (writing.get()) {
				try {
					byte[] seen = Files.readAllBytes(file);
					reads.incrementAndGet();
					if (!Arrays.equals(seen, old) && !Arrays.equals(seen, fresh) && mixtures.size() < 5) {
						mixtures.add(seen.length + " bytes");
					}
				} catch (IOException e) {
					if (mixtures.size() < 5) {
						mixtures.add(e.toString()); // the file was ever missing
					}
				}
			}
		});
		reader.start();
		try {
			for (int i = 0; i < 40; i++) {
				PlanFiles.writeAtomically(file, i % 2 == 0 ? fresh : old);
			}
		} finally {
			writing.set(false);
			reader.join();
		}
		assertEquals(List.of(), mixtures, "a reader saw something else than the old or the new file (" + reads + " reads)");
		assertTrue(reads.get() > 0);

		PlanFiles.writeAtomically(file, fresh);
		assertArrayEquals(fresh, Files.readAllBytes(file));
		assertNotEquals(oldFile, Files.readAttributes(file, BasicFileAttributes.class).fileKey(), "a new file took the old one's name");
		assertArrayEquals(old, Files.readAllBytes(link), "the old file was never written into");
		try (var files = Files.list(temp)) {
			assertEquals(2, files.count(), "the file and the link, no temporary file");
		}
	}

	@Test
	void externalEntitiesAreRefused() throws Exception {
		PlanFileException e = loadFails("xxe.pdca", """
				<?xml version="1.0"?>
				<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<pdca:Plan xmlns:pdca="urn:pdca:plan:1" title="&x;"/>
				""");
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertTrue(e.line() > 0);
	}

	@Test
	void entityExpansionIsRefused() throws Exception {
		PlanFileException e = loadFails("laughs.pdca", """
				<?xml version="1.0"?>
				<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
				<pdca:Plan xmlns:pdca="urn:pdca:plan:1" title="&c;"/>
				""");
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void truncatedFileNamesTheLine() throws Exception {
		String xml = Files.readString(seed("tainan"));
		PlanFileException e = loadFails("cut.pdca", xml.substring(0, xml.length() / 2));
		assertTrue(e.line() > 1, "line " + e.line());
		assertTrue(e.getMessage().contains("restore a backup"), e.getMessage());
	}

	@Test
	void emptyGarbageForeignAndMissingFiles() throws Exception {
		assertTrue(loadFails("empty.pdca", "").getMessage().contains("empty"));
		assertEquals(1, loadFails("garbage.pdca", "\u0001\u0002PK binary").line());
		assertTrue(loadFails("page.pdca", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>").getMessage()
				.contains("http://www.w3.org/1999/xhtml"));
		PlanFileException missing = assertThrows(PlanFileException.class, () -> PlanFiles.load(temp.resolve("none.pdca")));
		assertTrue(missing.getMessage().contains("does not exist"));
		PlanFileException dir = assertThrows(PlanFileException.class, () -> PlanFiles.load(temp));
		assertTrue(dir.getMessage().contains("folder"));
	}

	@Test
	void aRefusalTheParserCannotPlaceStillNamesTheLine() throws Exception {
		// the parser gives no line here: the place is the end of the file, or its first line
		assertEquals(1, loadFails("declaration.pdca", "<?xml version=\"1.0\"?>").line());
		assertEquals(3, loadFails("blank.pdca", " \n\t\n ").line());
		PlanFileException encoding = loadFails("encoding.pdca", "<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?>\n<pdca:Plan/>");
		assertEquals(1, encoding.line());
		assertTrue(encoding.getMessage().contains("EBCDIC-US"), encoding.getMessage());
	}

	@Test
	void oversizedFileIsRefusedBeforeParsing() throws Exception {
		Path big = temp.resolve("big.pdca");
		try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
			f.setLength(PlanFiles.MAX_FILE_BYTES + 1);
		}
		PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.load(big));
		assertTrue(e.getMessage().contains("MiB"), e.getMessage());
	}

	@Test
	void fileFromANewerVersionIsRefused() throws Exception {
		String xml = Files.readString(seed("chiayi")).replaceFirst("formatVersion=\"" + PlanFormat.CURRENT_VERSION + "\"", "formatVersion=\"99\"");
		assertTrue(loadFails("newer.pdca", xml).getMessage().contains("newer version"));
	}

	@Test
	void messagesAreInTraditionalChineseForATaiwanLocale() throws Exception {
		Locale.setDefault(Locale.TAIWAN);
		PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.load(temp.resolve("none.pdca")));
		assertEquals("檔案不存在。請檢查路徑與檔名。", e.getMessage());
	}
}
