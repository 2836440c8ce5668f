package pdca.ui.wizards;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import pdca.model.Plan;
import pdca.model.i18n.MessageBundle;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.templates.Rollover;
import pdca.ui.PlanTemplates;
import pdca.ui.UiMessages;
import pdca.ui.editor.PlanEditor;

/**
 * "Next year's plan": from the selected plan file, the plan for the following year in the sibling
 * folder of that year ({@code ../108/} for a plan in {@code 107/}, else beside the file), keeping
 * the structure, shifting deadlines and carrying over unfinished items and open improvement
 * actions. An existing file is never overwritten.
 */
public class NextYearPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		if (!(selection.getFirstElement() instanceof IFile file)) {
			return null;
		}
		try {
			Plan previous = PlanFiles.load(file.getLocation().toPath());
			int next = previous.getRocYear() + 1;
			IFile target = target(file, previous.getRocYear(), next);
			// the disk decides, not the workspace: a file another program put there must not be replaced
			if (target.exists() || java.nio.file.Files.exists(target.getLocation().toPath())) {
				MessageDialog.openError(shell, UiMessages.nextYear_title,
						MessageBundle.bind(UiMessages.nextYear_exists, target.getFullPath().toString()));
				return null;
			}
			Path targetPath = target.getLocation().toPath();
			String link = targetPath.getParent().relativize(file.getLocation().toPath()).toString();
			Rollover.Result result = Rollover.nextYear(previous, link, PlanTemplates.of(previous).orElse(null));
			if (target.getParent() instanceof IFolder folder && !folder.exists()) {
				folder.create(true, true, null);
			}
			PlanFiles.save(result.plan(), targetPath);
			target.refreshLocal(IResource.DEPTH_ZERO, null);
			IDE.openEditor(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), target, PlanEditor.ID, true);
			MessageDialog.openInformation(shell, UiMessages.nextYear_title, MessageBundle.bind(UiMessages.nextYear_done,
					new Object[] { target.getFullPath().toString(), result.carriedOverItems().size(),
							result.carriedOverImprovements().size() }));
		} catch (PlanFileException e) {
			MessageDialog.openError(shell, UiMessages.nextYear_title, e.describe());
		} catch (CoreException | IllegalArgumentException e) {
			MessageDialog.openError(shell, UiMessages.nextYear_title, e.getMessage());
		}
		return null;
	}

	/** {@code ../108/name} when the file sits in a folder named after its year, else {@code name-108} beside it. */
	public static IFile target(IFile file, int year, int next) {
		IContainer folder = file.getParent();
		String name = file.getName();
		if (folder.getName().matches("0*" + year) && folder.getParent() != null) {
			String nextFolder = String.format("%0" + folder.getName().length() + "d", next);
			return folder.getParent().getFile(IPath.fromOSString(nextFolder + "/" + name));
		}
		String base = name.endsWith(".pdca") ? name.substring(0, name.length() - 5) : name;
		return folder.getFile(IPath.fromOSString(base + "-" + next + ".pdca"));
	}
}
