package pdca.model.logic;

import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.Measurement;
import pdca.model.Plan;

/**
 * How far a KPI's latest measured value up to a quarter reaches its target.
 *
 * @param kpi    the indicator
 * @param actual the latest value measured up to the quarter, or null (also for a value that is not a finite
 *               number: such a value is a validation error, never a figure)
 * @param ratio  achievement as a fraction of the target (1.0 = target met), or null without data
 * @param level  the traffic-light level
 */
public record KpiAchievement(Kpi kpi, Double actual, Double ratio, Level level) {

	/** Traffic-light levels of achievement. */
	public enum Level {
		/** At or above the green threshold. */
		MET,
		/** Below green but at or above the amber threshold. */
		NEAR,
		/** Below the amber threshold. */
		MISSED,
		/** No value measured yet. */
		NO_DATA,
		/** The KPI has no target to measure against. */
		NO_TARGET
	}

	/**
	 * Thresholds of the levels as fractions of the target (the template or the user sets them).
	 *
	 * @param green ratio from which the target counts as met, e.g. 1.0
	 * @param amber ratio from which it counts as near, e.g. 0.9
	 */
	public record Thresholds(double green, double amber) {

		/** Green from 100 %, amber from 90 %. */
		public static final Thresholds DEFAULT = new Thresholds(1.0, 0.9);

		/**
		 * The thresholds a plan sets ({@code kpiGreenPercent}, {@code kpiAmberPercent}, in per cent); an unset or
		 * unusable value (zero, negative) falls back to 100 % / 90 %, and amber never lies above green.
		 */
		public static Thresholds of(Plan plan) {
			if (plan == null) {
				return DEFAULT;
			}
			double green = usable(plan.getKpiGreenPercent()) ? plan.getKpiGreenPercent() / 100.0 : DEFAULT.green();
			double amber = usable(plan.getKpiAmberPercent()) ? plan.getKpiAmberPercent() / 100.0 : DEFAULT.amber();
			return new Thresholds(green, Math.min(amber, green));
		}

		private static boolean usable(Double percent) {
			return percent != null && !percent.isNaN() && percent > 0 && percent <= 1000;
		}

		/** The green threshold in per cent, e.g. 100. */
		public double greenPercent() {
			return green * 100;
		}

		/** The amber threshold in per cent, e.g. 90. */
		public double amberPercent() {
			return amber * 100;
		}
	}

	/** The achievement of {@code kpi} as of {@code quarter} with the thresholds of the plan holding the KPI. */
	public static KpiAchievement of(Kpi kpi, Quarter quarter) {
		return of(kpi, quarter, Thresholds.of(PlanStructure.planOf(kpi)));
	}

	/** The achievement of {@code kpi} as of {@code quarter}. */
	public static KpiAchievement of(Kpi kpi, Quarter quarter, Thresholds thresholds) {
		Measurement latest = latest(kpi, quarter);
		Double actual = latest == null || !Double.isFinite(latest.getValue()) ? null
				: latest.getValue();
		if (kpi.getTarget() == null || !Double.isFinite(kpi.getTarget())) {
			return new KpiAchievement(kpi, actual, null, Level.NO_TARGET);
		}
		if (actual == null) {
			return new KpiAchievement(kpi, null, null, Level.NO_DATA);
		}
		double ratio = ratio(kpi.getDirection(), actual, kpi.getTarget());
		Level level = ratio >= thresholds.green() ? Level.MET : ratio >= thresholds.amber() ? Level.NEAR : Level.MISSED;
		return new KpiAchievement(kpi, actual, ratio, level);
	}

	static double ratio(KpiDirection direction, double actual, double target) {
		if (direction == KpiDirection.LOWER_IS_BETTER) {
			if (actual <= target) {
				return actual <= 0 ? 1.0 : Math.max(1.0, target / actual);
			}
			return target <= 0 ? 0.0 : target / actual;
		}
		if (target == 0) {
			return actual >= 0 ? 1.0 : 0.0;
		}
		return actual / target;
	}

	/** The latest measurement up to the end of {@code quarter}; a whole-year value counts as Q4. */
	public static Measurement latest(Kpi kpi, Quarter quarter) {
		Measurement best = null;
		Quarter bestQuarter = null;
		for (Measurement m : kpi.getMeasurements()) {
			int q = m.getQuarter() == 0 ? 4 : Math.max(1, Math.min(4, m.getQuarter()));
			Quarter mq = new Quarter(m.getRocYear(), q);
			if (mq.compareTo(quarter) <= 0 && (bestQuarter == null || mq.compareTo(bestQuarter) >= 0)) {
				best = m;
				bestQuarter = mq;
			}
		}
		return best;
	}
}
