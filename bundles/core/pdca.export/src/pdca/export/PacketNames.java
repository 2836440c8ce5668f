package pdca.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import pdca.model.Plan;
import pdca.model.io.PlanFiles;

/**
 * Names of packet folders (and their zips). A packet is named after its plan: the plan's ROC year, three digits,
 * and the plan file's name without {@code .pdca} ({@code 106-tainan-motor-vehicle-station}), so that the plans of
 * several years kept under the same file name get packets of their own. The name is made safe as a single folder
 * name on Linux, Windows and macOS: no path separators, no {@code ..}, no control or invisible formatting
 * characters, none of {@code : * ? " < > |}, no leading dots (hidden), no trailing dots or spaces, no Windows
 * device name (CON, NUL, COM1, …), and not longer than {@value #MAX_BYTES} bytes in UTF-8. Two plans of one export
 * that still get the same name are told apart by {@link PacketExporter} with {@code -2}, {@code -3}, ….
 */
public final class PacketNames {

	/** Longest name in bytes (UTF-8): leaves room for the zip's extension and the hidden staging folder's suffix. */
	static final int MAX_BYTES = 150;

	/** The name of a plan whose file name has nothing usable. */
	static final String FALLBACK = "plan";

	private static final String FORBIDDEN = "/\\:*?\"<>|";

	private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
			"COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
			"LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

	private PacketNames() {
	}

	/**
	 * The packet name of a plan: {@code <ROC year>-<file name without .pdca>}, made safe; without the year when the
	 * plan has no valid one.
	 */
	public static String of(Plan plan, Path planFile) {
		Path fileName = planFile.getFileName();
		String file = fileName == null ? "" : fileName.toString();
		String extension = "." + PlanFiles.EXTENSION;
		String stem = file.toLowerCase(Locale.ROOT).endsWith(extension) ? file.substring(0, file.length() - extension.length())
				: file;
		String safe = safe(stem);
		int year = plan.getRocYear();
		return year >= 1 && year <= 999 ? String.format(Locale.ROOT, "%03d-%s", year, safe) : safe;
	}

	/** {@code name} made safe as the name of one folder or file inside the destination (see the class comment). */
	public static String safe(String name) {
		StringBuilder sb = new StringBuilder(name.length());
		name.codePoints().forEach(c -> sb.appendCodePoint(allowed(c) ? c : '_'));
		String s = sb.toString().replaceAll("\\.{2,}", ".");
		s = trim(s);
		s = trim(shorten(s));
		if (s.isEmpty()) {
			return FALLBACK;
		}
		int dot = s.indexOf('.');
		String base = dot < 0 ? s : s.substring(0, dot);
		if (WINDOWS_DEVICES.contains(base.strip().toUpperCase(Locale.ROOT))) {
			s = base + "_" + s.substring(base.length());
		}
		return s;
	}

	private static boolean allowed(int c) {
		int type = Character.getType(c);
		return !Character.isISOControl(c) && type != Character.FORMAT && type != Character.SURROGATE
				&& type != Character.PRIVATE_USE && type != Character.UNASSIGNED && type != Character.LINE_SEPARATOR
				&& type != Character.PARAGRAPH_SEPARATOR && FORBIDDEN.indexOf(c) < 0;
	}

	/** Without leading dots and blanks (a hidden name) and trailing dots and blanks (Windows drops them). */
	private static String trim(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isDotOrBlank(s.charAt(start))) {
			start++;
		}
		while (end > start && isDotOrBlank(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	private static boolean isDotOrBlank(char c) {
		return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/** At most {@link #MAX_BYTES} bytes in UTF-8, cut between characters. */
	private static String shorten(String s) {
		if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
			return s;
		}
		StringBuilder sb = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < s.length();) {
			int c = s.codePointAt(i);
			int n = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + n > MAX_BYTES) {
				break;
			}
			sb.appendCodePoint(c);
			bytes += n;
			i += Character.charCount(c);
		}
		return sb.toString();
	}
}
