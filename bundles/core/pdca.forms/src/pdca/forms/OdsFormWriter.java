package pdca.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import pdca.model.ActionStatus;

/**
 * Writes one unit's form as an OpenDocument spreadsheet: the form sheet (protected without a password, the cells
 * the unit fills unlocked, a drop-down list of the statuses, progress limited to whole numbers 0–100, KPI values to
 * numbers) and the instructions sheet. Written directly as ODF 1.3 XML so that every attribute the return is
 * matched by is under control.
 */
final class OdsFormWriter {

	static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
	private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
	private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
	private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
	private static final String DC = "http://purl.org/dc/elements/1.1/";
	private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
	/** The namespace of OpenFormula, the "of:" of validation conditions (LibreOffice ignores a condition without it). */
	private static final String OF = "urn:oasis:names:tc:opendocument:xmlns:of:1.2";

	/** A cell to write. */
	record Cell(Object value, String style, String validation) {
		static Cell of(Object value, String style) {
			return new Cell(value, style, null);
		}
	}

	/** The form of one unit, ready to write. */
	record Sheet(String name, double[] columnWidthsCm, boolean[] hidden, List<List<Cell>> rows) {
	}

	private final String title;
	private final String creator;
	private final String generator;

	OdsFormWriter(String title, String creator, String generator) {
		this.title = title;
		this.creator = creator;
		this.generator = generator;
	}

	/** The status words of the drop-down list, in the order of the statuses. */
	static List<String> statusWords() {
		List<String> words = new ArrayList<>();
		for (ActionStatus s : ActionStatus.VALUES) {
			words.add(FormLayout.statusWord(s));
		}
		return words;
	}

	void write(OutputStream out, Sheet form, Sheet instructions) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			byte[] mime = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
			ZipEntry m = new ZipEntry("mimetype");
			m.setMethod(ZipEntry.STORED);
			m.setSize(mime.length);
			CRC32 crc = new CRC32();
			crc.update(mime);
			m.setCrc(crc.getValue());
			zip.putNextEntry(m);
			zip.write(mime);
			zip.closeEntry();
			entry(zip, "content.xml", content(form, instructions));
			entry(zip, "styles.xml", styles());
			entry(zip, "meta.xml", meta());
			entry(zip, "META-INF/manifest.xml", manifest());
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	private interface Body {
		void write(XMLStreamWriter w) throws XMLStreamException;
	}

