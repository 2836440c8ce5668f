package pdca.model.logic;

import java.time.LocalDate;

/**
 * The domains of values a user types or pastes, checked the same way by every place that takes them (editor
 * cells, import, the command line) as validation checks them in files: numbers are finite, dates are from
 * 民國1年 (1912-01-01) on, text holds no control characters.
 */
public final class Values {

	/** The first day of the ROC calendar: 民國1年1月1日. */
	public static final LocalDate FIRST_ROC_DAY = LocalDate.of(1912, 1, 1);

	private Values() {
	}

	/**
	 * A number as people write it: {@code 92}, {@code 92.5}, {@code 1,290}, {@code 85%}, full-width digits too.
	 *
	 * @throws NumberFormatException when it is not a number, or not a finite one (NaN, Infinity)
	 */
	public static double number(String text) {
		StringBuilder b = new StringBuilder();
		for (int cp : text.strip().codePoints().toArray()) {
			if (cp >= '０' && cp <= '９') {
				b.append((char) ('0' + cp - '０'));
			} else if (cp == '．') {
				b.append('.');
			} else if (cp == '－') {
				b.append('-');
			} else if (cp != ',' && cp != '，' && cp != '%' && cp != '％') {
				b.appendCodePoint(cp);
			}
		}
		String s = b.toString().strip();
		// Java also reads "NaN", "Infinity" and hexadecimal or typed forms ("1e3", "2d"): only plain decimals pass
		if (!s.matches("[-+]?(\\d+([.]\\d*)?|[.]\\d+)")) {
			throw new NumberFormatException("not a number: " + text);
		}
		double v = Double.parseDouble(s);
		if (!Double.isFinite(v)) {
			throw new NumberFormatException("not a finite number: " + text);
		}
		return v;
	}

	/** Whether a date lies in the ROC calendar (from 民國1年 on). */
	public static boolean isRocDate(LocalDate date) {
		return date != null && !date.isBefore(FIRST_ROC_DAY);
	}

	/** {@code text} without control characters (tabs and line breaks become spaces in one-line fields). */
	public static String withoutControlCharacters(String text, boolean multiLine) {
		if (text == null) {
			return null;
		}
		StringBuilder b = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (cp == '\n' || cp == '\t' || cp == '\r') {
				b.appendCodePoint(multiLine ? cp : ' ');
			} else if (!Character.isISOControl(cp) && cp != 0xFFFE && cp != 0xFFFF
					&& Character.getType(cp) != Character.SURROGATE) {
				b.appendCodePoint(cp);
			}
		});
		return b.toString();
	}
}
