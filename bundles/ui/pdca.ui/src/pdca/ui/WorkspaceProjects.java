package pdca.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Makes the plan folders found in the workspace folder visible in the workbench: every folder
 * directly in it that has a project description ({@code .project}) is opened as a project.
 * That is how a workspace copied from the product's samples, or from a colleague, shows up.
 */
final class WorkspaceProjects {

	private WorkspaceProjects() {
	}

	static void openProjectsFoundOnDisk() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		Path root = workspace.getRoot().getLocation().toPath();
		try (Stream<Path> children = Files.list(root)) {
			children.filter(dir -> Files.isRegularFile(dir.resolve(".project"))).forEach(dir -> open(workspace, dir));
		} catch (IOException e) {
			ILog.of(WorkspaceProjects.class).error("Cannot list the workspace folder " + root, e);
		}
	}

	private static void open(IWorkspace workspace, Path dir) {
		try {
			IProjectDescription description = workspace
					.loadProjectDescription(IPath.fromPath(dir.resolve(".project")));
			IProject project = workspace.getRoot().getProject(description.getName());
			NullProgressMonitor monitor = new NullProgressMonitor();
			if (!project.exists()) {
				project.create(description, monitor);
			}
			if (!project.isOpen()) {
				project.open(monitor);
			}
			project.refreshLocal(IProject.DEPTH_INFINITE, monitor);
		} catch (CoreException e) {
			ILog.of(WorkspaceProjects.class).error("Cannot open the plan folder " + dir + " as a project", e);
		}
	}
}