	private static byte[] xml(Body body) throws XMLStreamException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
		w.setPrefix("office", OFFICE);
		w.setPrefix("style", STYLE);
		w.setPrefix("text", TEXT);
		w.setPrefix("table", TABLE);
		w.setPrefix("fo", FO);
		w.setPrefix("number", NUMBER);
		w.setPrefix("meta", META);
		w.setPrefix("dc", DC);
		w.setPrefix("manifest", MANIFEST);
		w.writeStartDocument("UTF-8", "1.0");
		body.write(w);
		w.writeEndDocument();
		w.close();
		return bytes.toByteArray();
	}

	private static void namespaces(XMLStreamWriter w) throws XMLStreamException {
		w.writeNamespace("office", OFFICE);
		w.writeNamespace("style", STYLE);
		w.writeNamespace("text", TEXT);
		w.writeNamespace("table", TABLE);
		w.writeNamespace("fo", FO);
		w.writeNamespace("number", NUMBER);
		w.writeNamespace("meta", META);
		w.writeNamespace("dc", DC);
		w.writeNamespace("of", OF);
	}

	private byte[] meta() throws XMLStreamException {
		return xml(w -> {
			w.writeStartElement(OFFICE, "document-meta");
			namespaces(w);
			w.writeAttribute(OFFICE, "version", "1.3");
			w.writeStartElement(OFFICE, "meta");
			simple(w, META, "generator", generator);
			simple(w, DC, "title", title);
			simple(w, META, "initial-creator", creator);
			simple(w, DC, "creator", creator);
			simple(w, DC, "language", "zh-TW");
			w.writeEndElement();
			w.writeEndElement();
		});
	}

	private static void simple(XMLStreamWriter w, String ns, String name, String text) throws XMLStreamException {
		w.writeStartElement(ns, name);
		w.writeCharacters(text == null ? "" : text);
		w.writeEndElement();
	}

	private static byte[] manifest() throws XMLStreamException {
		return xml(w -> {
			w.writeStartElement(MANIFEST, "manifest");
			w.writeNamespace("manifest", MANIFEST);
			w.writeAttribute(MANIFEST, "version", "1.3");
			fileEntry(w, "/", MIMETYPE);
			fileEntry(w, "content.xml", "text/xml");
			fileEntry(w, "styles.xml", "text/xml");
			fileEntry(w, "meta.xml", "text/xml");
			w.writeEndElement();
		});
	}

	private static void fileEntry(XMLStreamWriter w, String path, String type) throws XMLStreamException {
		w.writeEmptyElement(MANIFEST, "file-entry");
		w.writeAttribute(MANIFEST, "full-path", path);
		if (path.equals("/")) {
			w.writeAttribute(MANIFEST, "version", "1.3");
		}
		w.writeAttribute(MANIFEST, "media-type", type);
	}

	private static byte[] styles() throws XMLStreamException {
		return xml(w -> {
			w.writeStartElement(OFFICE, "document-styles");
			namespaces(w);
			w.writeAttribute(OFFICE, "version", "1.3");
			w.writeStartElement(OFFICE, "styles");
			w.writeStartElement(STYLE, "default-style");
			w.writeAttribute(STYLE, "family", "table-cell");
			w.writeEmptyElement(STYLE, "text-properties");
			w.writeAttribute(FO, "language", "zh");
			w.writeAttribute(FO, "country", "TW");
			w.writeAttribute(STYLE, "language-asian", "zh");
			w.writeAttribute(STYLE, "country-asian", "TW");
			w.writeEndElement();
			w.writeStartElement(STYLE, "style");
			w.writeAttribute(STYLE, "name", "Default");
			w.writeAttribute(STYLE, "family", "table-cell");
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
		});
	}

	// --- content ---

	/** Cell styles: locked (grey), header (bold, locked), title, input (unlocked, framed), input as text (dates). */
	static final String LOCKED = "ceLocked";
	static final String HEADER = "ceHeader";
	static final String TITLE = "ceTitle";
	static final String INPUT = "ceInput";
	static final String INPUT_TEXT = "ceInputText";
	static final String PLAIN = "cePlain";
	/** The form's heading lines: one line each, running over the empty cells beside them. */
	static final String HEADING = "ceHeading";

	/** Validations. */
	static final String V_STATUS = "valStatus";
	static final String V_PROGRESS = "valProgress";
	static final String V_NUMBER = "valNumber";

	private byte[] content(Sheet form, Sheet instructions) throws XMLStreamException {
		return xml(w -> {
			w.writeStartElement(OFFICE, "document-content");
			namespaces(w);
			w.writeAttribute(OFFICE, "version", "1.3");
			automaticStyles(w, form, instructions);
			w.writeStartElement(OFFICE, "body");
			w.writeStartElement(OFFICE, "spreadsheet");
			validations(w, form.name());
			table(w, form, "coF");
			table(w, instructions, "coI");
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
		});
	}

	private static void automaticStyles(XMLStreamWriter w, Sheet form, Sheet instructions) throws XMLStreamException {
		w.writeStartElement(OFFICE, "automatic-styles");
		// a text format for the date column, so that 106/9/30 stays as typed
		w.writeStartElement(NUMBER, "text-style");
		w.writeAttribute(STYLE, "name", "N100");
		w.writeEmptyElement(NUMBER, "text-content");
		w.writeEndElement();
		columnStyles(w, form, "coF");
		columnStyles(w, instructions, "coI");
		w.writeStartElement(STYLE, "style");
		w.writeAttribute(STYLE, "name", "ro1");
		w.writeAttribute(STYLE, "family", "table-row");
		w.writeEmptyElement(STYLE, "table-row-properties");
		w.writeAttribute(STYLE, "use-optimal-row-height", "true");
		w.writeEndElement();
		w.writeStartElement(STYLE, "style");
		w.writeAttribute(STYLE, "name", "ta1");
		w.writeAttribute(STYLE, "family", "table");
		w.writeEmptyElement(STYLE, "table-properties");
		w.writeAttribute(TABLE, "display", "true");
		w.writeEndElement();
		cellStyle(w, LOCKED, "protected", "#eeeeee", false, false);
		cellStyle(w, HEADER, "protected", "#d9e2f3", true, false);
		cellStyle(w, TITLE, "protected", null, true, false, false);
		cellStyle(w, HEADING, "protected", null, false, false, false);
		cellStyle(w, PLAIN, "protected", null, false, false);
		cellStyle(w, INPUT, "none", "#fffbe6", false, false);
		cellStyle(w, INPUT_TEXT, "none", "#fffbe6", false, true);
		w.writeEndElement();
	}

	private static void columnStyles(XMLStreamWriter w, Sheet sheet, String prefix) throws XMLStreamException {
		for (int c = 0; c < sheet.columnWidthsCm().length; c++) {
			w.writeStartElement(STYLE, "style");
			w.writeAttribute(STYLE, "name", prefix + c);
			w.writeAttribute(STYLE, "family", "table-column");
			w.writeEmptyElement(STYLE, "table-column-properties");
			w.writeAttribute(STYLE, "column-width", String.format(Locale.ROOT, "%.2fcm", sheet.columnWidthsCm()[c]));
			w.writeEndElement();
		}
	}

	private static void cellStyle(XMLStreamWriter w, String name, String protect, String background, boolean bold, boolean text)
			throws XMLStreamException {
		cellStyle(w, name, protect, background, bold, text, true);
	}

	private static void cellStyle(XMLStreamWriter w, String name, String protect, String background, boolean bold, boolean text,
			boolean wrap) throws XMLStreamException {
		w.writeStartElement(STYLE, "style");
		w.writeAttribute(STYLE, "name", name);
		w.writeAttribute(STYLE, "family", "table-cell");
		w.writeAttribute(STYLE, "parent-style-name", "Default");
		if (text) {
			w.writeAttribute(STYLE, "data-style-name", "N100");
		}
		w.writeEmptyElement(STYLE, "table-cell-properties");
		w.writeAttribute(STYLE, "cell-protect", protect);
		w.writeAttribute(FO, "wrap-option", wrap ? "wrap" : "no-wrap");
		w.writeAttribute(STYLE, "vertical-align", "top");
		if (background != null) {
			w.writeAttribute(FO, "background-color", background);
		}
		if (protect.equals("none")) {
			w.writeAttribute(FO, "border", "0.06pt solid #808080");
		}
		if (bold) {
			w.writeEmptyElement(STYLE, "text-properties");
			w.writeAttribute(FO, "font-weight", "bold");
			w.writeAttribute(STYLE, "font-weight-asian", "bold");
		}
		w.writeEndElement();
	}

	private static void validations(XMLStreamWriter w, String sheetName) throws XMLStreamException {
		String base = "'" + sheetName.replace("'", "''") + "'.A1";
		w.writeStartElement(TABLE, "content-validations");
		StringBuilder list = new StringBuilder("of:cell-content-is-in-list(");
		List<String> words = statusWords();
		for (int i = 0; i < words.size(); i++) {
			list.append(i == 0 ? "" : ";").append('"').append(words.get(i).replace("\"", "\"\"")).append('"');
		}
		list.append(')');
		validation(w, V_STATUS, list.toString(), base, true, FormLayout.label("valid.statusTitle"),
				FormLayout.label("valid.status", String.join("、", words)));
		validation(w, V_PROGRESS, "of:cell-content-is-whole-number() and cell-content-is-between(0,100)", base, false,
				FormLayout.label("valid.progressTitle"), FormLayout.label("valid.progress"));
		validation(w, V_NUMBER, "of:cell-content-is-decimal-number() and cell-content-is-between(-1000000000000,1000000000000)", base, false, FormLayout.label("valid.numberTitle"),
				FormLayout.label("valid.number"));
		w.writeEndElement();
	}

	private static void validation(XMLStreamWriter w, String name, String condition, String base, boolean list, String title,
			String message) throws XMLStreamException {
		w.writeStartElement(TABLE, "content-validation");
		w.writeAttribute(TABLE, "name", name);
		w.writeAttribute(TABLE, "condition", condition);
		w.writeAttribute(TABLE, "allow-empty-cell", "true");
		w.writeAttribute(TABLE, "base-cell-address", base);
		if (list) {
			w.writeAttribute(TABLE, "display-list", "unsorted");
		}
		w.writeStartElement(TABLE, "help-message");
		w.writeAttribute(TABLE, "title", title);
		w.writeAttribute(TABLE, "display", "true");
		paragraphs(w, message);
		w.writeEndElement();
		w.writeStartElement(TABLE, "error-message");
		w.writeAttribute(TABLE, "title", title);
		w.writeAttribute(TABLE, "display", "true");
		w.writeAttribute(TABLE, "message-type", "stop");
		paragraphs(w, message);
		w.writeEndElement();
		w.writeEndElement();
	}

	private static void table(XMLStreamWriter w, Sheet sheet, String columnPrefix) throws XMLStreamException {
		w.writeStartElement(TABLE, "table");
		w.writeAttribute(TABLE, "name", sheet.name());
		w.writeAttribute(TABLE, "style-name", "ta1");
		w.writeAttribute(TABLE, "protected", "true");
		for (int c = 0; c < sheet.columnWidthsCm().length; c++) {
			w.writeEmptyElement(TABLE, "table-column");
			w.writeAttribute(TABLE, "style-name", columnPrefix + c);
			if (sheet.hidden()[c]) {
				w.writeAttribute(TABLE, "visibility", "collapse");
			}
			w.writeAttribute(TABLE, "default-cell-style-name", PLAIN);
		}
		for (List<Cell> row : sheet.rows()) {
			w.writeStartElement(TABLE, "table-row");
			w.writeAttribute(TABLE, "style-name", "ro1");
			for (Cell cell : row) {
				cell(w, cell);
			}
			w.writeEndElement();
		}
		w.writeEndElement();
	}

	private static void cell(XMLStreamWriter w, Cell cell) throws XMLStreamException {
		w.writeStartElement(TABLE, "table-cell");
		if (cell.style() != null) {
			w.writeAttribute(TABLE, "style-name", cell.style());
		}
		if (cell.validation() != null) {
			w.writeAttribute(TABLE, "content-validation-name", cell.validation());
		}
		Object v = cell.value();
		if (v instanceof Double d) {
			w.writeAttribute(OFFICE, "value-type", "float");
			w.writeAttribute(OFFICE, "value", FormLayout.number(d));
			paragraphs(w, FormLayout.number(d));
		} else if (v instanceof String s && !s.isEmpty()) {
			w.writeAttribute(OFFICE, "value-type", "string");
			paragraphs(w, s);
		}
		w.writeEndElement();
	}

	/** Text as ODF paragraphs: one per line, runs of spaces and tabs as ODF writes them. */
	static void paragraphs(XMLStreamWriter w, String text) throws XMLStreamException {
		for (String line : text.split("\n", -1)) {
			w.writeStartElement(TEXT, "p");
			int spaces = 0;
			StringBuilder run = new StringBuilder();
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (c == ' ') {
					spaces++;
					continue;
				}
				if (spaces > 0) {
					flushSpaces(w, run, spaces, run.isEmpty() && i == spaces);
					spaces = 0;
				}
				if (c == '\t') {
					w.writeCharacters(run.toString());
					run.setLength(0);
					w.writeEmptyElement(TEXT, "tab");
				} else {
					run.append(c);
				}
			}
			if (spaces > 0) {
				flushSpaces(w, run, spaces, true);
			}
			w.writeCharacters(run.toString());
			w.writeEndElement();
		}
	}

	/** One space stays a character; more (or any at the start or end of a line) become text:s. */
	private static void flushSpaces(XMLStreamWriter w, StringBuilder run, int spaces, boolean edge) throws XMLStreamException {
		if (spaces == 1 && !edge) {
			run.append(' ');
			return;
		}
		w.writeCharacters(run.toString());
		run.setLength(0);
		w.writeEmptyElement(TEXT, "s");
		if (spaces > 1) {
			w.writeAttribute(TEXT, "c", Integer.toString(spaces));
		}
	}
}
