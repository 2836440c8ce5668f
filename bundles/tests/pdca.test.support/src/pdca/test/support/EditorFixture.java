package pdca.test.support;

import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.waitUntil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

import pdca.samples.SamplePlans;

/** A workspace project holding copies of seed plans, and plan editors opened on them. */
public final class EditorFixture implements AutoCloseable {

	/** The plan editor's id. */
	public static final String PLAN_EDITOR = "pdca.ui.planEditor";

	public final IProject project;
	public final IWorkbenchPage page;

	public EditorFixture(String projectName) throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Copies the seed plan whose file name starts with {@code seedPrefix} and opens it in the plan editor. */
	@SuppressWarnings("unchecked")
	public <E extends IEditorPart> E open(String seedPrefix) throws Exception {
		Path seed = SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith(seedPrefix))
				.findFirst().orElseThrow();
		IFile file = project.getFile(seed.getFileName().toString());
		try (InputStream in = Files.newInputStream(seed)) {
			file.create(in, true, null);
		}
		E editor = (E) IDE.openEditor(page, file, PLAN_EDITOR, true);
		page.getWorkbenchWindow().getShell().forceActive();
		page.activate(editor);
		waitUntil("the editor of " + file.getName() + " to be open and active", () -> page.getActiveEditor() == editor);
		settle();
		return editor;
	}

	/** Runs a workbench command as a key binding or menu would. */
	public static void execute(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		settle();
	}

	@Override
	public void close() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}
}
