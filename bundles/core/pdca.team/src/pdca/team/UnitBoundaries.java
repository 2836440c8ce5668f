package pdca.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;

import pdca.model.Identified;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.team.PlanHistory.Change;

/**
 * Unit boundaries: which of the edits a sync is about to record change rows that another unit leads. A unit (課, 室, 所)
 * reports its own rows; an edit of another unit's row is told before it is sent — a warning, never a refusal (who may
 * push where is the server's business). Only an author whose unit leads rows of the plan is checked: the planning
 * office, which leads none, edits every row.
 */
public final class UnitBoundaries {

	/**
	 * An edit of a row another unit leads.
	 *
	 * @param file   the plan file, as the workspace names it
	 * @param unit   the unit that leads the row
	 * @param change what changed, in the users' words
	 */
	public record Edit(String file, String unit, Change change) {

		/** The edit in one line: 「〔監理課〕 修改 一、（一）… 完成期限：6月 → 8月」. */
		public String message() {
			return TeamMessages.format("boundary.edit", unit, change.message());
		}
	}

	private UnitBoundaries() {
	}

	/**
	 * The edits not yet recorded in the workspace {@code workTree} that change rows led by a unit other than the
	 * author's ({@code author}'s unit, else {@code pdca.unit} of the git configuration); none when the author names no
	 * unit, or a unit that leads no row of the plan.
	 */
	public static List<Edit> check(Path workTree, PlanSync.Author author) throws IOException {
		List<Edit> result = new ArrayList<>();
		Set<String> files = new java.util.TreeSet<>();
		String unit;
		try (Git git = Git.open(workTree.toFile())) {
			unit = !author.unit().isEmpty() ? author.unit()
					: java.util.Objects.requireNonNullElse(git.getRepository().getConfig().getString("pdca", null, "unit"), "");
			if (unit.isBlank()) {
				return result;
			}
			Status status = git.status().call();
			files.addAll(status.getModified());
			files.addAll(status.getChanged());
		} catch (GitAPIException e) {
			throw new IOException(e.getMessage(), e);
		}
		for (String path : files) {
			if (!path.endsWith("." + PlanFiles.EXTENSION)) {
				continue;
			}
			Path file = workTree.resolve(path);
			if (!Files.isRegularFile(file)) {
				continue;
			}
			Plan plan;
			List<Change> changes;
			try {
				plan = PlanFiles.load(file);
				changes = PlanBaselines.compare(file, "HEAD", null);
			} catch (PlanFileException | PlanHistory.NotShared | PlanBaselines.Refused e) {
				continue; // a plan that cannot be read is told by the sync itself
			}
			if (!leads(plan, unit.strip())) {
				continue;
			}
			for (Change c : changes) {
				EObject element = c.elementId() == null ? null : find(plan, c.elementId());
				Unit lead = lead(element);
				if (lead != null && !same(lead, unit.strip())) {
					result.add(new Edit(path, lead.getName().strip(), c));
				}
			}
		}
		return result;
	}

	/** Whether the unit named {@code unit} leads a row of {@code plan}. */
	private static boolean leads(Plan plan, String unit) {
		Set<Unit> leads = new HashSet<>();
		for (var it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WorkItem w && w.getLeadOwner() != null) {
				leads.add(w.getLeadOwner());
			}
		}
		return leads.stream().anyMatch(u -> same(u, unit));
	}

	private static boolean same(Unit u, String name) {
		return u.getName() != null && u.getName().strip().equals(name);
	}

	/** The unit that leads the row of {@code element}: its own lead, or its container's; a report's item's. */
	static Unit lead(EObject element) {
		EObject e = element instanceof ProgressReport r ? r.getAction() : element;
		for (; e != null; e = e.eContainer()) {
			if (e instanceof WorkItem w && w.getLeadOwner() != null) {
				return w.getLeadOwner();
			}
			if (e instanceof ProgressReport r) {
				e = r.getAction();
				if (e instanceof WorkItem w && w.getLeadOwner() != null) {
					return w.getLeadOwner();
				}
			}
		}
		return null;
	}

	private static EObject find(Plan plan, String id) {
		for (var it = plan.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Identified i && id.equals(i.getId())) {
				return e;
			}
		}
		return null;
	}
}
