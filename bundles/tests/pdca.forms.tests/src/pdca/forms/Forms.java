package pdca.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Quarter;
import pdca.samples.SamplePlans;

/**
 * What the tests share: the tracking sample of 台南監理站 (check-ins for the first three quarters of 106, four KPIs)
 * with its strategies led by its four units in turn, saved into a folder of the test; its forms; a form edited cell by
 * cell as a unit would.
 */
final class Forms {

	static final Quarter Q3 = new Quarter(106, 3);
	static final Quarter Q4 = new Quarter(106, 4);

	private Forms() {
	}

	/** The tracking sample with owners, saved as {@code dir/plan.pdca}. */
	static Path plan(Path dir) throws Exception {
		Path source = SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan")).findFirst()
				.orElseThrow();
		Plan plan = PlanFiles.load(source);
		List<Unit> units = plan.getOrganisation().getUnits().stream()
				.filter(u -> u.getName().endsWith("課")).toList();
		if (units.size() != 4) {
			throw new IllegalStateException("the sample's units changed: " + units.size());
		}
		int i = 0;
		for (Strategy s : PlanStructure.strategies(plan)) {
			s.setLeadOwner(units.get(i++ % units.size()));
		}
		Path file = dir.resolve("plan.pdca");
		PlanFiles.save(plan, file);
		return file;
	}

	static Plan load(Path file) throws Exception {
		return PlanFiles.load(file);
	}

	static AdapterFactoryEditingDomain domain() {
		return pdca.edit.PlanEditingDomain.headless();
	}

	/** Writes every unit's form for the quarter into {@code dir} and returns the files by unit name. */
	static Map<String, Path> export(Plan plan, Quarter quarter, Path dir) throws FormException {
		Map<String, Path> files = new LinkedHashMap<>();
		for (CheckInForms.Written w : CheckInForms.export(plan, quarter, dir, null, "test")) {
			files.put(w.unitName(), w.file());
		}
		return files;
	}

	/** The sheet row (0-based) whose hidden key is {@code key}. */
	static int row(Path form, String key) throws FormException {
		ReturnReader.Sheet sheet = ReturnReader.read(form);
		for (int r : sheet.rows().keySet()) {
			if (sheet.text(r, FormLayout.KEY).equals(key)) {
				return r;
			}
		}
		throw new IllegalArgumentException(key + " not in " + form);
	}

	/** The rows (0-based) of items and of KPIs in a form. */
	static List<Integer> rows(Path form, String prefix) throws FormException {
		ReturnReader.Sheet sheet = ReturnReader.read(form);
		List<Integer> rows = new ArrayList<>();
		for (int r : sheet.rows().keySet()) {
			if (sheet.text(r, FormLayout.KEY).startsWith(prefix)) {
				rows.add(r);
			}
		}
		return rows;
	}

	/** An ODS file opened for changing cells of its first sheet, as a unit filling it would. */
	static final class Ods {
		private final Path file;
		private final Map<String, byte[]> entries = new LinkedHashMap<>();
		private final Document content;
		private final Element table;

