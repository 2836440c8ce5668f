package pdca.importer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of a DOCX's {@code word/document.xml}: paragraphs (a heading's level from its
 * outline level or a style named Heading N), tables with cells spanning columns
 * ({@code gridSpan}) and rows ({@code vMerge}). Deleted text of tracked changes, field codes
 * and the alternative content of drawings are left out.
 */
final class DocxContent extends XmlContent {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
	private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading|標題)\\s*(\\d)");

	/** A cell while its table is read: vMerge continuation cells are resolved at the table's end. */
	private record RawCell(String text, int span, Boolean merge) {
	}

	DocxContent(XMLStreamReader xml) {
		super(xml);
	}

	@Override
	List<Block> read() throws XMLStreamException {
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())
					&& xml.getLocalName().equals("body")) {
				body();
			}
		}
		return blocks;
	}

	private void body() throws XMLStreamException {
		while (nextChild()) {
			String name = xml.getLocalName();
			if (W.equals(xml.getNamespaceURI()) && name.equals("p")) {
				int n = ++paragraphs;
				int[] level = { 0 };
				StringBuilder b = new StringBuilder();
				paragraph(b, level);
				blocks.add(new Block.Paragraph(b.toString(), level[0], Origin.paragraph(0, n)));
			} else if (W.equals(xml.getNamespaceURI()) && name.equals("tbl")) {
				int n = ++paragraphs;
				blocks.add(new Block.Table(table(n), Origin.paragraph(0, n)));
			} else if (W.equals(xml.getNamespaceURI()) && name.equals("sectPr") || MC.equals(xml.getNamespaceURI())) {
				skip();
			} else {
				body();
			}
		}
	}

	/** A paragraph's text; {@code level[0]} gets its heading level. */
	private void paragraph(StringBuilder b, int[] level) throws XMLStreamException {
		while (nextChild()) {
			String name = xml.getLocalName();
			boolean w = W.equals(xml.getNamespaceURI());
			if (w && name.equals("t")) {
				append(b, xml.getElementText());
			} else if (w && name.equals("tab")) {
				append(b, "\t");
				skip();
			} else if (w && (name.equals("br") || name.equals("cr"))) {
				append(b, "\n");
				skip();
			} else if (w && name.equals("pPr")) {
				properties(level);
			} else if (w && (name.equals("del") || name.equals("instrText") || name.equals("delText")
					|| name.equals("rPr") || name.equals("footnoteReference") || name.equals("commentReference"))
					|| MC.equals(xml.getNamespaceURI())) {
				skip();
			} else {
				paragraph(b, level);
			}
		}
	}

	private void properties(int[] level) throws XMLStreamException {
		while (nextChild()) {
			String name = xml.getLocalName();
			if (name.equals("pStyle")) {
				String style = attribute("val");
				Matcher m = style == null ? null : HEADING_STYLE.matcher(style);
				if (m != null && m.find() && level[0] == 0) {
					level[0] = Integer.parseInt(m.group(1));
				}
				skip();
			} else if (name.equals("outlineLvl")) {
				int v = intAttribute("val", 10, 10);
				if (v < 9) {
					level[0] = v + 1;
				}
				skip();
			} else {
				skip();
			}
		}
	}

	private List<List<Block.Cell>> table(int n) throws XMLStreamException {
		List<List<RawCell>> raw = new ArrayList<>();
		while (nextChild()) {
			if (W.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("tr")) {
				raw.add(row());
			} else {
				skip();
			}
		}
		return resolve(raw, n);
	}

	private List<RawCell> row() throws XMLStreamException {
		List<RawCell> cells = new ArrayList<>();
		while (nextChild()) {
			String name = xml.getLocalName();
			if (W.equals(xml.getNamespaceURI()) && name.equals("tc")) {
				cells.add(cell());
			} else if (W.equals(xml.getNamespaceURI()) && name.equals("trPr")) {
				skipBefore(cells);
			} else {
				skip();
			}
		}
		return cells;
	}

	/** {@code w:gridBefore}: grid columns left empty at the start of the row. */
	private void skipBefore(List<RawCell> cells) throws XMLStreamException {
		while (nextChild()) {
			if (xml.getLocalName().equals("gridBefore")) {
				int before = intAttribute("val", 0, 63);
				for (int i = 0; i < before; i++) {
					cells.add(new RawCell("", 1, null));
				}
			}
			skip();
		}
	}

	private RawCell cell() throws XMLStreamException {
		int span = 1;
		Boolean merge = null;
		StringBuilder b = new StringBuilder();
		while (nextChild()) {
			String name = xml.getLocalName();
			if (name.equals("tcPr")) {
				while (nextChild()) {
					if (xml.getLocalName().equals("gridSpan")) {
						span = intAttribute("val", 1, 63);
					} else if (xml.getLocalName().equals("vMerge")) {
						String v = attribute("val");
						merge = v != null && v.equals("restart") ? Boolean.TRUE : Boolean.FALSE;
					}
					skip();
				}
			} else if (name.equals("p")) {
				if (!b.isEmpty()) {
					append(b, "\n");
				}
				paragraph(b, new int[1]);
			} else if (name.equals("tbl")) {
				// a table nested in the cell: its cells' text, one per line
				for (List<Block.Cell> row : table(0)) {
					for (Block.Cell c : row) {
						if (c != null && !c.text().isBlank()) {
							if (!b.isEmpty()) {
								append(b, "\n");
							}
							append(b, c.text());
						}
					}
				}
			} else {
				skip();
			}
		}
		return new RawCell(b.toString(), span, merge);
	}

	/** The grid: each cell at its grid column, vertically merged cells as one spanning cell. */
	private static List<List<Block.Cell>> resolve(List<List<RawCell>> raw, int n) {
		List<List<Block.Cell>> rows = new ArrayList<>();
		for (int r = 0; r < raw.size(); r++) {
			List<Block.Cell> row = new ArrayList<>();
			for (RawCell c : raw.get(r)) {
				int column = row.size();
				if (Boolean.FALSE.equals(c.merge()) && r > 0) {
					// continues the cell above at this grid column: that cell spans one more row
					for (int above = r - 1; above >= 0; above--) {
						List<Block.Cell> up = rows.get(above);
						if (column < up.size() && up.get(column) != null) {
							Block.Cell top = up.get(column);
							up.set(column, new Block.Cell(top.text(), top.columnSpan(), top.rowSpan() + 1, top.origin()));
							break;
						}
					}
					for (int i = 0; i < c.span(); i++) {
						row.add(null);
					}
				} else {
					row.add(new Block.Cell(c.text(), c.span(), 1, Origin.cell(0, n, r + 1, column + 1)));
					for (int i = 1; i < c.span(); i++) {
						row.add(null);
					}
				}
			}
			rows.add(row);
		}
		return rows;
	}
}
