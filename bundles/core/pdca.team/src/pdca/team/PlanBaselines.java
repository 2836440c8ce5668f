package pdca.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.team.PlanHistory.Change;
import pdca.team.PlanHistory.NotShared;
import pdca.team.PlanHistory.Origin;
import pdca.team.PlanHistory.Shared;

/**
 * Baselines (核定版) of a shared workspace: a recorded version of every plan given a name — at approval (核定版), at a
 * review meeting (第3季檢討) — as an annotated git tag of the last recorded version (HEAD), sent and received with
 * {@link PlanSync}; and the changes of one plan between any two versions (a baseline, a commit, or the file as it is
 * now), compared element by element as {@link PlanHistory} compares consecutive versions.
 */
public final class PlanBaselines {

	/** A baseline: its name, when and by whom it was made, its message, and the version (commit) it names. */
	public record Baseline(String name, ZonedDateTime time, String tagger, String message, String commit) {
	}

	/** A baseline that cannot be made, or a version that cannot be found, with the reason in the users' words. */
	public static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private PlanBaselines() {
	}

	/**
	 * Names the last recorded version of the workspace {@code workTree} (its HEAD) {@code name}, with {@code message}
	 * (may be empty), recorded by the author of the git configuration ({@link PlanSync.Author#FROM_GIT_CONFIG}).
	 *
	 * @throws Refused when the name is taken, is no valid name, or nothing is recorded yet
	 */
	public static Baseline tag(Path workTree, String name, String message) throws IOException, Refused {
		return tag(workTree, name, message, PlanSync.Author.FROM_GIT_CONFIG);
	}

	/** As {@link #tag(Path, String, String)}, recorded by {@code author}. */
	public static Baseline tag(Path workTree, String name, String message, PlanSync.Author author)
			throws IOException, Refused {
		String n = name == null ? "" : name.strip();
		try (Git git = Git.open(workTree.toFile())) {
			Repository repo = git.getRepository();
			if (n.isEmpty() || !Repository.isValidRefName(Constants.R_TAGS + n)) {
				throw new Refused(TeamMessages.format("baseline.badName", n));
			}
			if (repo.exactRef(Constants.R_TAGS + n) != null) {
				throw new Refused(TeamMessages.format("baseline.exists", n));
			}
			ObjectId head = repo.resolve(Constants.HEAD);
			if (head == null) {
				throw new Refused(TeamMessages.format("baseline.nothingRecorded", workTree));
			}
			PersonIdent who = PlanSync.author(repo, author);
			try {
				git.tag().setName(n).setAnnotated(true).setMessage(message == null ? "" : message.strip()).setTagger(who)
						.call();
			} catch (GitAPIException e) {
				throw new IOException(e.getMessage(), e);
			}
			for (Baseline b : list(repo)) {
				if (b.name().equals(n)) {
					return b;
				}
			}
			throw new IOException(TeamMessages.format("baseline.notRecorded", n));
		}
	}

	/** The baselines of the workspace {@code workTree}, oldest first. */
	public static List<Baseline> list(Path workTree) throws IOException {
		try (Git git = Git.open(workTree.toFile())) {
			return list(git.getRepository());
		}
	}

	private static List<Baseline> list(Repository repo) throws IOException {
		List<Baseline> result = new ArrayList<>();
		try (RevWalk walk = new RevWalk(repo)) {
			for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
				String name = ref.getName().substring(Constants.R_TAGS.length());
				RevObject object = walk.parseAny(ref.getObjectId());
				if (object instanceof RevTag tag) {
					RevObject target = walk.peel(tag);
					PersonIdent who = tag.getTaggerIdent();
					ZonedDateTime time = who != null ? time(who) : target instanceof RevCommit c ? time(c.getAuthorIdent()) : null;
					result.add(new Baseline(name, time, who == null ? "" : who.getName(), tag.getFullMessage().strip(),
							target.getName()));
				} else if (object instanceof RevCommit c) {
					result.add(new Baseline(name, time(c.getAuthorIdent()), "", "", c.getName()));
				}
			}
		}
		result.sort(Comparator.comparing(Baseline::time, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(Baseline::name));
		return result;
	}

