package pdca.importer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import pdca.importer.source.Origin;
import pdca.importer.source.SourceDocument;
import pdca.model.Plan;

/**
 * What an import produced: the plan, where each of its elements came from and how sure the
 * importer is of it, the text it could not place, and the problems the officer should look at.
 */
public record ImportResult(SourceDocument source, Plan plan, List<Placed> placed, List<Unplaced> unplaced,
		List<Finding> findings, List<String> consumed, boolean truncated) {

	/** Below this confidence an element is marked for the officer to check. */
	public static final double UNCERTAIN = 0.75;

	/** An element of the plan, the source it was read from, and the importer's confidence (0–1). */
	public record Placed(EObject element, Origin origin, double confidence, String why) {

		/** Whether the officer should check this element. */
		public boolean uncertain() {
			return confidence < UNCERTAIN;
		}
	}

	/** Source text that became no part of the plan. */
	public record Unplaced(String text, Origin origin) {
	}

	/** Something the officer should know about the import, in the users' words, at a place. */
	public record Finding(String message, Origin origin) {
	}

	/** The elements marked for the officer to check. */
	public List<Placed> uncertain() {
		return placed.stream().filter(Placed::uncertain).toList();
	}

	/** Whether the import needs no decision: nothing unplaced, nothing uncertain, not cut off. */
	public boolean clean() {
		return unplaced.isEmpty() && uncertain().isEmpty() && !truncated;
	}
}
