package pdca.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import pdca.model.Choice;
import pdca.model.Citation;
import pdca.model.EvaluationForm;
import pdca.model.FormItem;
import pdca.model.GradeBand;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.ScoreConsequence;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;

/**
 * How much of a hand-checked plan an import reproduces exactly: per kind of element (strategies,
 * methods, actions, deadlines, owners, benefits, citations) the number expected, the number
 * matched exactly (text compared without whitespace and with full-width forms folded), and the
 * number the import produced (so what it invented shows too).
 */
public final class ImportScore {

	/** One kind of element: expected, matched exactly, produced by the import. */
	public record Category(String name, int expected, int matched, int imported) {

		/** Matched as a share of expected, 0–1 (1 when nothing was expected). */
		public double recall() {
			return expected == 0 ? 1 : (double) matched / expected;
		}
	}

	private ImportScore() {
	}

	/** The categories, in a fixed order. */
	public static List<Category> compare(Plan imported, Plan expected) {
		List<Category> categories = new ArrayList<>();
		categories.add(category("strategies", imported, expected, w -> w instanceof Strategy ? key(w.getText()) : null));
		categories.add(category("methods", imported, expected, w -> w instanceof Method ? key(w.getText()) : null));
		categories.add(category("actions", imported, expected, w -> w instanceof pdca.model.Action ? key(w.getText()) : null));
		categories.add(category("deadlines", imported, expected,
				w -> w.getSchedule() == null ? null : key(w.getText()) + "|" + key(w.getSchedule().text())));
		categories.add(category("owners", imported, expected, w -> owners(w)));
		categories.add(category("benefits", imported, expected,
				w -> w.getExpectedBenefit() == null || w.getExpectedBenefit().isBlank() ? null
						: key(w.getText()) + "|" + key(w.getExpectedBenefit())));
		categories.add(compareKeys("citations", citations(imported), citations(expected)));
		return categories;
	}

	/**
	 * The scoring parts of a plan, apart from {@link #compare} (whose figures they leave as they
	 * are): grade bands (name and lowest score), their consequences (band, kind, score and text),
	 * and the evaluation forms' items (form, label, text and points; choices with their points).
	 */
	public static List<Category> compareScoring(Plan imported, Plan expected) {
		List<Category> categories = new ArrayList<>();
		categories.add(compareKeys("grade bands", bands(imported), bands(expected)));
		categories.add(compareKeys("grade consequences", consequences(imported), consequences(expected)));
		categories.add(compareKeys("form items", formItems(imported, false), formItems(expected, false)));
		categories.add(compareKeys("form choices", formItems(imported, true), formItems(expected, true)));
		return categories;
	}

	private static List<String> bands(Plan plan) {
		List<String> keys = new ArrayList<>();
		if (plan.getScoringScheme() != null) {
			for (GradeBand b : plan.getScoringScheme().getBands()) {
				keys.add(key(b.getName()) + "|" + b.getMinScore());
			}
		}
		return keys;
	}

	private static List<String> consequences(Plan plan) {
		List<String> keys = new ArrayList<>();
		if (plan.getScoringScheme() != null) {
			for (ScoreConsequence c : plan.getScoringScheme().getConsequences()) {
				keys.add((c.getBand() == null ? "" : key(c.getBand().getName())) + "|" + c.getKind() + "|"
						+ c.getMinScore() + "|" + key(c.getText()));
			}
		}
		return keys;
	}

	private static List<String> formItems(Plan plan, boolean choices) {
		List<String> keys = new ArrayList<>();
		for (EvaluationForm form : plan.getEvaluationForms()) {
			String f = key(form.getText());
			for (TreeIterator<EObject> it = form.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (!choices && e instanceof FormItem item) {
					keys.add(f + "|" + key(item.getLabel()) + "|" + key(item.getText()) + "|" + item.getMaxPoints());
				} else if (choices && e instanceof Choice c) {
					FormItem item = (FormItem) c.eContainer();
					keys.add(f + "|" + key(item.getText()) + "|" + key(c.getText()) + "|" + c.getMinPoints() + "-"
							+ c.getMaxPoints());
				}
			}
		}
		return keys;
	}

	/** All categories together: matched over expected, 0–1. */
	public static double overall(List<Category> categories) {
		int expected = categories.stream().mapToInt(Category::expected).sum();
		int matched = categories.stream().mapToInt(Category::matched).sum();
		return expected == 0 ? 1 : (double) matched / expected;
	}

	private static Category category(String name, Plan imported, Plan expected, Function<WorkItem, String> key) {
		return compareKeys(name, keys(imported, key), keys(expected, key));
	}

	private static Category compareKeys(String name, List<String> imported, List<String> expected) {
		Map<String, Integer> available = new HashMap<>();
		for (String k : imported) {
			available.merge(k, 1, Integer::sum);
		}
		int matched = 0;
		for (String k : expected) {
			Integer n = available.get(k);
			if (n != null && n > 0) {
				matched++;
				available.put(k, n - 1);
			}
		}
		return new Category(name, expected.size(), matched, imported.size());
	}

	private static List<String> keys(Plan plan, Function<WorkItem, String> key) {
		List<String> keys = new ArrayList<>();
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WorkItem w) {
				String k = key.apply(w);
				if (k != null && !k.isEmpty() && !k.equals("|")) {
					keys.add(k);
				}
			}
		}
		return keys;
	}

	private static String owners(WorkItem w) {
		if (w.getLeadOwner() == null && w.getCoOwners().isEmpty()) {
			return null;
		}
		StringBuilder b = new StringBuilder(key(w.getText())).append('|');
		b.append(w.getLeadOwner() == null ? "" : key(w.getLeadOwner().getName()));
		w.getCoOwners().stream().map(Unit::getName).map(ImportScore::key).sorted().forEach(n -> b.append(',').append(n));
		return b.toString();
	}

	private static List<String> citations(Plan plan) {
		List<String> keys = new ArrayList<>();
		for (Citation c : plan.getBasis()) {
			keys.add(key(c.getIssuer()) + "|" + c.getDate() + "|" + key(c.getDocumentNumber()) + "|" + key(c.getTitle()));
		}
		return keys;
	}

	/** Text compared: NFKC (full-width forms folded), no whitespace, no final full stop. */
	static String key(String text) {
		if (text == null) {
			return "";
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		while (s.endsWith("。") || s.endsWith(".")) {
			s = s.substring(0, s.length() - 1);
		}
		return s;
	}
}
