package pdca.export.internal;

import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.doc.table.OdfTableCell;
import org.odftoolkit.odfdom.dom.OdfStylesDom;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.style.StyleStyleElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElementBase;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextIndexBodyElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextTableOfContentElement;
import org.odftoolkit.odfdom.dom.element.text.TextTableOfContentSourceElement;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeStyles;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import pdca.export.internal.Report.Block;
import pdca.export.internal.Report.Fields;
import pdca.export.internal.Report.Heading;
import pdca.export.internal.Report.Note;
import pdca.export.internal.Report.Table;
import pdca.export.internal.Report.TrendChart;

/**
 * Writes a {@link Report} as an OpenDocument text with ODFDOM, for editing: the same headings,
 * paragraphs and tables as the PDF; a table of contents LibreOffice can update; the score trend as a
 * table (an editable document gets the numbers, the PDF the drawing).
 */
public final class OdtReportWriter {

	private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
	private static final String FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
	private static final String FONT = "Noto Sans CJK TC";

	private final Report report;
	private final String producer;
	private final ZonedDateTime created;

	public OdtReportWriter(Report report, String producer, ZonedDateTime created) {
		this.report = report;
		this.producer = producer;
		this.created = created;
	}

	public void write(OutputStream out, BooleanSupplier canceled) throws Exception {
		OdfContext.call(() -> {
			writeDocument(out, canceled);
			return null;
		});
	}

	private void writeDocument(OutputStream out, BooleanSupplier canceled) throws Exception {
		OdfTextDocument doc = OdfTextDocument.newTextDocument();
		try {
			styles(doc);
			OdfOfficeMeta meta = doc.getOfficeMetadata();
			meta.setTitle(report.documentTitle());
			meta.setSubject(report.subject());
			meta.setInitialCreator(report.author());
			meta.setCreator(report.author());
			meta.setGenerator(producer);
			meta.setCreationDate(GregorianCalendar.from(created));

			OfficeTextElement root = doc.getContentRoot();
			for (Node n = root.getFirstChild(); n != null;) {
				Node next = n.getNextSibling();
				if ("text:p".equals(n.getNodeName())) {
					root.removeChild(n); // the template's empty paragraph
				}
				n = next;
			}
			cover(root);
			toc(root);
			int index = 0;
			for (Block b : report.blocks()) {
				if (canceled.getAsBoolean()) {
					throw new PdfReportWriter.CanceledSignal();
				}
				switch (b) {
					case Heading h -> {
						TextHElement e = root.newTextHElement(h.level());
						e.setTextStyleNameAttribute("PdcaHeading" + Math.min(4, h.level()));
						if (h.level() == 1 && index > 0) {
							e.setTextStyleNameAttribute("PdcaHeading1Break");
						}
						e.setTextContent(h.text());
						index++;
					}
					case Report.Paragraph p -> para(root, p.text(), "PdcaBody");
					case Note n -> para(root, n.text(), "PdcaNote");
					case Table t -> table(root, t.headers(), t.rows());
					case Fields f -> table(root, null, f.pairs().stream().map(a -> List.of(a)).toList());
					case TrendChart c -> {
						para(root, c.title(), "PdcaHeading4");
						List<List<String>> rows = new java.util.ArrayList<>();
						for (int i = 0; i < c.values().size(); i++) {
							rows.add(List.of(c.labels().get(i), ReportBuilder.number(c.values().get(i))));
						}
						table(root, List.of(Labels.get("t.date"), Labels.get("t.score")), rows);
					}
				}
			}
			doc.save(out);
		} finally {
			doc.close();
		}
	}

	private void cover(OfficeTextElement root) {
		Report.Cover c = report.cover();
		para(root, c.agency(), "PdcaCoverAgency");
		para(root, c.year() + c.subtitle(), "PdcaCoverTitle");
		para(root, c.title(), "PdcaCoverPlan");
		para(root, Labels.get("cover.approvalDate") + "：" + c.approvalDate(), "PdcaCoverPlan");
		para(root, Labels.get("cover.approvalNumber") + "：" + c.documentNumber(), "PdcaCoverPlan");
		para(root, c.generated(), "PdcaNote");
	}

	/** A table of contents of heading levels 1 and 2, filled in (without page numbers; LibreOffice updates it). */
	private void toc(OfficeTextElement root) {
		TextTableOfContentElement toc = root.newTextTableOfContentElement("PdcaContents");
		TextTableOfContentSourceElement source = toc.newTextTableOfContentSourceElement();
		source.setTextOutlineLevelAttribute(2);
		source.newTextIndexTitleTemplateElement().setTextContent(Labels.get("report.toc"));
		TextIndexBodyElement body = toc.newTextIndexBodyElement();
		body.newTextIndexTitleElement("PdcaContentsTitle").newTextPElement().setTextContent(Labels.get("report.toc"));
		for (Block b : report.blocks()) {
			if (b instanceof Heading h && h.level() <= 2) {
				TextPElement p = body.newTextPElement();
				p.setTextStyleNameAttribute(h.level() == 1 ? "PdcaToc1" : "PdcaToc2");
				p.setTextContent(h.text());
			}
		}
	}

