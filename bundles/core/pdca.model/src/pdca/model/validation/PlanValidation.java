package pdca.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

import pdca.model.PdcaPackage;
import pdca.model.Plan;

/** Runs every validation rule on a plan and lists the problems found. */
public final class PlanValidation {

	static {
		EValidator.Registry.INSTANCE.put(PdcaPackage.eINSTANCE, PlanValidator.INSTANCE);
	}

	private PlanValidation() {
	}

	/** Makes sure the plan rules are registered with EMF (idempotent). */
	public static void register() {
		// the static initialiser does the work
	}

	/** Validates the whole plan. */
	public static Diagnostic diagnose(Plan plan) {
		// EMF's own messages name elements by this label: a readable path, not a Java object
		return new Diagnostician() {
			@Override
			public String getObjectLabel(EObject eObject) {
				return ElementPaths.describe(eObject);
			}
		}.validate(plan);
	}

	/** Validates the whole plan and returns its problems, errors first, in plan order. */
	public static List<Problem> validate(Plan plan) {
		List<Problem> problems = new ArrayList<>();
		collect(diagnose(plan), problems);
		problems.sort((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal()));
		return problems;
	}

	/** Whether any of {@code problems} is an error. */
	public static boolean hasErrors(List<Problem> problems) {
		return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
	}

	private static void collect(Diagnostic diagnostic, List<Problem> out) {
		if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() != Diagnostic.OK) {
			EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e) ? null : e;
			boolean ours = PlanValidator.SOURCE.equals(diagnostic.getSource());
			int code = ours ? diagnostic.getCode() : 0;
			// EMF's own checks (a duplicate id) quote the plan's text whole: cut it as ours do
			String message = ours ? diagnostic.getMessage() : pdca.model.io.PlanFiles.shortened(diagnostic.getMessage());
			out.add(new Problem(severity(diagnostic), code, element, ElementPaths.describe(element), message));
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, out);
		}
	}

	private static Problem.Severity severity(Diagnostic d) {
		return switch (d.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> Problem.Severity.ERROR;
			case Diagnostic.WARNING -> Problem.Severity.WARNING;
			default -> Problem.Severity.INFO;
		};
	}
}
