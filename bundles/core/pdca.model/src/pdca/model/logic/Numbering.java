package pdca.model.logic;

import org.eclipse.emf.ecore.EObject;

import pdca.model.Action;
import pdca.model.Dimension;
import pdca.model.Method;
import pdca.model.PlanElement;
import pdca.model.Strategy;
import pdca.model.schedule.ChineseNumerals;

/**
 * Prints the numbers of plan elements in the plans' own style: dimensions 1、, strategies 一、,
 * methods （一）, actions 1.
 */
public final class Numbering {

	private Numbering() {
	}

	/**
	 * The printed number of {@code element}, e.g. "一、", "（三）", "2.". A number Chinese numerals cannot write (below
	 * zero, as a hand-edited file may have) is printed in digits, so that screens and messages can still name the
	 * element; validation reports the numbering.
	 */
	public static String label(PlanElement element) {
		int n = element.getNumber();
		if (element instanceof Strategy) {
			return chinese(n) + "、";
		}
		if (element instanceof Method) {
			return "（" + chinese(n) + "）";
		}
		if (element instanceof Action) {
			return n + ".";
		}
		if (element instanceof Dimension) {
			return n + "、";
		}
		return String.valueOf(n);
	}

	private static String chinese(int n) {
		return n >= 0 && n <= 99_999_999 ? ChineseNumerals.format(n) : Integer.toString(n);
	}

	/** The labels from the top of the plan down to {@code element}, e.g. "二、（一）3.". */
	public static String path(PlanElement element) {
		StringBuilder sb = new StringBuilder();
		for (EObject e = element; e instanceof PlanElement p; e = e.eContainer()) {
			sb.insert(0, label(p));
		}
		return sb.toString();
	}
}
