package pdca.model.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.GradeBand;
import pdca.model.Plan;
import pdca.model.Unit;

/**
 * The evaluation records of a plan as a history per unit and form: each record's score, grade and
 * change from the unit's previous record of the same form, in date order. Records without a date
 * or a form cannot be placed and are left out.
 */
public final class EvaluationHistory {

	private EvaluationHistory() {
	}

	/**
	 * One record in a history.
	 *
	 * @param record the evaluation record
	 * @param date   its date
	 * @param quarter the quarter of its date
	 * @param score  its score (out of the form's total, 100 for the seed forms)
	 * @param grade  the grade band of the plan's scoring scheme, or null when the plan has none
	 * @param change the score minus the previous record's, or null for the first record
	 */
	public record Point(EvaluationRecord record, LocalDate date, Quarter quarter, double score, GradeBand grade,
			Double change) {

		/** Whether the score fell compared with the previous record (by more than rounding). */
		public boolean fell() {
			return change != null && change < -EPSILON;
		}
	}

	/**
	 * The history of one unit on one form.
	 *
	 * @param unit   the unit evaluated (null for records without a unit)
	 * @param form   the form
	 * @param points the records in date order
	 */
	public record Series(Unit unit, EvaluationForm form, List<Point> points) {

		/** The latest record's point. */
		public Point latest() {
			return points.get(points.size() - 1);
		}

		/** The points up to the end of {@code quarter}, in date order. */
		public List<Point> pointsUpTo(Quarter quarter) {
			return points.stream().filter(p -> p.quarter().compareTo(quarter) <= 0).toList();
		}

		/** The latest point up to the end of {@code quarter}, if any. */
		public Optional<Point> latestUpTo(Quarter quarter) {
			Point found = null;
			for (Point p : points) {
				if (p.quarter().compareTo(quarter) <= 0) {
					found = p;
				}
			}
			return Optional.ofNullable(found);
		}
	}

	static final double EPSILON = 0.005;

	/**
	 * Every history of the plan: by form in plan order, then by unit in organisation order
	 * (records without a unit last).
	 */
	public static List<Series> of(Plan plan) {
		Map<EvaluationForm, Map<Unit, List<EvaluationRecord>>> grouped = new LinkedHashMap<>();
		for (EvaluationForm form : plan.getEvaluationForms()) {
			grouped.put(form, new LinkedHashMap<>());
		}
		List<EvaluationRecord> records = new ArrayList<>(plan.getEvaluationRecords());
		records.removeIf(r -> r.getForm() == null || r.getDate() == null);
		List<Unit> units = plan.getOrganisation() == null ? List.of() : plan.getOrganisation().getUnits();
		records.sort(Comparator.comparing((EvaluationRecord r) -> unitIndex(units, r.getUnit())));
		for (EvaluationRecord r : records) {
			grouped.computeIfAbsent(r.getForm(), f -> new LinkedHashMap<>()).computeIfAbsent(r.getUnit(), u -> new ArrayList<>())
					.add(r);
		}
		List<Series> result = new ArrayList<>();
		for (Map.Entry<EvaluationForm, Map<Unit, List<EvaluationRecord>>> byForm : grouped.entrySet()) {
			for (Map.Entry<Unit, List<EvaluationRecord>> byUnit : byForm.getValue().entrySet()) {
				result.add(series(plan, byUnit.getKey(), byForm.getKey(), byUnit.getValue()));
			}
		}
		return result;
	}

	/** The history of {@code unit} on {@code form} (possibly without points). */
	public static Series of(Plan plan, Unit unit, EvaluationForm form) {
		List<EvaluationRecord> records = plan.getEvaluationRecords().stream()
				.filter(r -> r.getForm() == form && r.getUnit() == unit && r.getDate() != null).toList();
		return series(plan, unit, form, records);
	}

	/** The unit's record of the same form just before {@code record} (by date), if any. */
	public static Optional<EvaluationRecord> previous(EvaluationRecord record) {
		Plan plan = PlanStructure.planOf(record);
		if (plan == null || record.getDate() == null || record.getForm() == null) {
			return Optional.empty();
		}
		EvaluationRecord found = null;
		for (EvaluationRecord r : plan.getEvaluationRecords()) {
			if (r != record && r.getForm() == record.getForm() && Objects.equals(r.getUnit(), record.getUnit())
					&& r.getDate() != null && r.getDate().isBefore(record.getDate())
					&& (found == null || !r.getDate().isBefore(found.getDate()))) {
				found = r;
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The change of a record's score from the unit's previous record of the same form, as its history has it
	 * (the one definition for the evaluation page, the dashboard and the agenda); empty for the first record or a
	 * record without date or form.
	 */
	public static Optional<Double> change(EvaluationRecord record) {
		Plan plan = PlanStructure.planOf(record);
		if (plan == null || record.getDate() == null || record.getForm() == null) {
			return Optional.empty();
		}
		return of(plan, record.getUnit(), record.getForm()).points().stream().filter(p -> p.record() == record).findFirst()
				.map(Point::change);
	}

	private static Series series(Plan plan, Unit unit, EvaluationForm form, List<EvaluationRecord> records) {
		List<EvaluationRecord> sorted = new ArrayList<>(records);
		sorted.sort(Comparator.comparing(EvaluationRecord::getDate)); // stable: same date keeps file order
		List<Point> points = new ArrayList<>();
		Double previous = null;
		for (EvaluationRecord r : sorted) {
			double score = EvaluationScorer.score(r).score();
			GradeBand grade = plan.getScoringScheme() == null ? null
					: GradeScale.grade(plan.getScoringScheme(), score).orElse(null);
			points.add(new Point(r, r.getDate(), Quarter.of(r.getDate()), score, grade, previous == null ? null : score - previous));
			previous = score;
		}
		return new Series(unit, form, List.copyOf(points));
	}

	private static int unitIndex(List<Unit> units, Unit unit) {
		int i = unit == null ? -1 : units.indexOf(unit);
		return i < 0 ? Integer.MAX_VALUE : i;
	}
}
