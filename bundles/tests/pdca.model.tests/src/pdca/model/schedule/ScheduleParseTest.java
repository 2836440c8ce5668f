package pdca.model.schedule;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import pdca.model.schedule.Schedule.Kind;

/** The deadline (完成期限) texts of the seed plans, quoted as the PDF extraction gives them. */
class ScheduleParseTest {

    private record Form(String text, Kind kind, Integer rocYear, List<Integer> months) {
    }

    private static Form form(String text, Kind kind, Integer rocYear, Integer... months) {
        return new Form(text, kind, rocYear, List.of(months));
    }

    @TestFactory
    Stream<DynamicTest> readsEverySeedForm() {
        return Stream.of(
                form("107年12月", Kind.BY_MONTH, 107, 12),
                form("107 年 12\n月", Kind.BY_MONTH, 107, 12),
                form("107 年 12\n\n月 ", Kind.BY_MONTH, 107, 12),
                form("12月", Kind.BY_MONTH, null, 12),
                form("6月完成", Kind.BY_MONTH, null, 6),
                form("6月完成 \n", Kind.BY_MONTH, null, 6),
                form("99/1~99/12", Kind.RANGE, 99, 1, 12),
                form("\t99/1~99/12\n ", Kind.RANGE, 99, 1, 12),
                form("99年1月~99年12月", Kind.RANGE, 99, 1, 12),
                form("106年1月至12月", Kind.RANGE, 106, 1, 12),
                form("106 年 1 月至 12 月", Kind.RANGE, 106, 1, 12),
                form("一○六年一月至十二月", Kind.RANGE, 106, 1, 12),
                form("自民國99年1月起至民國99年12月止", Kind.RANGE, 99, 1, 12),
                form("3月、6月、9月、12月完成", Kind.RECURRING, null, 3, 6, 9, 12),
                form("3 月、6 月、9\n月、12月完成", Kind.RECURRING, null, 3, 6, 9, 12),
                form("3 月、6 月、9 \n\n月、12月完成 ", Kind.RECURRING, null, 3, 6, 9, 12),
                form("每年或半年辦理（6 月或 12月底）", Kind.RECURRING, null, 6, 12),
                form("每年或半年辦\n\n理（6 月或 12\n\n月底） ", Kind.RECURRING, null, 6, 12),
                form("6月完成並持續辦理", Kind.DONE_THEN_ONGOING, null, 6),
                form("6月完成 並持續辦理", Kind.DONE_THEN_ONGOING, null, 6),
                form("6月完成 \n\n並持續辦理 ", Kind.DONE_THEN_ONGOING, null, 6),
                form("4月完成\n並持續辦理", Kind.DONE_THEN_ONGOING, null, 4),
                form("8月完成並持續辦理", Kind.DONE_THEN_ONGOING, null, 8),
                form("已完成並持續辦理", Kind.DONE_THEN_ONGOING, null),
                form("已完成 \n\n並持續辦理 ", Kind.DONE_THEN_ONGOING, null),
                form("持續辦理", Kind.ONGOING, null),
                form("並持續辦理", Kind.ONGOING, null),
                form("並持續辦理 ", Kind.ONGOING, null))
                .map(f -> DynamicTest.dynamicTest(f.text().replace("\n", "⏎"), () -> assertReads(f)));
    }

    @TestFactory
    Stream<DynamicTest> readsOtherWaysOfficersWriteDeadlines() {
        return Stream.of(
                form("１０７年１２月", Kind.BY_MONTH, 107, 12),
                form("民國107年12月", Kind.BY_MONTH, 107, 12),
                form("107/12", Kind.BY_MONTH, 107, 12),
                form("107年12月底前完成", Kind.BY_MONTH, 107, 12),
                form("十二月底前完成", Kind.BY_MONTH, null, 12),
                form("一○七年十二月", Kind.BY_MONTH, 107, 12),
                form("99／1～99／12", Kind.RANGE, 99, 1, 12),
                form("99/1~12", Kind.RANGE, 99, 1, 12),
                form("1月至12月", Kind.RANGE, null, 1, 12),
                form("107年3月、6月、9月、12月完成", Kind.RECURRING, 107, 3, 6, 9, 12),
                form("6月及12月底前完成", Kind.RECURRING, null, 6, 12),
                form("每季辦理（3月、6月、9月、12月）", Kind.RECURRING, null, 3, 6, 9, 12),
                form("107年6月完成並持續辦理", Kind.DONE_THEN_ONGOING, 107, 6),
                form("6月底前完成，並持續辦理", Kind.DONE_THEN_ONGOING, null, 6),
                form("持續辦理中", Kind.ONGOING, null),
                form("每年 1月底前完成", Kind.BY_MONTH, null, 1),
                form("每年 2 月底前完成", Kind.BY_MONTH, null, 2))
                .map(f -> DynamicTest.dynamicTest(f.text(), () -> assertReads(f)));
    }

