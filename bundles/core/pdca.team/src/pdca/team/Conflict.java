package pdca.team;

/**
 * One conflict of a three-way merge, told element by element in the users' words.
 *
 * @param kind    what kind of conflict
 * @param id      the id of the element concerned (null for an element without one, e.g. the plan's period)
 * @param where   a readable path to the element, e.g. "二、（一）1. 提升櫃台服務…"
 * @param feature what of the element, in the users' words (完成期限, 主辦單位, …); empty for the element as a whole
 * @param base    the value in the common ancestor, as users read it
 * @param mine    the value in my version
 * @param theirs  the value in the other version
 * @param message the whole conflict in one line, e.g. "二、（一）1. 完成期限：我的 6月／對方的 8月（原為 7月）"
 * @param ref     what the conflict is about, the same whenever the same three versions are merged: the element's key and
 *                what of it ({@code id:…#deadline}, {@code id:…#deleted}, {@code id:…#place}); a decision names it
 *                (see {@link PlanMerge#merge(pdca.model.Plan, pdca.model.Plan, pdca.model.Plan, java.util.Map)})
 */
public record Conflict(Kind kind, String id, String where, String feature, String base, String mine, String theirs,
		String message, String ref) {

	/** How a conflict is decided: my version of what is in conflict, or the other's. */
	public enum Choice {
		/** Mine: my value, my place; an element I deleted stays deleted, one the other deleted and I changed stays. */
		MINE,
		/** Theirs: their value, their place; an element they deleted is deleted, one I deleted and they changed stays. */
		THEIRS
	}

	/**
	 * Whether the other's side can be taken. A list both reordered differently, or two elements put where one goes,
	 * can only keep mine (what the merged plan has); the decision then just confirms it.
	 */
	public boolean theirsPossible() {
		return switch (kind) {
			case VALUE, DELETED_BY_ME, DELETED_BY_THEM -> true;
			case MOVED_BY_BOTH -> ref.endsWith(PlanMerge.PLACE);
			case SAME_PLACE -> false;
		};
	}

	/** What kind of conflict. */
	public enum Kind {
		/** Both changed the same value of one element differently: the merged plan has mine. */
		VALUE,
		/** I deleted an element the other changed (or added to, or refers to): the merged plan keeps it with the changes. */
		DELETED_BY_ME,
		/** The other deleted an element I changed: the merged plan keeps it with my changes. */
		DELETED_BY_THEM,
		/** Both moved an element to different places: the merged plan has it where I put it. */
		MOVED_BY_BOTH,
		/** Both put a different element in a place that holds one: the merged plan has mine. */
		SAME_PLACE
	}

	@Override
	public String toString() {
		return message;
	}
}
