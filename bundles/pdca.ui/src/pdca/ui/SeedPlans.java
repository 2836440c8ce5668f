package pdca.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.IPath;

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
