package pdca.team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import pdca.model.Identified;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.io.PlanFiles;
import pdca.team.PlanVersion.Node;

/**
 * A three-way merge of plans, element by element: what two people changed since a common version, put together.
 *
 * <p>Elements are matched by their {@link ElementKeys keys} (their ids), never by line or position, so
 * <ul>
 * <li>changes to different elements, and to different values of one element, merge by themselves (two units filling
 * the progress reports of different items; one officer editing a method's text while another adds an action under
 * it);</li>
 * <li>additions and deletions of either side are kept; an element deleted by one side and changed by the other (its
 * values, its place, something added, changed or moved under it, or a reference to it) is a conflict and stays, with
 * the changes;</li>
 * <li>a moved element is one change: it is moved once, never copied nor lost; a reordering of a list is taken as the
 * few elements that moved, so reorderings of different elements of one list by both sides merge; the same element
 * moved by both to different places is a conflict and stays where I put it;</li>
 * <li>a list's numbers (一、二、…) follow its merged order whenever the merged list differs from both sides';</li>
 * <li>the same value changed differently by both is a conflict, reported with the three values in the users' words;
 * the merged plan has my value.</li>
 * </ul>
 * The merged plan never holds two elements with one id, nor a reference to an element it does not hold.
 */
public final class PlanMerge {

	/** Which version a change comes from. */
	private enum Side {
		MINE, THEIRS
	}

	/** The place of an element: its container's key and the containing feature. */
	private record Place(String parent, EReference feature) {
	}

	/**
	 * The result of a merge.
	 *
	 * @param plan      the merged plan, with my side taken at every conflict
	 * @param conflicts the conflicts, in the order of the plan; empty when the merge is clean
	 */
	public record Result(Plan plan, List<Conflict> conflicts) {

		/** Whether the merge found no conflict. */
		public boolean clean() {
			return conflicts.isEmpty();
		}
	}

	/** The end of a {@link Conflict#ref() ref} of an element deleted by one side and changed by the other. */
	static final String DELETED = "#deleted";
	/** The end of a ref of an element moved by both to different places. */
	static final String PLACE = "#place";
	/** The end of a ref of an element both moved differently within its list. */
	static final String ORDER = "#order";
	/** The end of a ref of an element put where the other put another one. */
	static final String SAME_PLACE = "#samePlace";

	/** The ref of a conflict on the value {@code feature} of the element {@code key}. */
	static String ref(String key, EStructuralFeature feature) {
		return key + "#" + feature.getName();
	}

	private final PlanVersion base;
	private final PlanVersion mine;
	private final PlanVersion theirs;
	private final ConflictWords words;
	private final Map<String, Conflict.Choice> decisions;
	/** Elements deleted because the conflict on them was decided for the side that deleted them. */
	private final Set<String> deletedByDecision = new HashSet<>();

	private final Set<String> allKeys = new LinkedHashSet<>();
	private final Map<String, Place> places = new HashMap<>();
	private final Map<String, Map<EStructuralFeature, Object>> values = new HashMap<>();
	private final Map<String, List<Conflict>> valueConflicts = new LinkedHashMap<>();
	private final Map<String, Conflict> structureConflicts = new LinkedHashMap<>();
	private final Set<String> alive = new LinkedHashSet<>();
	private final Map<Side, Map<String, Boolean>> subtreeTouched = new HashMap<>();

	private PlanMerge(Plan base, Plan mine, Plan theirs, Map<String, Conflict.Choice> decisions) {
		this.decisions = decisions;
		this.base = new PlanVersion(base, Map.of());
		this.mine = new PlanVersion(mine, Map.of());
		this.theirs = new PlanVersion(theirs, sameReports(this.base, this.mine, theirs));
		this.words = new ConflictWords(this.base, this.mine, this.theirs);
	}

	/**
	 * Merges what {@code mine} and {@code theirs} changed since {@code base}. The three plans are read, not changed;
	 * the merged plan is a new one.
	 */
	public static Result merge(Plan base, Plan mine, Plan theirs) {
		return merge(base, mine, theirs, Map.of());
	}