	private static void para(OfficeTextElement root, String text, String style) {
		String[] lines = text.split("\n", -1);
		for (String line : lines) {
			TextPElement p = root.newTextPElement();
			p.setTextStyleNameAttribute(style);
			p.setTextContent(line);
		}
	}

	private static void table(OfficeTextElement root, List<String> headers, List<? extends List<String>> rows) {
		int cols = headers != null ? headers.size() : rows.isEmpty() ? 2 : rows.get(0).size();
		int offset = headers == null ? 0 : 1;
		OdfTable t = OdfTable.newTable(root, rows.size() + offset, cols);
		if (headers != null) {
			for (int c = 0; c < cols; c++) {
				cell(t.getCellByPosition(c, 0), headers.get(c), "PdcaTableHeading");
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < cols; c++) {
				cell(t.getCellByPosition(c, r + offset), rows.get(r).get(c), headers == null && c == 0 ? "PdcaTableHeading" : "PdcaTableText");
			}
		}
		para(root, "", "PdcaBody");
	}

	private static void cell(OdfTableCell cell, String text, String style) {
		TableTableCellElementBase el = cell.getOdfElement();
		while (el.getFirstChild() != null) {
			el.removeChild(el.getFirstChild());
		}
		el.setOfficeValueTypeAttribute("string");
		for (String line : text.split("\n", -1)) {
			TextPElement p = el.newTextPElement();
			p.setTextStyleNameAttribute(style);
			p.setTextContent(line);
		}
	}

	private static void styles(OdfTextDocument doc) throws Exception {
		OdfOfficeStyles styles = doc.getOrCreateDocumentStyles();
		OdfStylesDom dom = doc.getStylesDom();
		style(dom, styles, "PdcaBody", "10.5pt", false, null, "0.1cm", null);
		style(dom, styles, "PdcaNote", "10pt", false, "#555555", "0.15cm", null);
		style(dom, styles, "PdcaTableText", "9pt", false, null, "0cm", null);
		style(dom, styles, "PdcaTableHeading", "9pt", true, null, "0cm", null);
		style(dom, styles, "PdcaHeading1", "16pt", true, "#1f4e8c", "0.3cm", null);
		style(dom, styles, "PdcaHeading1Break", "16pt", true, "#1f4e8c", "0.3cm", "page");
		style(dom, styles, "PdcaHeading2", "13pt", true, "#1f4e8c", "0.2cm", null);
		style(dom, styles, "PdcaHeading3", "11.5pt", true, null, "0.15cm", null);
		style(dom, styles, "PdcaHeading4", "10.5pt", true, null, "0.1cm", null);
		style(dom, styles, "PdcaCoverAgency", "22pt", true, "#1f4e8c", "0.6cm", null);
		style(dom, styles, "PdcaCoverTitle", "20pt", true, null, "0.8cm", null);
		style(dom, styles, "PdcaCoverPlan", "12pt", false, null, "0.3cm", null);
		style(dom, styles, "PdcaContentsTitle", "16pt", true, "#1f4e8c", "0.3cm", "page");
		style(dom, styles, "PdcaToc1", "10.5pt", true, null, "0.1cm", null);
		style(dom, styles, "PdcaToc2", "10.5pt", false, null, "0.05cm", null);
	}

	private static void style(OdfStylesDom dom, OdfOfficeStyles styles, String name, String size, boolean bold,
			String color, String spaceBelow, String breakBefore) {
		StyleStyleElement s = styles.newStyleStyleElement("paragraph", name);
		s.setStyleDisplayNameAttribute(name);
		Element pp = dom.createElementNS(STYLE_NS, "style:paragraph-properties");
		pp.setAttributeNS(FO_NS, "fo:margin-bottom", spaceBelow);
		if (breakBefore != null) {
			pp.setAttributeNS(FO_NS, "fo:break-before", breakBefore);
		}
		s.appendChild(pp);
		Element tp = dom.createElementNS(STYLE_NS, "style:text-properties");
		tp.setAttributeNS(FO_NS, "fo:font-size", size);
		tp.setAttributeNS(STYLE_NS, "style:font-size-asian", size);
		tp.setAttributeNS(STYLE_NS, "style:font-family-asian", FONT);
		if (bold) {
			tp.setAttributeNS(FO_NS, "fo:font-weight", "bold");
			tp.setAttributeNS(STYLE_NS, "style:font-weight-asian", "bold");
		}
		if (color != null) {
			tp.setAttributeNS(FO_NS, "fo:color", color);
		}
		s.appendChild(tp);
	}
}
