package pdca.export.internal;

import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

import pdca.export.internal.OdsTablesWriter.Value;

/**
 * A revision comparison table (修正對照表) in words, written as PDF/A-2b and ODT by the writers of the meeting
 * documents ({@link PaperPdfWriter}, {@link PaperOdtWriter}: a flowing {@link MeetingPaper} of a title, the versions
 * compared and the table) and as an ODS by the workbook's sheet writer ({@link OdsTablesWriter#sheet}: the table, and
 * the versions compared on a second sheet).
 *
 * @param documentTitle the title, shown and in the metadata
 * @param author        the agency (metadata)
 * @param subject       the subject (metadata)
 * @param sheetName     the name of the table in the ODT and of its sheet in the ODS
 * @param versionsSheet the name of the ODS sheet with the plan and the versions compared
 * @param fields        label–value pairs above the table: the plan, the versions compared, the number of changes
 * @param headers       the table's column headers
 * @param rows          the table's rows, cell texts in the order of the headers
 * @param none          the sentence shown instead of the table when nothing changed
 */
public record RevisionSheet(String documentTitle, String author, String subject, String sheetName, String versionsSheet,
		List<String[]> fields,
		List<String> headers, List<List<String>> rows, String none) {

	/** Relative widths of the columns: number (two characters wide, for 編號), place, as amended, before, explanation. */
	static final float[] WIDTHS = { 0.6f, 2.1f, 2.3f, 2.3f, 1.9f };

	MeetingPaper paper() {
		MeetingPaper paper = new MeetingPaper(documentTitle, author, subject, false);
		paper.add(new MeetingPaper.Title(documentTitle, 16f, true, true, 12f));
		paper.add(new MeetingPaper.Fields(fields));
		if (rows.isEmpty()) {
			paper.add(new MeetingPaper.Text(MeetingPaper.Style.NOTE, none));
		} else {
			boolean[] numeric = new boolean[headers.size()];
			numeric[0] = true;
			paper.add(new MeetingPaper.Table(sheetName, headers, rows, WIDTHS, numeric,
					Collections.nCopies(rows.size(), null)));
		}
		return paper;
	}

	public void writePdf(OutputStream out, String producer, ZonedDateTime created, BooleanSupplier canceled) throws Exception {
		new PaperPdfWriter(paper(), null, producer, created).write(out, canceled);
	}

	public void writeOdt(OutputStream out, String producer, ZonedDateTime created, BooleanSupplier canceled) throws Exception {
		new PaperOdtWriter(paper(), null, producer, created).write(out, canceled);
	}

	/**
	 * The table as a sheet (its number as a number cell, so that it sorts), and the plan and the versions compared
	 * on a second sheet.
	 */
	public void writeOds(OutputStream out, String producer, ZonedDateTime created, BooleanSupplier canceled) throws Exception {
		OdfContext.call(() -> {
			OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.newSpreadsheetDocument();
			try {
				doc.getOfficeMetadata().setTitle(documentTitle);
				doc.getOfficeMetadata().setSubject(subject);
				doc.getOfficeMetadata().setInitialCreator(author);
				doc.getOfficeMetadata().setCreator(author); // else the creator of ODFDOM's template
				doc.getOfficeMetadata().setGenerator(producer);
				doc.getOfficeMetadata().setCreationDate(GregorianCalendar.from(created));
				List<OdfTable> initial = new ArrayList<>(doc.getTableList());
				List<List<Value>> table = new ArrayList<>();
				table.add(headers.stream().map(Value::of).toList());
				for (List<String> row : rows) {
					List<Value> values = new ArrayList<>();
					values.add(Value.of(Double.valueOf(row.get(0))));
					for (String cell : row.subList(1, row.size())) {
						values.add(Value.of(cell));
					}
					table.add(values);
				}
				OdsTablesWriter.sheet(doc, sheetName, table);
				if (canceled.getAsBoolean()) {
					throw new PdfReportWriter.CanceledSignal();
				}
				List<List<Value>> versions = new ArrayList<>();
				for (String[] pair : fields) {
					versions.add(List.of(Value.of(pair[0]), Value.of(pair[1])));
				}
				if (rows.isEmpty()) {
					versions.add(List.of(Value.of(none), Value.of(null)));
				}
				OdsTablesWriter.sheet(doc, versionsSheet, versions);
				for (OdfTable t : initial) {
					t.remove();
				}
				doc.save(out);
			} finally {
				doc.close();
			}
			return null;
		});
	}
}
