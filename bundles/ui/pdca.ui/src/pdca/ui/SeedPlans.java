package pdca.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.samples.SamplePlans;

/**
 * The five seed plans of the sample workspace as this workspace has them: the project {@code plans} with one
 * folder per ROC year. A seed the workspace does not have (deleted, or a workspace not made from the samples)
 * is reported as missing.
 */
final class SeedPlans {

	/** A seed plan: where it belongs in the workspace, and what its file says (or why it says nothing). */
	record Seed(String path, IFile file, String agency, int rocYear, String title, String problem) {

		boolean missing() {
			return file == null;
		}

		boolean readable() {
			return file != null && problem == null;
		}
	}

	private SeedPlans() {
	}

	/** The seed plans' paths inside the project, e.g. {@code 106/tainan-motor-vehicle-station.pdca}, sorted. */
	static List<String> paths() {
		Path project = SamplePlans.workspaceFolder().resolve(SamplePlans.PROJECT);
		List<String> paths = new ArrayList<>();
		for (Path file : SamplePlans.planFiles()) {
			paths.add(project.relativize(file).toString().replace('\\', '/'));
		}
		return paths;
	}

	/** Reads agency, year and title of every seed plan of the workspace (a few hundred milliseconds: not on the UI thread). */
	static List<Seed> read(IWorkspaceRoot root) {
		List<Seed> seeds = new ArrayList<>();
		for (String path : paths()) {
			IFile file = root.getProject(SamplePlans.PROJECT).getFile(IPath.fromPortableString(path));
			seeds.add(read(path, file));
		}
		return seeds;
	}

	/**
	 * Copies the seed plans the workspace does not have from the product's sample workspace into the project
	 * {@code plans} (made, or opened, when needed); plans the workspace has are left as they are.
	 *
	 * @return how many plans were copied
	 */
	static int addMissing(IWorkspaceRoot root) throws CoreException {
		IProject project = root.getProject(SamplePlans.PROJECT);
		int[] added = { 0 };
		root.getWorkspace().run(monitor -> {
			if (!project.exists()) {
				project.create(monitor);
			}
			if (!project.isOpen()) {
				project.open(monitor);
			}
			project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			Path samples = SamplePlans.workspaceFolder().resolve(SamplePlans.PROJECT);
			for (String path : paths()) {
				IFile file = project.getFile(IPath.fromPortableString(path));
				if (file.exists()) {
					continue;
				}
				createFolders(file.getParent());
				try (InputStream in = Files.newInputStream(samples.resolve(path))) {
					file.create(in, false, monitor);
				} catch (IOException e) {
					throw new CoreException(Status.error("Cannot read the sample plan " + path, e));
				}
				added[0]++;
			}
		}, null);
		return added[0];
	}

	private static void createFolders(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent());
			folder.create(false, true, null);
		}
	}

	private static Seed read(String path, IFile file) {
		String shown = SamplePlans.PROJECT + "/" + path;
		if (!file.getProject().isOpen() || !file.exists() || file.getLocation() == null) {
			return new Seed(shown, null, null, 0, null, null);
		}
		try {
			Plan plan = PlanFiles.load(file.getLocation().toPath());
			String agency = plan.getAgency() == null ? "" : plan.getAgency().getName();
			return new Seed(shown, file, agency, plan.getRocYear(), plan.getTitle(), null);
		} catch (PlanFileException e) {
			return new Seed(shown, file, null, 0, null, e.describe());
		} catch (RuntimeException e) {
			return new Seed(shown, file, null, 0, null, String.valueOf(e.getMessage()));
		}
	}
}
