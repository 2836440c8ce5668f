package pdca.model.validation;

import org.eclipse.emf.ecore.EObject;

import pdca.model.Citation;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormNode;
import pdca.model.GradeBand;
import pdca.model.ImprovementAction;
import pdca.model.Kpi;
import pdca.model.Measurement;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.Unit;
import pdca.model.i18n.Messages;
import pdca.model.logic.Numbering;

/** Readable paths to elements of a plan, for problem lists and error messages. */
public final class ElementPaths {

	private static final int EXCERPT = 16;

	/** Names and labels are shown whole up to this length: a pasted megabyte must not make a message a megabyte. */
	private static final int NAME = 60;

	private ElementPaths() {
	}

	/** A short path a planning officer recognises, e.g. "二、（一）3. 落實走動式服務，午休或尖峰…". */
	public static String describe(EObject element) {
		if (element == null) {
			return "";
		}
		if (element instanceof Plan) {
			return Messages.get("path.plan");
		}
		if (element instanceof PlanElement p) {
			return Numbering.path(p) + " " + excerpt(p.getText());
		}
		if (element instanceof Kpi k) {
			return prefix(k) + "KPI「" + excerpt(k.getName()) + "」";
		}
		if (element instanceof FormNode n) {
			StringBuilder sb = new StringBuilder();
			for (EObject e = n; e instanceof FormNode f; e = e.eContainer()) {
				sb.insert(0, excerpt(f.getLabel(), NAME));
				if (f instanceof EvaluationForm form) {
					sb.insert(0, Messages.get("path.form") + " ").append(' ').append(excerpt(form.getText()));
				}
			}
			return sb.toString();
		}
		if (element instanceof Citation c) {
			return Messages.get("path.basis") + " " + excerpt(c.getTitle());
		}
		if (element instanceof Unit u) {
			return Messages.get("path.unit") + " " + excerpt(u.getName(), NAME);
		}
		if (element instanceof ProgressReport r) {
			return Messages.get("path.report") + " " + r.getRocYear() + "Q" + r.getQuarter() + " "
					+ (r.getAction() == null ? "" : describe(r.getAction()));
		}
		if (element instanceof ImprovementAction a) {
			return prefix(a) + Messages.get("path.improvement") + " " + excerpt(a.getText());
		}
		if (element instanceof ReviewMeeting m) {
			return Messages.get("path.meeting") + " " + m.getRocYear() + "Q" + m.getQuarter();
		}
		if (element instanceof EvaluationRecord r) {
			return Messages.get("path.record") + " " + (r.getDate() == null ? "" : r.getDate());
		}
		if (element instanceof Measurement m) {
			return prefix(m) + Messages.get("path.measurement") + " " + m.getRocYear() + (m.getQuarter() > 0 ? "Q" + m.getQuarter() : "");
		}
		if (element instanceof GradeBand b) {
			return Messages.get("path.gradeBand") + " " + excerpt(b.getName(), NAME);
		}
		return prefix(element) + className(element);
	}

	/** A unit's name, or words saying it has none: never "null". */
	public static String unitName(Unit unit) {
		return unit == null || unit.getName() == null || unit.getName().isBlank() ? Messages.get("path.unnamedUnit")
				: excerpt(unit.getName(), NAME);
	}

	/** The kind of element in the user's language (期程, 核定, …); the model's class name when there are no words for it. */
	public static String kind(EObject element) {
		return className(element);
	}

	private static String className(EObject element) {
		String name = element.eClass().getName();
		String words = Messages.get("path.class." + name);
		return words.startsWith("!") ? name : words;
	}

	private static String prefix(EObject element) {
		EObject container = element.eContainer();
		if (container == null || container instanceof Plan) {
			return "";
		}
		return describe(container) + " / ";
	}

	static String excerpt(String text) {
		return excerpt(text, EXCERPT);
	}

	/** {@code text} with its whitespace collapsed, cut to {@code max} characters and "…". */
	static String excerpt(String text, int max) {
		if (text == null) {
			return "";
		}
		String t = (text.length() > 4 * max ? text.substring(0, 4 * max) : text).replaceAll("\\s+", " ").strip();
		return t.length() <= max ? t : t.substring(0, max) + "…";
	}
}
