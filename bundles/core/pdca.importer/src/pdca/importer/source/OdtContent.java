package pdca.importer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of an ODT's {@code content.xml}: headings ({@code text:h} with their outline level),
 * paragraphs, lists and sections (their paragraphs), tables with spanning and covered cells.
 * Annotations, footnotes, tracked deletions and generated indexes (a table of contents repeats
 * the headings) are left out.
 */
final class OdtContent extends XmlContent {

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	private static final Set<String> SKIPPED_TEXT = Set.of("tracked-changes", "note", "table-of-content",
			"illustration-index", "table-index", "object-index", "user-index", "alphabetical-index", "bibliography",
			"sequence-decls", "variable-decls", "user-field-decls", "soft-page-break");
	private static final int MAX_REPEAT = 64;

	OdtContent(XMLStreamReader xml) {
		super(xml);
	}

	@Override
	List<Block> read() throws XMLStreamException {
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT) {
				if (OFFICE.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("text")) {
					body();
				} else if (OFFICE.equals(xml.getNamespaceURI())
						&& (xml.getLocalName().equals("automatic-styles") || xml.getLocalName().equals("font-face-decls")
								|| xml.getLocalName().equals("scripts"))) {
					skip();
				}
			}
		}
		return blocks;
	}

	/** The children of the current element, up to its end. */
	private void body() throws XMLStreamException {
		while (nextChild()) {
			String ns = xml.getNamespaceURI();
			String name = xml.getLocalName();
			if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
				int level = name.equals("h") ? intAttribute("outline-level", 1, 10) : 0;
				int n = ++paragraphs;
				StringBuilder b = new StringBuilder();
				inline(b);
				blocks.add(new Block.Paragraph(b.toString(), level, Origin.paragraph(0, n)));
			} else if (TABLE.equals(ns) && name.equals("table")) {
				int n = ++paragraphs;
				blocks.add(new Block.Table(table(n), Origin.paragraph(0, n)));
			} else if (TEXT.equals(ns) && SKIPPED_TEXT.contains(name) || OFFICE.equals(ns) && name.equals("annotation")
					|| OFFICE.equals(ns) && name.equals("forms")) {
				skip();
			} else {
				body();
			}
		}
	}

	/** The text of a paragraph or heading, up to its end. */
	private void inline(StringBuilder b) throws XMLStreamException {
		while (xml.hasNext()) {
			int ev = xml.next();
			if (ev == XMLStreamConstants.END_ELEMENT) {
				return;
			}
			if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
					|| ev == XMLStreamConstants.SPACE) {
				append(b, xml.getText());
			} else if (ev == XMLStreamConstants.START_ELEMENT) {
				String ns = xml.getNamespaceURI();
				String name = xml.getLocalName();
				if (TEXT.equals(ns) && name.equals("s")) {
					append(b, " ".repeat(intAttribute("c", 1, 1000)));
					skip();
				} else if (TEXT.equals(ns) && name.equals("tab")) {
					append(b, "\t");
					skip();
				} else if (TEXT.equals(ns) && name.equals("line-break")) {
					append(b, "\n");
					skip();
				} else if (TEXT.equals(ns) && (SKIPPED_TEXT.contains(name) || name.equals("bookmark-ref"))
						|| OFFICE.equals(ns) && name.equals("annotation")) {
					skip();
				} else if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
					// a paragraph inside a frame within this paragraph
					if (!b.isEmpty()) {
						append(b, "\n");
					}
					inline(b);
				} else {
					inline(b);
				}
			}
		}
	}

	private List<List<Block.Cell>> table(int n) throws XMLStreamException {
		List<List<Block.Cell>> rows = new ArrayList<>();
		rows(rows, n);
		return rows;
	}

	private void rows(List<List<Block.Cell>> rows, int n) throws XMLStreamException {
		while (nextChild()) {
			String name = xml.getLocalName();
			if (TABLE.equals(xml.getNamespaceURI()) && name.equals("table-row")) {
				int repeat = intAttribute("number-rows-repeated", 1, MAX_REPEAT);
				List<Block.Cell> row = row(n, rows.size() + 1);
				boolean empty = row.stream().allMatch(c -> c == null || c.text().isBlank());
				for (int i = 0; i < (empty ? 1 : repeat); i++) {
					int r = rows.size() + 1;
					rows.add(i == 0 ? row : row.stream().map(c -> c == null ? null
							: new Block.Cell(c.text(), c.columnSpan(), c.rowSpan(), Origin.cell(0, n, r, c.origin().column())))
							.toList());
				}
			} else if (TABLE.equals(xml.getNamespaceURI())
					&& (name.equals("table-header-rows") || name.equals("table-rows") || name.equals("table-row-group"))) {
				rows(rows, n);
			} else {
				skip();
			}
		}
	}

	private List<Block.Cell> row(int n, int r) throws XMLStreamException {
		List<Block.Cell> cells = new ArrayList<>();
		while (nextChild()) {
			String name = xml.getLocalName();
			if (TABLE.equals(xml.getNamespaceURI()) && name.equals("table-cell")) {
				int repeat = intAttribute("number-columns-repeated", 1, MAX_REPEAT);
				int colSpan = intAttribute("number-columns-spanned", 1, 1000);
				int rowSpan = intAttribute("number-rows-spanned", 1, 10000);
				String text = cellText();
				for (int i = 0; i < repeat; i++) {
					cells.add(new Block.Cell(text, colSpan, rowSpan, Origin.cell(0, n, r, cells.size() + 1)));
				}
			} else if (TABLE.equals(xml.getNamespaceURI()) && name.equals("covered-table-cell")) {
				int repeat = intAttribute("number-columns-repeated", 1, MAX_REPEAT);
				skip();
				for (int i = 0; i < repeat; i++) {
					cells.add(null);
				}
			} else {
				skip();
			}
		}
		return cells;
	}

	/** A cell's paragraphs (and the cells of a table nested in it), one per line. */
	private String cellText() throws XMLStreamException {
		StringBuilder b = new StringBuilder();
		cellContent(b);
		return b.toString();
	}

	private void cellContent(StringBuilder b) throws XMLStreamException {
		while (nextChild()) {
			String ns = xml.getNamespaceURI();
			String name = xml.getLocalName();
			if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
				if (!b.isEmpty()) {
					append(b, "\n");
				}
				inline(b);
			} else if (TEXT.equals(ns) && SKIPPED_TEXT.contains(name) || OFFICE.equals(ns) && name.equals("annotation")) {
				skip();
			} else {
				cellContent(b);
			}
		}
	}
}
