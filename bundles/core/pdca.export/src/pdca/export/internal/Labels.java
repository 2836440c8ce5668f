package pdca.export.internal;

import java.util.Locale;

import pdca.model.i18n.MessageBundle;

/**
 * The labels of the documents written for agencies: the year-end report goes to a Taiwanese superior agency and
 * the review meeting's handout and minutes are the agency's own papers, so they are always in Traditional Chinese,
 * whatever language the workbench runs in; the labels live in {@code report_zh_TW.properties} and
 * {@code meeting_zh_TW.properties} (UTF-8).
 */
public final class Labels {

	private static final MessageBundle REPORT = new MessageBundle("pdca.export.internal.report", Labels.class);
	private static final MessageBundle MEETING = new MessageBundle("pdca.export.internal.meeting", Labels.class);

	private Labels() {
	}

	/** The label for {@code key}; {@code !key!} when it is missing. */
	public static String get(String key) {
		return bundle(key).get(Locale.TAIWAN, key);
	}

	/** The label for {@code key} with {@code args} filled in. */
	public static String format(String key, Object... args) {
		return bundle(key).format(Locale.TAIWAN, key, args);
	}

	private static MessageBundle bundle(String key) {
		return MEETING.has(Locale.TAIWAN, key) ? MEETING : REPORT;
	}
}
