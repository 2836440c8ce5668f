package pdca.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;

/**
 * Syncs a plan workspace that is a git repository, with JGit (no git program needed): what changed is committed
 * (author and unit from the preferences or the repository's git configuration, see {@link Author}), the remote {@code origin} fetched, its branch merged — plan files
 * changed on both sides element by element ({@link PlanMerge}), never by lines — and the result pushed.
 *
 * <p>With conflicts nothing is committed nor pushed: each plan file in conflict is the merged plan with my value at
 * each conflict (the other side's changes that do not conflict merged in, so that deciding the conflicts and syncing
 * again loses none of them); the repository is left merging (as {@code git merge} leaves it) and the conflicts are
 * returned to be told.
 */
public final class PlanSync {

	/** How a sync ended. */
	public enum State {
		/** Nothing to send or receive. */
		UP_TO_DATE,
		/** Changes were sent and/or received. */
		SYNCED,
		/** The repository has no remote: changes were committed only. */
		NO_REMOTE,
		/** Conflicts: nothing was committed nor pushed after the local commit. */
		CONFLICTS
	}

	/**
	 * What a sync did.
	 *
	 * @param state          how it ended
	 * @param committed      whether local changes were committed
	 * @param received       whether the remote's changes were taken in
	 * @param pushed         whether this workspace's commits were sent
	 * @param mergedPlans    plan files merged element by element
	 * @param conflicts      per plan file in conflict (its path in the repository), the conflicts
	 * @param otherConflicts other files git could not merge
	 */
	public record Outcome(State state, boolean committed, boolean received, boolean pushed, List<String> mergedPlans,
			Map<String, List<Conflict>> conflicts, List<String> otherConflicts) {
	}

	private static final int ATTEMPTS = 3;

	private PlanSync() {
	}

	/**
	 * What a workbench keeps beside the plans for this machine alone, never to be shared: the workspace's metadata
	 * (previous versions, unsaved-edit recovery, settings) and the temporary files of a save in progress.
	 */
	static final List<String> LOCAL_ONLY = List.of(".metadata/", ".*.tmp");

	/** Lists {@link #LOCAL_ONLY} in the repository's own exclude file (not committed, not shared), once. */
	private static void excludeLocalFiles(Repository repo) throws IOException {
		Path exclude = repo.getDirectory().toPath().resolve("info/exclude");
		Files.createDirectories(exclude.getParent());
		String text = Files.exists(exclude) ? Files.readString(exclude) : "";
		List<String> present = text.lines().map(String::strip).toList();
		StringBuilder add = new StringBuilder();
		for (String pattern : LOCAL_ONLY) {
			if (!present.contains(pattern)) {
				add.append(pattern).append('\n');
			}
		}
		if (!add.isEmpty()) {
			Files.writeString(exclude, (text.isEmpty() || text.endsWith("\n") ? text : text + "\n") + add);
		}
	}

	/**
	 * Who records the changes: a name, the unit (課, 室, 所) and an e-mail address, each optional. What is
	 * left empty is taken from the repository's git configuration ({@code user.name}, {@code pdca.unit},
	 * {@code user.email}, also from the user's global configuration).
	 */
	public record Author(String name, String unit, String email) {
		/** Nothing given: everything from the git configuration. */
		public static final Author FROM_GIT_CONFIG = new Author("", "", "");

		public Author {
			name = name == null ? "" : name.strip();
			unit = unit == null ? "" : unit.strip();
			email = email == null ? "" : email.strip();
		}
	}

	/** Git configuration key of the author's unit, beside user.name and user.email. */
	public static final String UNIT_KEY = "pdca.unit";

	/**
	 * The name a commit records: the author's name followed by the unit in full-width parentheses, as
	 * agencies write it (「王小明（研考科）」), or the name alone.
	 */
	public static String recordedName(String name, String unit) {
		if (unit == null || unit.isBlank() || name.endsWith("（" + unit.strip() + "）")) {
			return name;
		}
		return name + "（" + unit.strip() + "）";
	}

	/** The author a commit of this repository records, the given parts before the git configuration's. */
	static PersonIdent author(Repository repo, Author author) {
		var config = repo.getConfig();
		String name = !author.name().isEmpty() ? author.name() : Objects.requireNonNullElse(config.getString("user", null, "name"), "");
		String unit = !author.unit().isEmpty() ? author.unit() : Objects.requireNonNullElse(config.getString("pdca", null, "unit"), "");
		String email = !author.email().isEmpty() ? author.email() : Objects.requireNonNullElse(config.getString("user", null, "email"), "");
		PersonIdent fallback = new PersonIdent(repo);
		return new PersonIdent(recordedName(name.isBlank() ? fallback.getName() : name, unit),
				email.isBlank() ? fallback.getEmailAddress() : email);
	}

