package pdca.model.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem found in a plan, ready to show: where it is and what to do about it.
 *
 * @param severity the severity
 * @param code     the rule that found it (one of {@link PlanValidator}'s codes)
 * @param element  the element concerned
 * @param path     a readable path to the element, e.g. "二、（一）3. 落實走動式服務…"
 * @param message  what is wrong and what to do, in the user's language
 */
public record Problem(Severity severity, int code, EObject element, String path, String message) {

	/** Severity of a problem; only errors make a plan invalid. */
	public enum Severity {
		ERROR, WARNING, INFO
	}
}
