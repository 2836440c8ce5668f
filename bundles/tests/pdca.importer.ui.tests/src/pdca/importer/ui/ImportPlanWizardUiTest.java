package pdca.importer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.io.PlanFiles;

/** File › Import › 計畫文件, driven page by page as the officer would, on seed 000's text. */
class ImportPlanWizardUiTest {

	@TempDir
	Path temp;

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void workspace() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("import-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	private Path seed() throws Exception {
		Path file = temp.resolve("嘉義縣選舉委員會100年度計畫.txt");
		try (InputStream in = getClass().getResourceAsStream("/documents/000.txt")) {
			Files.copy(in, file);
		}
		return file;
	}

	private ImportPlanWizard.Dialog open() {
		ImportPlanWizard wizard = new ImportPlanWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		ImportPlanWizard.Dialog d = new ImportPlanWizard.Dialog(page.getWorkbenchWindow().getShell(), wizard);
		d.setBlockOnOpen(false);
		d.open();
		waitUntil("the import wizard to be open", () -> d.getShell() != null && d.getShell().isVisible());
		return d;
	}

	@Test
	void aSeedIsReviewedCorrectedAndOpenedAsAPlan() throws Exception {
		ImportPlanWizard.Dialog d = open();
		ImportPlanWizard wizard = d.wizard();
		assertFalse(wizard.documentPage().isPageComplete(), "a document must be chosen first");
		wizard.documentPage().setDocument(seed());
		assertTrue(wizard.documentPage().isPageComplete(), String.valueOf(wizard.documentPage().getErrorMessage()));
		assertFalse(wizard.canFinish(), "nothing to create before the review");
		d.press(IDialogConstants.NEXT_ID);
		waitUntil("the review page to be shown", () -> d.getCurrentPage() == wizard.reviewPage());
		assertSame(wizard.reviewPage(), d.getCurrentPage(), "the review page is shown");
		Plan plan = wizard.result().plan();
		assertEquals(5, plan.getStrategies().size());
		assertTrue(wizard.reviewPage().counts().contains("19"), wizard.reviewPage().counts());
		// the tree: title, basis, objectives, five strategies, other sections
		assertEquals(9, wizard.reviewPage().tree().getTree().getItemCount());

		// selecting a strategy shows its line in the source text
		Strategy third = plan.getStrategies().get(2);
		wizard.reviewPage().select(third);
		waitUntil("the source text to show the selected strategy", () -> wizard.reviewPage().source().getCaretOffset() > 0);
		String source = wizard.reviewPage().source().getText();
		int caret = wizard.reviewPage().source().getCaretOffset();
		int lineEnd = source.indexOf('\n', caret);
		assertTrue(source.substring(caret, lineEnd).contains("匯集社會資源"), source.substring(caret, lineEnd));

		// the officer corrects a method and deletes a strategy
		Method first = plan.getStrategies().get(0).getMethods().get(0);
		wizard.reviewPage().correct(first, "考量民眾洽公之便利性，改造服務場所。");
		wizard.reviewPage().select(plan.getStrategies().get(4));
		wizard.reviewPage().deleteSelection();
		assertEquals(4, plan.getStrategies().size());
		assertTrue(wizard.canFinish());
		d.press(IDialogConstants.FINISH_ID);
		spin(() -> d.getShell() == null, 2000);

		IFile created = wizard.created();
		assertNotNull(created);
		assertEquals("嘉義縣選舉委員會100年度計畫.pdca", created.getName());
		assertTrue(created.exists());
		Plan saved = PlanFiles.load(created.getLocation().toPath());
		assertEquals(4, saved.getStrategies().size(), "the deletion is in the plan");
		assertEquals("考量民眾洽公之便利性，改造服務場所。", saved.getStrategies().get(0).getMethods().get(0).getText());
		assertEquals("嘉義縣選舉委員會", saved.getAgency().getName());
		IEditorPart editor = page.getActiveEditor();
		assertNotNull(editor, "the plan is opened");
		assertEquals(created, ((IFileEditorInput) editor.getEditorInput()).getFile());
		assertEquals(ImportPlanWizard.PLAN_EDITOR, editor.getSite().getId());
	}

	@Test
	void aDamagedDocumentKeepsTheFirstPageWithTheReason() throws Exception {
		Path broken = temp.resolve("計畫.docx");
		Files.write(broken, new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		ImportPlanWizard.Dialog d = open();
		d.wizard().documentPage().setDocument(broken);
		d.press(IDialogConstants.NEXT_ID);
		waitUntil("the reason the document cannot be read", () -> d.wizard().documentPage().getErrorMessage() != null);
		assertSame(d.wizard().documentPage(), d.getCurrentPage(), "stays on the first page");
		String message = d.wizard().documentPage().getErrorMessage();
		assertNotNull(message);
		assertTrue(message.contains(broken.toString()), message);
		assertNull(d.wizard().result());
		d.press(IDialogConstants.CANCEL_ID);
		spin(() -> d.getShell() == null, 2000);
		assertFalse(project.getFile("計畫.pdca").exists(), "Cancel creates nothing");
	}

	@Test
	void anExistingPlanFileIsNotOverwritten() throws Exception {
		IFile existing = project.getFile("嘉義縣選舉委員會100年度計畫.pdca");
		existing.create(new java.io.ByteArrayInputStream("keep".getBytes()), true, null);
		ImportPlanWizard.Dialog d = open();
		d.wizard().documentPage().setDocument(seed());
		assertFalse(d.wizard().documentPage().isPageComplete());
		assertTrue(d.wizard().documentPage().getErrorMessage().contains("嘉義縣選舉委員會100年度計畫.pdca"));
		d.press(IDialogConstants.CANCEL_ID);
		spin(() -> d.getShell() == null, 2000);
		try (InputStream in = existing.getContents()) {
			assertEquals("keep", new String(in.readAllBytes()));
		}
	}
}
