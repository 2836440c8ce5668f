package pdca.model.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the ROC (Minguo, 民國) calendar used by the plans: ROC year = Gregorian year − 1911,
 * so 民國106年 is 2017.
 * <p>
 * Reading accepts the forms found in plans and circulars: "106年2月17日", "96 年 7 月 23 日",
 * "一○六年一月九日", "一○六年二月二十三日", "民國97年1月1日", "１０６年２月１７日", "106/2/17" and
 * "106.2.17". Errors are {@link DateTimeParseException}s whose message quotes the text and shows
 * the expected form, ready to be shown to the planning officer.
 */
public final class RocDate {

    /** Difference between the Gregorian and the ROC year number. */
    public static final int YEAR_OFFSET = 1911;

    /** Largest ROC year accepted when reading; a larger number is almost surely Gregorian. */
    static final int MAX_ROC_YEAR = 999;

    private static final String NUM = "([0-9○〇Ｏ零一二三四五六七八九十百]{1,5})";
    private static final Pattern CJK_DATE = Pattern.compile(NUM + "年" + NUM + "月" + NUM + "日");
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("([0-9]{1,3})([/.\\-])([0-9]{1,2})\\2([0-9]{1,2})");
    private static final Pattern CJK_YEAR_MONTH = Pattern.compile(NUM + "年" + NUM + "月");
    private static final Pattern NUMERIC_YEAR_MONTH =
            Pattern.compile("([0-9]{1,3})[/.\\-]([0-9]{1,2})");
    private static final Pattern ERA_PREFIX = Pattern.compile("^(?:中華)?民國");

    private static final String DATE_EXAMPLE = "106年2月17日";
    private static final String YEAR_MONTH_EXAMPLE = "107年12月";

    private RocDate() {
    }

    /**
     * Reads a ROC date.
     *
     * @param text the date as written; whitespace (also line breaks) inside is ignored
     * @return the Gregorian date
     * @throws DateTimeParseException if the text is not a ROC date in one of the accepted forms or
     *         names a day that does not exist; the message quotes the text, e.g.
     *         「106年2月30日」不是有效的民國日期（106年2月沒有30日），請寫成 106年2月17日
     */
    public static LocalDate parse(String text) {
        String s = compact(text);
        Matcher cjk = CJK_DATE.matcher(s);
        Matcher numeric = NUMERIC_DATE.matcher(s);
        if (cjk.matches()) {
            return date(text, cjk.group(1), cjk.group(2), cjk.group(3));
        }
        if (numeric.matches()) {
            return date(text, numeric.group(1), numeric.group(3), numeric.group(4));
        }
        throw dateError(text, null);
    }

    /**
     * Reads a ROC year and month: "107年12月", "107 年 12 月", "一○七年十二月", "99/12".
     *
     * @param text the year and month as written
     * @return the Gregorian year and month
     * @throws DateTimeParseException if the text is not a ROC year and month; the message quotes
     *         the text and shows the form 107年12月
     */
    public static YearMonth parseYearMonth(String text) {
        String s = compact(text);
        Matcher cjk = CJK_YEAR_MONTH.matcher(s);
        Matcher numeric = NUMERIC_YEAR_MONTH.matcher(s);
        Matcher m = cjk.matches() ? cjk : numeric.matches() ? numeric : null;
        if (m == null) {
            throw yearMonthError(text, null);
        }
        int year = number(text, m.group(1), false);
        int month = number(text, m.group(2), false);
        String problem = yearProblem(year);
        if (problem == null && (month < 1 || month > 12)) {
            problem = "沒有" + month + "月";
        }
        if (problem != null) {
            throw yearMonthError(text, problem);
        }
        return YearMonth.of(toGregorian(year), month);
    }

