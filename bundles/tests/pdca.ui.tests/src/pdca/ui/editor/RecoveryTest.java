package pdca.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.spin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IFileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.PdcaPackage;
import pdca.model.io.PlanFiles;
import pdca.ui.editor.RecoveryOffer.Choice;
import pdca.test.support.EditorFixture;

/**
 * Unsaved work survives a crash: a dirty editor keeps a copy in the recovery area by itself, and what a crash left
 * there is offered back at the next start; saving, or closing without saving, removes the copy.
 */
class RecoveryTest {

	private static final String EDITED = "當機前尚未儲存的計畫名稱";

	private EditorFixture fixture;
	private Path saved;

	@BeforeEach
	void workspace() throws Exception {
		fixture = new EditorFixture("recovery");
		saved = Files.createTempDirectory("recovery-copy");
	}

	@AfterEach
	void cleanUp() throws Exception {
		fixture.close();
		Recovery recovery = Recovery.ofWorkspace();
		recovery.entries().forEach(recovery::discard);
	}

	private static IFile fileOf(PlanEditor editor) {
		return ((IFileEditorInput) editor.getEditorInput()).getFile();
	}

	private static void edit(PlanEditor editor) {
		editor.getEditingDomain().getCommandStack().execute(
				SetCommand.create(editor.getEditingDomain(), editor.plan(), PdcaPackage.Literals.PLAN__TITLE, EDITED));
	}

	/** What a killed process leaves: the recovery files as they were, although the editor is gone. */
	private void keepAsACrashWould(Recovery recovery) throws Exception {
		try (var files = Files.list(recovery.folder())) {
			for (Path p : files.toList()) {
				Files.copy(p, saved.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private void crashed(Recovery recovery) throws Exception {
		try (var files = Files.list(saved)) {
			for (Path p : files.toList()) {
				Files.copy(p, recovery.folder().resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	@Test
	void aDirtyEditorKeepsACopyByItselfWithinHalfAMinute() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		IFile file = fileOf(editor);
		edit(editor);
		Recovery recovery = editor.recovery();

		spin(() -> recovery.has(file), PlanEditor.AUTOSAVE_MS + 3000);

		assertTrue(recovery.has(file), "copied without any action of the user");
		assertTrue(PlanEditor.AUTOSAVE_MS <= 30_000);
		Recovery.Entry entry = recovery.entries().get(0);
		assertEquals(file.getFullPath(), entry.file());
		assertEquals(EDITED, PlanFiles.load(entry.plan()).getTitle(), "the copy holds the unsaved edit");
		assertFalse(PlanFiles.load(file.getLocation().toPath()).getTitle().equals(EDITED), "the plan file is untouched");
	}

	@Test
	void workLeftByACrashIsOfferedBackAndRestoredUnsaved() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		IFile file = fileOf(editor);
		String original = editor.plan().getTitle();
		edit(editor);
		editor.keepUnsavedWork();
		Recovery recovery = editor.recovery();
		keepAsACrashWould(recovery);
		fixture.page.closeEditor(editor, false);
		crashed(recovery);
		assertEquals(1, recovery.entries().size());

		RecoveryOffer.offer(fixture.page.getWorkbenchWindow(), recovery, entry -> Choice.RESTORE);

		PlanEditor reopened = (PlanEditor) fixture.page.getActiveEditor();
		assertNotSame(editor, reopened);
		assertEquals(file, fileOf(reopened));
		assertEquals(EDITED, reopened.plan().getTitle(), "the edit is back");
		assertTrue(reopened.isDirty(), "restored, not saved: the user checks and saves");
		assertEquals(original, PlanFiles.load(file.getLocation().toPath()).getTitle());

		fixture.page.saveEditor(reopened, false);
		assertEquals(EDITED, PlanFiles.load(file.getLocation().toPath()).getTitle());
		assertFalse(reopened.isDirty());
		assertTrue(recovery.entries().isEmpty(), "saved: nothing left to recover");
	}

	@Test
	void discardForgetsAndLaterKeeps() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		edit(editor);
		editor.keepUnsavedWork();
		Recovery recovery = editor.recovery();
		keepAsACrashWould(recovery);
		fixture.page.closeEditor(editor, false);
		crashed(recovery);

		RecoveryOffer.offer(fixture.page.getWorkbenchWindow(), recovery, entry -> Choice.LATER);
		assertEquals(1, recovery.entries().size(), "kept for the next start");
		assertEquals(null, fixture.page.getActiveEditor());

		RecoveryOffer.offer(fixture.page.getWorkbenchWindow(), recovery, entry -> Choice.DISCARD);
		assertEquals(List.of(), recovery.entries());
	}

	@Test
	void savingOrClosingWithoutSavingRemovesTheCopy() throws Exception {
		PlanEditor editor = fixture.open("tainan");
		IFile file = fileOf(editor);
		edit(editor);
		editor.keepUnsavedWork();
		assertTrue(editor.recovery().has(file));
		fixture.page.saveEditor(editor, false);
		assertFalse(editor.recovery().has(file), "saved");

		edit(editor);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), editor.plan(),
				PdcaPackage.Literals.PLAN__TITLE, EDITED + "（二）"));
		editor.keepUnsavedWork();
		Recovery recovery = editor.recovery();
		assertTrue(recovery.has(file));
		fixture.page.closeEditor(editor, false);
		assertFalse(recovery.has(file), "closed without saving: the user dropped the changes");
	}
}
