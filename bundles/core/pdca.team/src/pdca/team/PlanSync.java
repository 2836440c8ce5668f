package pdca.team;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
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
 * <p>With conflicts nothing is committed nor pushed: each plan file in conflict is my version, whole; the repository
 * is left merging (as {@code git merge} leaves it) and the conflicts are returned to be told.
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

	/**
	 * How often a sync sends before it gives up because others kept sending first. Between tries it waits a random
	 * while that doubles each time (up to {@link #MAX_WAIT_MS}), so that units syncing at the same moment (the last day
	 * of a quarter) stop colliding instead of retrying in step.
	 */
	private static final int ATTEMPTS = 6;
	private static final long MAX_WAIT_MS = 1_600;

	/**
	 * The shared copy took others' versions each time this sync tried to send its own, {@link #ATTEMPTS} times: many
	 * units were syncing at once. Nothing is lost; syncing again gets through.
	 */
	public static final class RemoteKeptChanging extends IOException {
		private static final long serialVersionUID = 1L;

		RemoteKeptChanging(int attempts) {
			super(TeamMessages.format("sync.remoteKeptChanging", attempts));
		}
	}

	private PlanSync() {
	}

	/**
	 * What a workbench keeps beside the plans for this machine alone, never to be shared: the workspace's metadata
	 * (previous versions, unsaved-edit recovery, settings), the temporary files of a save in progress, and the conflict
	 * reports {@code pdca merge-driver} writes beside a plan.
	 */
	static final List<String> LOCAL_ONLY = List.of(".metadata/", ".*.tmp", "*.pdca.conflicts.txt");

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
	 * Syncs the workspace {@code folder} as {@link #sync(Path, String, Author)} does, and decides the conflicts a sync
	 * stopped on: {@code decisions} maps a plan file in conflict (its path in the repository, as {@link Outcome#conflicts()}
	 * names it) to the decisions of its conflicts (by {@link Conflict#ref()}), and another file git could not merge
	 * (as {@link Outcome#otherConflicts()} names it) to a map with the key {@link #WHOLE_FILE}: mine or theirs, whole.
	 * Each plan file is merged again from the common version, the file as it is now (my version, with what I edited
	 * since) and theirs, with the decisions; conflicts left undecided, or new ones, stop the sync again.
	 */
	public static Outcome sync(Path folder, String message, Author author, Map<String, Map<String, Conflict.Choice>> decisions)
			throws IOException, GitAPIException {
		return run(folder, message, author, decisions, null);
	}

	/**
	 * Syncs as {@link #sync(Path, String, Author, Map)} does, asking {@code credentials} (may be null) for what a remote
	 * over https or ssh needs: a user name and password, a key's passphrase.
	 */
	public static Outcome sync(Path folder, String message, Author author, Map<String, Map<String, Conflict.Choice>> decisions,
			CredentialsProvider credentials) throws IOException, GitAPIException {
		return run(folder, message, author, decisions, credentials);
	}

	/** Why a workspace cannot be shared or cloned, in the users' words (the workspace is left as it was). */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		/** Refused for the reason {@code message}, told as it is. */
		public Refused(String message) {
			super(message);
		}
	}

	/**
	 * Shares the plan workspace {@code folder} through the remote {@code url} (a shared bare repository's folder, or
	 * {@code file:}, {@code ssh://}, {@code https://}): makes the folder a git repository when it is not one, names the
	 * remote {@code origin}, records the plans as they are and sends them. The remote must be empty: a workspace is
	 * shared once, by the planning office; the units clone it ({@link #cloneFrom}).
	 *
	 * @throws Refused when the folder is shared already (with another remote), or the remote holds a workspace already
	 */
	public static Outcome share(Path folder, String url, String message, Author author, CredentialsProvider credentials)
			throws IOException, GitAPIException, Refused {
		String address = url == null ? "" : url.strip();
		if (address.isEmpty()) {
			throw new Refused(TeamMessages.get("share.noAddress"));
		}
		String origin = null;
		if (Files.exists(folder.resolve(".git"))) {
			try (Git git = Git.open(folder.toFile())) {
				origin = git.getRepository().getConfig().getString("remote", "origin", "url");
			}
			if (origin != null && !origin.equals(address)) {
				throw new Refused(TeamMessages.format("share.sharedAlready", folder, origin));
			}
		}
		if (origin == null) {
			// asked before anything is made here: a refused share leaves the folder as it was
			if (!Git.lsRemoteRepository().setRemote(address).setCredentialsProvider(credentials).call().isEmpty()) {
				throw new Refused(TeamMessages.format("share.remoteNotEmpty", address));
			}
		}
		boolean created = !Files.exists(folder.resolve(".git"));
		try (Git git = created ? Git.init().setInitialBranch("main").setDirectory(folder.toFile()).call() : Git.open(folder.toFile())) {
			if (origin == null) {
				git.remoteAdd().setName("origin").setUri(new URIish(address)).call();
			}
			String branch = git.getRepository().getBranch();
			StoredConfig config = git.getRepository().getConfig();
			config.setString("branch", branch, "remote", "origin");
			config.setString("branch", branch, "merge", Constants.R_HEADS + branch);
			config.save();
		} catch (URISyntaxException e) {
			throw new Refused(TeamMessages.format("share.badAddress", address));
		}
		return run(folder, message, author, Map.of(), credentials);
	}

	/**
	 * Clones the shared workspace at {@code url} into {@code folder} (which must not exist, or be empty), ready to sync.
	 *
	 * @throws Refused when the folder holds something already
	 */
	public static void cloneFrom(String url, Path folder, CredentialsProvider credentials)
			throws IOException, GitAPIException, Refused {
		String address = url == null ? "" : url.strip();
		if (address.isEmpty()) {
			throw new Refused(TeamMessages.get("share.noAddress"));
		}
		if (Files.exists(folder)) {
			try (var entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new Refused(TeamMessages.format("clone.folderNotEmpty", folder));
				}
			}
		}
		// the branch the workspace was shared on: the remote's HEAD names none when the bare repository was made with
		// another default branch (git init --bare names master, a share sends main)
		String branch = null;
		java.util.Collection<Ref> refs = Git.lsRemoteRepository().setRemote(address).setHeads(true)
				.setCredentialsProvider(credentials).call();
		for (Ref ref : refs) {
			if (ref.getName().equals(Constants.R_HEADS + "main") || branch == null) {
				branch = ref.getName();
			}
		}
		var clone = Git.cloneRepository().setURI(address).setDirectory(folder.toFile()).setCredentialsProvider(credentials);
		if (branch != null) {
			clone.setBranch(branch);
		}
		try (Git git = clone.call()) {
			excludeLocalFiles(git.getRepository());
		}
	}

	/** The key of a decision on a whole file that is not a plan (see {@link #sync(Path, String, Author, Map)}). */
	public static final String WHOLE_FILE = "";

	/** Where a sync that stopped on conflicts lists the plan files in conflict, in the repository's git folder. */
	private static final String PENDING = "PDCA_MERGE_CONFLICTS";

	/**
	 * Syncs the workspace {@code folder} (a git repository's work tree): its changes are recorded with the
	 * message {@code message} by {@code author} (what is empty taken from the git configuration).
	 */
	public static Outcome sync(Path folder, String message, Author author) throws IOException, GitAPIException {
		return run(folder, message, author, Map.of(), null);
	}

	private static Outcome run(Path folder, String message, Author author, Map<String, Map<String, Conflict.Choice>> decisions,
			CredentialsProvider credentials) throws IOException, GitAPIException {
		try (Git git = Git.open(folder.toFile())) {
			Repository repo = git.getRepository();
			boolean committed = false;
			excludeLocalFiles(repo);
			List<String> merged = new ArrayList<>();
			boolean wasMerging = merging(repo);
			if (wasMerging) {
				// a sync stopped on conflicts: merge again with the decisions, and record the merge only when nothing is left
				Outcome left = resume(git, decisions, merged);
				if (left != null) {
					return left;
				}
			}
			// a merge whose conflicts were decided is recorded even when it ends as my version was
			if (!git.status().call().isClean() || merging(repo)) {
				git.add().addFilepattern(".").call();
				git.add().addFilepattern(".").setUpdate(true).call();
				PersonIdent who = author(repo, author);
				git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
				committed = true;
			}
			if (repo.getRemoteNames().isEmpty() || !repo.getRemoteNames().contains("origin")) {
				return new Outcome(State.NO_REMOTE, committed, false, false, List.of(), Map.of(), List.of());
			}
			boolean received = wasMerging; // the decided merge takes in the other's changes
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				git.fetch().setRemote("origin").setTagOpt(TagOpt.FETCH_TAGS).setCredentialsProvider(credentials).call();
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
					boolean baselinesSent = pushBaselines(git, credentials);
					return new Outcome(committed || received || baselinesSent ? State.SYNCED : State.UP_TO_DATE, committed,
							received, baselinesSent, merged, Map.of(), List.of());
				}
				if (push(git, branch, credentials)) {
					return new Outcome(State.SYNCED, committed, received, true, merged, Map.of(), List.of());
				}
				// someone pushed meanwhile: wait a little, then fetch and merge again
				if (attempt + 1 < ATTEMPTS) {
					pause(attempt);
				}
			}
			throw new RemoteKeptChanging(ATTEMPTS);
		}
	}

	/** A random wait after the {@code attempt}-th refused push: up to 100 ms, then 200, 400… at most {@link #MAX_WAIT_MS}. */
	private static void pause(int attempt) throws InterruptedIOException {
		long bound = Math.min(MAX_WAIT_MS, 100L << attempt);
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(bound / 4, bound + 1));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException(TeamMessages.get("sync.interrupted"));
		}
	}

	/**
	 * Pushes the branch and the baselines (tags); true when the branch was sent. A baseline whose name the remote
	 * has already for another version is not sent (the remote's is kept, and received with the next fetch).
	 */
	private static boolean push(Git git, String branch, CredentialsProvider credentials) throws GitAPIException {
		boolean ok = true;
		for (PushResult result : git.push().setRemote("origin").add(branch).setPushTags().setCredentialsProvider(credentials).call()) {
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
	private static boolean pushBaselines(Git git, CredentialsProvider credentials) throws GitAPIException, IOException {
		if (!git.getRepository().getRefDatabase().hasRefs() || git.getRepository().getRefDatabase()
				.getRefsByPrefix(Constants.R_TAGS).isEmpty()) {
			return false; // nothing to push
		}
		boolean sent = false;
		for (PushResult result : git.push().setRemote("origin").setPushTags().setCredentialsProvider(credentials).call()) {
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
					Files.write(top.resolve(path), mine); // my version, whole: never conflict markers
					conflicts.put(path, plan.conflicts());
				}
			}
		} finally {
			deleteScratch(scratch);
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
			writePending(repo, conflicts.keySet());
			return new Outcome(State.CONFLICTS, committed, false, false, merged, conflicts, others);
		}
		PersonIdent who = author(repo, author);
		git.commit().setMessage("Merge " + upstream.getName().replaceFirst("^refs/remotes/", "")).setAuthor(who).setCommitter(who).call();
		return null;
	}

	/** Whether a merge is under way (conflicts left, or all of them resolved but the merge not yet recorded). */
	private static boolean merging(Repository repo) {
		RepositoryState state = repo.getRepositoryState();
		return state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED;
	}

	private static Path pendingFile(Repository repo) {
		return repo.getDirectory().toPath().resolve(PENDING);
	}

	private static void writePending(Repository repo, Set<String> paths) throws IOException {
		Files.writeString(pendingFile(repo), String.join("\n", paths) + "\n");
	}

	/**
	 * The files a sync of the workspace {@code folder} stopped on and that are not decided yet (plan files and others
	 * git could not merge); empty when no merge is under way.
	 */
	public static java.util.Set<String> undecided(Path folder) throws IOException {
		try (Git git = Git.open(folder.toFile())) {
			if (!merging(git.getRepository())) {
				return java.util.Set.of();
			}
			java.util.Set<String> paths = pending(git);
			paths.addAll(git.status().call().getConflicting());
			return paths;
		} catch (GitAPIException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/**
	 * The plan files a sync left in conflict: listed when it stopped, with those git's own merge left unmerged (a
	 * repository left merging by an older version, or by git).
	 */
	private static Set<String> pending(Git git) throws IOException, GitAPIException {
		Set<String> paths = new java.util.LinkedHashSet<>();
		Path file = pendingFile(git.getRepository());
		if (Files.exists(file)) {
			Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(paths::add);
		}
		for (String path : git.status().call().getConflicting()) {
			if (path.endsWith("." + PlanFiles.EXTENSION)) {
				paths.add(path);
			}
		}
		return paths;
	}

	/**
	 * Merges again each plan file a stopped sync left in conflict, with {@code decisions}: the common version and theirs
	 * from git, mine as the file is now. Returns the conflicts left, or null when every plan file and every other file
	 * is merged (and added), so that the merge can be recorded.
	 */
	private static Outcome resume(Git git, Map<String, Map<String, Conflict.Choice>> decisions, List<String> merged)
			throws IOException, GitAPIException {
		Repository repo = git.getRepository();
		List<ObjectId> heads = repo.readMergeHeads();
		ObjectId head = repo.resolve("HEAD");
		if (heads == null || heads.isEmpty() || head == null) {
			return null;
		}
		ObjectId theirs = heads.get(0);
		RevCommit base = mergeBase(repo, head, theirs);
		Path top = repo.getWorkTree().toPath();
		Map<String, List<Conflict>> conflicts = new LinkedHashMap<>();
		Path scratch = Files.createTempDirectory("pdca-sync");
		try {
			for (String path : pending(git)) {
				Path file = top.resolve(path);
				byte[] other = blob(repo, theirs, path);
				byte[] common = base == null ? null : blob(repo, base, path);
				if (!Files.isRegularFile(file) || other == null) {
					continue; // deleted since on one side: left to git's own conflicts below
				}
				PlanMerge.Result plan;
				try {
					Plan mine = PlanFiles.load(file);
					plan = PlanMerge.merge(common == null ? pdca.model.PdcaFactory.eINSTANCE.createPlan() : load(scratch, "base", common),
							mine, load(scratch, "theirs", other), decisions.getOrDefault(path, Map.of()));
				} catch (PlanFileException e) {
					conflicts.put(path, List.of());
					continue;
				}
				if (plan.clean()) {
					try {
						PlanFiles.save(plan.plan(), file);
					} catch (PlanFileException e) {
						throw new IOException(e.getMessage(), e);
					}
					git.add().addFilepattern(path).call();
					merged.add(path);
				} else {
					conflicts.put(path, plan.conflicts());
				}
			}
		} finally {
			deleteScratch(scratch);
		}
		List<String> others = new ArrayList<>();
		for (String path : git.status().call().getConflicting()) {
			if (merged.contains(path) || conflicts.containsKey(path)) {
				continue;
			}
			Conflict.Choice whole = decisions.getOrDefault(path, Map.of()).get(WHOLE_FILE);
			if (whole == null) {
				others.add(path);
				continue;
			}
			byte[] chosen = blob(repo, whole == Conflict.Choice.THEIRS ? theirs : head, path);
			if (chosen == null) {
				git.rm().addFilepattern(path).call();
			} else {
				Files.write(top.resolve(path), chosen);
				git.add().addFilepattern(path).call();
			}
		}
		if (!conflicts.isEmpty() || !others.isEmpty()) {
			writePending(repo, conflicts.keySet());
			return new Outcome(State.CONFLICTS, false, false, false, merged, conflicts, others);
		}
		Files.deleteIfExists(pendingFile(repo));
		return null;
	}

	/** Removes a scratch folder of versions loaded for a merge, and what is in it. */
	private static void deleteScratch(Path scratch) throws IOException {
		try (var files = Files.list(scratch)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
		}
		Files.deleteIfExists(scratch);
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
