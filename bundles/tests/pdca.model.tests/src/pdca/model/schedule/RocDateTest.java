package pdca.model.schedule;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RocDateTest {

    @TestFactory
    Stream<DynamicTest> readsEveryDateFormOfThePlans() {
        Map<String, LocalDate> forms = Map.ofEntries(
                Map.entry("106年2月17日", LocalDate.of(2017, 2, 17)),
                Map.entry("96 年 7 月 23 日", LocalDate.of(2007, 7, 23)),
                Map.entry("96年7月23日", LocalDate.of(2007, 7, 23)),
                Map.entry("一○六年一月九日", LocalDate.of(2017, 1, 9)),
                Map.entry("一○六年二月二十三日", LocalDate.of(2017, 2, 23)),
                Map.entry("一○六年二月十七日", LocalDate.of(2017, 2, 17)),
                Map.entry("一〇六年二月十七日", LocalDate.of(2017, 2, 17)),
                Map.entry("一Ｏ六年二月十七日", LocalDate.of(2017, 2, 17)),
                Map.entry("民國97年1月1日", LocalDate.of(2008, 1, 1)),
                Map.entry("民國 97 年 1 月 1 日", LocalDate.of(2008, 1, 1)),
                Map.entry("１０６年２月１７日", LocalDate.of(2017, 2, 17)),
                Map.entry("106/2/17", LocalDate.of(2017, 2, 17)),
                Map.entry("106.2.17", LocalDate.of(2017, 2, 17)),
                Map.entry("98年9月16日", LocalDate.of(2009, 9, 16)),
                Map.entry("107 年 2 月 12\n日", LocalDate.of(2018, 2, 12)),
                Map.entry("105年2月29日", LocalDate.of(2016, 2, 29)));
        return forms.entrySet().stream().map(form -> DynamicTest.dynamicTest(form.getKey(),
                () -> assertEquals(form.getValue(), RocDate.parse(form.getKey()))));
    }

    @Test
    void seeds003And004CiteTheSameCircularInDifferentForms() {
        // 行政院一○六年一月九日院授發社字第一○六一三○○○○八號 vs 行政院 106 年 1 月 9 日院授發社字第 1061300008 號
        assertEquals(RocDate.parse("106 年 1 月 9 日"), RocDate.parse("一○六年一月九日"));
        assertEquals(LocalDate.of(2017, 1, 9), RocDate.parse("一○六年一月九日"));
    }

    @Test
    void writesDatesInBothStyles() {
        assertAll(
                () -> assertEquals("106年2月17日", RocDate.format(LocalDate.of(2017, 2, 17))),
                () -> assertEquals("96年7月23日", RocDate.format(LocalDate.of(2007, 7, 23))),
                () -> assertEquals("一○六年二月十七日", RocDate.formatChinese(LocalDate.of(2017, 2, 17))),
                () -> assertEquals("一○六年一月九日", RocDate.formatChinese(LocalDate.of(2017, 1, 9))),
                () -> assertEquals("一○六年二月二十三日", RocDate.formatChinese(LocalDate.of(2017, 2, 23))),
                () -> assertEquals("一○○年十二月三十一日", RocDate.formatChinese(LocalDate.of(2011, 12, 31))),
                () -> assertEquals("九六年七月二十三日", RocDate.formatChinese(LocalDate.of(2007, 7, 23))),
                () -> assertEquals("1年1月1日", RocDate.format(LocalDate.of(1912, 1, 1))));
    }

    @Test
    void readsBackEveryDayOfALeapYearAndTheFollowingYear() {
        for (LocalDate day = LocalDate.of(2016, 1, 1); day.getYear() < 2018; day = day.plusDays(1)) {
            assertEquals(day, RocDate.parse(RocDate.format(day)));
            assertEquals(day, RocDate.parse(RocDate.formatChinese(day)));
        }
    }

    @Test
    void convertsYearsBothWays() {
        assertAll(
                () -> assertEquals(106, RocDate.toRoc(2017)),
                () -> assertEquals(2017, RocDate.toGregorian(106)),
                () -> assertEquals(1, RocDate.toRoc(1912)),
                () -> assertEquals(2010, RocDate.toGregorian(99)));
    }

    @Test
    void readsAndWritesYearAndMonth() {
        assertAll(
                () -> assertEquals(YearMonth.of(2018, 12), RocDate.parseYearMonth("107年12月")),
                () -> assertEquals(YearMonth.of(2018, 12), RocDate.parseYearMonth("107 年 12\n月")),
                () -> assertEquals(YearMonth.of(2010, 12), RocDate.parseYearMonth("99/12")),
                () -> assertEquals(YearMonth.of(2018, 12), RocDate.parseYearMonth("一○七年十二月")),
                () -> assertEquals("107年12月", RocDate.formatYearMonth(YearMonth.of(2018, 12))));
    }

    @Test
    void impossibleMonthIsRefusedWithTheTextAndTheExpectedForm() {
        DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> RocDate.parse("106年13月"));
        assertEquals("「106年13月」不是有效的民國日期，請寫成 106年2月17日", e.getMessage());
        assertEquals("106年13月", e.getParsedString());
    }

    @Test
    void impossibleDayIsRefusedWithTheReason() {
        DateTimeException e = assertThrows(DateTimeException.class, () -> RocDate.parse("106年2月29日"));
        assertEquals("「106年2月29日」不是有效的民國日期（106年2月沒有29日），請寫成 106年2月17日", e.getMessage());
        assertMessageQuotes("106/13/1", () -> RocDate.parse("106/13/1"));
        assertMessageQuotes("一○六年二月三十日", () -> RocDate.parse("一○六年二月三十日"));
    }

    @Test
    void gregorianYearIsNotTakenForARocYear() {
        DateTimeException e = assertThrows(DateTimeException.class, () -> RocDate.parse("2017年2月17日"));
        assertTrue(e.getMessage().contains("「2017年2月17日」"), e.getMessage());
        assertTrue(e.getMessage().contains("西元"), e.getMessage());
    }

    @Test
    void garbageIsRefusedWithTheText() {
        assertMessageQuotes("明年春天", () -> RocDate.parse("明年春天"));
        assertMessageQuotes("", () -> RocDate.parse(""));
        assertMessageQuotes("106年二十三月五日", () -> RocDate.parse("106年二十三月五日"));
        assertMessageQuotes("106年十十月五日", () -> RocDate.parse("106年十十月五日"));
        DateTimeException e = assertThrows(DateTimeException.class, () -> RocDate.parseYearMonth("107年13月"));
        assertEquals("「107年13月」不是有效的民國年月（沒有13月），請寫成 107年12月", e.getMessage());
    }

    @Test
    void datesBeforeTheRepublicCannotBeWritten() {
        assertThrows(DateTimeException.class, () -> RocDate.format(LocalDate.of(1911, 12, 31)));
        assertThrows(DateTimeException.class, () -> RocDate.formatChinese(LocalDate.of(1900, 1, 1)));
    }

    private static void assertMessageQuotes(String text, org.junit.jupiter.api.function.Executable call) {
        DateTimeException e = assertThrows(DateTimeException.class, call);
        assertTrue(e.getMessage().contains("「" + text + "」"), e.getMessage());
    }
}
