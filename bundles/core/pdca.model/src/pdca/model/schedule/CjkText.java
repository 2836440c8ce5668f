package pdca.model.schedule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whitespace handling for text copied out of PDF plans, where table cells come out with line
 * breaks and padding spaces in the middle of a phrase ("107 年 12\n\n月", "6月完成 \n並持續辦理").
 */
final class CjkText {

    /** ASCII whitespace, no-break space, ideographic space and the zero-width no-break space. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");

    /** U+25CB WHITE CIRCLE, which the seed plans use as the Chinese zero (一○六). */
    private static final int WHITE_CIRCLE = 0x25CB;

    private CjkText() {
    }

    /**
     * Trims the text and collapses each inner run of whitespace: a run between two CJK characters
     * is removed, any other run becomes one space.
     *
     * @param text the text, may be {@code null}
     * @return the collapsed text, never {@code null}
     */
    static String collapseWhitespace(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = WHITESPACE_RUN.matcher(text).replaceAll(" ").strip();
        Matcher run = WHITESPACE_RUN.matcher(trimmed);
        StringBuilder out = new StringBuilder(trimmed.length());
        while (run.find()) {
            boolean betweenCjk = isCjk(trimmed.codePointBefore(run.start()))
                    && isCjk(trimmed.codePointAt(run.end()));
            run.appendReplacement(out, betweenCjk ? "" : " ");
        }
        run.appendTail(out);
        return out.toString();
    }

    /**
     * Removes every whitespace character; used before matching, where spaces carry no meaning.
     */
    static String removeWhitespace(String text) {
        return text == null ? "" : WHITESPACE_RUN.matcher(text).replaceAll("");
    }

    /**
     * Tells whether a code point is a Han ideograph, CJK punctuation, a full-width form, a
     * Bopomofo letter or the ○ used as zero.
     */
    static boolean isCjk(int codePoint) {
        if (codePoint == WHITE_CIRCLE) {
            return true;
        }
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.BOPOMOFO;
    }
}
