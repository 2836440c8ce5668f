package pdca.team;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FollowFilter;
import org.eclipse.jgit.revwalk.RenameCallback;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import pdca.model.Identified;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Numbering;
import pdca.model.validation.ElementPaths;
import pdca.team.PlanVersion.Node;

/**
 * The history of one plan file in a shared workspace (a git work tree), element by element: for each recorded version
 * of the file, what changed since the version before it — elements added, deleted, moved to another place, lists
 * reordered (one change per list, however many numbers it shifted), values changed (old → new) — with who recorded it
 * and when, in the users' words ({@link ConflictWords}: 「三、（二）1. … 完成期限：6月 → 8月」).
 *
 * <p>Versions are read from git's objects (never checked out), loaded as plan files are ({@link PlanFiles}), and
 * compared by element ids ({@link ElementKeys}), as the merge compares them: a moved element is one change, never a
 * deletion and an addition. A merge commit lists only what it changed itself (what differs from every parent): the
 * changes it brought in are listed with the commits that made them.
 *
 * <p>A change of a value can be reverted on the current plan ({@link #reversal}): the value is set back when the element
 * still has the value the change gave it; otherwise the revert is refused with the reason.
 */
public final class PlanHistory {

	/** The number of commits read by default, newest first. */
	public static final int DEFAULT_LIMIT = 200;

	/** Labels shown of a reordered list before it is cut short with "…". */
	private static final int ORDER_LABELS = 12;

	/** What kind of change. */
	public enum Kind {
		/** The first recorded version of the plan. */
		CREATED,
		/** An element added (with what it holds). */
		ADDED,
		/** An element deleted (with what it held). */
		REMOVED,
		/** An element moved to another place (another parent). */
		MOVED,
		/** A list reordered: one change for the list. */
		REORDERED,
		/** A value of an element changed. */
		CHANGED
	}

	/** One change of the plan, in the users' words, with what is needed to revert it. */
	public static final class Change {

		private final String id;
		private final String commit;
		private final String author;
		private final String email;
		private final ZonedDateTime time;
		private final Kind kind;
		private final String elementId;
		private final String where;
		private final String feature;
		private final String oldValue;
		private final String newValue;

		final String key;
		final EStructuralFeature eFeature;
		final Object oldRaw;
		final Object newRaw;

		Change(String id, Origin origin, Kind kind, String key, String elementId, String where, String feature,
				String oldValue, String newValue, EStructuralFeature eFeature, Object oldRaw, Object newRaw) {
			this.id = id;
			this.commit = origin.commit();
			this.author = origin.author();
			this.email = origin.email();
			this.time = origin.time();
			this.kind = kind;
			this.key = key;
			this.elementId = elementId;
			this.where = where;
			this.feature = feature;
			this.oldValue = oldValue;
			this.newValue = newValue;
			this.eFeature = eFeature;
			this.oldRaw = oldRaw;
			this.newRaw = newRaw;
		}

		/** The change's id as listed and as {@code pdca history --revert} takes it: the short commit id and its number, e.g. "3f2a9c1.2". */
		public String id() {
			return id;
		}

		/**
		 * The full id of the commit that recorded the change; of a comparison, the commit of the newer version, empty
		 * when it is the file as it is now.
		 */
		public String commit() {
			return commit;
		}

		/** Who recorded the change: the commit's author name (the git configuration's user.name). */
		public String author() {
			return author;
		}

		/** The author's e-mail address, as recorded. */
		public String email() {
			return email;
		}

		/** When the change was recorded, in the author's time zone. */
		public ZonedDateTime time() {
			return time;
		}

		/** The moment the change was recorded. */
		public Instant instant() {
			return time.toInstant();
		}

		/** What kind of change. */
		public Kind kind() {
			return kind;
		}

		/** The id of the element changed; null for one without an id (the plan's period, its agency). */
		public String elementId() {
			return elementId;
		}

		/** The element as users know it, e.g. "三、（二）1. 提升櫃台服務…". */
		public String where() {
			return where;
		}

		/** What of the element changed (完成期限, 主辦單位, 位置, 具體做法順序); empty for an element added or deleted. */
		public String feature() {
			return feature;
		}

		/** The value before, as users read it; empty for an addition or deletion. */
		public String oldValue() {
			return oldValue;
		}

