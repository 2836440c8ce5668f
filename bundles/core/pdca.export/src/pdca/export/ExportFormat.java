package pdca.export;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The files of a packet besides the manifest. */
public enum ExportFormat {
	/** The report as PDF/A-2b: not meant to be edited, for sending and archiving. */
	PDF("report.pdf", "revisions.pdf"),
	/** The same report as an OpenDocument text, for editing. */
	ODT("report.odt", "revisions.odt"),
	/** The tables as an OpenDocument spreadsheet: actions, KPIs, improvement actions, evaluations. */
	ODS("tables.ods", "revisions.ods");

	private final String fileName;
	private final String revisionsFileName;

	ExportFormat(String fileName, String revisionsFileName) {
		this.fileName = fileName;
		this.revisionsFileName = revisionsFileName;
	}

	/** The file name inside the packet folder. */
	public String fileName() {
		return fileName;
	}

	/**
	 * The file name of the revision comparison table (修正對照表, {@link RevisionTable}) in this format inside the
	 * packet folder, written when the export is given a table.
	 */
	public String revisionsFileName() {
		return revisionsFileName;
	}

	/**
	 * Parses a comma-separated list such as {@code pdf,odt,ods} (case-insensitive).
	 *
	 * @throws IllegalArgumentException naming the unknown format
	 */
	public static Set<ExportFormat> parseList(String text) {
		Set<ExportFormat> result = EnumSet.noneOf(ExportFormat.class);
		for (String part : text.split(",")) {
			String p = part.trim();
			if (p.isEmpty()) {
				continue;
			}
			try {
				result.add(valueOf(p.toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(p);
			}
		}
		if (result.isEmpty()) {
			throw new IllegalArgumentException(text);
		}
		return result;
	}
}
