package pdca.model.logic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pdca.model.ChoiceItem;
import pdca.model.EvaluationRecord;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.FormNode;
import pdca.model.FormSection;
import pdca.model.ItemAnswer;
import pdca.model.ScoreItem;
import pdca.model.ScoringRule;
import pdca.model.YesNoItem;

/**
 * Scores an evaluation record against its form.
 *
 * <ul>
 * <li>A yes/no item gives its points when answered yes; a choice gives the points entered
 * (within the choice's range) or the choice's fixed points; a score item the points entered,
 * kept within its range.</li>
 * <li>Items judged not applicable are left out of both the points earned and the points
 * possible, and listed; the score is then scaled to the form's total (out of 100).</li>
 * <li>Conditional rules the evaluator applied (e.g. no voice system) exclude parts of the form
 * and multiply others (section (二) counts double).</li>
 * <li>In a group marked exclusive (擇一選填), only the answered item counts.</li>
 * </ul>
 */
public final class EvaluationScorer {

	/**
	 * The result of scoring.
	 *
	 * @param earned        points earned
	 * @param possible      points possible after exclusions and multipliers
	 * @param score         earned scaled to the form's total (100 for the seed forms)
	 * @param notApplicable the items left out as not applicable
	 * @param unanswered    applicable items without an answer (scored 0)
	 */
	public record Result(double earned, double possible, double score, List<FormItem> notApplicable,
			List<FormItem> unanswered) {
	}

	private final Map<FormItem, ItemAnswer> answers = new HashMap<>();
	private final Set<FormNode> excluded = new HashSet<>();
	private final Map<FormNode, Double> factors = new HashMap<>();
	private final List<FormItem> notApplicable = new ArrayList<>();
	private final List<FormItem> unanswered = new ArrayList<>();

	private EvaluationScorer(EvaluationRecord record) {
		for (ItemAnswer a : record.getAnswers()) {
			if (a.getItem() != null) {
				answers.put(a.getItem(), a);
			}
		}
		for (ScoringRule rule : record.getAppliedRules()) {
			excluded.addAll(rule.getExcluded());
			for (FormNode n : rule.getMultiplied()) {
				factors.merge(n, rule.getFactor(), (x, y) -> x * y);
			}
		}
	}

	/** Scores {@code record}; a record without a form scores 0 of 0. */
	public static Result score(EvaluationRecord record) {
		if (record.getForm() == null) {
			return new Result(0, 0, 0, List.of(), List.of());
		}
		EvaluationScorer scorer = new EvaluationScorer(record);
		double[] total = scorer.group(record.getForm());
		double formTotal = scorer.nominal(record.getForm());
		double score = total[1] <= 0 ? 0 : total[0] / total[1] * formTotal;
		return new Result(total[0], total[1], score, List.copyOf(scorer.notApplicable), List.copyOf(scorer.unanswered));
	}

	/** The form's nominal total: its stated maximum, or the sum of its parts. */
	private double nominal(FormGroup form) {
		if (form.getMaxPoints() > 0) {
			return form.getMaxPoints();
		}
		double sum = 0;
		for (FormSection s : form.getSections()) {
			sum += nominal(s);
		}
		for (FormItem i : form.getItems()) {
			sum += i.getMaxPoints();
		}
		return sum;
	}

	/** {earned, possible} of a group. */
	private double[] group(FormGroup group) {
		if (excluded.contains(group)) {
			return new double[] { 0, 0 };
		}
		double earned = 0;
		double possible = 0;
		if (group.isExclusive()) {
			FormItem chosen = group.getItems().stream().filter(this::answered).findFirst().orElse(null);
			if (chosen != null) {
				double[] r = item(chosen);
				earned = r[0];
				possible = r[1];
			} else {
				// alternatives judged not applicable are left out; if all are, so is the group
				List<FormItem> open = new ArrayList<>();
				for (FormItem item : group.getItems()) {
					ItemAnswer a = answers.get(item);
					if (a != null && a.isNotApplicable()) {
						notApplicable.add(item);
					} else {
						open.add(item);
					}
				}
				possible = open.stream().mapToDouble(FormItem::getMaxPoints).max().orElse(0);
				unanswered.addAll(open);
			}
		} else {
			for (FormItem item : group.getItems()) {
				double[] r = item(item);
				earned += r[0];
				possible += r[1];
			}
		}
		for (FormSection section : group.getSections()) {
			double[] r = group(section);
			earned += r[0];
			possible += r[1];
		}
		double factor = factors.getOrDefault(group, 1.0);
		return new double[] { earned * factor, possible * factor };
	}

	private boolean answered(FormItem item) {
		ItemAnswer a = answers.get(item);
		return a != null && !a.isNotApplicable()
				&& (a.getChecked() != null || a.getChoice() != null || a.getPoints() != null);
	}

	/** {earned, possible} of an item. */
	private double[] item(FormItem item) {
		if (excluded.contains(item)) {
			return new double[] { 0, 0 };
		}
		ItemAnswer a = answers.get(item);
		if (a != null && a.isNotApplicable()) {
			notApplicable.add(item);
			return new double[] { 0, 0 };
		}
		double factor = factors.getOrDefault(item, 1.0);
		if (a == null || !answered(item)) {
			unanswered.add(item);
			return new double[] { 0, item.getMaxPoints() * factor };
		}
		return new double[] { points(item, a) * factor, item.getMaxPoints() * factor };
	}

	private static double points(FormItem item, ItemAnswer a) {
		if (item instanceof YesNoItem) {
			return Boolean.TRUE.equals(a.getChecked()) ? item.getMaxPoints() : 0;
		}
		if (item instanceof ChoiceItem) {
			if (a.getChoice() != null) {
				double min = a.getChoice().getMinPoints();
				double max = a.getChoice().getMaxPoints();
				return a.getPoints() == null ? min == max ? max : min : clamp(a.getPoints(), min, max);
			}
			return clamp(a.getPoints() == null ? 0 : a.getPoints(), 0, item.getMaxPoints());
		}
		if (item instanceof ScoreItem score) {
			return clamp(a.getPoints() == null ? 0 : a.getPoints(), score.getMinPoints(), item.getMaxPoints());
		}
		return 0;
	}

	private static double clamp(double v, double min, double max) {
		return Math.max(min, Math.min(max, v));
	}
}