		/** The value after, as users read it; empty for an addition or deletion. */
		public String newValue() {
			return newValue;
		}

		/** Whether it is a change of a deadline (完成期限) of a method or an action. */
		public boolean deadline() {
			return kind == Kind.CHANGED && eFeature == PdcaPackage.Literals.WORK_ITEM__SCHEDULE;
		}

		/** Whether it is a change of a value, the kind of change that can be reverted. */
		public boolean revertible() {
			return kind == Kind.CHANGED && eFeature != null;
		}

		/** What changed, in one line: 「修改 三、（二）1. … 完成期限：6月 → 8月」. */
		public String message() {
			return switch (kind) {
			case CREATED -> TeamMessages.get("history.created");
			case ADDED -> TeamMessages.format("history.added", where);
			case REMOVED -> TeamMessages.format("history.removed", where);
			case MOVED -> TeamMessages.format("history.moved", where, oldValue, newValue);
			case REORDERED -> TeamMessages.format("history.reordered", where, feature, oldValue, newValue);
			case CHANGED -> TeamMessages.format("history.changed", where, feature, oldValue, newValue);
			};
		}

		/** The day and time of the change as listed: "2026-11-30 14:05". */
		public String when() {
			return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		}

		/** The whole change in one line: 「2026-11-30 14:05 王小明 修改 三、（二）1. … 完成期限：6月 → 8月」. */
		@Override
		public String toString() {
			return when() + " " + author + " " + message();
		}
	}

	/** Where a version comes from: the commit that recorded it (its author and time), or the file as it is now. */
	record Origin(String commit, String author, String email, ZonedDateTime time) {

		static Origin of(RevCommit c) {
			PersonIdent ident = c.getAuthorIdent();
			return new Origin(c.getName(), ident.getName(), ident.getEmailAddress(),
					ZonedDateTime.ofInstant(ident.getWhenAsInstant(), ident.getZoneId()));
		}