	/** Syncs the workspace {@code folder} (a git repository's work tree) with the message {@code message}. */
	public static Outcome sync(Path folder, String message) throws IOException, GitAPIException {
		return sync(folder, message, Author.FROM_GIT_CONFIG);
	}

	/**
	 * Syncs the workspace {@code folder} (a git repository's work tree): its changes are recorded with the
	 * message {@code message} by {@code author} (what is empty taken from the git configuration).
	 */
	public static Outcome sync(Path folder, String message, Author author) throws IOException, GitAPIException {
		try (Git git = Git.open(folder.toFile())) {
			Repository repo = git.getRepository();
			boolean committed = false;
			excludeLocalFiles(repo);
			if (!git.status().call().isClean()) {
				git.add().addFilepattern(".").call();
				git.add().addFilepattern(".").setUpdate(true).call();
				PersonIdent who = author(repo, author);
				git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
				committed = true;
			}
			if (repo.getRemoteNames().isEmpty() || !repo.getRemoteNames().contains("origin")) {
				return new Outcome(State.NO_REMOTE, committed, false, false, List.of(), Map.of(), List.of());
			}
			boolean received = false;
			List<String> merged = new ArrayList<>();
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				git.fetch().setRemote("origin").setTagOpt(TagOpt.FETCH_TAGS).call();
				String branch = repo.getBranch();
				Ref upstream = repo.exactRef("refs/remotes/origin/" + branch);
				ObjectId head = repo.resolve("HEAD");
				if (upstream != null && head != null && !upstream.getObjectId().equals(head)) {
					ObjectId theirs = upstream.getObjectId();
					RevCommit base = mergeBase(repo, head, theirs);
					if (base != null && base.getId().equals(theirs)) {
						// only local commits: nothing to take in
					} else if (base != null && base.getId().equals(head)) {
						git.merge().include(upstream).setFastForward(FastForwardMode.FF_ONLY).call();
						received = true;
					} else {
						Outcome conflicts = merge(git, upstream, base, head, theirs, merged, committed, author);
						if (conflicts != null) {
							return conflicts;
						}
						received = true;
					}
				}
				if (upstream != null && repo.resolve("HEAD").equals(upstream.getObjectId())) {
					boolean baselinesSent = pushBaselines(git);
					return new Outcome(committed || received || baselinesSent ? State.SYNCED : State.UP_TO_DATE, committed,
							received, baselinesSent, merged, Map.of(), List.of());
				}
				if (push(git, branch)) {
					return new Outcome(State.SYNCED, committed, received, true, merged, Map.of(), List.of());
				}
				// someone pushed meanwhile: fetch and merge again
			}
			throw new IOException("the remote kept changing while syncing; sync again");
		}
	}

	/**
	 * Pushes the branch and the baselines (tags); true when the branch was sent. A baseline whose name the remote
	 * has already for another version is not sent (the remote's is kept, and received with the next fetch).
	 */
	private static boolean push(Git git, String branch) throws GitAPIException {
		boolean ok = true;
		for (PushResult result : git.push().setRemote("origin").add(branch).setPushTags().call()) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				if (update.getRemoteName().startsWith(Constants.R_TAGS)) {
					continue;
				}
				if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
					ok = false;
				}
			}
		}
		return ok;
	}

	/** Pushes the baselines (tags) the remote has not; true when one was sent. */
	private static boolean pushBaselines(Git git) throws GitAPIException, IOException {
		if (!git.getRepository().getRefDatabase().hasRefs() || git.getRepository().getRefDatabase()
				.getRefsByPrefix(Constants.R_TAGS).isEmpty()) {
			return false; // nothing to push
		}
		boolean sent = false;
		for (PushResult result : git.push().setRemote("origin").setPushTags().call()) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				if (update.getStatus() == RemoteRefUpdate.Status.OK) {
					sent = true;
				}
			}
		}
		return sent;
	}

	private static RevCommit mergeBase(Repository repo, ObjectId a, ObjectId b) throws IOException {
		try (RevWalk walk = new RevWalk(repo)) {
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(a));
			walk.markStart(walk.parseCommit(b));
			return walk.next();
		}
	}

	/** Merges the upstream; returns the outcome when there are conflicts, null when merged and committed. */
	private static Outcome merge(Git git, Ref upstream, RevCommit base, ObjectId head, ObjectId theirs, List<String> merged,
			boolean committed, Author author) throws IOException, GitAPIException {
		Repository repo = git.getRepository();
		Set<String> both = changed(repo, base, head);
		both.retainAll(changed(repo, base, theirs));
		MergeResult result = git.merge().include(upstream).setCommit(false).setFastForward(FastForwardMode.NO_FF).call();
		Map<String, List<Conflict>> conflicts = new LinkedHashMap<>();
		Path top = repo.getWorkTree().toPath();
		Path scratch = Files.createTempDirectory("pdca-sync");
		try {
			for (String path : both) {
				if (!path.endsWith("." + PlanFiles.EXTENSION)) {
					continue;
				}
				byte[] mine = blob(repo, head, path);
				byte[] other = blob(repo, theirs, path);
				byte[] common = base == null ? null : blob(repo, base, path);
				if (mine == null || other == null) {
					continue; // deleted on one side: git's own conflict, reported below
				}
				PlanMerge.Result plan;
				try {
					plan = PlanMerge.merge(common == null ? pdca.model.PdcaFactory.eINSTANCE.createPlan() : load(scratch, "base", common),
							load(scratch, "mine", mine), load(scratch, "theirs", other));
				} catch (PlanFileException e) {
					Files.write(top.resolve(path), mine);
					conflicts.put(path, List.of());
					continue;
				}
				if (plan.clean()) {
					try {
						PlanFiles.save(plan.plan(), top.resolve(path));
					} catch (PlanFileException e) {
						throw new IOException(e.getMessage(), e);
					}
					git.add().addFilepattern(path).call();
					merged.add(path);
				} else {
					// the merged plan, mine at each conflict (never conflict markers): deciding the conflicts and syncing
					// again keeps the other side's changes of this plan that did not conflict
					try {
						PlanFiles.save(plan.plan(), top.resolve(path));
					} catch (PlanFileException e) {
						throw new IOException(e.getMessage(), e);
					}
					conflicts.put(path, plan.conflicts());
				}
			}
		} finally {
			try (var files = Files.list(scratch)) {
				for (Path f : files.toList()) {
					Files.deleteIfExists(f);
				}
			}
			Files.deleteIfExists(scratch);
		}
		List<String> others = new ArrayList<>();
		if (result.getConflicts() != null) {
			for (String path : result.getConflicts().keySet()) {
				if (!merged.contains(path) && !conflicts.containsKey(path)) {
					others.add(path);
				}
			}
		}
		if (!conflicts.isEmpty() || !others.isEmpty()) {
			return new Outcome(State.CONFLICTS, committed, false, false, merged, conflicts, others);
		}
		PersonIdent who = author(repo, author);
		git.commit().setMessage("Merge " + upstream.getName().replaceFirst("^refs/remotes/", "")).setAuthor(who).setCommitter(who).call();
		return null;
	}

	private static Plan load(Path scratch, String name, byte[] bytes) throws IOException, PlanFileException {
		Path file = scratch.resolve(name + "." + PlanFiles.EXTENSION);
		Files.write(file, bytes);
		return PlanFiles.load(file);
	}

	private static Set<String> changed(Repository repo, RevCommit from, ObjectId to) throws IOException {
		Set<String> paths = new HashSet<>();
		try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
			CanonicalTreeParser a = new CanonicalTreeParser();
			if (from != null) {
				a.reset(reader, walk.parseCommit(from).getTree());
			}
			CanonicalTreeParser b = new CanonicalTreeParser();
			b.reset(reader, walk.parseCommit(to).getTree());
			for (DiffEntry d : DiffEntry.scan(newWalk(repo, a, b))) {
				paths.add(d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath());
			}
		}
		return paths;
	}

	private static TreeWalk newWalk(Repository repo, CanonicalTreeParser a, CanonicalTreeParser b) {
		TreeWalk walk = new TreeWalk(repo);
		walk.addTree(a);
		walk.addTree(b);
		walk.setRecursive(true);
		return walk;
	}

	private static byte[] blob(Repository repo, ObjectId commit, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repo)) {
			RevCommit c = walk.parseCommit(commit);
			try (TreeWalk tw = TreeWalk.forPath(repo, path, c.getTree())) {
				return tw == null ? null : repo.open(tw.getObjectId(0)).getBytes();
			}
		}
	}
}
