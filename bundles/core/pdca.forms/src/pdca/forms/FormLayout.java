package pdca.forms;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import pdca.model.ActionStatus;
import pdca.model.Evidence;
import pdca.model.ProgressReport;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.Figures;
import pdca.model.logic.Terms;

/**
 * The layout of a check-in form, shared by the writer and the reader: the sheet, the hidden columns that carry what
 * a return is matched by, the columns a unit fills, and the canonical form of each value (what "unchanged" means).
 *
 * <p>The form sheet: rows 1–4 name the form, the plan, the quarter and the unit (hidden column A holds the key,
 * hidden column B its value: the plan's id, {@code 106-3}, the unit's id); row 6 is the header; below it one row per
 * work item, then a header row for the KPIs and one row per KPI. Hidden column A of a data row holds
 * {@code item:<id>} or {@code kpi:<id>}, column B a fingerprint of the cells the unit must not change, column C a
 * fingerprint of each value the form was made with (so a return can tell what the unit changed from what the
 * workbench changed meanwhile).
 */
final class FormLayout {

	/** The value of cell A1 of every form: it tells a check-in form from any other spreadsheet. */
	static final String MARKER = "pdca-checkin-form";
	/** The version of the layout, in B1. */
	static final String VERSION = "1";

	static final String KEY_PLAN = "plan";
	static final String KEY_QUARTER = "quarter";
	static final String KEY_UNIT = "unit";
	static final String KEY_HEADER = "columns";
	static final String KEY_KPI_HEADER = "kpi-columns";
	static final String ITEM = "item:";
	static final String KPI = "kpi:";

	/** Rows before the header row (0-based index of the header row). */
	static final int HEADER_ROW = 5;

	// hidden columns
	static final int KEY = 0;
	static final int LOCK = 1;
	static final int BASE = 2;
	// locked columns the unit reads
	static final int NUMBER = 3;
	static final int CONTEXT = 4;
	static final int TEXT = 5;
	static final int DEADLINE = 6;
	static final int PREVIOUS_STATUS = 7;
	static final int PREVIOUS_PROGRESS = 8;
	static final int PREVIOUS_NARRATIVE = 9;
	// columns the unit fills
	static final int STATUS = 10;
	static final int PROGRESS = 11;
	static final int NARRATIVE = 12;
	static final int KPI_VALUE = 13;
	static final int EVIDENCE = 14;
	static final int REPORTED_BY = 15;
	static final int REPORTED_ON = 16;
	static final int COLUMNS = 17;

	/** The locked columns of a row whose fingerprint is in column B. */
	static final int[] LOCKED = { NUMBER, CONTEXT, TEXT, DEADLINE, PREVIOUS_STATUS, PREVIOUS_PROGRESS, PREVIOUS_NARRATIVE };

	private static final MessageBundle LABELS = new MessageBundle("pdca.forms.form", FormLayout.class);

	private FormLayout() {
	}

	/** Whether the form has a label {@code key}. */
	static boolean hasLabel(String key) {
		return LABELS.has(Locale.TAIWAN, key);
	}

	/** A label of the form (always Traditional Chinese: the forms go to the agency's units). */
	static String label(String key) {
		return LABELS.get(Locale.TAIWAN, key);
	}

	static String label(String key, Object... args) {
		return LABELS.format(Locale.TAIWAN, key, args);
	}

	// --- canonical values: equal when they mean the same ---

	/** Text as compared: line breaks as \n, no blanks at the ends of lines or of the whole. */
	static String text(String s) {
		if (s == null) {
			return "";
		}
		String t = s.replace("\r\n", "\n").replace('\r', '\n');
		return t.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
	}

	static String status(ActionStatus s) {
		return s == null ? "" : s.getName();
	}

	static String progress(Integer p) {
		return p == null ? "" : Integer.toString(p);
	}

	static String number(Double d) {
		return d == null ? "" : Figures.exact(d);
	}

	static String number(BigDecimal d) {
		return d == null ? "" : number(d.doubleValue());
	}

	static String date(LocalDate d) {
		return d == null ? "" : d.toString();
	}

	/** The evidence of a report, one entry per line: its title, or its location when it has no title. */
	static String evidence(ProgressReport r) {
		if (r == null) {
			return "";
		}
		return r.getEvidence().stream().map(FormLayout::evidence).filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
	}

	static String evidence(Evidence e) {
		return text(e.getTitle() != null && !e.getTitle().isBlank() ? e.getTitle() : e.getLocation());
	}

	/** The word of a status in the form (Traditional Chinese, the users' word). */
	static String statusWord(ActionStatus s) {
		return s == null ? "" : Terms.status(Locale.TAIWAN, s);
	}

	/** A short fingerprint of a value: 12 hex digits of its SHA-256. */
	static String fingerprint(String canonical) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(d, 0, 6);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The fingerprint of the locked cells of a row as shown (column B). */
	static String lockFingerprint(List<String> lockedTexts) {
		return fingerprint(lockedTexts.stream().map(FormLayout::text).collect(Collectors.joining("\u001f")));
	}

	/** Column letter(s) for a 0-based index. */
	static String columnName(int column) {
		StringBuilder b = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			b.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return b.toString();
	}

	/** The header of a column as the form shows it. */
	static String header(int column) {
		return label("col." + column);
	}
}
