package pdca.model.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The deadline (完成期限) of an action or method in a yearly service-quality plan, as an immutable
 * value.
 * <p>
 * Plans write deadlines in a handful of forms, all read by {@link #parse(String)}:
 * <table>
 * <caption>Deadline forms</caption>
 * <tr><th>kind</th><th>as written</th><th>{@link #format()}</th></tr>
 * <tr><td>{@link Kind#BY_MONTH}</td><td>107年12月, 107 年 12 月, 12月, 6月完成, 每年2月底前完成</td>
 * <td>107年12月 / 12月完成</td></tr>
 * <tr><td>{@link Kind#RANGE}</td><td>99/1~99/12, 99年1月~99年12月, 106年1月至12月</td>
 * <td>99/1~99/12</td></tr>
 * <tr><td>{@link Kind#RECURRING}</td><td>3月、6月、9月、12月完成, 每年或半年辦理（6 月或 12月底）</td>
 * <td>3月、6月、9月、12月完成</td></tr>
 * <tr><td>{@link Kind#DONE_THEN_ONGOING}</td><td>6月完成並持續辦理, 已完成並持續辦理</td>
 * <td>6月完成並持續辦理 / 已完成並持續辦理</td></tr>
 * <tr><td>{@link Kind#ONGOING}</td><td>持續辦理, 並持續辦理</td><td>持續辦理</td></tr>
 * <tr><td>{@link Kind#UNPARSED}</td><td>anything else</td><td>the text itself</td></tr>
 * </table>
 * Years are ROC years. A deadline without a year ("6月完成") means the plan's year; the methods
 * that produce dates therefore take the plan's ROC year.
 * <p>
 * Two schedules are equal when they mean the same deadline: kind, years and months; the text as
 * written only counts for {@link Kind#UNPARSED} schedules. So {@code parse("107 年 12\n月")}
 * equals {@code byMonth(107, 12)} although their {@link #text()} differs.
 */
public final class Schedule {

    /** The form of a deadline. */
    public enum Kind {
        /** Due by the end of one month: 107年12月, 6月完成. */
        BY_MONTH,
        /** Runs over a span of months, due at its end: 99/1~99/12. */
        RANGE,
        /** Due at the end of several months of the year: 3月、6月、9月、12月完成. */
        RECURRING,
        /** Done by the end of a month (or already done), then kept up: 6月完成並持續辦理. */
        DONE_THEN_ONGOING,
        /** Kept up all year, no deadline: 持續辦理. */
        ONGOING,
        /** Text that is not a deadline form this class knows; kept as written. */
        UNPARSED
    }

    private final Kind kind;
    private final Integer rocYear;
    private final Integer toRocYear;
    private final List<Integer> months;
    private final String text;

    private Schedule(Kind kind, Integer rocYear, Integer toRocYear, List<Integer> months, String text) {
        this.kind = kind;
        this.rocYear = rocYear;
        this.toRocYear = toRocYear;
        this.months = List.copyOf(months);
        this.text = text == null ? format() : text;
    }

    /**
     * Reads a deadline as written in a plan. Whitespace and line breaks left by PDF extraction,
     * full-width digits and Chinese numerals are accepted. Text in no known form gives an
     * {@link Kind#UNPARSED} schedule; this method never throws.
     *
     * @param text the deadline as written, may be {@code null} or empty
     * @return the schedule, with {@link #text()} the text as written, whitespace collapsed
     */
    public static Schedule parse(String text) {
        return ScheduleParser.parse(text);
    }

    /**
     * A deadline at the end of one month.
     *
     * @param rocYear the ROC year, or {@code null} for the plan's year
     * @param month 1 to 12
     * @return the deadline, formatted 107年12月 or 12月完成
     * @throws IllegalArgumentException if the month or year is out of range
     */
    public static Schedule byMonth(Integer rocYear, int month) {
        return new Schedule(Kind.BY_MONTH, checkYear(rocYear), null, List.of(checkMonth(month)), null);
    }

    /**
     * A span of months, due at the end of its last month. A missing year is taken from the other
     * end: the same year, or the next (previous) year when the span wraps round the new year
     * (106年7月至6月 ends in 107). When both years are missing the span ends in the plan's year.
     *
     * @param fromRocYear ROC year of the first month, or {@code null}
     * @param fromMonth first month, 1 to 12
     * @param toRocYear ROC year of the last month, or {@code null}
     * @param toMonth last month, 1 to 12
     * @return the span, formatted 99/1~99/12
     * @throws IllegalArgumentException if a month or year is out of range or the span ends before
     *         it starts
     */
    public static Schedule range(Integer fromRocYear, int fromMonth, Integer toRocYear, int toMonth) {
        checkMonth(fromMonth);
        checkMonth(toMonth);
        int newYears = toMonth < fromMonth ? 1 : 0;
        Integer from = fromRocYear != null ? fromRocYear : plus(toRocYear, -newYears);
        Integer to = toRocYear != null ? toRocYear : plus(fromRocYear, newYears);
        checkYear(from);
        checkYear(to);
        if (from != null && from * 12 + fromMonth > to * 12 + toMonth) {
            throw new IllegalArgumentException("The range " + from + "/" + fromMonth + "~" + to
                    + "/" + toMonth + " ends before it starts");
        }
        return new Schedule(Kind.RANGE, from, to, List.of(fromMonth, toMonth), null);
    }

    /**
     * A deadline at the end of each of several months of one year.
     *
     * @param rocYear the ROC year, or {@code null} for the plan's year
     * @param months at least two different months, 1 to 12; kept in calendar order
     * @return the deadline, formatted 3月、6月、9月、12月完成
     * @throws IllegalArgumentException if fewer than two different months are given or one is out
     *         of range (a single month is a {@link #byMonth} deadline)
     */
    public static Schedule recurring(Integer rocYear, int... months) {
        SortedSet<Integer> distinct = new TreeSet<>();
        for (int month : months) {
            distinct.add(checkMonth(month));
        }
        if (distinct.size() < 2) {
            throw new IllegalArgumentException(
                    "A recurring deadline needs at least two different months: " + Arrays.toString(months));
        }
        return new Schedule(Kind.RECURRING, checkYear(rocYear), null, new ArrayList<>(distinct), null);
    }

    /**
     * Done by the end of a month, then kept up (6月完成並持續辦理); or, with no month, already done
     * and kept up (已完成並持續辦理).
     *
     * @param rocYear the ROC year of the month, or {@code null} for the plan's year; must be
     *        {@code null} when the month is
     * @param month 1 to 12, or {@code null} when already done
     * @return the deadline, formatted 6月完成並持續辦理 or 已完成並持續辦理
     * @throws IllegalArgumentException if the month is out of range, or a year is given without a
     *         month
     */
    public static Schedule doneThenOngoing(Integer rocYear, Integer month) {
        if (month == null && rocYear != null) {
            throw new IllegalArgumentException("A year needs a month: " + rocYear);
        }
        List<Integer> done = month == null ? List.of() : List.of(checkMonth(month));
        return new Schedule(Kind.DONE_THEN_ONGOING, checkYear(rocYear), null, done, null);
    }

    /** {@return work kept up all year, without deadline (持續辦理)} */
    public static Schedule ongoing() {
        return new Schedule(Kind.ONGOING, null, null, List.of(), null);
    }

    static Schedule unparsed(String text) {
        return new Schedule(Kind.UNPARSED, null, null, List.of(), text);
    }

    Schedule withText(String newText) {
        return new Schedule(kind, rocYear, toRocYear, months, newText);
    }

    /** {@return the form of the deadline} */
    public Kind kind() {
        return kind;
    }

    /** {@return whether the text was understood, i.e. the kind is not {@link Kind#UNPARSED}} */
    public boolean isParsed() {
        return kind != Kind.UNPARSED;
    }

    /**
     * {@return the ROC year written in the deadline (for {@link Kind#RANGE} the year of its first
     * month), or {@code null} when the text has none and the plan's year applies}
     */
    public Integer rocYear() {
        return rocYear;
    }

    /**
     * {@return the months named by the deadline, unmodifiable}: one month for
     * {@link Kind#BY_MONTH} and for {@link Kind#DONE_THEN_ONGOING} (none when already done), first
     * and last month for {@link Kind#RANGE}, all months in calendar order for
     * {@link Kind#RECURRING}, none otherwise.
     */
    public List<Integer> months() {
        return months;
    }

    /**
     * {@return the first month of a {@link Kind#RANGE} in the Gregorian calendar; {@code null} for
     * other kinds and when the text gives no year}
     */
    public YearMonth from() {
        return kind == Kind.RANGE && rocYear != null
                ? YearMonth.of(RocDate.toGregorian(rocYear), months.get(0)) : null;
    }

    /**
     * {@return the last month of a {@link Kind#RANGE} in the Gregorian calendar; {@code null} for
     * other kinds and when the text gives no year}
     */
    public YearMonth to() {
        return kind == Kind.RANGE && toRocYear != null
                ? YearMonth.of(RocDate.toGregorian(toRocYear), months.get(1)) : null;
    }

    /**
     * {@return the deadline as written, with whitespace collapsed}: line breaks and spaces between
     * two CJK characters are removed, other runs of whitespace become one space ("107 年 12\n月"
     * gives "107 年 12 月"). For a schedule made by a factory method or by {@link #shiftYears},
     * the same as {@link #format()}.
     */
    public String text() {
        return text;
    }

    /**
     * {@return the deadline in the plans' own canonical style}: 107年12月, 12月完成, 99/1~99/12,
     * 3月、6月、9月、12月完成, 6月完成並持續辦理, 已完成並持續辦理, 持續辦理; an unparsed schedule gives its
     * text. {@code parse(s.format())} equals {@code s}.
     */
    public String format() {
        return switch (kind) {
            case BY_MONTH -> rocYear == null ? months.get(0) + "月完成" : yearPrefix() + months.get(0) + "月";
            case RANGE -> formatRange();
            case RECURRING -> yearPrefix() + monthList() + "完成";
            case DONE_THEN_ONGOING -> (months.isEmpty() ? "已" : yearPrefix() + months.get(0) + "月") + "完成並持續辦理";
            case ONGOING -> "持續辦理";
            case UNPARSED -> text;
        };
    }

    /**
     * The dates by which something is due, in order: the last day of each due month. One date for
     * {@link Kind#BY_MONTH}, the end of a {@link Kind#RANGE}, one per month for
     * {@link Kind#RECURRING}, the done month for {@link Kind#DONE_THEN_ONGOING} (none when already
     * done), none for {@link Kind#ONGOING} and {@link Kind#UNPARSED}.
     *
     * @param planRocYear the plan's ROC year, used where the text gives no year
     * @return the due dates in ascending order, unmodifiable
     * @throws IllegalArgumentException if the plan year is before 民國1年
     */
    public List<LocalDate> dueDates(int planRocYear) {
        checkYear(planRocYear);
        int year = rocYear != null ? rocYear : planRocYear;
        return switch (kind) {
            case BY_MONTH, RECURRING, DONE_THEN_ONGOING -> months.stream().map(m -> endOf(year, m)).toList();
            case RANGE -> List.of(endOf(toRocYear != null ? toRocYear : planRocYear, months.get(1)));
            case ONGOING, UNPARSED -> List.of();
        };
    }

    /**
     * {@return the last due date, if any}
     *
     * @param planRocYear the plan's ROC year, used where the text gives no year
     */
    public Optional<LocalDate> finalDeadline(int planRocYear) {
        List<LocalDate> dates = dueDates(planRocYear);
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1));
    }

    /**
     * The quarters (1 to 4) of the plan's year in which something is due, for the quarterly review
     * meeting; due dates in other years do not count.
     *
     * @param planRocYear the plan's ROC year
     * @return the quarters in ascending order, unmodifiable
     */
    public Set<Integer> dueQuarters(int planRocYear) {
        int gregorianYear = RocDate.toGregorian(planRocYear);
        SortedSet<Integer> quarters = new TreeSet<>();
        for (LocalDate due : dueDates(planRocYear)) {
            if (due.getYear() == gregorianYear) {
                quarters.add((due.getMonthValue() + 2) / 3);
            }
        }
        return Collections.unmodifiableSortedSet(quarters);
    }

    /**
     * {@return whether the work goes on after its deadline}: true for
     * {@link Kind#DONE_THEN_ONGOING} and {@link Kind#ONGOING}.
     */
    public boolean ongoingAfterDeadline() {
        return kind == Kind.DONE_THEN_ONGOING || kind == Kind.ONGOING;
    }

    /**
     * The first due date on or after a day, e.g. what is due next as of a review meeting.
     *
     * @param date the day to look from
     * @param planRocYear the plan's ROC year, used where the text gives no year
     * @return the due date, or empty when nothing is due on or after that day
     */
    public Optional<LocalDate> nextDueOnOrAfter(LocalDate date, int planRocYear) {
        Objects.requireNonNull(date, "date");
        return dueDates(planRocYear).stream().filter(due -> !due.isBefore(date)).findFirst();
    }

    /**
     * The same deadline some years later (or earlier), for rolling a plan over to the next year.
     * Years written in the deadline move; a deadline without a year keeps meaning the plan's year.
     * The text of the result is {@link #format()}; an unparsed schedule is returned as it is.
     *
     * @param years how many years to move, may be negative
     * @return the moved deadline
     * @throws IllegalArgumentException if a year would fall before 民國1年
     */
    public Schedule shiftYears(int years) {
        if (kind == Kind.UNPARSED) {
            return this;
        }
        Integer from = checkYear(plus(rocYear, years));
        return new Schedule(kind, from, checkYear(plus(toRocYear, years)), months, null);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Schedule other && kind == other.kind
                && Objects.equals(rocYear, other.rocYear) && Objects.equals(toRocYear, other.toRocYear)
                && months.equals(other.months)
                && (kind != Kind.UNPARSED || text.equals(other.text));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rocYear, toRocYear, months, kind == Kind.UNPARSED ? text : null);
    }

    @Override
    public String toString() {
        return "Schedule[" + kind + " " + format() + (text.equals(format()) ? "" : ", written " + text) + "]";
    }

    private String formatRange() {
        if (rocYear == null) {
            return months.get(0) + "月~" + months.get(1) + "月";
        }
        return rocYear + "/" + months.get(0) + "~" + toRocYear + "/" + months.get(1);
    }

    private String monthList() {
        return months.stream().map(m -> m + "月").collect(Collectors.joining("、"));
    }

    private String yearPrefix() {
        return rocYear == null ? "" : rocYear + "年";
    }

    private static LocalDate endOf(int rocYear, int month) {
        return YearMonth.of(RocDate.toGregorian(rocYear), month).atEndOfMonth();
    }

    private static Integer plus(Integer year, int years) {
        return year == null ? null : year + years;
    }

    private static int checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Month must be 1 to 12: " + month);
        }
        return month;
    }

    private static Integer checkYear(Integer rocYear) {
        if (rocYear != null && rocYear < 1) {
            throw new IllegalArgumentException("ROC year must be 1 or later: " + rocYear);
        }
        return rocYear;
    }
}