	/**
	 * Merges as {@link #merge(Plan, Plan, Plan)} does, with conflicts decided: {@code decisions} maps the
	 * {@link Conflict#ref() ref} of a conflict the same merge reported to the side to take. A decided conflict is not
	 * reported again; the merged plan has the value or place of the side chosen, or, for an element deleted by one side
	 * and changed by the other, has it (with the changes) or not (with whatever was added under it). A list both
	 * reordered, and two elements put where one goes, keep mine whatever the decision ({@link Conflict#theirsPossible()}).
	 */
	public static Result merge(Plan base, Plan mine, Plan theirs, Map<String, Conflict.Choice> decisions) {
		return new PlanMerge(base, mine, theirs, Map.copyOf(decisions)).run();
	}

	/**
	 * Progress reports that both sides added for the same item, year and quarter (each unit's check-in starts the
	 * report anew, with an id of its own) are one report: their keys on the other side become mine.
	 */
	private static Map<String, String> sameReports(PlanVersion base, PlanVersion mine, Plan theirs) {
		Map<String, String> mineAdded = new HashMap<>();
		for (Map.Entry<org.eclipse.emf.ecore.EObject, String> e : mine.keys.all().entrySet()) {
			if (e.getKey() instanceof ProgressReport r && !base.nodes.containsKey(e.getValue())) {
				String natural = mine.keys.reportKey(r);
				if (natural != null) {
					mineAdded.putIfAbsent(natural, e.getValue());
				}
			}
		}
		if (mineAdded.isEmpty()) {
			return Map.of();
		}
		ElementKeys own = new ElementKeys(theirs, Map.of());
		Map<String, String> alias = new HashMap<>();
		for (Map.Entry<org.eclipse.emf.ecore.EObject, String> e : own.all().entrySet()) {
			if (e.getKey() instanceof ProgressReport r && !base.nodes.containsKey(e.getValue())) {
				String natural = own.reportKey(r);
				String mineKey = natural == null ? null : mineAdded.get(natural);
				if (mineKey != null && !mineKey.equals(e.getValue()) && !own.all().containsValue(mineKey)) {
					alias.put(e.getValue(), mineKey);
				}
			}
		}
		return alias;
	}

	private Result run() {
		allKeys.addAll(mine.nodes.keySet());
		allKeys.addAll(theirs.nodes.keySet());
		allKeys.addAll(base.nodes.keySet());
		for (String key : allKeys) {
			mergePlace(key);
			mergeValues(key);
		}
		for (String key : allKeys) {
			decideAlive(key);
		}
		dropWhatIsUnderDeleted();
		keepWhatIsNeeded();
		breakCycles();
		Map<String, Map<EReference, List<String>>> lists = orderLists();
		Plan plan = build(lists);
		return new Result(plan, conflictsInOrder(lists));
	}

	// ----- places and values -----

	private Node b(String key) {
		return base.node(key);
	}

	private Node m(String key) {
		return mine.node(key);
	}

	private Node t(String key) {
		return theirs.node(key);
	}

	private static Place place(Node node) {
		return node == null || node.parent == null ? null : new Place(node.parent, node.feature);
	}

	private void mergePlace(String key) {
		if (key.equals(ElementKeys.ROOT)) {
			return;
		}
		Node bn = b(key);
		Node mn = m(key);
		Node tn = t(key);
		Place pb = place(bn);
		Place pm = mn != null ? place(mn) : pb;
		Place pt = tn != null ? place(tn) : pb;
		Place merged;
		if (Objects.equals(pm, pt) || pt == null) {
			merged = pm;
		} else if (pm == null) {
			merged = pt;
		} else if (Objects.equals(pm, pb)) {
			merged = pt;
		} else if (Objects.equals(pt, pb)) {
			merged = pm;
		} else {
			Conflict.Choice decided = decisions.get(key + PLACE);
			merged = decided == Conflict.Choice.THEIRS ? pt : pm;
			if (decided == null) {
				structureConflicts.putIfAbsent(key, words.moved(key, pm.parent(), pt.parent()));
			}
		}
		places.put(key, merged);
	}

