package pdca.team.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPart;

/** Where the shared plan workspace of a project, a file or an open plan is: the folder of its git repository. */
final class SharedWorkspaces {

	private SharedWorkspaces() {
	}

	/** The work tree holding {@code resource}: its folder or the nearest above it with a {@code .git}; null if none. */
	static Path of(IResource resource) {
		if (resource == null || resource.getLocation() == null) {
			return null;
		}
		for (Path p = resource.getLocation().toFile().toPath().toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.exists(p.resolve(".git"))) {
				return p;
			}
		}
		return null;
	}

	/** The resource a selection or a part points at: the first selected element that is one, else the editor's file. */
	static IResource target(ISelection selection, IWorkbenchPart part) {
		if (part instanceof org.eclipse.ui.IEditorPart editor) {
			IEditorInput input = editor.getEditorInput();
			IResource r = Adapters.adapt(input, IResource.class);
			if (r != null) {
				return r;
			}
		}
		if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
			IResource r = Adapters.adapt(s.getFirstElement(), IResource.class);
			if (r != null) {
				return r;
			}
		}
		return null;
	}

	/** The projects of the workspace whose folders lie in {@code workTree} (to refresh after a sync). */
	static List<IProject> projectsIn(Path workTree) {
		List<IProject> projects = new ArrayList<>();
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (p.isOpen() && p.getLocation() != null && p.getLocation().toFile().toPath().toAbsolutePath().startsWith(workTree)) {
				projects.add(p);
			}
		}
		return projects;
	}

	/** Tells {@code text} in a message of {@code title}, a warning when {@code problem}: from any thread. */
	static void tell(org.eclipse.swt.widgets.Display display, String title, String text, boolean problem) {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (problem) {
				org.eclipse.jface.dialogs.MessageDialog.openWarning(display.getActiveShell(), title, text);
			} else {
				org.eclipse.jface.dialogs.MessageDialog.openInformation(display.getActiveShell(), title, text);
			}
		});
	}
}