		/** The file on disk, changed when it was last saved. */
		static Origin ofFile(Path file) throws IOException {
			return new Origin("", "", "", ZonedDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()));
		}
	}

	/** The plan file is not in a git work tree: it has no recorded versions. */
	public static final class NotShared extends Exception {

		private static final long serialVersionUID = 1L;

		NotShared(Path file) {
			super(TeamMessages.format("history.notShared", file));
		}
	}

	/** A revert that cannot be done on the current plan, with the reason in the users' words. */
	public static final class RevertRefused extends Exception {

		private static final long serialVersionUID = 1L;

		RevertRefused(String message) {
			super(message);
		}
	}

	/**
	 * What a revert sets: {@code value} in {@code feature} of {@code element} (an element of the current plan), or the
	 * feature unset when {@code unset}. The value is what {@code EObject.eSet} and EMF's {@code SetCommand} take: a
	 * list for a feature of many values.
	 */
	public record Reversal(EObject element, EStructuralFeature feature, Object value, boolean unset) {

		/** Sets the value on the element (outside any command stack). */
		public void apply() {
			if (unset) {
				element.eUnset(feature);
			} else if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) element.eGet(feature);
				list.clear();
				list.addAll((List<?>) value);
			} else {
				element.eSet(feature, value);
			}
		}
	}

	private final Repository repo;
	private final Path scratch;
	private final Map<ObjectId, PlanVersion> versions = new HashMap<>();
	private final Set<ObjectId> unreadable = new HashSet<>();

	private PlanHistory(Repository repo, Path scratch) {
		this.repo = repo;
		this.scratch = scratch;
	}

	/** The changes of {@code file} in the last {@link #DEFAULT_LIMIT} commits that changed it, newest first. */
	public static List<Change> of(Path file) throws IOException, NotShared {
		return of(file, DEFAULT_LIMIT);
	}

	/**
	 * The changes of {@code file} (a plan file in a git work tree) in the last {@code limit} commits that changed it
	 * (following renames), newest first; within one commit in the order of the plan. Empty when the file has no
	 * recorded version yet.
	 *
	 * @throws NotShared when the file is in no git work tree
	 */
	public static List<Change> of(Path file, int limit) throws IOException, NotShared {
		try (Shared shared = Shared.open(file)) {
			return shared.read(h -> h.walk(shared.path, Math.max(1, limit)));
		}
	}

	/** What reads the versions of one plan file. */
	interface Reading<T, E extends Exception> {
		T read(PlanHistory history) throws IOException, E;
	}

	/** A plan file in a git work tree: its repository (open until closed) and its path in the repository. */
	static final class Shared implements AutoCloseable {

		final Repository repo;
		final String path;

		private Shared(Repository repo, String path) {
			this.repo = repo;
			this.path = path;
		}

		/** @throws NotShared when {@code file} is in no git work tree */
		static Shared open(Path file) throws IOException, NotShared {
			Path absolute = file.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		FileRepositoryBuilder builder = new FileRepositoryBuilder();
		if (folder != null && Files.isDirectory(folder)) {
			builder.findGitDir(folder.toFile());
		}
		if (builder.getGitDir() == null) {
			throw new NotShared(file);
		}
			Repository repo = builder.setMustExist(true).build();
			try {
				if (repo.isBare()) {
					throw new NotShared(file);
				}
				Path top = repo.getWorkTree().toPath().toRealPath();
				Path real = (Files.exists(absolute) ? absolute.toRealPath() : folder.toRealPath().resolve(absolute.getFileName()));
				if (!real.startsWith(top)) {
					throw new NotShared(file);
				}
				return new Shared(repo, top.relativize(real).toString().replace('\\', '/'));
			} catch (IOException | NotShared | RuntimeException e) {
				repo.close();
				throw e;
			}
		}

		/** Reads versions of the file with a scratch folder of its own, removed afterwards. */
		<T, E extends Exception> T read(Reading<T, E> reading) throws IOException, E {
			Path scratch = Files.createTempDirectory("pdca-history");
			try {
				return reading.read(new PlanHistory(repo, scratch));
			} finally {
				try (var files = Files.list(scratch)) {
					for (Path f : files.toList()) {
						Files.deleteIfExists(f);
					}
				}
				Files.deleteIfExists(scratch);
			}
		}

		@Override
		public void close() {
			repo.close();
		}
	}

	/** The change with the id {@code id} (as listed, e.g. "3f2a9c1.2"), or null. */
	public static Change find(List<Change> changes, String id) {
		for (Change c : changes) {
			if (c.id().equalsIgnoreCase(id.strip())) {
				return c;
			}
		}
		return null;
	}

	/**
	 * The names the file {@code path} had in the history of HEAD: its name now, then the names it had before each
	 * rename, newest first.
	 */
	List<String> names(String path) throws IOException {
		List<String> names = new ArrayList<>(List.of(path));
		ObjectId head = repo.resolve(Constants.HEAD);
		if (head == null) {
			return names;
		}
		try (RevWalk walk = new RevWalk(repo)) {
			follow(walk, head, path, names);
			while (walk.next() != null) {
				// the walk collects the names
			}
		}
		return names;
	}

	/**
	 * Sets {@code walk} to the commits of HEAD that changed the file {@code path}, following its renames; each name the
	 * file had before a rename is added to {@code names} as the walk meets it.
	 */
	private void follow(RevWalk walk, ObjectId head, String path, List<String> names) throws IOException {
		FollowFilter follow = FollowFilter.create(path, repo.getConfig().get(DiffConfig.KEY));
		follow.setRenameCallback(new RenameCallback() {
			@Override
			public void renamed(DiffEntry entry) {
				if (!names.contains(entry.getOldPath())) {
					names.add(entry.getOldPath());
				}
			}
		});
		walk.setTreeFilter(follow);
		walk.markStart(walk.parseCommit(head));
	}

	private List<Change> walk(String path, int limit) throws IOException {
		List<Change> result = new ArrayList<>();
		ObjectId head = repo.resolve(Constants.HEAD);
		if (head == null) {
			return result;
		}
		List<String> names = new ArrayList<>(List.of(path));
		try (RevWalk walk = new RevWalk(repo); RevWalk lookup = new RevWalk(repo)) {
			follow(walk, head, path, names);
			int n = 0;
			for (RevCommit c = walk.next(); c != null && n < limit; c = walk.next(), n++) {
				PlanVersion newer = version(lookup, c, names);
				if (newer == null) {
					continue; // deleted here, or unreadable
				}
				List<List<Change>> perParent = new ArrayList<>();
				for (RevCommit parent : c.getParents()) {
					PlanVersion older = version(lookup, parent, names);
					if (older != null) {
						perParent.add(diff(Origin.of(c), older, newer));
					}
				}
				result.addAll(number(c, ownChanges(c, perParent)));
			}
		}
		return result;
	}

	/** The changes a commit made itself: against its one parent, or, of a merge, what differs from every parent. */
	private static List<Change> ownChanges(RevCommit c, List<List<Change>> perParent) {
		if (perParent.isEmpty()) {
			return List.of(new Change("", Origin.of(c), Kind.CREATED, ElementKeys.ROOT, null, "", "", "", "", null, null, null));
		}
		List<Change> own = new ArrayList<>(perParent.get(0));
		for (List<Change> other : perParent.subList(1, perParent.size())) {
			Set<String> signatures = new HashSet<>();
			for (Change x : other) {
				signatures.add(signature(x));
			}
			own.removeIf(x -> !signatures.contains(signature(x)));
		}
		return own;
	}

	private static String signature(Change c) {
		return c.kind + "\u0000" + c.key + "\u0000" + (c.eFeature == null ? c.feature : c.eFeature.getName()) + "\u0000"
				+ (c.newRaw != null ? c.newRaw : c.newValue);
	}

	private static List<Change> number(RevCommit c, List<Change> changes) {
		List<Change> result = new ArrayList<>();
		String shortId = c.getName().substring(0, 7);
		Origin origin = Origin.of(c);
		for (int i = 0; i < changes.size(); i++) {
			Change x = changes.get(i);
			result.add(new Change(shortId + "." + (i + 1), origin, x.kind, x.key, x.elementId, x.where, x.feature, x.oldValue,
					x.newValue, x.eFeature, x.oldRaw, x.newRaw));
		}
		return result;
	}

	/** The plan as recorded in {@code commit}, under the first of {@code names} it has; null if none or unreadable. */
	PlanVersion version(RevWalk lookup, RevCommit commit, List<String> names) throws IOException {
		RevCommit c = lookup.parseCommit(commit);
		for (String name : names) {
			try (TreeWalk tw = TreeWalk.forPath(repo, name, c.getTree())) {
				if (tw == null) {
					continue;
				}
				ObjectId blob = tw.getObjectId(0);
				if (versions.containsKey(blob)) {
					return versions.get(blob);
				}
				if (unreadable.contains(blob)) {
					return null;
				}
				PlanVersion v = load(blob);
				if (v == null) {
					unreadable.add(blob);
				} else {
					versions.put(blob, v);
				}
				return v;
			}
		}
		return null;
	}

	/** The version in {@code blob}, loaded as a plan file is (same checks, same migrations); null when it cannot be. */
	private PlanVersion load(ObjectId blob) throws IOException {
		ObjectLoader loader = repo.open(blob);
		if (loader.getSize() > PlanFiles.MAX_FILE_BYTES) {
			return null;
		}
		Path file = scratch.resolve("version." + PlanFiles.EXTENSION);
		Files.write(file, loader.getBytes());
		try {
			return new PlanVersion(PlanFiles.load(file), Map.of());
		} catch (PlanFileException e) {
			return null;
		} finally {
			Files.deleteIfExists(file);
		}
	}

	// ----- the changes between two versions -----

	/**
	 * What changed from {@code a} to {@code b} (two versions of one plan, e.g. a baseline and the plan now), numbered
	 * 1, 2, 3…, in the order of {@code b}, then what was deleted; each change attributed to {@code origin}, where
	 * {@code b} comes from.
	 */
	static List<Change> compare(Origin origin, PlanVersion a, PlanVersion b) {
		List<Change> result = new ArrayList<>();
		int n = 0;
		for (Change x : diff(origin, a, b)) {
			result.add(new Change(Integer.toString(++n), origin, x.kind, x.key, x.elementId, x.where, x.feature, x.oldValue,
					x.newValue, x.eFeature, x.oldRaw, x.newRaw));
		}
		return result;
	}

	private record ListKey(String parent, EReference feature) {
	}

	/** What changed from {@code a} to {@code b}, in the order of {@code b} (then what was deleted, in the order of {@code a}). */
	static List<Change> diff(Origin c, PlanVersion a, PlanVersion b) {
		ConflictWords words = new ConflictWords(a, b, b);
		// lists whose members or order changed: the numbers of their elements follow, and are no change of their own
		Set<ListKey> renumbered = new HashSet<>();
		Set<String> moved = new HashSet<>();
		for (Node nb : b.nodes.values()) {
			Node na = a.node(nb.key);
			if (nb.parent == null) {
				continue;
			}
			if (na == null) {
				renumbered.add(new ListKey(nb.parent, nb.feature));
			} else if (!Objects.equals(na.parent, nb.parent) || na.feature != nb.feature) {
				moved.add(nb.key);
				renumbered.add(new ListKey(nb.parent, nb.feature));
				renumbered.add(new ListKey(na.parent, na.feature));
			}
		}
		for (Node na : a.nodes.values()) {
			if (na.parent != null && b.node(na.key) == null) {
				renumbered.add(new ListKey(na.parent, na.feature));
			}
		}
		Map<ListKey, List<String>[]> reordered = new LinkedHashMap<>();
		for (Node nb : b.nodes.values()) {
			Node na = a.node(nb.key);
			if (na == null) {
				continue;
			}
			for (Map.Entry<EReference, List<String>> e : nb.children.entrySet()) {
				List<String> after = new ArrayList<>(e.getValue());
				List<String> before = new ArrayList<>(na.children(e.getKey()));
				after.retainAll(before);
				before.retainAll(after);
				if (!before.equals(after)) {
					ListKey list = new ListKey(nb.key, e.getKey());
					renumbered.add(list);
					@SuppressWarnings("unchecked")
					List<String>[] orders = new List[] { before, after };
					reordered.put(list, orders);
				}
			}
		}

		List<Change> changes = new ArrayList<>();
		for (Node nb : b.nodes.values()) {
			Node na = a.node(nb.key);
			if (na == null) {
				if (nb.parent != null && a.node(nb.parent) != null) {
					changes.add(change(c, Kind.ADDED, nb, words.where(nb.key), "", "", "", null, null, null));
				}
				continue;
			}
			if (moved.contains(nb.key)) {
				changes.add(change(c, Kind.MOVED, nb, words.where(nb.key), TeamMessages.get("feature.place"),
						words.container(na.parent), words.container(nb.parent), null, null, null));
			}
			for (Map.Entry<EStructuralFeature, Object> e : nb.values.entrySet()) {
				EStructuralFeature f = e.getKey();
				Object before = na.values.get(f);
				Object after = e.getValue();
				if (before == null || Objects.equals(before, after) || f == PdcaPackage.Literals.PLAN__FORMAT_VERSION) {
					continue;
				}
				if (f == PdcaPackage.Literals.PLAN_ELEMENT__NUMBER && nb.parent != null
						&& (moved.contains(nb.key) || renumbered.contains(new ListKey(nb.parent, nb.feature)))) {
					continue; // the list's numbers follow its order
				}
				changes.add(change(c, Kind.CHANGED, nb, words.where(nb.key), ConflictWords.feature(f), words.show(f, before),
						words.show(f, after), f, before, after));
			}
			for (Map.Entry<ListKey, List<String>[]> e : reordered.entrySet()) {
				if (e.getKey().parent().equals(nb.key)) {
					List<String>[] orders = e.getValue();
					EObject first = a.node(orders[0].get(0)).element;
					changes.add(change(c, Kind.REORDERED, nb, words.container(nb.key),
							TeamMessages.format("history.order", ElementPaths.kind(first)), labels(a, orders[0], orders[1]),
							labels(a, orders[1], orders[0]), null, null, null));
				}
			}
		}
		for (Node na : a.nodes.values()) {
			if (na.parent != null && b.node(na.key) == null && b.node(na.parent) != null) {
				changes.add(change(c, Kind.REMOVED, na, words.where(na.key), "", "", "", null, null, null));
			}
		}
		return changes;
	}

	private static Change change(Origin c, Kind kind, Node node, String where, String feature, String oldValue,
			String newValue, EStructuralFeature f, Object oldRaw, Object newRaw) {
		String id = node.element instanceof Identified i ? i.getId() : null;
		return new Change("", c, kind, node.key, id, where, feature, oldValue, newValue, f, oldRaw, newRaw);
	}

	/**
	 * The elements of a reordered list by their labels in the older version (（一）（二）（三）), from the first place
	 * where the two orders differ to the last, with "…" for what is the same before and after.
	 */
	private static String labels(PlanVersion older, List<String> order, List<String> other) {
		int from = 0;
		while (from < order.size() && order.get(from).equals(other.get(from))) {
			from++;
		}
		int to = order.size();
		while (to > from && order.get(to - 1).equals(other.get(to - 1))) {
			to--;
		}
		List<String> shown = new ArrayList<>();
		if (from > 0) {
			shown.add("…");
		}
		for (int i = from; i < to; i++) {
			if (i - from == ORDER_LABELS) {
				shown.add("…");
				return String.join(" ", shown);
			}
			EObject e = older.node(order.get(i)).element;
			shown.add(e instanceof PlanElement p ? Numbering.label(p) : "「" + shortName(e) + "」");
		}
		if (to < order.size()) {
			shown.add("…");
		}
		return String.join(" ", shown);
	}

	private static String shortName(EObject e) {
		String d = ElementPaths.describe(e);
		return d.length() <= 16 ? d : d.substring(0, 16) + "…";
	}

	// ----- revert -----

	/**
	 * What reverting {@code change} sets on {@code current} (the plan as it is now, e.g. the open editor's): the old
	 * value back on the same element (found by its id).
	 *
	 * @throws RevertRefused when the change is not a change of a value, the element is gone, it has the old value
	 *                       already, or its value has changed again since (the message says which, and the value now)
	 */
	public static Reversal reversal(Plan current, Change change) throws RevertRefused {
		if (!change.revertible()) {
			throw new RevertRefused(TeamMessages.format("history.revert.notAValue", change.message()));
		}
		PlanVersion now = new PlanVersion(current, Map.of());
		Node node = now.node(change.key);
		if (node == null || !change.eFeature.getEContainingClass().isSuperTypeOf(node.eClass())) {
			throw new RevertRefused(TeamMessages.format("history.revert.gone", change.where()));
		}
		Object value = node.values.get(change.eFeature);
		ConflictWords words = new ConflictWords(now, now, now);
		if (Objects.equals(value, change.oldRaw)) {
			throw new RevertRefused(TeamMessages.format("history.revert.already", words.where(change.key), change.feature(),
					change.oldValue()));
		}
		if (!Objects.equals(value, change.newRaw)) {
			throw new RevertRefused(TeamMessages.format("history.revert.changedSince", words.where(change.key), change.feature(),
					change.newValue(), words.show(change.eFeature, value)));
		}
		EStructuralFeature f = change.eFeature;
		Object old = change.oldRaw;
		if (PlanVersion.UNSET.equals(old)) {
			return new Reversal(node.element, f, null, true);
		}
		if (f instanceof EAttribute a) {
			if (a.isMany()) {
				List<Object> list = new ArrayList<>();
				for (Object s : (List<?>) old) {
					list.add(s == null ? null : EcoreUtil.createFromString(a.getEAttributeType(), (String) s));
				}
				return new Reversal(node.element, f, list, false);
			}
			return new Reversal(node.element, f, old == null ? null : EcoreUtil.createFromString(a.getEAttributeType(), (String) old),
					false);
		}
		if (f.isMany()) {
			List<Object> targets = new ArrayList<>();
			for (Object k : (List<?>) old) {
				EObject target = now.keys.element((String) k);
				if (target == null) {
					throw new RevertRefused(TeamMessages.format("history.revert.targetGone", words.where(change.key),
							change.feature(), change.oldValue()));
				}
				targets.add(target);
			}
			return new Reversal(node.element, f, targets, false);
		}
		EObject target = now.keys.element((String) old);
		if (target == null) {
			throw new RevertRefused(TeamMessages.format("history.revert.targetGone", words.where(change.key), change.feature(),
					change.oldValue()));
		}
		return new Reversal(node.element, f, target, false);
	}

	/** Reverts {@code change} on {@code current} at once (see {@link #reversal}). */
	public static void revert(Plan current, Change change) throws RevertRefused {
		reversal(current, change).apply();
	}
}
