package pdca.model.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads deadline texts into {@link Schedule}s. Matching works on a compact form of the text:
 * digits normalised, all whitespace removed, so "3 月、6 月、9\n月、12月完成" is matched as
 * "3月、6月、9月、12月完成".
 */
final class ScheduleParser {

    private static final String NUM = "[0-9○〇Ｏ零一二三四五六七八九十百]{1,5}";
    private static final String YEAR = "(?:(?:中華)?民國)?(" + NUM + ")年";
    private static final String MONTH = "(" + NUM + ")月";
    private static final String MONTH_ITEM = NUM + "月底?";
    private static final String MONTH_LIST = "(" + MONTH_ITEM + "(?:[、，,及和與或]" + MONTH_ITEM + ")*)";
    private static final String DUE_SUFFIX = "底?前?(?:完成|辦理)?";
    private static final String TO = "(?:~|至|到|[-－—–])";
    private static final String KEEP_UP = "持續(?:辦理|執行|推動|進行)中?";
    private static final String FREQUENCY = "每[年季月半度或每]*(?:辦理|執行|檢討|完成)?";

    private static final Pattern ONGOING = Pattern.compile("並?" + KEEP_UP);
    private static final Pattern ALREADY_DONE = Pattern.compile("已完成[，,、]?[並且]?" + KEEP_UP);
    private static final Pattern DONE_THEN_ONGOING =
            Pattern.compile("(?:" + YEAR + ")?" + MONTH + "底?前?完成[，,、]?[並且後]?" + KEEP_UP);
    private static final Pattern CJK_RANGE = Pattern.compile(
            "自?(?:" + YEAR + ")?" + MONTH + "起?" + TO + "(?:" + YEAR + ")?" + MONTH + "止?" + DUE_SUFFIX);
    private static final Pattern SLASH_RANGE = Pattern.compile(
            "([0-9]{1,3})[/.]([0-9]{1,2})" + TO + "(?:([0-9]{1,3})[/.])?([0-9]{1,2})" + DUE_SUFFIX);
    private static final Pattern MONTHS =
            Pattern.compile("(?:每年度?)?(?:" + YEAR + ")?" + MONTH_LIST + DUE_SUFFIX);
    private static final Pattern FREQUENCY_MONTHS =
            Pattern.compile(FREQUENCY + "[（(]" + MONTH_LIST + DUE_SUFFIX + "[)）]");
    private static final Pattern SLASH_MONTH = Pattern.compile("([0-9]{1,3})[/.]([0-9]{1,2})" + DUE_SUFFIX);
    private static final Pattern MONTH_IN_LIST = Pattern.compile("(" + NUM + ")月");

    private static final List<Rule> RULES = List.of(
            new Rule(ONGOING, m -> Schedule.ongoing()),
            new Rule(ALREADY_DONE, m -> Schedule.doneThenOngoing(null, null)),
            new Rule(DONE_THEN_ONGOING, m -> Schedule.doneThenOngoing(year(m.group(1)), number(m.group(2)))),
            new Rule(CJK_RANGE, m -> Schedule.range(
                    year(m.group(1)), number(m.group(2)), year(m.group(3)), number(m.group(4)))),
            new Rule(SLASH_RANGE, m -> Schedule.range(
                    year(m.group(1)), number(m.group(2)), year(m.group(3)), number(m.group(4)))),
            new Rule(MONTHS, m -> months(year(m.group(1)), m.group(2))),
            new Rule(FREQUENCY_MONTHS, m -> months(null, m.group(1))),
            new Rule(SLASH_MONTH, m -> Schedule.byMonth(year(m.group(1)), number(m.group(2)))));

    private ScheduleParser() {
    }

    /** Longer texts are kept as written without trying the rules: the longest form in the plans has about 20 characters. */
    static final int MAX_DEADLINE_LENGTH = 200;

    /**
     * Schedules already read, by the text as given: a plan repeats a handful of deadline forms
     * (the seed plans 8 to 61 distinct texts, a portfolio of 300 plans about 250 for 19,000
     * deadlines), and matching the rules was about a fifth of loading a plan. {@link Schedule}s are
     * immutable, so elements and plans can share them. Bounded, least recently used out first.
     */
    private static final int CACHE_SIZE = 1024;
    private static final Map<String, Schedule> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHE_SIZE * 4 / 3 + 1, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Schedule> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    static Schedule parse(String text) {
        if (text == null) {
            return read(null);
        }
        Schedule schedule = CACHE.get(text);
        if (schedule == null) {
            schedule = read(text);
            if (text.length() <= MAX_DEADLINE_LENGTH) {
                CACHE.put(text, schedule);
            }
        }
        return schedule;
    }

    private static Schedule read(String text) {
        String written = CjkText.collapseWhitespace(text);
        if (written.length() > MAX_DEADLINE_LENGTH) {
            return Schedule.unparsed(written); // no deadline is that long; the rules would take seconds on a megabyte
        }
        String compact = CjkText.removeWhitespace(ChineseNumerals.normalizeDigits(written));
        try {
            for (Rule rule : RULES) {
                Optional<Schedule> schedule = rule.apply(compact);
                if (schedule.isPresent()) {
                    return schedule.get().withText(written);
                }
            }
        } catch (IllegalArgumentException e) {
            // A number or month out of range: the text is in a known shape but not a valid deadline.
        }
        return Schedule.unparsed(written);
    }

    private static Schedule months(Integer year, String list) {
        List<Integer> months = new ArrayList<>();
        Matcher month = MONTH_IN_LIST.matcher(list);
        while (month.find()) {
            months.add(number(month.group(1)));
        }
        if (months.stream().distinct().count() == 1) {
            return Schedule.byMonth(year, months.get(0));
        }
        return Schedule.recurring(year, months.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int number(String text) {
        return ChineseNumerals.parse(text);
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        int year = number(text);
        if (!RocDate.isRocYear(year)) {
            throw new IllegalArgumentException("Not a ROC year: " + text);
        }
        return year;
    }

    private record Rule(Pattern pattern, Function<Matcher, Schedule> build) {

        Optional<Schedule> apply(String text) {
            Matcher m = pattern.matcher(text);
            return m.matches() ? Optional.of(build.apply(m)) : Optional.empty();
        }
    }
}
