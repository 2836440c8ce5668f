package pdca.templates;

import java.util.Objects;
import java.util.Set;

/**
 * A template's rule for review meetings, e.g. 每3個月舉行1次查核結果報告與檢討會議 (seed 002): a
 * meeting at the end of every {@code everyMonths} months.
 *
 * @param everyMonths  months between meetings: 1, 2, 3, 4, 6 or 12
 * @param meetingTitle title of each meeting with {@code {year}}, {@code {n}}, {@code {quarter}} and
 *                     {@code {month}} (the cycle's last month) filled in
 */
public record ReviewCycle(int everyMonths, String meetingTitle) {

	private static final Set<Integer> DIVISORS_OF_A_YEAR = Set.of(1, 2, 3, 4, 6, 12);

	public ReviewCycle {
		if (!DIVISORS_OF_A_YEAR.contains(everyMonths)) {
			throw new IllegalArgumentException("everyMonths must be 1, 2, 3, 4, 6 or 12: " + everyMonths);
		}
		Objects.requireNonNull(meetingTitle, "meetingTitle");
	}

	/** {@return how many meetings a year has} */
	public int meetingsPerYear() {
		return 12 / everyMonths;
	}

	/**
	 * {@return the title of the {@code n}th meeting (1-based) of {@code rocYear}}
	 */
	public String title(int rocYear, int n) {
		int month = n * everyMonths;
		return meetingTitle.replace("{year}", String.valueOf(rocYear)).replace("{n}", String.valueOf(n))
				.replace("{quarter}", String.valueOf((month + 2) / 3)).replace("{month}", String.valueOf(month));
	}
}
