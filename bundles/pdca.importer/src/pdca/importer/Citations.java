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
	static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}]{1,10}字第[0-9A-Za-z]{4,20}號");
	private static final Pattern TITLE = Pattern.compile("「([^「」]{2,80})」");
	private static final Pattern LEAD = Pattern.compile("^(?:[，,、。；;\\s]|暨|及|並依|並|依據|依|與|和|以及|另)+");
	private static final Pattern TRAIL = Pattern.compile("(?:於)$");

	private Citations() {
	}

	/** The citations in {@code text} (cleaned), in order. */
	static List<Cited> parse(String text) {
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
			String issuer = issuer(text.substring(boundary, d[0]));
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
			int remarkEnd = -1;
			int end = after;
			while (titles.find()) {
				if (remarkEnd < 0) {
					remarkEnd = titles.start();
				}
				names.add(titles.group(1));
				end = titles.end();
			}
			String remark = remarkEnd > after ? remark(text.substring(after, remarkEnd)) : null;
			if (names.isEmpty()) {
				found.add(new Cited(issuer, date, documentNumber, null, null, d[0]));
			} else {
				for (String name : names) {
					found.add(new Cited(issuer, date, documentNumber, name, remark, d[0]));
				}
			}
			boundary = end;
		}
		return found;
	}

	private static String issuer(String before) {
		String s = before;
		// after a list marker (一、) or the end of an earlier sentence
		int cut = Math.max(s.lastIndexOf('。'), s.lastIndexOf('；'));
		if (cut >= 0) {
			s = s.substring(cut + 1);
		}
		Marker marker = Marker.of(s);
		if (marker != null) {
			s = marker.rest();
		}
		s = LEAD.matcher(s.strip()).replaceAll("");
		s = TRAIL.matcher(s).replaceAll("");
		return s.isBlank() || s.length() > 30 ? null : s;
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