	private void mergeValues(String key) {
		Node bn = b(key);
		Node mn = m(key);
		Node tn = t(key);
		Node any = mn != null ? mn : tn != null ? tn : bn;
		Map<EStructuralFeature, Object> result = new LinkedHashMap<>();
		for (EStructuralFeature f : any.values.keySet()) {
			Object vb = bn == null ? null : bn.values.get(f);
			Object vm = mn != null ? mn.values.get(f) : vb;
			Object vt = tn != null ? tn.values.get(f) : vb;
			if (vm == null && vt == null) {
				continue;
			}
			Object merged;
			boolean conflict = false;
			if (Objects.equals(vm, vt) || vt == null) {
				merged = vm;
			} else if (vm == null) {
				merged = vt;
			} else if (bn == null) {
				// added by both: a value only one of them gave is taken, two different ones are a conflict
				if (isEmpty(vm)) {
					merged = vt;
				} else if (isEmpty(vt)) {
					merged = vm;
				} else {
					merged = f.isMany() ? union(List.of(), (List<?>) vm, (List<?>) vt) : vm;
					conflict = merged == vm;
				}
			} else if (Objects.equals(vm, vb)) {
				merged = vt;
			} else if (Objects.equals(vt, vb)) {
				merged = vm;
			} else if (f.isMany()) {
				merged = union((List<?>) vb, (List<?>) vm, (List<?>) vt);
				conflict = merged == vm;
			} else {
				merged = vm;
				conflict = true;
			}
			Conflict.Choice decided = conflict ? decisions.get(ref(key, f)) : null;
			if (decided != null) {
				merged = decided == Conflict.Choice.THEIRS ? vt : vm;
				conflict = false;
			}
			result.put(f, merged);
			if (conflict && f != PdcaPackage.Literals.PLAN_ELEMENT__NUMBER) {
				valueConflicts.computeIfAbsent(key, k -> new ArrayList<>()).add(words.value(key, f, vb, vm, vt));
			}
		}
		values.put(key, result);
	}

	private static boolean isEmpty(Object value) {
		return value == PlanVersion.UNSET || value instanceof List<?> l && l.isEmpty();
	}

	/**
	 * Both sides' changes of a list of values (co-owners, target units, attendees) together: what either removed is
	 * gone, what either added is there, in my order then theirs. The list of mine itself when a list holds a value
	 * twice (its changes cannot be told apart then).
	 */
	private static Object union(List<?> base, List<?> mine, List<?> theirs) {
		if (hasDuplicates(base) || hasDuplicates(mine) || hasDuplicates(theirs)) {
			return mine;
		}
		List<Object> result = new ArrayList<>();
		for (Object v : mine) {
			if (!base.contains(v) || theirs.contains(v)) {
				result.add(v);
			}
		}
		for (Object v : theirs) {
			if (!base.contains(v) && !result.contains(v)) {
				result.add(v);
			}
		}
		return result;
	}

	private static boolean hasDuplicates(List<?> list) {
		return new HashSet<>(list).size() != list.size();
	}

	// ----- deletions -----

	private PlanVersion version(Side side) {
		return side == Side.MINE ? mine : theirs;
	}

	private void decideAlive(String key) {
		Node bn = b(key);
		Node mn = m(key);
		Node tn = t(key);
		if (bn == null || mn != null && tn != null) {
			alive.add(key);
			return;
		}
		if (mn == null && tn == null) {
			return;
		}
		Side deleter = mn == null ? Side.MINE : Side.THEIRS;
		Side keeper = deleter == Side.MINE ? Side.THEIRS : Side.MINE;
		PlanVersion deleting = version(deleter);
		PlanVersion keeping = version(keeper);
		String root = key;
		for (String p = base.node(root).parent; p != null && !p.equals(ElementKeys.ROOT)
				&& !deleting.nodes.containsKey(p); p = base.node(p).parent) {
			root = p;
		}
		String conflictOn = keeping.nodes.containsKey(root) && subtreeTouched(keeper, root) ? root
				: touched(keeper, key) ? key : null;
		if (conflictOn == null) {
			return;
		}
		Conflict.Choice decided = decisions.get(conflictOn + DELETED);
		if (decided == null) {
			alive.add(key);
			structureConflicts.putIfAbsent(conflictOn, words.deleted(conflictOn, deleter == Side.MINE));
		} else if ((decided == Conflict.Choice.MINE) == (deleter == Side.MINE)) {
			deletedByDecision.add(conflictOn);
		} else {
			alive.add(key);
		}
	}