    /**
     * Writes a date the way plans do: 2017-02-17 → "106年2月17日".
     *
     * @param date the date
     * @return the ROC date with Arabic digits
     * @throws DateTimeException if the date lies before 民國元年 (1912-01-01)
     */
    public static String format(LocalDate date) {
        return rocYear(date.getYear()) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * Writes a date in Chinese numerals, the way circulars cite each other: 2017-02-17 →
     * "一○六年二月十七日". The year is written digit by digit with ○ for zero; month and day are
     * counted (十七).
     *
     * @param date the date
     * @return the ROC date in Chinese numerals
     * @throws DateTimeException if the date lies before 民國元年 (1912-01-01)
     */
    public static String formatChinese(LocalDate date) {
        return chineseYear(rocYear(date.getYear())) + "年"
                + ChineseNumerals.format(date.getMonthValue()) + "月"
                + ChineseNumerals.format(date.getDayOfMonth()) + "日";
    }

    /**
     * Writes a year and month: 2018-12 → "107年12月".
     *
     * @param yearMonth the Gregorian year and month
     * @return the ROC year and month
     * @throws DateTimeException if the month lies before 民國元年
     */
    public static String formatYearMonth(YearMonth yearMonth) {
        return rocYear(yearMonth.getYear()) + "年" + yearMonth.getMonthValue() + "月";
    }

    /**
     * {@return the ROC year of a Gregorian year} 2017 → 106; plain arithmetic, so 1911 gives 0.
     *
     * @param gregorianYear the Gregorian year
     */
    public static int toRoc(int gregorianYear) {
        return gregorianYear - YEAR_OFFSET;
    }

    /**
     * {@return the Gregorian year of a ROC year} 106 → 2017; plain arithmetic.
     *
     * @param rocYear the ROC year
     */
    public static int toGregorian(int rocYear) {
        return rocYear + YEAR_OFFSET;
    }

    /** Whether the number can be a ROC year as plans write it (1 to 999). */
    static boolean isRocYear(int year) {
        return year >= 1 && year <= MAX_ROC_YEAR;
    }

    private static String compact(String text) {
        String s = CjkText.removeWhitespace(ChineseNumerals.normalizeDigits(text));
        return ERA_PREFIX.matcher(s).replaceFirst("");
    }

    private static LocalDate date(String text, String yearText, String monthText, String dayText) {
        int year = number(text, yearText, true);
        int month = number(text, monthText, true);
        int day = number(text, dayText, true);
        String problem = yearProblem(year);
        if (problem == null) {
            problem = dayProblem(year, month, day);
        }
        if (problem != null) {
            throw dateError(text, problem);
        }
        return LocalDate.of(toGregorian(year), month, day);
    }

    private static int number(String text, String digits, boolean date) {
        try {
            return ChineseNumerals.parse(digits);
        } catch (IllegalArgumentException e) {
            String problem = "「" + digits + "」不是數字";
            throw date ? dateError(text, problem) : yearMonthError(text, problem);
        }
    }

    private static String yearProblem(int year) {
        if (year > MAX_ROC_YEAR) {
            return year + " 像是西元年；民國年 = 西元年 − 1911";
        }
        return year < 1 ? "民國年從1年開始" : null;
    }

    private static String dayProblem(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "沒有" + month + "月";
        }
        if (day < 1 || day > YearMonth.of(toGregorian(year), month).lengthOfMonth()) {
            return year + "年" + month + "月沒有" + day + "日";
        }
        return null;
    }

    private static int rocYear(int gregorianYear) {
        int roc = toRoc(gregorianYear);
        if (roc < 1) {
            throw new DateTimeException(
                    "西元" + gregorianYear + "年早於民國元年（1912年），無法以民國紀年表示");
        }
        return roc;
    }

    private static String chineseYear(int rocYear) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(rocYear).toCharArray()) {
            out.append("○一二三四五六七八九".charAt(c - '0'));
        }
        return out.toString();
    }

    private static DateTimeParseException dateError(String text, String problem) {
        return error(text, "民國日期", problem, DATE_EXAMPLE);
    }

    private static DateTimeParseException yearMonthError(String text, String problem) {
        return error(text, "民國年月", problem, YEAR_MONTH_EXAMPLE);
    }

    private static DateTimeParseException error(String text, String what, String problem,
            String example) {
        String shown = CjkText.collapseWhitespace(text);
        String reason = problem == null ? "" : "（" + problem + "）";
        return new DateTimeParseException(
                "「" + shown + "」不是有效的" + what + reason + "，請寫成 " + example, shown, 0);
    }
}
