package pdca.forms;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a returned form: an OpenDocument spreadsheet, an Excel workbook (XLSX, through {@link XlsxReturnReader}), or
 * a CSV file saved from either (UTF-8 with or without a byte order mark, UTF-16 with one, or Big5 / code page 950;
 * comma, semicolon or tab between the cells). Only the sheet that starts with the form's marker is kept.
 *
 * <p>Nothing in a returned file is trusted: files over {@link #MAX_FILE_BYTES} are refused before reading, the
 * spreadsheet's content is read as a stream and refused past {@link #MAX_CONTENT_BYTES} (a small zip can expand to
 * gigabytes) or {@link #MAX_CELLS} cells, the XML parser refuses any DOCTYPE, and encrypted (password-protected)
 * documents, Excel 97–2003 workbooks and other documents are told apart and refused with what to do.
 */
final class ReturnReader {

	static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
	static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;
	static final int MAX_CELLS = 500_000;
	/** Rows of a form: far more than any plan has items. */
	static final int MAX_ROWS = 20_000;

	/** One cell as read: its text, and its number or date when the spreadsheet typed it so. */
	record Cell(String text, Double number, boolean percent, LocalDate date) {
		static final Cell EMPTY = new Cell("", null, false, null);

		boolean isEmpty() {
			return text.isBlank() && number == null && date == null;
		}
	}

	/** A returned file as read: the rows of its form sheet by row index (0-based; rows without content left out). */
	record Sheet(Path file, String format, TreeMap<Integer, List<Cell>> rows) {

		Cell cell(int row, int column) {
			List<Cell> r = rows.get(row);
			return r == null || column >= r.size() ? Cell.EMPTY : r.get(column);
		}

		String text(int row, int column) {
			return cell(row, column).text();
		}
	}

	private ReturnReader() {
	}

	static Sheet read(Path file) throws FormException {
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new FormException(FormsMessages.format("read.cannotRead", file, e.getMessage() == null ? e.toString() : e.getMessage()), e);
		}
		if (size > MAX_FILE_BYTES) {
			throw new FormException(FormsMessages.format("read.tooLarge", file, size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
		}
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		} catch (IOException e) {
			throw new FormException(FormsMessages.format("read.cannotRead", file, e.getMessage() == null ? e.toString() : e.getMessage()), e);
		}
		if (n == 0) {
			throw new FormException(FormsMessages.format("read.empty", file));
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6)) {
			return ods(file);
		}
		if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0) {
			// OLE2 compound file: an Excel 97–2003 workbook, or an Office document encrypted with a password
			throw new FormException(FormsMessages.format("read.oleFile", file));
		}
		return csv(file);
	}

	// --- OpenDocument ---

	private static Sheet ods(Path file) throws FormException {
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
			if (zip.getEntry("[Content_Types].xml") != null || zip.getEntry("xl/workbook.xml") != null) {
				return new Sheet(file, "XLSX", XlsxReturnReader.read(file));
			}
			ZipEntry mimeEntry = zip.getEntry("mimetype");
			String mime = mimeEntry == null ? "" : new String(limited(zip.getInputStream(mimeEntry), 200, file).readAllBytes(),
					StandardCharsets.US_ASCII).strip();
			ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
			if (manifest != null) {
				String m = new String(limited(zip.getInputStream(manifest), 1024 * 1024, file).readAllBytes(), StandardCharsets.UTF_8);
				if (m.contains("encryption-data")) {
					throw new FormException(FormsMessages.format("read.encrypted", file));
				}
			}
			if (!mime.equals(OdsFormWriter.MIMETYPE)) {
				throw new FormException(mime.isEmpty() ? FormsMessages.format("read.notSpreadsheet", file)
						: FormsMessages.format("read.otherDocument", file, mime));
			}
			ZipEntry content = zip.getEntry("content.xml");
			if (content == null) {
				throw new FormException(FormsMessages.format("read.damaged", file, "content.xml"));
			}
			try (InputStream in = limited(zip.getInputStream(content), MAX_CONTENT_BYTES, file)) {
				return new Sheet(file, "ODS", parse(in, file));
			}
		} catch (ZipException e) {
			throw new FormException(FormsMessages.format("read.damaged", file, e.getMessage()), e);
		} catch (IOException e) {
			if (e.getCause() instanceof FormException f) {
				throw f;
			}
			throw new FormException(FormsMessages.format("read.damaged", file, e.getMessage() == null ? e.toString() : e.getMessage()), e);
		}
	}

	/** Thrown inside a stream when more was read than allowed; carried out as the cause of an IOException. */
	private static InputStream limited(InputStream in, long max, Path file) {
		return new FilterInputStream(in) {
			private long count;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					add(1);
				}
				return b;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				int r = super.read(b, off, len);
				if (r > 0) {
					add(r);
				}
				return r;
			}

			private void add(long n) throws IOException {
				count += n;
				if (count > max) {
					throw new IOException(new FormException(FormsMessages.format("read.contentTooLarge", file, max / (1024 * 1024))));
				}
			}
		};
	}

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	private static TreeMap<Integer, List<Cell>> parse(InputStream in, Path file) throws FormException, IOException {
		SAXParserFactory f = SAXParserFactory.newInstance();
		f.setNamespaceAware(true);
		try {
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			f.setFeature("http://xml.org/sax/features/external-general-entities", false);
			f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			f.setXIncludeAware(false);
			SAXParser parser = f.newSAXParser();
			ContentHandler handler = new ContentHandler(file);
			parser.parse(in, handler);
			if (handler.form == null) {
				throw new FormException(FormsMessages.format("read.notForm", file));
			}
			return handler.form;
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		} catch (SAXException e) {
			if (e.getException() instanceof FormException fe) {
				throw fe;
			}
			if (e instanceof Found found) {
				return found.rows;
			}
			throw new FormException(FormsMessages.format("read.damaged", file, e.getMessage()), e);
		}
	}

	/** Ends the parse once the form's sheet has been read. */
	private static final class Found extends SAXException {
		private static final long serialVersionUID = 1L;
		final transient TreeMap<Integer, List<Cell>> rows;

		Found(TreeMap<Integer, List<Cell>> rows) {
			this.rows = rows;
		}
	}

	/** Collects the rows of each table; keeps the first whose cell A1 holds the marker. */
	private static final class ContentHandler extends DefaultHandler {
		private final Path file;
		TreeMap<Integer, List<Cell>> form;
		private TreeMap<Integer, List<Cell>> rows;
		private int rowIndex;
		private int rowRepeat;
		private List<Cell> row;
		private int cells;
		// the cell being read
		private boolean inCell;
		private int cellRepeat;
		private String valueType;
		private String value;
		private String dateValue;
		private String stringValue;
		private StringBuilder text;
		private int paragraphs;
		private int skipDepth;

		ContentHandler(Path file) {
			this.file = file;
		}

		@Override
		public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
			if (skipDepth > 0) {
				skipDepth++;
				return;
			}
			if (TABLE.equals(uri)) {
				switch (local) {
					case "table" -> {
						rows = new TreeMap<>();
						rowIndex = 0;
					}
					case "table-row" -> {
						row = new ArrayList<>();
						rowRepeat = repeat(atts.getValue(TABLE, "number-rows-repeated"));
					}
					case "table-cell", "covered-table-cell" -> {
						inCell = true;
						cellRepeat = repeat(atts.getValue(TABLE, "number-columns-repeated"));
						valueType = atts.getValue(OFFICE, "value-type");
						value = atts.getValue(OFFICE, "value");
						dateValue = atts.getValue(OFFICE, "date-value");
						stringValue = atts.getValue(OFFICE, "string-value");
						text = new StringBuilder();
						paragraphs = 0;
					}
					default -> {
						// columns, headers, shapes: nothing to read
					}
				}
				return;
			}
			if (OFFICE.equals(uri) && local.equals("annotation")) {
				skipDepth = 1; // a comment on a cell is not its content
				return;
			}
			if (inCell && TEXT.equals(uri)) {
				switch (local) {
					case "p", "h" -> {
						if (paragraphs++ > 0) {
							text.append('\n');
						}
					}
					case "s" -> text.append(" ".repeat(Math.min(repeat(atts.getValue(TEXT, "c")), 1000)));
					case "tab" -> text.append('\t');
					case "line-break" -> text.append('\n');
					default -> {
						// spans, links: their text is read
					}
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (skipDepth == 0 && inCell && paragraphs > 0) {
				text.append(ch, start, length);
				if (text.length() > 1_000_000) {
					text.setLength(1_000_000);
				}
			}
		}

		@Override
		public void endElement(String uri, String local, String qName) throws SAXException {
			if (skipDepth > 0) {
				skipDepth--;
				return;
			}
			if (!TABLE.equals(uri)) {
				return;
			}
			switch (local) {
				case "table-cell", "covered-table-cell" -> {
					inCell = false;
					Cell c = cell();
					if (c.isEmpty()) {
						if (cellRepeat > 1) {
							// a run of empty cells (spreadsheets write one for the rest of the row): only its width counts
							if (row.size() + cellRepeat > 1024) {
								cellRepeat = Math.max(0, 1024 - row.size());
							}
						}
						for (int i = 0; i < cellRepeat; i++) {
							row.add(Cell.EMPTY);
						}
					} else {
						for (int i = 0; i < cellRepeat && row.size() < 1024; i++) {
							row.add(c);
							count();
						}
					}
				}
				case "table-row" -> {
					while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
						row.remove(row.size() - 1);
					}
					if (row.isEmpty()) {
						rowIndex += rowRepeat;
					} else {
						for (int i = 0; i < rowRepeat; i++) {
							if (rowIndex >= MAX_ROWS) {
								throw new SAXException(new FormException(FormsMessages.format("read.tooManyRows", file, MAX_ROWS)));
							}
							rows.put(rowIndex++, row);
							cells += row.size();
							count();
						}
					}
				}
				case "table" -> {
					List<Cell> first = rows.get(0);
					if (form == null && first != null && !first.isEmpty() && first.get(0).text().strip().equals(FormLayout.MARKER)) {
						form = rows;
						throw new Found(rows);
					}
				}
				default -> {
					// nothing
				}
			}
		}

		private void count() throws SAXException {
			if (++cells > MAX_CELLS) {
				throw new SAXException(new FormException(FormsMessages.format("read.tooManyCells", file, MAX_CELLS)));
			}
		}

		private Cell cell() {
			String t = stringValue != null && "string".equals(valueType) ? stringValue : text.toString();
			Double number = null;
			boolean percent = false;
			LocalDate date = null;
			if (value != null && ("float".equals(valueType) || "percentage".equals(valueType) || "currency".equals(valueType))) {
				try {
					double d = Double.parseDouble(value);
					if (Double.isFinite(d)) {
						number = d;
						percent = "percentage".equals(valueType);
					}
				} catch (NumberFormatException e) {
					// read as text
				}
			}
			if (dateValue != null && "date".equals(valueType)) {
				try {
					date = LocalDate.parse(dateValue.length() > 10 ? dateValue.substring(0, 10) : dateValue);
				} catch (DateTimeParseException e) {
					// read as text
				}
			}
			return new Cell(t, number, percent, date);
		}

		private static int repeat(String s) {
			if (s == null) {
				return 1;
			}
			try {
				return Math.max(1, Math.min(Integer.parseInt(s.strip()), 1 << 24));
			} catch (NumberFormatException e) {
				return 1;
			}
		}
	}

	// --- CSV ---

	private static Sheet csv(Path file) throws FormException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new FormException(FormsMessages.format("read.cannotRead", file, e.getMessage() == null ? e.toString() : e.getMessage()), e);
		}
		String text = decode(bytes, file);
		if (text.indexOf('\0') >= 0) {
			throw new FormException(FormsMessages.format("read.notSpreadsheet", file));
		}
		List<List<String>> records = parseCsv(text, file);
		TreeMap<Integer, List<Cell>> rows = new TreeMap<>();
		int cells = 0;
		for (int r = 0; r < records.size(); r++) {
			List<Cell> row = new ArrayList<>();
			for (String s : records.get(r)) {
				row.add(s.isEmpty() ? Cell.EMPTY : new Cell(s, null, false, null));
			}
			while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
				row.remove(row.size() - 1);
			}
			if (!row.isEmpty()) {
				rows.put(r, row);
				cells += row.size();
				if (cells > MAX_CELLS) {
					throw new FormException(FormsMessages.format("read.tooManyCells", file, MAX_CELLS));
				}
			}
		}
		List<Cell> first = rows.get(0);
		if (first == null || !first.get(0).text().strip().equals(FormLayout.MARKER)) {
			throw new FormException(FormsMessages.format("read.notFormCsv", file));
		}
		return new Sheet(file, "CSV", rows);
	}

	/** The text of a CSV file: by its byte order mark, else UTF-8 when it is valid UTF-8, else Big5 (code page 950). */
	static String decode(byte[] bytes, Path file) throws FormException {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
			return strict(bytes, 3, StandardCharsets.UTF_8, file);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE, file);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE, file);
		}
		try {
			return decoder(StandardCharsets.UTF_8, bytes, 0);
		} catch (CharacterCodingException e) {
			// not UTF-8: Big5 as Windows in Taiwan writes it
		}
		for (String name : new String[] { "x-windows-950", "Big5" }) {
			if (Charset.isSupported(name)) {
				try {
					return decoder(Charset.forName(name), bytes, 0);
				} catch (CharacterCodingException e) {
					break;
				}
			}
		}
		throw new FormException(FormsMessages.format("read.encoding", file));
	}

	private static String strict(byte[] bytes, int offset, Charset charset, Path file) throws FormException {
		try {
			return decoder(charset, bytes, offset);
		} catch (CharacterCodingException e) {
			throw new FormException(FormsMessages.format("read.encoding", file), e);
		}
	}

	private static String decoder(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
	}

	/** RFC 4180 records; the separator is the one of comma, semicolon and tab that the first line has most of. */
	static List<List<String>> parseCsv(String text, Path file) throws FormException {
		int firstEnd = text.indexOf('\n');
		String firstLine = firstEnd < 0 ? text : text.substring(0, firstEnd);
		char sep = ',';
		long best = firstLine.chars().filter(c -> c == ',').count();
		for (char c : new char[] { ';', '\t' }) {
			long count = firstLine.chars().filter(x -> x == c).count();
			if (count > best) {
				best = count;
				sep = c;
			}
		}
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else {
						quoted = false;
					}
				} else {
					field.append(c);
				}
			} else if (c == '"' && !fieldStarted) {
				quoted = true;
				fieldStarted = true;
			} else if (c == sep) {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
				records.add(record);
				record = new ArrayList<>();
				if (records.size() > MAX_ROWS) {
					throw new FormException(FormsMessages.format("read.tooManyRows", file, MAX_ROWS));
				}
			} else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (fieldStarted || !record.isEmpty() || field.length() > 0) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}
}