	/**
	 * What lies under an element deleted by a decision goes with it, also what the other side added or moved there.
	 */
	private void dropWhatIsUnderDeleted() {
		if (deletedByDecision.isEmpty()) {
			return;
		}
		for (String key : new ArrayList<>(alive)) {
			Set<String> seen = new HashSet<>();
			for (String k = key; k != null && !k.equals(ElementKeys.ROOT) && seen.add(k);) {
				if (deletedByDecision.contains(k)) {
					alive.remove(key);
					break;
				}
				Place p = places.get(k);
				k = p == null ? null : p.parent();
			}
		}
	}

	/** Whether {@code side} changed the element itself: a value, its place, or the order of its contents. */
	private boolean touched(Side side, String key) {
		Node sn = version(side).node(key);
		Node bn = b(key);
		if (sn == null) {
			return false;
		}
		if (bn == null) {
			return true;
		}
		for (Map.Entry<EStructuralFeature, Object> e : sn.values.entrySet()) {
			if (e.getKey() != PdcaPackage.Literals.PLAN_ELEMENT__NUMBER && !Objects.equals(e.getValue(), bn.values.get(e.getKey()))) {
				return true;
			}
		}
		if (!Objects.equals(place(sn), place(bn)) || movedWithinList(side, sn)) {
			return true;
		}
		for (Map.Entry<EReference, List<String>> e : sn.children.entrySet()) {
			List<String> before = bn.children(e.getKey());
			List<String> common = new ArrayList<>(e.getValue());
			common.retainAll(before);
			List<String> was = new ArrayList<>(before);
			was.retainAll(e.getValue());
			if (!common.equals(was)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code side} moved the element within its list: it is outside the longest common order of the list's
	 * elements before and after, or both its neighbours changed (of a swap, both elements moved). Elements added or
	 * removed meanwhile do not count.
	 */
	private boolean movedWithinList(Side side, Node node) {
		Node parentBefore = b(node.parent);
		Node parentAfter = version(side).node(node.parent);
		if (parentBefore == null || parentAfter == null) {
			return false;
		}
		List<String> before = new ArrayList<>(parentBefore.children(node.feature));
		List<String> after = new ArrayList<>(parentAfter.children(node.feature));
		before.retainAll(after);
		after.retainAll(before);
		if (before.equals(after)) {
			return false;
		}
		return moved(before, after).contains(node.key);
	}

	/**
	 * The elements that moved from the order {@code before} to {@code after} (two lists of the same elements): those
	 * outside their longest common order, and those whose neighbours on both sides changed (of a swap, both).
	 */
	private static Set<String> moved(List<String> before, List<String> after) {
		Set<String> result = new HashSet<>(before);
		result.removeAll(longestCommon(before, after));
		for (int j = 0; j < after.size(); j++) {
			String x = after.get(j);
			int i = before.indexOf(x);
			String predecessorBefore = i > 0 ? before.get(i - 1) : null;
			String predecessorAfter = j > 0 ? after.get(j - 1) : null;
			String successorBefore = i < before.size() - 1 ? before.get(i + 1) : null;
			String successorAfter = j < after.size() - 1 ? after.get(j + 1) : null;
			if (!Objects.equals(predecessorBefore, predecessorAfter) && !Objects.equals(successorBefore, successorAfter)) {
				result.add(x);
			}
		}
		return result;
	}

	/** Whether {@code side} changed the element or anything it holds in that version (added, changed, moved in). */
	private boolean subtreeTouched(Side side, String key) {
		Map<String, Boolean> memo = subtreeTouched.computeIfAbsent(side, s -> new HashMap<>());
		Boolean known = memo.get(key);
		if (known != null) {
			return known;
		}
		boolean result = touched(side, key);
		Node sn = version(side).node(key);
		if (!result && sn != null) {
			for (List<String> children : sn.children.values()) {
				for (String child : children) {
					if (subtreeTouched(side, child)) {
						result = true;
						break;
					}
				}
			}
		}
		memo.put(key, result);
		return result;
	}

	/**
	 * Keeps what the merged plan needs: the container of every element in it and the target of every reference, even
	 * when one side deleted it (a conflict).
	 */
	private void keepWhatIsNeeded() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String key : new ArrayList<>(alive)) {
				List<String> needed = new ArrayList<>();
				Place place = places.get(key);
				if (place != null) {
					needed.add(place.parent());
				}
				for (Map.Entry<EStructuralFeature, Object> e : values.get(key).entrySet()) {
					if (!(e.getKey() instanceof EReference)) {
						continue;
					}
					if (e.getValue() instanceof String s) {
						needed.add(s);
					} else if (e.getValue() instanceof List<?> list) {
						for (Object o : list) {
							needed.add((String) o);
						}
					}
				}
				for (String n : needed) {
					if (n.equals(ElementKeys.ROOT) || alive.contains(n) || !allKeys.contains(n)) {
						continue;
					}
					alive.add(n);
					changed = true;
					structureConflicts.putIfAbsent(n, words.deleted(n, m(n) == null));
				}
			}
		}
	}

	/**
	 * An element moved by one side into one the other side moved into it makes a circle: those elements stay where
	 * I put them (a conflict).
	 */
	private void breakCycles() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String key : alive) {
				Set<String> seen = new HashSet<>();
				String k = key;
				while (k != null && !k.equals(ElementKeys.ROOT) && seen.add(k)) {
					Place p = places.get(k);
					k = p == null ? null : p.parent();
				}
				if (k != null && !k.equals(ElementKeys.ROOT)) {
					// k is on a circle: put it back where my version (or the common one) has it
					Node own = m(k) != null ? m(k) : b(k);
					Place back = place(own);
					if (back != null && !back.equals(places.get(k))) {
						Place theirsPlace = places.get(k);
						places.put(k, back);
						structureConflicts.putIfAbsent(k, words.moved(k, back.parent(), theirsPlace.parent()));
						changed = true;
						break;
					}
					// nothing to put back: take it out of the merged plan's tree (it is reported)
					places.put(k, null);
					alive.remove(k);
					structureConflicts.putIfAbsent(k, words.moved(k, null, null));
					changed = true;
					break;
				}
			}
		}
	}

	// ----- the order of lists -----

	private Map<String, Map<EReference, List<String>>> orderLists() {
		Map<String, Map<EReference, Set<String>>> members = new LinkedHashMap<>();
		for (String key : alive) {
			Place p = places.get(key);
			if (p != null) {
				members.computeIfAbsent(p.parent(), k -> new LinkedHashMap<>()).computeIfAbsent(p.feature(),
						k -> new LinkedHashSet<>()).add(key);
			}
		}
		Map<String, Map<EReference, List<String>>> lists = new HashMap<>();
		for (Map.Entry<String, Map<EReference, Set<String>>> parent : members.entrySet()) {
			for (Map.Entry<EReference, Set<String>> list : parent.getValue().entrySet()) {
				List<String> order = order(parent.getKey(), list.getKey(), list.getValue());
				if (!list.getKey().isMany() && order.size() > 1) {
					String kept = order.get(0);
					for (String k : order) {
						if (m(k) != null && place(m(k)) != null && place(m(k)).equals(new Place(parent.getKey(), list.getKey()))) {
							kept = k;
						}
					}
					for (String k : order) {
						if (!k.equals(kept) && !decisions.containsKey(k + SAME_PLACE)) {
							structureConflicts.putIfAbsent(k, words.samePlace(k, kept));
						}
					}
					order = List.of(kept);
				}
				lists.computeIfAbsent(parent.getKey(), k -> new HashMap<>()).put(list.getKey(), order);
				renumber(parent.getKey(), list.getKey(), order);
			}
		}
		return lists;
	}

	private static List<String> children(PlanVersion version, String parent, EReference feature) {
		Node node = version.node(parent);
		return node == null ? List.of() : node.children(feature);
	}

	private List<String> order(String parent, EReference feature, Set<String> members) {
		List<String> bs = filter(children(base, parent, feature), members);
		List<String> ms = filter(children(mine, parent, feature), members);
		List<String> ts = filter(children(theirs, parent, feature), members);
		Set<String> common = new HashSet<>(bs);
		common.retainAll(ms);
		common.retainAll(ts);
		List<String> bc = filter(bs, common);
		List<String> mc = filter(ms, common);
		List<String> tc = filter(ts, common);
		List<String> result;
		if (mc.equals(bc)) {
			result = new ArrayList<>(tc);
		} else if (tc.equals(bc) || tc.equals(mc)) {
			result = new ArrayList<>(mc);
		} else {
			// both reordered: what each moved is what is outside the longest common order with the old list
			Set<String> movedByMe = new HashSet<>(common);
			movedByMe.removeAll(longestCommon(bc, mc));
			Set<String> movedByThem = new HashSet<>(common);
			movedByThem.removeAll(longestCommon(bc, tc));
			result = new ArrayList<>(mc);
			for (int i = 0; i < tc.size(); i++) {
				String x = tc.get(i);
				if (!movedByThem.contains(x)) {
					continue;
				}
				if (movedByMe.contains(x)) {
					if (!Objects.equals(before(mc, x), before(tc, x))) {
						reportMovedInList(x);
					}
					continue;
				}
				result.remove(x);
				String previous = i == 0 ? null : tc.get(i - 1);
				result.add(previous == null ? 0 : result.indexOf(previous) + 1, x);
			}
			// an order that cannot keep what each moved between its new neighbours is a conflict
			keptBetweenNeighbours(result, mc, moved(bc, mc));
			keptBetweenNeighbours(result, tc, moved(bc, tc));
		}
		// what one side added (or moved here), after the element it follows on that side
		Set<String> fromMine = new HashSet<>();
		insertNew(result, ms, fromMine, Set.of());
		insertNew(result, ts, new HashSet<>(), fromMine);
		insertNew(result, bs, new HashSet<>(), Set.of());
		for (String k : members) {
			if (!result.contains(k)) {
				result.add(k);
			}
		}
		return result;
	}

	private void keptBetweenNeighbours(List<String> result, List<String> side, Set<String> moved) {
		for (String x : moved) {
			int i = side.indexOf(x);
			int at = result.indexOf(x);
			String previous = i > 0 ? side.get(i - 1) : null;
			String next = i < side.size() - 1 ? side.get(i + 1) : null;
			if (previous != null && result.indexOf(previous) > at || next != null && result.indexOf(next) < at) {
				reportMovedInList(x);
			}
		}
	}

	/** An element both moved within its list, differently: a conflict unless decided (mine is kept either way). */
	private void reportMovedInList(String key) {
		if (!decisions.containsKey(key + ORDER)) {
			structureConflicts.putIfAbsent(key, words.movedInList(key));
		}
	}

	private static String before(List<String> list, String x) {
		int i = list.indexOf(x);
		return i <= 0 ? null : list.get(i - 1);
	}

	private static void insertNew(List<String> result, List<String> side, Set<String> inserted, Set<String> skipOver) {
		for (int i = 0; i < side.size(); i++) {
			String x = side.get(i);
			if (result.contains(x)) {
				continue;
			}
			// after the element it follows on that side; at the end when it is last there (whatever moved meanwhile)
			int at = i == side.size() - 1 && i > 0 ? result.size() : 0;
			for (int j = i - 1; j >= 0 && at == 0; j--) {
				int p = result.indexOf(side.get(j));
				if (p >= 0) {
					at = p + 1;
				}
			}
			while (at < result.size() && skipOver.contains(result.get(at))) {
				at++;
			}
			result.add(at, x);
			inserted.add(x);
		}
	}

	private static List<String> filter(List<String> list, Set<String> keep) {
		List<String> result = new ArrayList<>();
		for (String s : list) {
			if (keep.contains(s)) {
				result.add(s);
			}
		}
		return result;
	}

	private static Set<String> longestCommon(List<String> a, List<String> b) {
		int[][] len = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
			}
		}
		Set<String> result = new HashSet<>();
		for (int i = 0, j = 0; i < a.size() && j < b.size();) {
			if (a.get(i).equals(b.get(j))) {
				result.add(a.get(i));
				i++;
				j++;
			} else if (len[i + 1][j] >= len[i][j + 1]) {
				i++;
			} else {
				j++;
			}
		}
		return result;
	}

	/**
	 * The numbers of a list of strategies, methods, actions or dimensions: a side's own when the merged list is that
	 * side's, else 1, 2, 3, … in the merged order.
	 */
	private void renumber(String parent, EReference feature, List<String> order) {
		if (!PdcaPackage.Literals.PLAN_ELEMENT.isSuperTypeOf(feature.getEReferenceType())) {
			return;
		}
		EAttribute number = PdcaPackage.Literals.PLAN_ELEMENT__NUMBER;
		List<String> fullBase = children(base, parent, feature);
		List<String> fullMine = children(mine, parent, feature);
		List<String> fullTheirs = children(theirs, parent, feature);
		if (order.equals(fullBase) && order.equals(fullMine) && order.equals(fullTheirs)) {
			return; // the numbers merged as values
		}
		PlanVersion from = order.equals(fullMine) && mine.nodes.containsKey(parent) ? mine
				: order.equals(fullTheirs) && theirs.nodes.containsKey(parent) ? theirs : null;
		for (int i = 0; i < order.size(); i++) {
			String key = order.get(i);
			Object n = from != null ? from.node(key).values.get(number) : String.valueOf(i + 1);
			values.get(key).put(number, n);
		}
	}

	// ----- the merged plan -----

	private Plan build(Map<String, Map<EReference, List<String>>> lists) {
		Map<String, EObject> built = new LinkedHashMap<>();
		EObject root = create(ElementKeys.ROOT, built);
		List<String> queue = new ArrayList<>(List.of(ElementKeys.ROOT));
		for (int q = 0; q < queue.size(); q++) {
			String parentKey = queue.get(q);
			EObject parent = built.get(parentKey);
			Map<EReference, List<String>> features = lists.getOrDefault(parentKey, Map.of());
			for (EReference f : parent.eClass().getEAllContainments()) {
				List<String> children = features.getOrDefault(f, List.of());
				for (String childKey : children) {
					EObject child = create(childKey, built);
					if (f.isMany()) {
						@SuppressWarnings("unchecked")
						List<EObject> list = (List<EObject>) parent.eGet(f);
						list.add(child);
					} else {
						parent.eSet(f, child);
					}
					queue.add(childKey);
				}
			}
		}
		for (Map.Entry<String, EObject> e : built.entrySet()) {
			setValues(e.getValue(), values.get(e.getKey()), built);
		}
		// an element whose key was made unique (a duplicated id in a hand-edited file) gets an id of its own
		Set<String> ids = new HashSet<>();
		for (EObject o : built.values()) {
			if (o instanceof Identified i && i.getId() != null && !ids.add(i.getId())) {
				i.setId(PlanFiles.newId());
			}
		}
		return (Plan) root;
	}

	private EObject create(String key, Map<String, EObject> built) {
		Node source = m(key) != null ? m(key) : t(key) != null ? t(key) : b(key);
		EClass eClass = source.eClass();
		EObject element = EcoreUtil.create(eClass);
		if (element instanceof Identified identified && source.element instanceof Identified original) {
			identified.setId(original.getId());
		}
		built.put(key, element);
		return element;
	}

	private static void setValues(EObject element, Map<EStructuralFeature, Object> merged, Map<String, EObject> built) {
		for (Map.Entry<EStructuralFeature, Object> e : merged.entrySet()) {
			EStructuralFeature f = e.getKey();
			Object v = e.getValue();
			if (f instanceof EAttribute a) {
				if (a.isMany()) {
					@SuppressWarnings("unchecked")
					List<Object> list = (List<Object>) element.eGet(a);
					for (Object s : (List<?>) v) {
						list.add(s == null ? null : EcoreUtil.createFromString(a.getEAttributeType(), (String) s));
					}
				} else if (v != PlanVersion.UNSET) {
					element.eSet(a, v == null ? null : EcoreUtil.createFromString(a.getEAttributeType(), (String) v));
				}
			} else if (f instanceof EReference r) {
				if (r.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> list = (List<EObject>) element.eGet(r);
					for (Object k : (List<?>) v) {
						EObject target = built.get(k);
						if (target != null && !list.contains(target)) {
							list.add(target);
						}
					}
				} else if (v != PlanVersion.UNSET) {
					EObject target = built.get(v);
					if (target != null) {
						element.eSet(r, target);
					}
				}
			}
		}
	}

	private List<Conflict> conflictsInOrder(Map<String, Map<EReference, List<String>>> lists) {
		List<Conflict> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<String> order = new ArrayList<>(mine.nodes.keySet());
		order.addAll(theirs.nodes.keySet());
		order.addAll(base.nodes.keySet());
		for (String key : order) {
			if (!seen.add(key)) {
				continue;
			}
			Conflict structure = structureConflicts.get(key);
			if (structure != null) {
				result.add(structure);
			}
			if (alive.contains(key) || key.equals(ElementKeys.ROOT)) {
				result.addAll(valueConflicts.getOrDefault(key, List.of()));
			}
		}
		return result;
	}
}
