package pdca.model.schedule;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers as the plans write them: Arabic digits, full-width digits (１０６) and Chinese
 * numerals.
 * <p>
 * Chinese numerals come in two forms:
 * <ul>
 * <li><em>positional</em>, digit by digit, used for years and document numbers: 一○六 = 106,
 * where the zero may be written ○ (U+25CB, as in the seeds), 〇 (U+3007), Ｏ (full-width letter
 * O) or 零;</li>
 * <li><em>counted</em>, with the units 十, 百, 千 and 萬, used for months, days and numbering:
 * 十二 = 12, 二十二 = 22, 一百零五 = 105.</li>
 * </ul>
 * The formal (financial) numerals used for section headings (壹、貳、參 … 拾) are accepted as
 * well, and so are 兩 for two and the Bopomofo letter ㄧ, which PDFs sometimes carry in place
 * of 一.
 */
public final class ChineseNumerals {

    private static final String CHINESE_DIGITS = "零一二三四五六七八九";

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('○', 0), Map.entry('〇', 0), Map.entry('Ｏ', 0),
            Map.entry('一', 1), Map.entry('壹', 1), Map.entry('ㄧ', 1),
            Map.entry('二', 2), Map.entry('貳', 2), Map.entry('兩', 2),
            Map.entry('三', 3), Map.entry('參', 3), Map.entry('叁', 3),
            Map.entry('四', 4), Map.entry('肆', 4),
            Map.entry('五', 5), Map.entry('伍', 5),
            Map.entry('六', 6), Map.entry('陸', 6),
            Map.entry('七', 7), Map.entry('柒', 7),
            Map.entry('八', 8), Map.entry('捌', 8),
            Map.entry('九', 9), Map.entry('玖', 9));

    private static final Map<Character, Integer> UNITS = Map.of(
            '十', 10, '拾', 10, '百', 100, '佰', 100, '千', 1000, '仟', 1000);

    private static final String MYRIADS = "萬万";

    /** Whitespace between a digit (Arabic or Chinese) and 年, 月 or 日, on either side. */
    private static final Pattern SPACE_AROUND_DATE_UNIT = Pattern.compile(
            "(?<=[0-9○〇Ｏ零一二三四五六七八九十])[\\s\\u00A0\\u3000]+(?=[年月日])"
                    + "|(?<=[年月日])[\\s\\u00A0\\u3000]+(?=[0-9○〇Ｏ零一二三四五六七八九十])");

    private static final int MAX_COUNTED = 99_999_999;

    private ChineseNumerals() {
    }

    /**
     * Reads a non-negative whole number.
     * <p>
     * Accepted: Arabic digits ("106"), full-width digits ("１０６"), positional Chinese numerals
     * ("一○六", "一〇六", "一Ｏ六") and counted Chinese numerals up to 99,999,999 ("十", "十二",
     * "二十二", "一百零五", "三千零二十"). Surrounding whitespace is ignored. An abbreviated
     * counted form such as "一百五" is refused because readers disagree on whether it means 150
     * or 105.
     *
     * @param text the number as written
     * @return its value
     * @throws IllegalArgumentException if the text is empty, is not a number in one of these
     *         forms, or does not fit in an {@code int}; the message quotes the text
     */
    public static int parse(String text) {
        String original = text == null ? "" : text.strip();
        String s = normalizeDigits(original);
        if (s.isEmpty()) {
            throw invalid(original, "沒有數字");
        }
        if (!isCounted(s)) {
            return positional(s, original);
        }
        return counted(s, original);
    }

    /**
     * Writes a number in the counted form used for numbering items and for months and days:
     * 1 → 一, 10 → 十, 11 → 十一, 22 → 二十二, 105 → 一百零五, 110 → 一百一十.
     *
     * @param number a number from 0 to 99,999,999
     * @return the number in Chinese numerals
     * @throws IllegalArgumentException if the number is negative or too large
     */
    public static String format(int number) {
        if (number < 0 || number > MAX_COUNTED) {
            throw new IllegalArgumentException(
                    "Only 0 to " + MAX_COUNTED + " can be written in Chinese numerals: " + number);
        }
        if (number == 0) {
            return "零";
        }
        if (number < 10_000) {
            return belowMyriad(number, true);
        }
        int low = number % 10_000;
        String high = belowMyriad(number / 10_000, true) + "萬";
        if (low == 0) {
            return high;
        }
        return high + (low < 1000 ? "零" : "") + belowMyriad(low, false);
    }

    /**
     * Cleans up digits in text taken from a PDF: full-width digits become ASCII digits,
     * full-width ／ and ～ (and the wave dash 〜) become / and ~, and whitespace between a digit
     * and 年, 月 or 日 is removed, so "１０７ 年 １２ 月" becomes "107年12月". Other text is left as
     * it is.
     *
     * @param text the text, may be {@code null}
     * @return the cleaned text; {@code null} stays {@code null}
     */
    public static String normalizeDigits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(halfWidth(text.charAt(i)));
        }
        return SPACE_AROUND_DATE_UNIT.matcher(out).replaceAll("");
    }

    private static char halfWidth(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        return switch (c) {
            case '／' -> '/';
            case '～', '〜' -> '~';
            default -> c;
        };
    }

    private static boolean isCounted(String s) {
        return s.chars().anyMatch(c -> UNITS.containsKey((char) c) || MYRIADS.indexOf(c) >= 0);
    }

    private static int positional(String s, String original) {
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = digitValue(s.charAt(i));
            if (digit < 0) {
                throw invalid(original, "「" + s.charAt(i) + "」不是數字");
            }
            value = value * 10 + digit;
            if (value > Integer.MAX_VALUE) {
                throw invalid(original, "數字太大");
            }
        }
        return (int) value;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return DIGITS.getOrDefault(c, -1);
    }

    /**
     * Reads the counted form. Grammar: an optional section ending in 萬, then a section below
     * 10,000 made of digit+unit pairs with strictly falling units (the 一 before a leading 十 may
     * be left out), 零 standing for skipped units, and a final units digit.
     */
    private static int counted(String s, String original) {
        int myriad = s.indexOf('萬') >= 0 ? s.indexOf('萬') : s.indexOf('万');
        if (myriad < 0) {
            return section(s, original, false);
        }
        int high = section(s.substring(0, myriad), original, false);
        if (high == 0) {
            throw invalid(original, "萬之前沒有數字");
        }
        String rest = s.substring(myriad + 1);
        return high * 10_000 + (rest.isEmpty() ? 0 : section(rest, original, true));
    }

    private static int section(String s, String original, boolean afterMyriad) {
        int value = 0;
        int pending = -1;
        int lastUnit = afterMyriad ? 10_000 : Integer.MAX_VALUE;
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = digitValue(c);
            Integer unit = UNITS.get(c);
            if (digit == 0) {
                if (pending >= 0 || (value == 0 && !afterMyriad)) {
                    throw invalid(original, "「零」的位置不對");
                }
                zero = true;
            } else if (digit > 0) {
                if (pending >= 0) {
                    throw invalid(original, "兩個數字之間缺少十、百或千");
                }
                pending = digit;
            } else if (unit != null) {
                if (unit >= lastUnit) {
                    throw invalid(original, "「" + c + "」的位置不對");
                }
                if (pending < 0 && unit != 10) {
                    throw invalid(original, "「" + c + "」之前缺少數字");
                }
                value += (pending < 0 ? 1 : pending) * unit;
                lastUnit = unit;
                pending = -1;
                zero = false;
            } else {
                throw invalid(original, "「" + c + "」不是數字");
            }
        }
        return value + trailingUnits(pending, lastUnit, zero, original);
    }

    private static int trailingUnits(int pending, int lastUnit, boolean zero, String original) {
        if (pending < 0) {
            if (zero) {
                throw invalid(original, "「零」之後缺少數字");
            }
            return 0;
        }
        boolean abbreviated = lastUnit > 10 && lastUnit != Integer.MAX_VALUE && !zero;
        if (abbreviated) {
            throw invalid(original, "末位的單位不明，請寫完整，例如一百五十或一百零五");
        }
        return pending;
    }

    private static String belowMyriad(int number, boolean leading) {
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        for (int i = 0; i < units.length; i++) {
            int digit = number / units[i] % 10;
            if (digit == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (zeroPending) {
                out.append('零');
                zeroPending = false;
            }
            boolean bareTen = leading && units[i] == 10 && digit == 1 && out.length() == 0;
            if (!bareTen) {
                out.append(CHINESE_DIGITS.charAt(digit));
            }
            out.append(names[i]);
        }
        return out.toString();
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException(
                "「" + text + "」不是有效的數字（" + reason + "），請寫成 106、一○六 或 二十二");
    }
}
