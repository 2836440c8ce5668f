package pdca.export;

import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import pdca.export.internal.RevisionSheet;

/**
 * A revision comparison table (修正對照表): what changed in a plan from one version to another, one row per change,
 * as agencies attach it to an amended plan so that the superior agency sees exactly what changed since the approved
 * version. Each row gives the element's place (「一、（二） 提供民眾易讀… 完成期限」), the content as amended (修正後內容),
 * the content before (原內容) and an explanation (說明) of the kind of change; a shifted deadline says so.
 * <p>
 * The table is neutral: the caller fills it (the command line from the team bundle's comparison of two versions),
 * and {@link PacketExporter} writes it into the packet beside the report, as {@code revisions.pdf} (PDF/A-2b),
 * {@code revisions.odt} and {@code revisions.ods} ({@link ExportFormat#revisionsFileName()}). Its words are those of
 * the export's messages: Traditional Chinese for a zh_TW locale, English otherwise.
 *
 * @param fromLabel the version compared with, as users name it: a baseline (核定版), a commit id
 * @param toLabel   the version of the amended plan, or null for the plan file as it is exported
 * @param rows      the changes, in the order of the amended plan
 */
public record RevisionTable(String fromLabel, String toLabel, List<Row> rows) {

	/** What kind of change a row is. */
	public enum Kind {
		/** An element added: nothing before. */
		ADDED,
		/** An element deleted: nothing after. */
		REMOVED,
		/** An element moved under another parent: the old and the new parent. */
		MOVED,
		/** A list reordered: the order before and after. */
		REORDERED,
		/** A value changed: the old and the new value. */
		CHANGED
	}

	/**
	 * One change.
	 *
	 * @param where    the element as users know it (「一、（二） 提供民眾易讀…」)
	 * @param kind     the kind of change
	 * @param feature  what of the element changed (完成期限, 主辦單位, 位置, 具體做法順序); empty for an element added or
	 *                 deleted
	 * @param before   the content before (原內容); empty for an element added
	 * @param after    the content as amended (修正後內容); empty for an element deleted
	 * @param deadline whether the change shifts a deadline (完成期限)
	 */
	public record Row(String where, Kind kind, String feature, String before, String after, boolean deadline) {

		public Row {
			if (kind == null) {
				throw new IllegalArgumentException("a row needs its kind");
			}
			where = where == null ? "" : where;
			feature = feature == null ? "" : feature;
			before = before == null ? "" : before;
			after = after == null ? "" : after;
		}

		/** The place column: the element, and what of it changed (「一、（二） 提供民眾易讀… 完成期限」). */
		public String place() {
			return feature.isEmpty() ? where : where + " " + feature;
		}

		/** The explanation column (說明): the kind of change in words; a deadline shift names the old and new deadline. */
		public String explanation() {
			return switch (kind) {
				case ADDED -> ExportMessages.get("revisions.added");
				case REMOVED -> ExportMessages.get("revisions.removed");
				case MOVED -> ExportMessages.get("revisions.moved");
				case REORDERED -> ExportMessages.format("revisions.reordered", feature);
				case CHANGED -> deadline ? ExportMessages.format("revisions.deadline", before, after)
						: ExportMessages.format("revisions.changed", feature);
			};
		}
	}

	public RevisionTable {
		if (fromLabel == null || fromLabel.isBlank()) {
			throw new IllegalArgumentException("a revision table needs the version compared with");
		}
		rows = List.copyOf(rows);
	}

	/** The number of rows that shift a deadline. */
	public long deadlineShifts() {
		return rows.stream().filter(Row::deadline).count();
	}

	/**
	 * Writes the table of the plan {@code planTitle} of {@code agency} in {@code format} to {@code out}; {@code canceled}
	 * is asked between parts.
	 *
	 * @param exported when the plan was exported: names the amended version when {@link #toLabel()} is null
	 */
	public void write(ExportFormat format, String planTitle, String agency, String producer, ZonedDateTime exported,
			OutputStream out, BooleanSupplier canceled) throws Exception {
		RevisionSheet sheet = sheet(planTitle, agency, exported);
		switch (format) {
			case PDF -> sheet.writePdf(out, producer, exported, canceled);
			case ODT -> sheet.writeOdt(out, producer, exported, canceled);
			case ODS -> sheet.writeOds(out, producer, exported, canceled);
		}
	}

	/** The table in words, as all three formats show it. */
	RevisionSheet sheet(String planTitle, String agency, ZonedDateTime exported) {
		String title = planTitle == null ? "" : planTitle;
		String generated = exported.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		String to = toLabel == null ? ExportMessages.format("revisions.now", generated) : toLabel;
		List<String[]> fields = new ArrayList<>();
		fields.add(new String[] { ExportMessages.get("revisions.plan"), title });
		if (agency != null && !agency.isBlank()) {
			fields.add(new String[] { ExportMessages.get("revisions.agency"), agency });
		}
		fields.add(new String[] { ExportMessages.get("revisions.from"), fromLabel });
		fields.add(new String[] { ExportMessages.get("revisions.to"), to });
		fields.add(new String[] { ExportMessages.get("revisions.count"),
				ExportMessages.format("revisions.countValue", rows.size(), deadlineShifts()) });
		List<String> headers = List.of(ExportMessages.get("revisions.number"), ExportMessages.get("revisions.place"),
				ExportMessages.get("revisions.after"), ExportMessages.get("revisions.before"), ExportMessages.get("revisions.note"));
		List<List<String>> cells = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			cells.add(List.of(String.valueOf(i + 1), r.place(), r.after(), r.before(), r.explanation()));
		}
		return new RevisionSheet(ExportMessages.format("revisions.title", title), agency == null ? "" : agency,
				ExportMessages.get("revisions.subject"), ExportMessages.get("revisions.sheet"),
				ExportMessages.get("revisions.versionsSheet"), fields, headers, cells,
				ExportMessages.format("revisions.none", fromLabel, to));
	}
}