	private static ZonedDateTime time(PersonIdent who) {
		return ZonedDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId());
	}

	/**
	 * What changed in the plan {@code file} (in a git work tree) from the version {@code from} to the version
	 * {@code to}, or to the file as it is now when {@code to} is null: elements added, deleted, moved, lists reordered,
	 * values changed (old → new, a deadline as 完成期限), numbered 1, 2, 3… A version is a baseline's name, a commit id
	 * (short or full), or anything git names a commit with (HEAD, HEAD~1, a branch).
	 *
	 * @throws NotShared when the file is in no git work tree
	 * @throws Refused   when a version is unknown, or the file is not in it, or it cannot be read as a plan
	 */
	public static List<Change> compare(Path file, String from, String to) throws IOException, NotShared, Refused {
		try (Shared shared = Shared.open(file)) {
			return shared.read(history -> {
				try (RevWalk walk = new RevWalk(shared.repo)) {
					// a file renamed since a version is looked up under the name it had then
					List<String> names = history.names(shared.path);
					RevCommit a = commit(shared.repo, walk, from);
					PlanVersion older = version(history, walk, a, names, shared.path, from);
					if (to == null) {
						if (!Files.isRegularFile(file)) {
							throw new Refused(TeamMessages.format("compare.noFile", file));
						}
						PlanVersion now;
						try {
							now = new PlanVersion(PlanFiles.load(file), Map.of());
						} catch (PlanFileException e) {
							throw new Refused(e.describe());
						}
						return PlanHistory.compare(Origin.ofFile(file), older, now);
					}
					RevCommit b = commit(shared.repo, walk, to);
					return PlanHistory.compare(Origin.of(b), older, version(history, walk, b, names, shared.path, to));
				}
			});
		}
	}

	/**
	 * One row of a revision comparison table (修正對照表) of a plan: where, what kind of change, what of the element, the
	 * text before and as amended, and whether it shifts a deadline.
	 */
	public record Revision(PlanHistory.Kind kind, String where, String feature, String before, String after,
			boolean deadline) {
	}

	/**
	 * The revision comparison table of the plan {@code file} since the version {@code from} (to the file as it is
	 * now), one row per change as {@link #compare} finds them: an element added has nothing before and, as amended,
	 * its number and whole text; one deleted has the element as users know it before and nothing after; one moved its
	 * old and new place; a list reordered its order before and after; a value its old and new value, a deadline marked.
	 *
	 * @throws NotShared when the file is in no git work tree
	 * @throws Refused   when the version is unknown, or the file is not in it
	 */
	public static List<Revision> revisions(Path file, String from) throws IOException, NotShared, Refused {
		List<Change> changes = compare(file, from, null);
		Plan now = null;
		if (changes.stream().anyMatch(c -> c.kind() == PlanHistory.Kind.ADDED)) {
			try {
				now = PlanFiles.load(file);
			} catch (PlanFileException e) {
				now = null; // read a moment ago by the comparison: the element as the comparison names it
			}
		}
		List<Revision> rows = new java.util.ArrayList<>();
		for (Change c : changes) {
			switch (c.kind()) {
				case CREATED -> {
					// not a change of a comparison
				}
				case ADDED -> rows.add(new Revision(c.kind(), c.where(), "", "", whole(now, c), false));
				case REMOVED -> rows.add(new Revision(c.kind(), c.where(), "", c.where(), "", false));
				case MOVED, REORDERED -> rows.add(new Revision(c.kind(), c.where(), c.feature(), c.oldValue(), c.newValue(), false));
				case CHANGED -> rows.add(new Revision(c.kind(), c.where(), c.feature(), c.oldValue(), c.newValue(), c.deadline()));
			}
		}
		if (now != null) {
			now.eResource().getResourceSet().getResources().forEach(r -> r.unload());
		}
		return rows;
	}

	/** An element added: its number and whole text in the plan now, or as the comparison names it. */
	private static String whole(Plan now, Change added) {
		if (now != null && added.elementId() != null && now.eResource() != null
				&& now.eResource().getEObject(added.elementId()) instanceof pdca.model.PlanElement e && e.getText() != null) {
			return pdca.model.logic.Numbering.path(e) + " " + e.getText().strip();
		}
		return added.where();
	}

	private static RevCommit commit(Repository repo, RevWalk walk, String revision) throws IOException, Refused {
		String rev = revision == null ? "" : revision.strip();
		ObjectId id = null;
		if (!rev.isEmpty()) {
			Ref tag = repo.exactRef(Constants.R_TAGS + rev);
			try {
				id = tag != null ? tag.getObjectId() : repo.resolve(rev);
			} catch (RuntimeException e) {
				id = null; // not a revision git can read
			}
		}
		if (id == null) {
			throw new Refused(TeamMessages.format("compare.unknownRevision", rev));
		}
		RevObject object = walk.peel(walk.parseAny(id));
		if (!(object instanceof RevCommit c)) {
			throw new Refused(TeamMessages.format("compare.unknownRevision", rev));
		}
		return c;
	}

	private static PlanVersion version(PlanHistory history, RevWalk walk, RevCommit c, List<String> names, String path,
			String rev) throws IOException, Refused {
		PlanVersion v = history.version(walk, c, names);
		if (v == null) {
			throw new Refused(TeamMessages.format("compare.notInRevision", path, rev));
		}
		return v;
	}
}
