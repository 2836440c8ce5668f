package pdca.model.schedule;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ScheduleFormatTest {

    private static final List<String> SEED_FORMS = List.of(
            "107年12月", "107 年 12\n月", "12月", "6月完成",
            "99/1~99/12", "99年1月~99年12月", "106年1月至12月",
            "3月、6月、9月、12月完成", "3 月、6 月、9\n月、12月完成", "每年或半年辦理（6 月或 12月底）",
            "6月完成並持續辦理", "6月完成 並持續辦理", "4月完成\n並持續辦理", "8月完成並持續辦理",
            "已完成並持續辦理", "持續辦理", "並持續辦理",
            "一○六年一月至十二月", "106年7月至6月", "1月至12月", "107年3月、6月完成", "107年6月完成並持續辦理",
            "視需要辦理");

    @Test
    void writesEachKindInThePlansOwnStyle() {
        assertAll(
                () -> assertEquals("107年12月", Schedule.byMonth(107, 12).format()),
                () -> assertEquals("12月完成", Schedule.byMonth(null, 12).format()),
                () -> assertEquals("99/1~99/12", Schedule.range(99, 1, 99, 12).format()),
                () -> assertEquals("3月、6月、9月、12月完成", Schedule.recurring(null, 3, 6, 9, 12).format()),
                () -> assertEquals("6月完成並持續辦理", Schedule.doneThenOngoing(null, 6).format()),
                () -> assertEquals("已完成並持續辦理", Schedule.doneThenOngoing(null, null).format()),
                () -> assertEquals("持續辦理", Schedule.ongoing().format()));
    }

    @Test
    void writesYearsWhereTheDeadlineHasThem() {
        assertAll(
                () -> assertEquals("107年6月、12月完成", Schedule.recurring(107, 6, 12).format()),
                () -> assertEquals("107年6月完成並持續辦理", Schedule.doneThenOngoing(107, 6).format()),
                () -> assertEquals("106/7~107/6", Schedule.range(106, 7, null, 6).format()),
                () -> assertEquals("1月~12月", Schedule.range(null, 1, null, 12).format()));
    }

    @Test
    void seedTextsComeOutInCanonicalForm() {
        assertAll(
                () -> assertEquals("107年12月", Schedule.parse("107 年 12\n月").format()),
                () -> assertEquals("12月完成", Schedule.parse("12月").format()),
                () -> assertEquals("99/1~99/12", Schedule.parse("99年1月~99年12月").format()),
                () -> assertEquals("106/1~106/12", Schedule.parse("106年1月至12月").format()),
                () -> assertEquals("3月、6月、9月、12月完成", Schedule.parse("3 月、6 月、9\n月、12月完成").format()),
                () -> assertEquals("6月、12月完成", Schedule.parse("每年或半年辦理（6 月或 12月底）").format()),
                () -> assertEquals("4月完成並持續辦理", Schedule.parse("4月完成\n並持續辦理").format()),
                () -> assertEquals("持續辦理", Schedule.parse("並持續辦理").format()),
                () -> assertEquals("視需要辦理", Schedule.parse("視需要\n辦理").format()));
    }

    @TestFactory
    Stream<DynamicTest> readsBackWhatItWrites() {
        return SEED_FORMS.stream().map(text -> DynamicTest.dynamicTest(text.replace("\n", "⏎"), () -> {
            Schedule schedule = Schedule.parse(text);
            Schedule again = Schedule.parse(schedule.format());
            assertEquals(schedule, again);
            assertEquals(schedule.format(), again.format());
            assertEquals(schedule.format(), again.text());
        }));
    }

    @Test
    void factoryMadeDeadlineShowsItsCanonicalText() {
        for (Schedule schedule : List.of(Schedule.byMonth(107, 12), Schedule.range(99, 1, null, 12),
                Schedule.recurring(null, 12, 6), Schedule.doneThenOngoing(null, null), Schedule.ongoing())) {
            assertEquals(schedule.format(), schedule.text());
            assertEquals(schedule, Schedule.parse(schedule.text()));
        }
    }

    @Test
    void recurringMonthsAreKeptInCalendarOrder() {
        Schedule schedule = Schedule.recurring(null, 12, 6, 12);
        assertEquals(List.of(6, 12), schedule.months());
        assertEquals("6月、12月完成", schedule.format());
    }

    @Test
    void sameDeadlineWrittenDifferentlyIsEqual() {
        Schedule written = Schedule.parse("3 月、6 月、9\n月、12月完成");
        Schedule canonical = Schedule.recurring(null, 3, 6, 9, 12);
        assertEquals(canonical, written);
        assertEquals(canonical.hashCode(), written.hashCode());
        assertNotEquals(canonical.text(), written.text());
    }

    @Test
    void differentDeadlinesAreNotEqual() {
        assertNotEquals(Schedule.byMonth(107, 12), Schedule.byMonth(null, 12));
        assertNotEquals(Schedule.byMonth(null, 6), Schedule.doneThenOngoing(null, 6));
        assertNotEquals(Schedule.parse("視需要辦理"), Schedule.parse("不定期辦理"));
        assertEquals(Schedule.parse("視需要辦理"), Schedule.parse("視需要 辦理"));
    }

    @Test
    void toStringShowsKindAndText() {
        String shown = Schedule.parse("6月完成 並持續辦理").toString();
        assertTrue(shown.contains("DONE_THEN_ONGOING") && shown.contains("6月完成並持續辦理"), shown);
    }

    @Test
    void factoriesRefuseDeadlinesThatCannotExist() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> Schedule.byMonth(null, 13)),
                () -> assertThrows(IllegalArgumentException.class, () -> Schedule.byMonth(0, 12)),
                () -> assertThrows(IllegalArgumentException.class, () -> Schedule.recurring(null, 6)),
                () -> assertThrows(IllegalArgumentException.class, () -> Schedule.recurring(null, 6, 6)),
                () -> assertThrows(IllegalArgumentException.class, () -> Schedule.recurring(null, 6, 0)),
                () -> assertThrows(IllegalArgumentException.class, () -> Schedule.doneThenOngoing(107, null)),
                () -> assertThrows(IllegalArgumentException.class, () -> Schedule.range(99, 12, 99, 1)),
                () -> assertThrows(IllegalArgumentException.class, () -> Schedule.range(null, 1, null, 13)));
    }

    @Test
    void monthsCannotBeChangedFromOutside() {
        assertThrows(UnsupportedOperationException.class,
                () -> Schedule.recurring(null, 3, 6).months().add(9));
    }
}
