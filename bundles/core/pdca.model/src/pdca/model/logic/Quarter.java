package pdca.model.logic;

import java.time.LocalDate;

import pdca.model.schedule.RocDate;

/**
 * A quarter of an ROC year, the period of check-ins and review meetings.
 *
 * @param rocYear the ROC year (民國年)
 * @param quarter 1 to 4
 */
public record Quarter(int rocYear, int quarter) implements Comparable<Quarter> {

	public Quarter {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
		}
	}

	/** The quarter a date falls in. */
	public static Quarter of(LocalDate date) {
		return new Quarter(RocDate.toRoc(date.getYear()), (date.getMonthValue() - 1) / 3 + 1);
	}

	/** First day of the quarter. */
	public LocalDate start() {
		return LocalDate.of(RocDate.toGregorian(rocYear), (quarter - 1) * 3 + 1, 1);
	}

	/** Last day of the quarter. */
	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	/** The day after the quarter: everything due within the quarter is due before it. */
	public LocalDate dayAfter() {
		return start().plusMonths(3);
	}

	public Quarter previous() {
		return quarter == 1 ? new Quarter(rocYear - 1, 4) : new Quarter(rocYear, quarter - 1);
	}

	public Quarter next() {
		return quarter == 4 ? new Quarter(rocYear + 1, 1) : new Quarter(rocYear, quarter + 1);
	}

	@Override
	public int compareTo(Quarter o) {
		return rocYear != o.rocYear ? Integer.compare(rocYear, o.rocYear) : Integer.compare(quarter, o.quarter);
	}

	/** "106-Q2", for logs and tests; {@link Terms#quarter(Quarter)} is the wording shown to users. */
	@Override
	public String toString() {
		return rocYear + "-Q" + quarter;
	}
}
