package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import pdca.model.PdcaPackage;
import pdca.model.io.PlanFiles;
import pdca.test.support.EditorFixture;

/** Every save keeps the content it replaces; an earlier version can be compared and restored in the editor. */
class VersionHistoryTest {

	private EditorFixture fixture;

	@BeforeEach
	void workspace(TestInfo test) throws Exception {
		// a project of its own per test: the history of a path outlives the project, as it should for users
		fixture = new EditorFixture("history-" + test.getTestMethod().orElseThrow().getName());
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
	}

	private static void setTitle(PlanEditor editor, String title) {
		editor.getEditingDomain().getCommandStack().execute(
				SetCommand.create(editor.getEditingDomain(), editor.plan(), PdcaPackage.Literals.PLAN__TITLE, title));
	}

	@Test
	void eachSaveKeepsTheReplacedContentWhichCanBeComparedAndRestored() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		IFile file = editor.file();
		String original = editor.plan().getTitle();
		assertEquals(List.of(), editor.history().versions(file));

		setTitle(editor, "第二版");
		fixture.page.saveEditor(editor, false);
		setTitle(editor, "第三版");
		fixture.page.saveEditor(editor, false);

		List<VersionHistory.Version> versions = editor.history().versions(file);
		assertEquals(2, versions.size());
		assertEquals("第二版", PlanFiles.load(versions.get(0).file()).getTitle(), "newest first");
		assertEquals(original, PlanFiles.load(versions.get(1).file()).getTitle());

		List<String> lines = PreviousVersionsDialog.describe(PlanFiles.load(versions.get(1).file()), editor.plan());
		assertEquals(2, lines.size(), lines.toString());
		assertTrue(lines.get(1).contains(pdca.ui.UiMessages.field_title), "the title changed: " + lines);

		editor.showUnsaved(versions.get(1).file());
		assertEquals(original, editor.plan().getTitle(), "the first version is back in the editor");
		assertTrue(editor.isDirty(), "restored as unsaved changes");
		assertEquals("第三版", PlanFiles.load(file.getLocation().toPath()).getTitle(), "the file is unchanged until saved");
		fixture.page.saveEditor(editor, false);
		assertEquals(original, PlanFiles.load(file.getLocation().toPath()).getTitle());
		assertFalse(editor.isDirty());
		assertEquals(3, editor.history().versions(file).size(), "restoring a version kept the one it replaced too");
	}

	@Test
	void theNewestFiftyAreKept() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		for (int i = 1; i <= VersionHistory.KEPT + 3; i++) {
			setTitle(editor, "版本 " + i);
			fixture.page.saveEditor(editor, false);
		}
		List<VersionHistory.Version> versions = editor.history().versions(editor.file());
		assertEquals(VersionHistory.KEPT, versions.size());
		assertEquals("版本 " + (VersionHistory.KEPT + 2), PlanFiles.load(versions.get(0).file()).getTitle());
	}
}
