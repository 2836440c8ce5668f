package pdca.model.schedule;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ChineseNumeralsTest {

    private static final String DIGITS = "零一二三四五六七八九";

    @Test
    void readsArabicAndFullWidthDigits() {
        assertAll(
                () -> assertEquals(106, ChineseNumerals.parse("106")),
                () -> assertEquals(106, ChineseNumerals.parse("１０６")),
                () -> assertEquals(12, ChineseNumerals.parse(" 12 ")),
                () -> assertEquals(0, ChineseNumerals.parse("０")));
    }

    @Test
    void readsYearsWrittenDigitByDigitWithEveryZeroSign() {
        assertAll(
                () -> assertEquals(106, ChineseNumerals.parse("一○六")),
                () -> assertEquals(106, ChineseNumerals.parse("一〇六")),
                () -> assertEquals(106, ChineseNumerals.parse("一Ｏ六")),
                () -> assertEquals(106, ChineseNumerals.parse("一零六")),
                () -> assertEquals(96, ChineseNumerals.parse("九六")),
                () -> assertEquals(100, ChineseNumerals.parse("一○○")));
    }

    @Test
    void readsDocumentNumberOfTheCircularCitedInSeed003() {
        // 院授發社字第一○六一三○○○○八號 is 第1061300008號 in seed 004
        assertEquals(1_061_300_008, ChineseNumerals.parse("一○六一三○○○○八"));
    }

    @Test
    void readsCountedForms() {
        assertAll(
                () -> assertEquals(10, ChineseNumerals.parse("十")),
                () -> assertEquals(12, ChineseNumerals.parse("十二")),
                () -> assertEquals(22, ChineseNumerals.parse("二十二")),
                () -> assertEquals(105, ChineseNumerals.parse("一百零五")),
                () -> assertEquals(110, ChineseNumerals.parse("一百一十")),
                () -> assertEquals(10, ChineseNumerals.parse("一十")),
                () -> assertEquals(31, ChineseNumerals.parse("三十一")),
                () -> assertEquals(200, ChineseNumerals.parse("兩百")),
                () -> assertEquals(1020, ChineseNumerals.parse("一千零二十")),
                () -> assertEquals(10_005, ChineseNumerals.parse("一萬零五")));
    }

    @Test
    void readsFormalNumeralsOfSectionHeadings() {
        // 壹、計畫依據 貳、計畫目標 參、… 捌、 in seed 002
        String headings = "壹貳參肆伍陸柒捌玖";
        for (int i = 0; i < headings.length(); i++) {
            assertEquals(i + 1, ChineseNumerals.parse(headings.substring(i, i + 1)));
        }
        assertEquals(10, ChineseNumerals.parse("拾"));
    }

    @Test
    void readsBopomofoLookAlikeOfOneFoundInSeed000() {
        // seed 000: 每年抽選所屬總數五分之ㄧ之選舉 (ㄧ is U+3127, not 一)
        assertEquals(1, ChineseNumerals.parse("ㄧ"));
    }

    @Test
    void formatsNumbersForNumbering() {
        assertAll(
                () -> assertEquals("一", ChineseNumerals.format(1)),
                () -> assertEquals("十", ChineseNumerals.format(10)),
                () -> assertEquals("十一", ChineseNumerals.format(11)),
                () -> assertEquals("二十二", ChineseNumerals.format(22)),
                () -> assertEquals("一百零五", ChineseNumerals.format(105)),
                () -> assertEquals("一百一十", ChineseNumerals.format(110)),
                () -> assertEquals("零", ChineseNumerals.format(0)),
                () -> assertEquals("一千零五", ChineseNumerals.format(1005)),
                () -> assertEquals("一千零五十", ChineseNumerals.format(1050)),
                () -> assertEquals("一萬零一十", ChineseNumerals.format(10_010)));
    }

    @Test
    void formatsAndReadsOneToOneHundredTwenty() {
        List<Executable> checks = new ArrayList<>();
        for (int n = 1; n <= 120; n++) {
            int number = n;
            String expected = expectedCounted(number);
            checks.add(() -> assertEquals(expected, ChineseNumerals.format(number), "format " + number));
            checks.add(() -> assertEquals(number, ChineseNumerals.parse(expected), "parse " + expected));
        }
        assertAll(checks);
    }

    @Test
    void readsBackWhatItWrites() {
        for (int n = 0; n <= 20_000; n++) {
            assertEquals(n, ChineseNumerals.parse(ChineseNumerals.format(n)));
        }
        assertEquals(99_999_999, ChineseNumerals.parse(ChineseNumerals.format(99_999_999)));
    }

    @Test
    void refusesGarbageAndQuotesIt() {
        for (String garbage : List.of("abc", "106年", "二三十", "十十", "百", "一百五", "一百零", "零十")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.parse(garbage));
            assertTrue(e.getMessage().contains("「" + garbage + "」"), e.getMessage());
        }
    }

    @Test
    void refusesEmptyTextAndNumbersTooLarge() {
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.parse(""));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.parse(null));
        // 文號 09600152471 (seed 000) has eleven digits
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.parse("09600152471"));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.format(-1));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.format(100_000_000));
    }

    @Test
    void normalizesDigitsInPdfText() {
        assertAll(
                () -> assertEquals("107年12月", ChineseNumerals.normalizeDigits("１０７ 年 １２ 月")),
                () -> assertEquals("107年12月", ChineseNumerals.normalizeDigits("107 年 12\n月")),
                () -> assertEquals("99/1~99/12", ChineseNumerals.normalizeDigits("99／1～99／12")),
                () -> assertEquals("行政院 96年7月23日院授研展字",
                        ChineseNumerals.normalizeDigits("行政院 96 年 7 月 23 日院授研展字")),
                () -> assertEquals("ODF 文書格式", ChineseNumerals.normalizeDigits("ODF 文書格式")),
                () -> assertNull(ChineseNumerals.normalizeDigits(null)));
    }

    /** Independent statement of the counting rules for 1 to 120. */
    private static String expectedCounted(int n) {
        if (n < 10) {
            return DIGITS.substring(n, n + 1);
        }
        if (n < 20) {
            return "十" + (n == 10 ? "" : DIGITS.charAt(n - 10));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        int rest = n - 100;
        if (rest == 0) {
            return "一百";
        }
        if (rest < 10) {
            return "一百零" + DIGITS.charAt(rest);
        }
        return "一百" + DIGITS.charAt(rest / 10) + "十" + (rest % 10 == 0 ? "" : DIGITS.charAt(rest % 10));
    }
}
