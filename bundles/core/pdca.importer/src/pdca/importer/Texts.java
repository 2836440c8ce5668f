package pdca.importer;

import java.util.regex.Pattern;

import pdca.model.schedule.ChineseNumerals;

/** Text as the plan file keeps it: spaces a PDF or a narrow column put between characters removed. */
final class Texts {

	/** Whitespace with a CJK character or full-width punctuation on either side. */
	private static final Pattern SPACE_BY_CJK = Pattern.compile(
			"(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}○〇])[\\s\\u3000]+|[\\s\\u3000]+(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}○〇])");
	private static final Pattern SPACES = Pattern.compile("[ \\t\\u3000]+");
	private static final Pattern REPLACEMENT = Pattern.compile("\\uFFFD");

	private Texts() {
	}

	/** The text with digits made ASCII, spaces around CJK characters removed, runs of spaces made one. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String s = ChineseNumerals.normalizeDigits(text);
		s = REPLACEMENT.matcher(s).replaceAll("");
		s = SPACE_BY_CJK.matcher(s).replaceAll("");
		s = SPACES.matcher(s).replaceAll(" ");
		return s.strip();
	}

	/** Joins a wrapped line to the text before it: a space only between two Latin letters or digits. */
	static String join(String before, String line) {
		String a = before.stripTrailing();
		String b = line.strip();
		if (a.isEmpty()) {
			return b;
		}
		if (b.isEmpty()) {
			return a;
		}
		char x = a.charAt(a.length() - 1);
		char y = b.charAt(0);
		boolean latin = x < 0x2E80 && Character.isLetterOrDigit(x) && y < 0x2E80 && Character.isLetterOrDigit(y);
		return latin ? a + ' ' + b : a + b;
	}

	/** Whether text ends as a sentence or a clause does (not cut off mid-sentence). */
	static boolean endsClause(String text) {
		String s = text.strip();
		if (s.isEmpty()) {
			return true;
		}
		char c = s.charAt(s.length() - 1);
		return "。；;：:！!？?」』）)".indexOf(c) >= 0;
	}

	/** The text without a trailing full stop or semicolon, as names and titles are kept. */
	static String withoutFinalStop(String text) {
		String s = text.strip();
		while (!s.isEmpty() && "。；;，,、".indexOf(s.charAt(s.length() - 1)) >= 0) {
			s = s.substring(0, s.length() - 1);
		}
		return s;
	}
}
