package pdca.test.support;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * The workspace of a UI test: projects over folders the test made. Only tests that run in the
 * workbench load this class (it needs {@code org.eclipse.core.resources}).
 */
public final class Workspaces {

	private Workspaces() {
	}

	/** Creates and opens the workspace project {@code name} over the folder {@code location}. */
	public static IProject project(String name, Path location) throws CoreException {
		IWorkspace ws = ResourcesPlugin.getWorkspace();
		IProjectDescription d = ws.newProjectDescription(name);
		d.setLocation(IPath.fromOSString(location.toString()));
		IProject p = ws.getRoot().getProject(name);
		p.create(d, null);
		p.open(null);
		return p;
	}
}
