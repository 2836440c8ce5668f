package pdca.model.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures are rounded and written, the same on every screen, on the command line and in the packet:
 * <ul>
 * <li>values (KPI actuals, targets, scores, thresholds): at most two decimals, rounded half up, without trailing
 * zeros and without grouping: 92.456 → {@code 92.46}, 92.5 → {@code 92.5}, 90.0 → {@code 90};</li>
 * <li>percentages (KPI achievement, shares of items): whole per cent, rounded half up: 0.9246 → {@code 92%};</li>
 * <li>changes (between two evaluation scores): a value with its sign, {@code +3.5}, {@code -2}, {@code 0};</li>
 * <li>no value, or a value that is not a finite number: {@code —}.</li>
 * </ul>
 * Fields where a value is typed show it exactly as entered ({@link #exact(Double)}), so that editing never
 * rounds what was entered. Machine-readable output (JSON, spreadsheet cells) carries {@link #rounded(double)}
 * and {@link #roundedPercent(double)}, which equal the written figures.
 */
public final class Figures {

	/** What is written for no value. */
	public static final String NONE = "—";

	/** Decimals kept in values. */
	public static final int DECIMALS = 2;

	private Figures() {
	}

	/** A value: at most two decimals, e.g. {@code 92.46}; {@link #NONE} for null or a non-finite number. */
	public static String number(Double value) {
		if (value == null || !Double.isFinite(value)) {
			return NONE;
		}
		return plain(BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP));
	}

	/** The value as written by {@link #number(Double)}, as a number. */
	public static double rounded(double value) {
		if (!Double.isFinite(value)) {
			return value;
		}
		return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
	}

	/** A ratio as a whole percentage, e.g. 0.9246 → {@code 92%}; {@link #NONE} for null or non-finite. */
	public static String percent(Double ratio) {
		if (ratio == null || !Double.isFinite(ratio)) {
			return NONE;
		}
		return plain(BigDecimal.valueOf(ratio).movePointRight(2).setScale(0, RoundingMode.HALF_UP)) + "%";
	}

	/** The whole percentage {@link #percent(Double)} writes, as a number: 0.9246 → 92. */
	public static double roundedPercent(double ratio) {
		if (!Double.isFinite(ratio)) {
			return ratio;
		}
		return BigDecimal.valueOf(ratio).movePointRight(2).setScale(0, RoundingMode.HALF_UP).doubleValue();
	}

	/** {@code part} of {@code whole} as a whole percentage; {@link #NONE} when there is no whole. */
	public static String percent(int part, int whole) {
		return whole <= 0 ? NONE : percent((double) part / whole);
	}

	/** A change with its sign: {@code +3.5}, {@code -2}, {@code 0}; {@link #NONE} for null or non-finite. */
	public static String change(Double change) {
		if (change == null || !Double.isFinite(change)) {
			return NONE;
		}
		String text = number(change);
		return rounded(change) > 0 ? "+" + text : text;
	}

	/** A value exactly as entered, for fields where it is edited: no exponent, no rounding; "" for null. */
	public static String exact(Double value) {
		if (value == null) {
			return "";
		}
		if (!Double.isFinite(value)) {
			return String.valueOf(value);
		}
		return plain(BigDecimal.valueOf(value));
	}

	private static String plain(BigDecimal d) {
		String s = d.stripTrailingZeros().toPlainString();
		return s.equals("-0") ? "0" : s;
	}
}
