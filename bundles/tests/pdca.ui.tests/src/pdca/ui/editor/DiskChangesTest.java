package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.PdcaPackage;
import pdca.model.io.PlanFiles;
import pdca.ui.editor.PlanEditor.SaveConflict;
import pdca.test.support.EditorFixture;

/**
 * Another program changes a plan file that is open in the editor (a unit's copy put back, a sync tool, a second
 * workbench): a clean editor shows the new content by itself, and a save never overwrites the other change
 * without the user deciding so.
 */
class DiskChangesTest {

	private static final String OTHER_TITLE = "另一程式修改的計畫名稱";
	private static final String MY_TITLE = "編輯器中修改的計畫名稱";

	private EditorFixture fixture;
	private final List<String> asked = new ArrayList<>();

	@BeforeEach
	void workspace() throws Exception {
		fixture = new EditorFixture("disk-changes");
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	private static Path path(PlanEditor editor) {
		return ((org.eclipse.ui.IFileEditorInput) editor.getEditorInput()).getFile().getLocation().toPath();
	}

	/** Changes the plan's title in the file the way another program would: bytes on disk, not the workspace. */
	private static void changeTitleOnDisk(Path file, String oldTitle, String newTitle) throws Exception {
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains(oldTitle));
		Files.writeString(file, xml.replace(oldTitle, newTitle), StandardCharsets.UTF_8);
		// a file system with coarse timestamps must still see a change
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 2000));
	}

	private static String titleOnDisk(Path file) throws Exception {
		return PlanFiles.load(file).getTitle();
	}

	private static void editTitle(PlanEditor editor, String title) {
		editor.getEditingDomain().getCommandStack().execute(
				SetCommand.create(editor.getEditingDomain(), editor.plan(), PdcaPackage.Literals.PLAN__TITLE, title));
		assertTrue(editor.isDirty());
	}

	@Test
	void savingOverAFileChangedOnDiskAsksAndCancelLeavesTheOtherChange() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Path file = path(editor);
		String original = editor.plan().getTitle();
		editTitle(editor, MY_TITLE);
		changeTitleOnDisk(file, original, OTHER_TITLE);
		editor.askOnConflict(name -> {
			asked.add(name);
			return SaveConflict.CANCEL;
		});

		editor.doSave(null);

		assertEquals(List.of(file.getFileName().toString()), asked, "the user was asked, naming the file");
		assertEquals(OTHER_TITLE, titleOnDisk(file), "the other program's change is still on disk");
		assertTrue(editor.isDirty(), "my change is still unsaved in the editor");
		assertEquals(MY_TITLE, editor.plan().getTitle());
	}

	@Test
	void overwriteIsTheUsersDecisionAndThenSavesWithoutAskingAgain() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Path file = path(editor);
		String original = editor.plan().getTitle();
		editTitle(editor, MY_TITLE);
		changeTitleOnDisk(file, original, OTHER_TITLE);
		editor.askOnConflict(name -> {
			asked.add(name);
			return SaveConflict.OVERWRITE;
		});

		editor.doSave(null);
		assertEquals(MY_TITLE, titleOnDisk(file));
		assertFalse(editor.isDirty());

		editTitle(editor, MY_TITLE + "（二）");
		editor.doSave(null);
		assertEquals(1, asked.size(), "the file now holds what the editor wrote: no question the second time");
		assertEquals(MY_TITLE + "（二）", titleOnDisk(file));
	}

	@Test
	void reloadDropsMyChangeAndShowsTheOther() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Path file = path(editor);
		String original = editor.plan().getTitle();
		editTitle(editor, MY_TITLE);
		changeTitleOnDisk(file, original, OTHER_TITLE);
		editor.askOnConflict(name -> SaveConflict.RELOAD);

		editor.doSave(null);

		assertEquals(OTHER_TITLE, editor.plan().getTitle());
		assertFalse(editor.isDirty());
		assertEquals(OTHER_TITLE, titleOnDisk(file));
	}

	@Test
	void saveAsWritesMyVersionElsewhereAndLeavesTheChangedFile() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Path file = path(editor);
		String original = editor.plan().getTitle();
		editTitle(editor, MY_TITLE);
		changeTitleOnDisk(file, original, OTHER_TITLE);
		IFile copy = fixture.project.getFile("my-version.pdca");

		editor.saveAs(copy);

		assertEquals(OTHER_TITLE, titleOnDisk(file), "the changed file is left as it is");
		assertEquals(MY_TITLE, titleOnDisk(copy.getLocation().toPath()));
		assertEquals(copy, ((org.eclipse.ui.IFileEditorInput) editor.getEditorInput()).getFile(), "the editor shows the copy");
		assertFalse(editor.isDirty());
	}

	@Test
	void aCleanEditorShowsAChangeMadeByAnotherProgramWithinSeconds() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Path file = path(editor);
		changeTitleOnDisk(file, editor.plan().getTitle(), OTHER_TITLE);

		spin(() -> OTHER_TITLE.equals(editor.plan().getTitle()), 4 * PlanEditor.DISK_LOOK_MS + 2000);

		assertEquals(OTHER_TITLE, editor.plan().getTitle(), "reloaded without any workspace refresh by hand");
		assertFalse(editor.isDirty());
	}

	@Test
	void aFileRewrittenWithTheSameContentIsNoChange() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		Path file = path(editor);
		editTitle(editor, MY_TITLE);
		byte[] same = Files.readAllBytes(file);
		Files.write(file, same);
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 2000));
		editor.askOnConflict(name -> {
			asked.add(name);
			return SaveConflict.CANCEL;
		});
		IFile touched = ((org.eclipse.ui.IFileEditorInput) editor.getEditorInput()).getFile();
		waitUntil("the editor to look at the touched file", () -> touched.isSynchronized(IResource.DEPTH_ZERO),
				4 * PlanEditor.DISK_LOOK_MS + 2000);
		settle();

		editor.doSave(null);

		assertTrue(asked.isEmpty(), "only a change of content is a conflict, not a touched file");
		assertEquals(MY_TITLE, titleOnDisk(file));
	}
}
