package pdca.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pdca.model.schedule.ChineseNumerals;

/**
 * The numbering that starts a paragraph of a plan, in every style the plans use: 壹、 一、
 * （一） 1、 1. (1) ① and the bullet ◎; with the number it gives and the text after it.
 */
record Marker(Kind kind, int number, String rest) {

	/** Numbering styles, each a level of the plan's outline wherever it appears. */
	enum Kind {
		/** 壹、 貳、 參、: the chapters of the plan. */
		CHAPTER,
		/** 一、 二、 */
		CHINESE,
		/** （一） (一) */
		PAREN_CHINESE,
		/** 1、 2、 */
		ARABIC_COMMA,
		/** 1. 2. 1． */
		ARABIC_DOT,
		/** (1) （1） */
		PAREN_ARABIC,
		/** ① ② */
		CIRCLED,
		/** ◎ ● ■ ◆ */
		BULLET
	}

	private static final String CAPITAL = "壹貳參叁肆伍陸柒捌玖拾";
	private static final Pattern CHAPTER = Pattern.compile("^([" + CAPITAL + "]{1,3})\\s*[、．.]\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern CHINESE = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、．]\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern PAREN_CHINESE = Pattern
			.compile("^[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[)）]\\s*[、.．]?\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern ARABIC_COMMA = Pattern.compile("^(\\d{1,2})\\s*、\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern ARABIC_DOT = Pattern.compile("^(\\d{1,2})\\s*[.．](?![\\d０-９])\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern PAREN_ARABIC = Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[)）]\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])\\s*(.*)$", Pattern.DOTALL);
	private static final Pattern BULLET = Pattern.compile("^[◎●■◆]\\s*(.*)$", Pattern.DOTALL);

	/** The marker at the start of {@code text} (leading whitespace ignored), or null. */
	static Marker of(String text) {
		String s = ChineseNumerals.normalizeDigits(text.strip());
		Matcher m;
		if ((m = CHAPTER.matcher(s)).matches()) {
			return new Marker(Kind.CHAPTER, capital(m.group(1)), m.group(2));
		}
		if ((m = CHINESE.matcher(s)).matches()) {
			return new Marker(Kind.CHINESE, chinese(m.group(1)), m.group(2));
		}
		if ((m = PAREN_CHINESE.matcher(s)).matches()) {
			return new Marker(Kind.PAREN_CHINESE, chinese(m.group(1)), m.group(2));
		}
		if ((m = ARABIC_COMMA.matcher(s)).matches()) {
			return new Marker(Kind.ARABIC_COMMA, Integer.parseInt(m.group(1)), m.group(2));
		}
		if ((m = ARABIC_DOT.matcher(s)).matches()) {
			return new Marker(Kind.ARABIC_DOT, Integer.parseInt(m.group(1)), m.group(2));
		}
		if ((m = PAREN_ARABIC.matcher(s)).matches()) {
			return new Marker(Kind.PAREN_ARABIC, Integer.parseInt(m.group(1)), m.group(2));
		}
		if ((m = CIRCLED.matcher(s)).matches()) {
			return new Marker(Kind.CIRCLED, m.group(1).charAt(0) - '①' + 1, m.group(2));
		}
		if ((m = BULLET.matcher(s)).matches()) {
			return new Marker(Kind.BULLET, 0, m.group(1));
		}
		return null;
	}

	private static int chinese(String s) {
		try {
			return ChineseNumerals.parse(s);
		} catch (RuntimeException e) {
			return 0;
		}
	}

	private static int capital(String s) {
		String digits = s.replace('壹', '一').replace('貳', '二').replace('參', '三').replace('叁', '三')
				.replace('肆', '四').replace('伍', '五').replace('陸', '六').replace('柒', '七').replace('捌', '八')
				.replace('玖', '九').replace('拾', '十');
		try {
			return ChineseNumerals.parse(digits);
		} catch (RuntimeException e) {
			return 0;
		}
	}
}
