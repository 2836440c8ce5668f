package pdca.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pdca.model.schedule.RocDate;

/**
 * The documents a plan cites as its basis (計畫依據): issuer, ROC date, document number (文號)
 * and the title in 「」, several per paragraph and several titles under one letter.
 */
final class Citations {

	/** One cited document as read; null fields were not in the text. */
	record Cited(String issuer, LocalDate date, String documentNumber, String title, String remark, int start) {

		/** How many of issuer, date, number and title were found, 0–4. */
		int completeness() {
			return (issuer == null ? 0 : 1) + (date == null ? 0 : 1) + (documentNumber == null ? 0 : 1)
					+ (title == null ? 0 : 1);
		}
	}

	static final Pattern DATE = Pattern.compile("(?:中華)?(?:民國)?(\\d{2,3})年(\\d{1,2})月(\\d{1,2})日");
	static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}]{1,10}?字第[0-9A-Za-z○〇零一二三四五六七八九]{4,20}號");
	private static final Pattern CN_DATE = Pattern
			.compile("([一二三四五六七八九十○〇零]{1,4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
	private static final Pattern TITLE = Pattern.compile("「([^「」]{2,80})」");
	private static final Pattern LEAD = Pattern.compile("^(?:[，,、。；;\\s]|暨|及|並依|並|依據|依|與|和|以及|另)+");
	private static final Pattern DOCUMENT = Pattern.compile("(?:計畫|方案|要點|辦法|規定|原則|須知)");
	private static final Pattern PLAIN_TITLE = Pattern.compile("\\s*(函頒之|函頒|函訂|函發|函送|函)?\\s*([^「」。；，]{2,60}?" + DOCUMENT.pattern() + ")(?=[。；，]|$)");
	private static final Pattern ALSO = Pattern.compile("\\s*(?:及|暨|與|、)\\s*([^「」。；，]{2,60}?" + DOCUMENT.pattern() + ")(?=[。；，]|$)");
	private static final Pattern TRAIL = Pattern.compile("(?:於)$");

	private Citations() {
	}

	/** The citations in {@code text} (cleaned), in order. */
	static List<Cited> parse(String written) {
		// dates in Chinese numerals (一○六年一月九日) read as digits; document numbers stay as written
		String text = CN_DATE.matcher(written).replaceAll(r -> {
			try {
				return pdca.model.schedule.ChineseNumerals.parse(r.group(1)) + "年"
						+ pdca.model.schedule.ChineseNumerals.parse(r.group(2)) + "月"
						+ pdca.model.schedule.ChineseNumerals.parse(r.group(3)) + "日";
			} catch (RuntimeException e) {
				return r.group();
			}
		});
		List<Cited> found = new ArrayList<>();
		Matcher dates = DATE.matcher(text);
		List<int[]> spans = new ArrayList<>();
		while (dates.find()) {
			spans.add(new int[] { dates.start(), dates.end() });
		}
		int boundary = 0;
		for (int i = 0; i < spans.size(); i++) {
			int[] d = spans.get(i);
			int nextDate = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
			String before = text.substring(boundary, d[0]);
			int list = lastListMarker(before);
			if (list >= 0) {
				// items of the list before this one that cite a document without a date: 「二、交通部公路總局提升服務品質執行計畫」
				for (String item : before.substring(0, list).split("[一二三四五六七八九十]{1,3}、")) {
					String name = Texts.withoutFinalStop(LEAD.matcher(item.strip()).replaceAll(""));
					if (name.length() >= 4 && DOCUMENT.matcher(name).find()) {
						found.add(new Cited(null, null, null, name, null, boundary));
					}
				}
			}
			String issuer = issuer(before);
			LocalDate date = date(text.substring(d[0], d[1]));
			Matcher number = NUMBER.matcher(text).region(d[1], Math.min(nextDate, d[1] + 40));
			String documentNumber = null;
			int after = d[1];
			if (number.find() && number.start() - d[1] <= 4) {
				documentNumber = number.group();
				after = number.end();
			}
			Matcher titles = TITLE.matcher(text).region(after, nextDate);
			List<String> names = new ArrayList<>();
			List<String> remarks = new ArrayList<>();
			int end = after;
			while (titles.find()) {
				// the words before each title: 「函修正之」, then 「暨訂頒之」 before a second one
				remarks.add(remark(LEAD.matcher(text.substring(end, titles.start()).strip()).replaceAll("")));
				names.add(titles.group(1));
				end = titles.end();
			}
			String remark = remarks.isEmpty() ? null : remarks.get(0);
			if (names.isEmpty()) {
				// a title written without 「」: 「…號函訂一○六年提升服務品質執行計畫。」
				Matcher plain = PLAIN_TITLE.matcher(text).region(after, nextDate);
				if (plain.lookingAt()) {
					remark = plain.group(1);
					names.add(plain.group(2));
					end = plain.end();
				}
			}
			if (names.isEmpty()) {
				found.add(new Cited(issuer, date, documentNumber, null, remark(text.substring(after, Math.min(nextDate, after + 6))), d[0]));
			} else {
				for (int k = 0; k < names.size(); k++) {
					String r = k < remarks.size() && remarks.get(k) != null ? remarks.get(k) : remark;
					found.add(new Cited(issuer, date, documentNumber, names.get(k), r, d[0]));
				}
			}
			// 「…」及交通部提升服務品質實施計畫: one more document, named only
			Matcher also = ALSO.matcher(text).region(end, nextDate);
			if (also.lookingAt()) {
				found.add(new Cited(null, null, null, also.group(1), null, end));
				end = also.end();
			}
			boundary = end;
		}
		return found;
	}

	/** Agency names at the start of a title: 交通部, 交通部公路總局, 彰化縣政府, 中央選舉委員會 (not 內部, 全部: three characters at least). */
	private static final Pattern AGENCY_FIRST = Pattern
			.compile("^(?:[\\p{IsHan}]{1,10}?(?:政府|委員會|總局|部|院|署)(?<=[\\p{IsHan}]{3}))+");

	/**
	 * The agency a document's title begins with (「交通部提升服務品質實施計畫」 → 交通部), for a
	 * citation that names no issuer; null when the title does not begin with one.
	 */
	static String issuerInTitle(String title) {
		Matcher m = AGENCY_FIRST.matcher(title);
		return m.find() && m.end() < title.length() ? m.group() : null;
	}

	private static String issuer(String before) {
		String s = before;
		// after a list marker (一、) or the end of an earlier sentence
		int cut = Math.max(s.lastIndexOf('。'), s.lastIndexOf('；'));
		if (cut >= 0) {
			s = s.substring(cut + 1);
		}
		int list = lastListMarker(s);
		if (list >= 0) {
			s = s.substring(list);
		}
		Marker marker = Marker.of(s);
		if (marker != null) {
			s = marker.rest();
		}
		s = LEAD.matcher(s.strip()).replaceAll("");
		s = TRAIL.matcher(s).replaceAll("");
		return s.isBlank() || s.length() > 30 ? null : s;
	}

	/** Where the text after the last list marker (三、) begins, or -1. */
	private static int lastListMarker(String s) {
		Matcher m = Pattern.compile("[一二三四五六七八九十]{1,3}、").matcher(s);
		int at = -1;
		while (m.find()) {
			at = m.end();
		}
		return at;
	}

	private static String remark(String between) {
		String s = between.strip();
		s = s.replaceAll("之$", "").replaceAll("^之", "");
		return s.isBlank() || s.length() > 12 ? null : s;
	}

	private static LocalDate date(String text) {
		try {
			return RocDate.parse(text);
		} catch (DateTimeException | IllegalArgumentException e) {
			return null;
		}
	}
}