		Ods(Path file) throws Exception {
			this.file = file;
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry e : java.util.Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(e)) {
						entries.put(e.getName(), in.readAllBytes());
					}
				}
			}
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			content = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(entries.get("content.xml")));
			table = (Element) content.getElementsByTagNameNS(TABLE, "table").item(0);
		}

		static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
		static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
		static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

		private Element cell(int row, int column) {
			List<Element> rows = children(table, "table-row");
			Element r = rows.get(row);
			List<Element> cells = children(r, "table-cell");
			while (cells.size() <= column) {
				Element c = content.createElementNS(TABLE, "table:table-cell");
				r.appendChild(c);
				cells.add(c);
			}
			return cells.get(column);
		}

		private static List<Element> children(Element parent, String name) {
			List<Element> list = new ArrayList<>();
			for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element e && TABLE.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
					list.add(e);
				}
			}
			return list;
		}

		/** Types text into a cell (lines become paragraphs). */
		Ods text(int row, int column, String text) {
			Element c = clear(cell(row, column));
			if (!text.isEmpty()) {
				c.setAttributeNS(OFFICE, "office:value-type", "string");
				for (String line : text.split("\n", -1)) {
					Element p = content.createElementNS(TEXT, "text:p");
					p.setTextContent(line);
					c.appendChild(p);
				}
			}
			return this;
		}

		/** Types a number into a cell. */
		Ods number(int row, int column, double value) {
			Element c = clear(cell(row, column));
			c.setAttributeNS(OFFICE, "office:value-type", "float");
			String v = pdca.model.logic.Figures.exact(value);
			c.setAttributeNS(OFFICE, "office:value", v);
			Element p = content.createElementNS(TEXT, "text:p");
			p.setTextContent(v);
			c.appendChild(p);
			return this;
		}

		private static Element clear(Element c) {
			while (c.getFirstChild() != null) {
				c.removeChild(c.getFirstChild());
			}
			c.removeAttributeNS(OFFICE, "value-type");
			c.removeAttributeNS(OFFICE, "value");
			return c;
		}

		/** Writes the changed spreadsheet to {@code target} (the same file when null). */
		Path save(Path target) throws Exception {
			ByteArrayOutputStream xml = new ByteArrayOutputStream();
			TransformerFactory.newInstance().newTransformer().transform(new DOMSource(content), new StreamResult(xml));
			entries.put("content.xml", xml.toByteArray());
			Path to = target == null ? file : target;
			writeZip(to, entries);
			return to;
		}
	}

	/** Writes every unit's form for the quarter as Excel workbooks into {@code dir} and returns the files by unit name. */
	static Map<String, Path> exportXlsx(Plan plan, Quarter quarter, Path dir) throws FormException {
		Map<String, Path> files = new LinkedHashMap<>();
		for (CheckInForms.Written w : CheckInForms.export(plan, quarter, dir, null, "test", CheckInForms.Format.XLSX)) {
			files.put(w.unitName(), w.file());
		}
		return files;
	}

	/**
	 * An XLSX file opened for changing cells of its first sheet through Apache POI, as a unit filling it in Excel would:
	 * text typed into a cell (a line break as Alt+Enter makes it), numbers as numbers; the sheet's protection is not
	 * lifted, as a program writing through the file format is not held by it.
	 */
	static final class Xlsx {
		private final Path file;
		private final org.apache.poi.xssf.usermodel.XSSFWorkbook book;
		private final org.apache.poi.xssf.usermodel.XSSFSheet sheet;

		Xlsx(Path file) throws IOException {
			this.file = file;
			try (InputStream in = Files.newInputStream(file)) {
				book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
			}
			sheet = book.getSheetAt(0);
		}

		private org.apache.poi.xssf.usermodel.XSSFCell cell(int row, int column) {
			var r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
			return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
		}

		Xlsx text(int row, int column, String text) {
			cell(row, column).setCellValue(text);
			return this;
		}

		Xlsx number(int row, int column, double value) {
			cell(row, column).setCellValue(value);
			return this;
		}

		org.apache.poi.xssf.usermodel.XSSFSheet sheet() {
			return sheet;
		}

		/** Writes the workbook to {@code target} (the same file when null). */
		Path save(Path target) throws IOException {
			Path to = target == null ? file : target;
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			book.write(bytes);
			book.close();
			Files.write(to, bytes.toByteArray());
			return to;
		}
	}

	/** A zip with the given entries; "mimetype" first and stored, as ODF wants. */
	static void writeZip(Path to, Map<String, byte[]> entries) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(to), StandardCharsets.UTF_8)) {
			byte[] mime = entries.get("mimetype");
			if (mime != null) {
				ZipEntry m = new ZipEntry("mimetype");
				m.setMethod(ZipEntry.STORED);
				m.setSize(mime.length);
				CRC32 crc = new CRC32();
				crc.update(mime);
				m.setCrc(crc.getValue());
				zip.putNextEntry(m);
				zip.write(mime);
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				if (e.getKey().equals("mimetype")) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
	}
}