    @TestFactory
    Stream<DynamicTest> keepsTextItCannotReadWithoutFailing() {
        return Stream.of("", "   ", "\n", "視需要辦理", "13月", "107年13月", "0月", "99/13", "99/12~99/1",
                        "5至10分鐘", "每季辦理", "2018年12月", "十十月", "107年", "~", "月月完成")
                .map(text -> DynamicTest.dynamicTest("「" + text + "」", () -> {
                    Schedule schedule = Schedule.parse(text);
                    assertEquals(Kind.UNPARSED, schedule.kind());
                    assertFalse(schedule.isParsed());
                    assertEquals(text.strip(), schedule.text());
                    assertEquals(text.strip(), schedule.format());
                    assertEquals(List.of(), schedule.months());
                }));
    }

    @Test
    void nullIsAnEmptyUnparsedDeadline() {
        Schedule schedule = Schedule.parse(null);
        assertEquals(Kind.UNPARSED, schedule.kind());
        assertEquals("", schedule.text());
    }

    @Test
    void textKeepsTheWordingButNotTheLineBreaksOfThePdf() {
        assertAll(
                () -> assertEquals("6月完成並持續辦理", Schedule.parse("6月完成 \n\n並持續辦理 ").text()),
                () -> assertEquals("107 年 12 月", Schedule.parse("107 年 12\n\n月 ").text()),
                () -> assertEquals("3 月、6 月、9 月、12月完成", Schedule.parse("3 月、6 月、9\n月、12月完成").text()),
                () -> assertEquals("每年或半年辦理（6 月或 12 月底）",
                        Schedule.parse("每年或半年辦\n\n理（6 月或 12\n\n月底） ").text()),
                () -> assertEquals("99/1~99/12", Schedule.parse("\t99/1~99/12\n ").text()));
    }

    @Test
    void rangeGivesGregorianMonthsAndTakesAMissingEndYearFromItsStart() {
        Schedule period = Schedule.parse("106年1月至12月");
        assertEquals(YearMonth.of(2017, 1), period.from());
        assertEquals(YearMonth.of(2017, 12), period.to());

        Schedule overNewYear = Schedule.parse("106年7月至6月");
        assertEquals(YearMonth.of(2017, 7), overNewYear.from());
        assertEquals(YearMonth.of(2018, 6), overNewYear.to());
    }

    @Test
    void rangeWithoutYearHasNoCalendarMonthsUntilResolved() {
        Schedule schedule = Schedule.parse("1月至12月");
        assertNull(schedule.from());
        assertNull(schedule.to());
        assertNull(Schedule.parse("107年12月").from(), "only ranges have from/to");
    }

    @Test
    void parsedDeadlineEqualsTheOneBuiltByHand() {
        assertAll(
                () -> assertEquals(Schedule.byMonth(107, 12), Schedule.parse("107 年 12\n月")),
                () -> assertEquals(Schedule.range(99, 1, 99, 12), Schedule.parse("99年1月~99年12月")),
                () -> assertEquals(Schedule.recurring(null, 6, 12), Schedule.parse("每年或半年辦理（6 月或 12月底）")),
                () -> assertEquals(Schedule.doneThenOngoing(null, 4), Schedule.parse("4月完成\n並持續辦理")),
                () -> assertEquals(Schedule.ongoing(), Schedule.parse("並持續辦理")));
    }

    private static void assertReads(Form f) {
        Schedule schedule = Schedule.parse(f.text());
        assertAll(
                () -> assertEquals(f.kind(), schedule.kind(), "kind"),
                () -> assertTrue(schedule.isParsed(), "parsed"),
                () -> assertEquals(f.rocYear(), schedule.rocYear(), "ROC year"),
                () -> assertEquals(f.months(), schedule.months(), "months"));
    }
}
