package pdca.export.internal;

import static pdca.export.internal.PaperLayout.BODY_WIDTH;

import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.OdfStylesDom;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import pdca.export.internal.MeetingPaper.Block;
import pdca.export.internal.MeetingPaper.Contents;
import pdca.export.internal.MeetingPaper.Fields;
import pdca.export.internal.MeetingPaper.Heading;
import pdca.export.internal.MeetingPaper.HeatMap;
import pdca.export.internal.MeetingPaper.HeatRow;
import pdca.export.internal.MeetingPaper.KpiBar;
import pdca.export.internal.MeetingPaper.KpiBars;
import pdca.export.internal.MeetingPaper.Segment;
import pdca.export.internal.MeetingPaper.StatusBar;
import pdca.export.internal.MeetingPaper.Table;
import pdca.export.internal.MeetingPaper.Text;
import pdca.export.internal.MeetingPaper.Title;
import pdca.model.ActionStatus;
import pdca.model.logic.StatusPalette;

/**
 * Writes a {@link MeetingPaper} as an OpenDocument text, for editing. The handout keeps the pages {@link PaperLayout}
 * laid out: every page after the first starts with a page break, every line has a fixed height, and the table of
 * contents is an index whose entries already carry those pages (LibreOffice can still update it after the document
 * is edited). The status bar, heat map and KPI bars are ODF drawing shapes (rectangles, lines and text) anchored to a
 * paragraph exactly as high as the drawing. Page numbers are fields in the footer.
 */
public final class PaperOdtWriter {

	static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
	static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
	static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
	static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
	static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

	private static final String FONT = "Noto Sans CJK TC";
	private static final String ACCENT = "#1f4e8c";
	private static final String NOTE = "#555555";
	private static final String RULE = "#8a9bb0";
	private static final String HEADER_BG = "#e4eaf2";
	private static final String LIGHT = "#bbbbbb";

	private final MeetingPaper paper;
	private final PaperLayout.Pages pages;
	private final String producer;
	private final ZonedDateTime created;

	/** How the text of a shape looks: size, weight and colour. */
	private record Look(float size, boolean bold, String colour) {
	}

	private static final Look SHAPE = new Look(PaperLayout.CHART_SIZE + 0.5f, false, "#000000");
	private static final Look SHAPE_BOLD = new Look(PaperLayout.CHART_SIZE + 0.5f, true, "#000000");
	private static final Look SHAPE_WHITE = new Look(PaperLayout.CHART_SIZE + 0.5f, false, "#ffffff");
	private static final Look SHAPE_GREY = new Look(PaperLayout.CHART_SIZE + 0.5f, false, NOTE);
	private static final Look NAME = new Look(9, false, "#000000");

	private OdfContentDom content;
	private Element automatic;
	private final Map<String, String> styleNames = new HashMap<>();
	private final java.util.Set<String> tableNames = new java.util.HashSet<>();
	private int tables;
	private int shapes;

	/** @param pages the handout's pages, or null for a document that flows (the minutes) */
	public PaperOdtWriter(MeetingPaper paper, PaperLayout.Pages pages, String producer, ZonedDateTime created) {
		this.paper = paper;
		this.pages = pages;
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
			meta.setTitle(paper.documentTitle());
			meta.setSubject(paper.subject());
			meta.setInitialCreator(paper.author());
			meta.setCreator(paper.author());
			meta.setGenerator(producer);
			meta.setCreationDate(GregorianCalendar.from(created));

			content = doc.getContentDom();
			automatic = content.getAutomaticStyles();
			Element root = doc.getContentRoot();
			for (Node n = root.getFirstChild(); n != null;) {
				Node next = n.getNextSibling();
				if ("text:p".equals(n.getNodeName())) {
					root.removeChild(n); // the template's empty paragraph
				}
				n = next;
			}
			if (pages == null) {
				para(root, startStyle("PdcaStandard", null), "");
				for (Block b : paper.blocks()) {
					check(canceled);
					block(root, b, false);
				}
			} else {
				para(root, startStyle("PdcaCover", 90f), "");
				for (int i = 0; i < pages.pages().size(); i++) {
					boolean first = i > 0;
					for (Block b : pages.pages().get(i).blocks()) {
						check(canceled);
						block(root, b, first);
						first = false;
					}
				}
			}
			doc.save(out);
		} finally {
			doc.close();
		}
	}

	private static void check(BooleanSupplier canceled) {
		if (canceled.getAsBoolean()) {
			throw new PdfReportWriter.CanceledSignal();
		}
	}

	// ---- blocks

	private void block(Element root, Block b, boolean pageBreak) {
		switch (b) {
			case Title t -> para(root, titleStyle(t, pageBreak), t.text());
			case Heading h -> {
				Element e = el(root, TEXT, "text:h");
				e.setAttributeNS(TEXT, "text:outline-level", String.valueOf(h.level()));
				e.setAttributeNS(TEXT, "text:style-name", (h.level() == 1 ? "PdcaH1" : "PdcaH2") + (pageBreak ? "Break" : ""));
				e.setTextContent(h.text());
			}
			case Text t -> {
				String style = switch (t.style()) {
					case NOTE -> "PdcaNote";
					case ITEM -> "PdcaItem";
					case SUBITEM -> "PdcaSubItem";
					case SUBBODY -> "PdcaSubBody";
					default -> "PdcaBody";
				};
				para(root, style + (pageBreak ? "Break" : ""), t.number() + t.text());
			}
			case Fields f -> {
				List<List<String>> rows = f.pairs().stream().map(p -> List.of(p[0], p[1])).toList();
				table(root, null, null, rows, PaperLayout.FIELD_WIDTHS, new boolean[2], null, pageBreak, true);
			}
			case Table t -> table(root, t.name(), t.headers(), t.rows(), t.widths(), t.numeric(), t.tints(), pageBreak, false);
			case StatusBar s -> statusBar(root, s, pageBreak);
			case HeatMap m -> heatMap(root, m, pageBreak);
			case KpiBars k -> kpiBars(root, k, pageBreak);
			case Contents c -> contents(root, c);
		}
	}

	private Element para(Element parent, String style, String text) {
		Element p = el(parent, TEXT, "text:p");
		p.setAttributeNS(TEXT, "text:style-name", style);
		lines(p, text);
		return p;
	}

	/** Text with its line breaks as {@code text:line-break}. */
	private void lines(Element p, String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				el(p, TEXT, "text:line-break");
			}
			if (!lines[i].isEmpty()) {
				p.appendChild(p.getOwnerDocument().createTextNode(lines[i]));
			}
		}
	}

	private void contents(Element root, Contents c) {
		Element toc = el(root, TEXT, "text:table-of-content");
		toc.setAttributeNS(TEXT, "text:name", "PdcaContents");
		toc.setAttributeNS(TEXT, "text:protected", "false");
		Element source = el(toc, TEXT, "text:table-of-content-source");
		source.setAttributeNS(TEXT, "text:outline-level", "1");
		Element titleTemplate = el(source, TEXT, "text:index-title-template");
		titleTemplate.setAttributeNS(TEXT, "text:style-name", "PdcaTocTitle");
		titleTemplate.setTextContent(c.title());
		Element template = el(source, TEXT, "text:table-of-content-entry-template");
		template.setAttributeNS(TEXT, "text:outline-level", "1");
		template.setAttributeNS(TEXT, "text:style-name", "PdcaToc1");
		el(template, TEXT, "text:index-entry-text");
		Element tab = el(template, TEXT, "text:index-entry-tab-stop");
		tab.setAttributeNS(STYLE, "style:type", "right");
		tab.setAttributeNS(STYLE, "style:leader-char", ".");
		el(template, TEXT, "text:index-entry-page-number");
		Element body = el(toc, TEXT, "text:index-body");
		Element title = el(body, TEXT, "text:index-title");
		title.setAttributeNS(TEXT, "text:name", "PdcaContents_Head");
		para(title, "PdcaTocTitle", c.title());
		for (Block b : paper.blocks()) {
			if (b instanceof Heading h && h.level() == 1) {
				Element p = el(body, TEXT, "text:p");
				p.setAttributeNS(TEXT, "text:style-name", "PdcaToc1");
				p.appendChild(p.getOwnerDocument().createTextNode(h.text()));
				el(p, TEXT, "text:tab");
				p.appendChild(p.getOwnerDocument().createTextNode(String.valueOf(pages.pageOf(h))));
			}
		}
	}

	private void table(Element root, String name, List<String> headers, List<List<String>> rows, float[] relative,
			boolean[] numeric, List<ActionStatus> tints, boolean pageBreak, boolean fields) {
		int n = ++tables;
		// a table continued on the next page is a table of its own there: its name gets the table's number
		String tableName = name == null ? "Fields" + n : tableNames.add(name) ? name : name + "_" + n;
		float[] widths = PaperLayout.columns(relative, BODY_WIDTH);
		String tableStyle = "PdcaTable" + n;
		Element ts = autoStyle(tableStyle, "table");
		Element tp = el(ts, STYLE, "style:table-properties");
		tp.setAttributeNS(STYLE, "style:width", pt(BODY_WIDTH));
		tp.setAttributeNS(TABLE, "table:align", "left");
		tp.setAttributeNS(FO, "fo:margin-bottom", pt(PaperLayout.BLOCK_AFTER));
		if (pageBreak) {
			tp.setAttributeNS(FO, "fo:break-before", "page");
		}
		Element t = el(root, TABLE, "table:table");
		t.setAttributeNS(TABLE, "table:name", tableName);
		t.setAttributeNS(TABLE, "table:style-name", tableStyle);
		for (int i = 0; i < widths.length; i++) {
			String cs = tableStyle + "." + (char) ('A' + i);
			Element colStyle = autoStyle(cs, "table-column");
			el(colStyle, STYLE, "style:table-column-properties").setAttributeNS(STYLE, "style:column-width", pt(widths[i]));
			el(t, TABLE, "table:table-column").setAttributeNS(TABLE, "table:style-name", cs);
		}
		if (headers != null) {
			Element head = el(t, TABLE, "table:table-header-rows");
			Element row = el(head, TABLE, "table:table-row");
			for (String h : headers) {
				cell(row, h, cellStyle(HEADER_BG), "PdcaCellHead");
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			Element row = el(t, TABLE, "table:table-row");
			ActionStatus tint = tints == null ? null : tints.get(r);
			List<String> cells = rows.get(r);
			for (int i = 0; i < cells.size(); i++) {
				String bg = fields && i == 0 ? HEADER_BG : tint == null ? null : hex(StatusPalette.tint(tint));
				String ps = fields ? (i == 0 ? "PdcaFieldLabel" : "PdcaField") : numeric[i] ? "PdcaCellRight" : "PdcaCell";
				cell(row, cells.get(i), cellStyle(bg), ps);
			}
		}
	}

	private void cell(Element row, String text, String cellStyle, String paragraphStyle) {
		Element c = el(row, TABLE, "table:table-cell");
		c.setAttributeNS(TABLE, "table:style-name", cellStyle);
		c.setAttributeNS(OFFICE, "office:value-type", "string");
		para(c, paragraphStyle, text);
	}

	private String cellStyle(String background) {
		String key = "cell:" + background;
		return styleNames.computeIfAbsent(key, k -> {
			String name = "PdcaCell" + (background == null ? "" : background.substring(1));
			Element s = autoStyle(name, "table-cell");
			Element p = el(s, STYLE, "style:table-cell-properties");
			p.setAttributeNS(FO, "fo:border", "0.5pt solid " + RULE);
			p.setAttributeNS(FO, "fo:padding-top", pt(PaperLayout.CELL_PAD_V));
			p.setAttributeNS(FO, "fo:padding-bottom", pt(PaperLayout.CELL_PAD_V));
			p.setAttributeNS(FO, "fo:padding-left", pt(PaperLayout.CELL_PAD_H));
			p.setAttributeNS(FO, "fo:padding-right", pt(PaperLayout.CELL_PAD_H));
			if (background != null) {
				p.setAttributeNS(FO, "fo:background-color", background);
			}
			return name;
		});
	}

	// ---- drawings

	/** The paragraph a drawing is anchored to: exactly as high as the drawing. */
	private Element chartParagraph(Element root, float height, boolean pageBreak) {
		String name = "PdcaChart" + Math.round(height * 100) + (pageBreak ? "Break" : "");
		styleNames.computeIfAbsent("para:" + name, k -> {
			Element s = autoStyle(name, "paragraph");
			s.setAttributeNS(STYLE, "style:parent-style-name", "PdcaBody");
			Element pp = el(s, STYLE, "style:paragraph-properties");
			pp.setAttributeNS(FO, "fo:line-height", pt(height));
			pp.setAttributeNS(FO, "fo:margin-top", "0pt");
			pp.setAttributeNS(FO, "fo:margin-bottom", pt(PaperLayout.BLOCK_AFTER));
			if (pageBreak) {
				pp.setAttributeNS(FO, "fo:break-before", "page");
			}
			return name;
		});
		Element p = el(root, TEXT, "text:p");
		p.setAttributeNS(TEXT, "text:style-name", name);
		return p;
	}

	private void statusBar(Element root, StatusBar s, boolean pageBreak) {
		List<List<Segment>> legend = PaperLayout.legendLines(s);
		float h = PaperLayout.STATUS_BAR_HEIGHT + 6 + legend.size() * PaperLayout.LEGEND_LINE;
		Element p = chartParagraph(root, h, pageBreak);
		int total = s.segments().stream().mapToInt(Segment::count).sum();
		float x = 0;
		for (Segment seg : s.segments()) {
			if (seg.count() == 0 || total == 0) {
				continue;
			}
			float w = BODY_WIDTH * seg.count() / total;
			statusBox(p, x, 0, w, PaperLayout.STATUS_BAR_HEIGHT, seg.status(), w >= 14 ? StatusPalette.symbol(seg.status()) : "");
			x += w;
		}
		float y = PaperLayout.STATUS_BAR_HEIGHT + 6;
		for (List<Segment> line : legend) {
			float lx = 0;
			for (Segment seg : line) {
				statusBox(p, lx, y + 1, 11, 11, seg.status(), "");
				textBox(p, lx + 13, y - 1, PaperLayout.legendWidth(seg) - 14, 14, PaperLayout.legendText(seg), "left", SHAPE, null);
				lx += PaperLayout.legendWidth(seg);
			}
			y += PaperLayout.LEGEND_LINE;
		}
	}

	private void heatMap(Element root, HeatMap m, boolean pageBreak) {
		float h = PaperLayout.heatMapHeight(m.rows().size()) - PaperLayout.BLOCK_AFTER;
		Element p = chartParagraph(root, h, pageBreak);
		float labelW = PaperLayout.heatLabelWidth();
		float cellW = PaperLayout.HEAT_CELL_WIDTH;
		for (int q = 0; q < m.quarterHeads().size(); q++) {
			textBox(p, labelW + q * (cellW + PaperLayout.HEAT_GAP), 0, cellW, PaperLayout.HEAT_HEAD - 2, m.quarterHeads().get(q),
					"center", SHAPE_BOLD, null);
		}
		float cellH = PaperLayout.HEAT_ROW - 3;
		for (int i = 0; i < m.rows().size(); i++) {
			HeatRow r = m.rows().get(i);
			float top = PaperLayout.HEAT_HEAD + i * PaperLayout.HEAT_ROW;
			List<String> lines = PaperLayout.fit(r.label(), labelW - 8, PaperLayout.CHART_SIZE + 0.5f, false, 2);
			textBox(p, 0, top, labelW - 4, cellH, String.join("\n", lines), "left", SHAPE, null);
			for (int q = 0; q < r.cells().length; q++) {
				float x = labelW + q * (cellW + PaperLayout.HEAT_GAP);
				ActionStatus s = r.cells()[q];
				if (s == null) {
					Element rect = shape(p, "draw:rect", graphic(null, LIGHT, 0.6f, "center", SHAPE_GREY), x, top, cellW, cellH);
					shapeText(rect, m.notYet(), SHAPE_GREY, null, "center");
				} else {
					statusBox(p, x, top, cellW, cellH, s, StatusPalette.symbol(s) + " " + ReportBuilder.status(s));
				}
			}
		}
	}

	private void kpiBars(Element root, KpiBars k, boolean pageBreak) {
		float h = PaperLayout.kpiHeight(k.bars().size()) - PaperLayout.BLOCK_AFTER;
		Element p = chartParagraph(root, h, pageBreak);
		float x0 = PaperLayout.KPI_LABEL_WIDTH;
		float w = BODY_WIDTH - x0 - 2;
		for (int i = 0; i < k.bars().size(); i++) {
			KpiBar bar = k.bars().get(i);
			float top = i * PaperLayout.KPI_ROW;
			textBox(p, 0, top, x0 - 4, 26, String.join("\n", PaperLayout.fit(bar.name(), x0 - 8, 9, false, 2)), "left", NAME,
					null);
			float barY = top + 4;
			double ratio = bar.ratio() == null ? 0 : Math.max(0, Math.min(PaperLayout.KPI_SCALE, bar.ratio()));
			float filled = (float) (w * ratio / PaperLayout.KPI_SCALE);
			if (filled > 0) {
				shape(p, "draw:rect", graphic(hex(StatusPalette.rgb(bar.colour())), null, 0, "center", null), x0, barY, filled,
						PaperLayout.KPI_BAR_HEIGHT);
			}
			shape(p, "draw:rect", graphic(null, RULE, 0.6f, "center", null), x0, barY, w, PaperLayout.KPI_BAR_HEIGHT);
			float target = x0 + w / PaperLayout.KPI_SCALE;
			Element line = el(p, DRAW, "draw:line");
			line.setAttributeNS(DRAW, "draw:style-name", graphic(null, "#000000", 1.6f, "center", null));
			line.setAttributeNS(TEXT, "text:anchor-type", "paragraph");
			line.setAttributeNS(DRAW, "draw:z-index", String.valueOf(shapes++));
			line.setAttributeNS(SVG, "svg:x1", pt(target));
			line.setAttributeNS(SVG, "svg:y1", pt(barY - 3));
			line.setAttributeNS(SVG, "svg:x2", pt(target));
			line.setAttributeNS(SVG, "svg:y2", pt(barY + PaperLayout.KPI_BAR_HEIGHT + 3));
			textBox(p, x0, barY + PaperLayout.KPI_BAR_HEIGHT + 2, w, 14, bar.text(), "left", SHAPE,
					new String[] { bar.symbol() + " ", hex(StatusPalette.rgb(bar.colour())) });
		}
	}

	/** A box in a status's colour (hatched when cancelled) with {@code text} in black or white. */
	private void statusBox(Element p, float x, float y, float w, float h, ActionStatus s, String text) {
		Look look = PaperLayout.darkText(StatusPalette.rgb(s)) ? SHAPE : SHAPE_WHITE;
		String style = s == ActionStatus.CANCELLED ? hatchStyle() : graphic(hex(StatusPalette.rgb(s)), null, 0, "center", look);
		Element rect = shape(p, "draw:rect", style, x, y, w, h);
		if (!text.isEmpty()) {
			shapeText(rect, text, look, null, "center");
		}
	}

	/**
	 * Text in a box without fill or line; {@code lead} is an optional first span of text in a colour: {text,
	 * colour}.
	 */
	private void textBox(Element p, float x, float y, float w, float h, String text, String align, Look look, String[] lead) {
		Element rect = shape(p, "draw:rect", graphic(null, null, 0, align, look), x, y, w, h);
		shapeText(rect, text, look, lead, align);
	}

	/**
	 * The text of a shape, in a span of its look (Writer takes the text's look from the shape's style or the span,
	 * not from the paragraph style).
	 */
	private void shapeText(Element shape, String text, Look look, String[] lead, String align) {
		Element para = el(shape, TEXT, "text:p");
		para.setAttributeNS(TEXT, "text:style-name", shapeParagraph(align));
		if (lead != null) {
			Element span = el(para, TEXT, "text:span");
			span.setAttributeNS(TEXT, "text:style-name", spanStyle(new Look(look.size(), true, lead[1])));
			span.setTextContent(lead[0]);
		}
		Element span = el(para, TEXT, "text:span");
		span.setAttributeNS(TEXT, "text:style-name", spanStyle(look));
		lines(span, text);
	}

	private Element shape(Element p, String kind, String style, float x, float y, float w, float h) {
		Element e = el(p, DRAW, kind);
		e.setAttributeNS(DRAW, "draw:style-name", style);
		e.setAttributeNS(TEXT, "text:anchor-type", "paragraph");
		e.setAttributeNS(DRAW, "draw:z-index", String.valueOf(shapes++));
		e.setAttributeNS(SVG, "svg:x", pt(x));
		e.setAttributeNS(SVG, "svg:y", pt(y));
		e.setAttributeNS(SVG, "svg:width", pt(Math.max(0.5f, w)));
		e.setAttributeNS(SVG, "svg:height", pt(Math.max(0.5f, h)));
		return e;
	}

	/** The graphic style of a shape: fill colour or none, line colour and width or none, its text's alignment and look. */
	private String graphic(String fill, String stroke, float strokeWidth, String align, Look look) {
		String key = "graphic:" + fill + ":" + stroke + ":" + strokeWidth + ":" + align + ":" + look;
		return styleNames.computeIfAbsent(key, k -> {
			String name = "PdcaGr" + styleNames.size();
			Element s = autoStyle(name, "graphic");
			Element g = graphicProperties(s, align, look);
			if (fill == null) {
				g.setAttributeNS(DRAW, "draw:fill", "none");
			} else {
				g.setAttributeNS(DRAW, "draw:fill", "solid");
				g.setAttributeNS(DRAW, "draw:fill-color", fill);
			}
			if (stroke == null) {
				g.setAttributeNS(DRAW, "draw:stroke", "none");
			} else {
				g.setAttributeNS(DRAW, "draw:stroke", "solid");
				g.setAttributeNS(SVG, "svg:stroke-color", stroke);
				g.setAttributeNS(SVG, "svg:stroke-width", pt(strokeWidth));
			}
			return name;
		});
	}

	private String hatchStyle() {
		return styleNames.computeIfAbsent("graphic:hatch", k -> {
			String name = "PdcaGrHatch";
			Element s = autoStyle(name, "graphic");
			Element g = graphicProperties(s, "center", SHAPE);
			g.setAttributeNS(DRAW, "draw:fill", "hatch");
			g.setAttributeNS(DRAW, "draw:fill-hatch-name", "PdcaCancelled");
			g.setAttributeNS(DRAW, "draw:fill-hatch-solid", "true");
			g.setAttributeNS(DRAW, "draw:fill-color", hex(StatusPalette.rgb(ActionStatus.CANCELLED)));
			g.setAttributeNS(DRAW, "draw:stroke", "none");
			return name;
		});
	}

	private Element graphicProperties(Element style, String align, Look look) {
		Element g = el(style, STYLE, "style:graphic-properties");
		g.setAttributeNS(STYLE, "style:wrap", "run-through");
		g.setAttributeNS(STYLE, "style:run-through", "foreground");
		g.setAttributeNS(STYLE, "style:vertical-pos", "from-top");
		g.setAttributeNS(STYLE, "style:vertical-rel", "paragraph");
		g.setAttributeNS(STYLE, "style:horizontal-pos", "from-left");
		g.setAttributeNS(STYLE, "style:horizontal-rel", "paragraph");
		g.setAttributeNS(DRAW, "draw:textarea-horizontal-align", align);
		g.setAttributeNS(DRAW, "draw:textarea-vertical-align", "middle");
		g.setAttributeNS(DRAW, "draw:auto-grow-height", "false");
		g.setAttributeNS(DRAW, "draw:auto-grow-width", "false");
		g.setAttributeNS(FO, "fo:wrap-option", "wrap");
		g.setAttributeNS(FO, "fo:padding", "1pt");
		g.setAttributeNS(DRAW, "draw:shadow", "hidden");
		Element pp = el(style, STYLE, "style:paragraph-properties");
		pp.setAttributeNS(FO, "fo:text-align", "left".equals(align) ? "start" : "center");
		pp.setAttributeNS(STYLE, "style:text-autospace", "none");
		if (look != null) {
			textProperties(style, look.size(), look.bold(), look.colour());
		}
		return g;
	}

	/** The paragraph of a shape's text: aligned as its box, without extra space between Chinese and Latin text. */
	private String shapeParagraph(String align) {
		return styleNames.computeIfAbsent("shapePara:" + align, k -> {
			String name = "PdcaShapeP" + ("left".equals(align) ? "Start" : "Center");
			Element s = autoStyle(name, "paragraph");
			Element pp = el(s, STYLE, "style:paragraph-properties");
			pp.setAttributeNS(FO, "fo:text-align", "left".equals(align) ? "start" : "center");
			pp.setAttributeNS(STYLE, "style:text-autospace", "none");
			return name;
		});
	}

	private String spanStyle(Look look) {
		return styleNames.computeIfAbsent("span:" + look, k -> {
			String name = "PdcaSpan" + styleNames.size();
			Element s = autoStyle(name, "text");
			textProperties(s, look.size(), look.bold(), look.colour());
			return name;
		});
	}

	// ---- styles

	private Element autoStyle(String name, String family) {
		Element s = el(automatic, STYLE, "style:style");
		s.setAttributeNS(STYLE, "style:name", name);
		s.setAttributeNS(STYLE, "style:family", family);
		return s;
	}

	/** The first paragraph's style: it sets the first page's master page (the cover without a footer, or the standard page). */
	private String startStyle(String masterPage, Float height) {
		Element s = autoStyle("PdcaStart", "paragraph");
		s.setAttributeNS(STYLE, "style:parent-style-name", "PdcaBody");
		s.setAttributeNS(STYLE, "style:master-page-name", masterPage);
		Element pp = el(s, STYLE, "style:paragraph-properties");
		pp.setAttributeNS(STYLE, "style:page-number", "auto");
		pp.setAttributeNS(FO, "fo:line-height", pt(height == null ? 1 : height));
		pp.setAttributeNS(FO, "fo:margin-bottom", "0pt");
		return "PdcaStart";
	}

	private String titleStyle(Title t, boolean pageBreak) {
		String name = "PdcaTitle" + Math.round(t.size() * 10) + (t.bold() ? "b" : "") + (t.accent() ? "a" : "") + "_"
				+ Math.round(t.spaceAfter()) + (pageBreak ? "Break" : "");
		return styleNames.computeIfAbsent("para:" + name, k -> {
			Element s = autoStyle(name, "paragraph");
			s.setAttributeNS(STYLE, "style:parent-style-name", "PdcaBody");
			Element pp = el(s, STYLE, "style:paragraph-properties");
			pp.setAttributeNS(FO, "fo:text-align", "center");
			pp.setAttributeNS(FO, "fo:line-height", pt(t.size() * 1.5f));
			pp.setAttributeNS(FO, "fo:margin-bottom", pt(t.spaceAfter()));
			if (pageBreak) {
				pp.setAttributeNS(FO, "fo:break-before", "page");
			}
			textProperties(s, t.size(), t.bold(), t.accent() ? ACCENT : null);
			return name;
		});
	}

	private void styles(OdfTextDocument doc) throws Exception {
		OdfStylesDom dom = doc.getStylesDom();
		Element styles = doc.getOrCreateDocumentStyles();
		Element hatch = dom.createElementNS(DRAW, "draw:hatch");
		hatch.setAttributeNS(DRAW, "draw:name", "PdcaCancelled");
		hatch.setAttributeNS(DRAW, "draw:style", "single");
		hatch.setAttributeNS(DRAW, "draw:color", "#999999");
		hatch.setAttributeNS(DRAW, "draw:distance", "4pt");
		hatch.setAttributeNS(DRAW, "draw:rotation", "450");
		styles.appendChild(hatch);

		paragraph(dom, styles, "PdcaBody", null, PaperLayout.BODY_SIZE, PaperLayout.BODY_LINE, PaperLayout.BODY_AFTER, false, null, 0, 0,
				null);
		paragraph(dom, styles, "PdcaNote", "PdcaBody", PaperLayout.NOTE_SIZE, PaperLayout.NOTE_LINE, PaperLayout.NOTE_AFTER, false,
				NOTE, 10, 0, null);
		paragraph(dom, styles, "PdcaH1", "PdcaBody", PaperLayout.H1_SIZE, PaperLayout.H1_LINE, PaperLayout.H1_AFTER, true, ACCENT, 0, 0,
				null).setAttributeNS(STYLE, "style:default-outline-level", "1");
		paragraph(dom, styles, "PdcaH2", "PdcaBody", PaperLayout.H2_SIZE, PaperLayout.H2_LINE, PaperLayout.H2_AFTER, true, null, 0, 0,
				null).setAttributeNS(STYLE, "style:default-outline-level", "2");
		paragraph(dom, styles, "PdcaCell", "PdcaBody", PaperLayout.CELL_SIZE, PaperLayout.CELL_LINE, 0, false, null, 0, 0, null);
		paragraph(dom, styles, "PdcaCellRight", "PdcaCell", PaperLayout.CELL_SIZE, PaperLayout.CELL_LINE, 0, false, null, 0, 0, "end");
		paragraph(dom, styles, "PdcaCellHead", "PdcaCell", PaperLayout.CELL_SIZE, PaperLayout.CELL_LINE, 0, true, null, 0, 0, null);
		paragraph(dom, styles, "PdcaField", "PdcaBody", PaperLayout.FIELD_SIZE, PaperLayout.FIELD_LINE, 0, false, null, 0, 0, null);
		paragraph(dom, styles, "PdcaFieldLabel", "PdcaField", PaperLayout.FIELD_SIZE, PaperLayout.FIELD_LINE, 0, true, null, 0, 0, null);
		paragraph(dom, styles, "PdcaItem", "PdcaBody", PaperLayout.ITEM_SIZE, PaperLayout.ITEM_LINE, PaperLayout.ITEM_AFTER, false, null,
				PaperLayout.ITEM_INDENT, -PaperLayout.ITEM_INDENT, null);
		paragraph(dom, styles, "PdcaSubItem", "PdcaItem", PaperLayout.ITEM_SIZE, PaperLayout.ITEM_LINE, PaperLayout.ITEM_AFTER, false,
				null, PaperLayout.ITEM_INDENT + PaperLayout.SUBITEM_INDENT, -PaperLayout.SUBITEM_INDENT, null);
		paragraph(dom, styles, "PdcaSubBody", "PdcaItem", PaperLayout.ITEM_SIZE, PaperLayout.ITEM_LINE, PaperLayout.ITEM_AFTER, false,
				null, PaperLayout.ITEM_INDENT + PaperLayout.SUBITEM_INDENT, 0, null);
		Element tocTitle = paragraph(dom, styles, "PdcaTocTitle", "PdcaBody", 16, 28, PaperLayout.TOC_TITLE - 28, true, ACCENT, 0, 0,
				"center");
		breakBefore(dom, tocTitle);
		Element toc = paragraph(dom, styles, "PdcaToc1", "PdcaBody", 11, PaperLayout.TOC_LINE, 0, false, null, 0, 0, null);
		Element stops = dom.createElementNS(STYLE, "style:tab-stops");
		Element stop = dom.createElementNS(STYLE, "style:tab-stop");
		stop.setAttributeNS(STYLE, "style:position", pt(BODY_WIDTH));
		stop.setAttributeNS(STYLE, "style:type", "right");
		stop.setAttributeNS(STYLE, "style:leader-style", "dotted");
		stop.setAttributeNS(STYLE, "style:leader-text", ".");
		stops.appendChild(stop);
		toc.getElementsByTagNameNS(STYLE, "paragraph-properties").item(0).appendChild(stops);
		paragraph(dom, styles, "PdcaFooter", "PdcaBody", 9, 13, 0, false, NOTE, 0, 0, "center");
		for (String base : new String[] { "PdcaBody", "PdcaNote", "PdcaH1", "PdcaH2", "PdcaItem", "PdcaSubItem", "PdcaSubBody" }) {
			Element s = dom.createElementNS(STYLE, "style:style");
			s.setAttributeNS(STYLE, "style:name", base + "Break");
			s.setAttributeNS(STYLE, "style:family", "paragraph");
			s.setAttributeNS(STYLE, "style:parent-style-name", base);
			if (base.startsWith("PdcaH")) {
				s.setAttributeNS(STYLE, "style:default-outline-level", base.equals("PdcaH1") ? "1" : "2");
			}
			Element pp = dom.createElementNS(STYLE, "style:paragraph-properties");
			s.appendChild(pp);
			breakBefore(dom, s);
			styles.appendChild(s);
		}
		pageStyles(doc, dom);
	}

	private static void breakBefore(Document dom, Element style) {
		Element pp = (Element) style.getElementsByTagNameNS(STYLE, "paragraph-properties").item(0);
		pp.setAttributeNS(FO, "fo:break-before", "page");
	}

	private static Element paragraph(Document dom, Element styles, String name, String parent, float size, float line, float after,
			boolean bold, String colour, float marginLeft, float textIndent, String align) {
		Element s = dom.createElementNS(STYLE, "style:style");
		s.setAttributeNS(STYLE, "style:name", name);
		s.setAttributeNS(STYLE, "style:display-name", name);
		s.setAttributeNS(STYLE, "style:family", "paragraph");
		if (parent != null) {
			s.setAttributeNS(STYLE, "style:parent-style-name", parent);
		}
		Element pp = dom.createElementNS(STYLE, "style:paragraph-properties");
		pp.setAttributeNS(FO, "fo:line-height", pt(line));
		pp.setAttributeNS(FO, "fo:margin-top", "0pt");
		pp.setAttributeNS(FO, "fo:margin-bottom", pt(after));
		pp.setAttributeNS(FO, "fo:margin-left", pt(marginLeft));
		pp.setAttributeNS(FO, "fo:text-indent", pt(textIndent));
		pp.setAttributeNS(STYLE, "style:text-autospace", "none");
		pp.setAttributeNS(FO, "fo:orphans", "1");
		pp.setAttributeNS(FO, "fo:widows", "1");
		if (align != null) {
			pp.setAttributeNS(FO, "fo:text-align", align);
		}
		s.appendChild(pp);
		textProperties(s, size, bold, colour);
		styles.appendChild(s);
		return s;
	}

	private static void textProperties(Element s, float size, boolean bold, String colour) {
		Element tp = s.getOwnerDocument().createElementNS(STYLE, "style:text-properties");
		tp.setAttributeNS(STYLE, "style:font-name", FONT);
		tp.setAttributeNS(STYLE, "style:font-name-asian", FONT);
		tp.setAttributeNS(FO, "fo:font-size", pt(size));
		tp.setAttributeNS(STYLE, "style:font-size-asian", pt(size));
		tp.setAttributeNS(FO, "fo:language", "zh");
		tp.setAttributeNS(FO, "fo:country", "TW");
		tp.setAttributeNS(STYLE, "style:language-asian", "zh");
		tp.setAttributeNS(STYLE, "style:country-asian", "TW");
		if (bold) {
			tp.setAttributeNS(FO, "fo:font-weight", "bold");
			tp.setAttributeNS(STYLE, "style:font-weight-asian", "bold");
		}
		if (colour != null) {
			tp.setAttributeNS(FO, "fo:color", colour);
		}
		s.appendChild(tp);
	}

	/**
	 * A4 pages with the body {@link PaperLayout#BODY_WIDTH} × {@link PaperLayout#BODY_HEIGHT} and a footer "第 n 頁，共 m
	 * 頁" of page-number and page-count fields; the handout's cover has no footer.
	 */
	private void pageStyles(OdfTextDocument doc, OdfStylesDom dom) throws Exception {
		Element fontDecls = (Element) dom.getElementsByTagNameNS(OFFICE, "font-face-decls").item(0);
		if (fontDecls == null) {
			fontDecls = dom.createElementNS(OFFICE, "office:font-face-decls");
			dom.getDocumentElement().insertBefore(fontDecls, dom.getDocumentElement().getFirstChild());
		}
		fontDecls.appendChild(fontFace(dom));
		Element contentDecls = (Element) doc.getContentDom().getElementsByTagNameNS(OFFICE, "font-face-decls").item(0);
		if (contentDecls != null) {
			contentDecls.appendChild(fontFace(doc.getContentDom()));
		}

		Element auto = dom.getAutomaticStyles();
		float footer = 16f;
		float footerGap = 12f;
		float bottom = PaperLayout.PAGE_HEIGHT - PaperLayout.MARGIN_TOP - PaperLayout.BODY_HEIGHT - footer - footerGap;
		Element layout = dom.createElementNS(STYLE, "style:page-layout");
		layout.setAttributeNS(STYLE, "style:name", "PdcaPageLayout");
		Element lp = dom.createElementNS(STYLE, "style:page-layout-properties");
		lp.setAttributeNS(FO, "fo:page-width", pt(PaperLayout.PAGE_WIDTH));
		lp.setAttributeNS(FO, "fo:page-height", pt(PaperLayout.PAGE_HEIGHT));
		lp.setAttributeNS(STYLE, "style:print-orientation", "portrait");
		lp.setAttributeNS(FO, "fo:margin-top", pt(PaperLayout.MARGIN_TOP));
		lp.setAttributeNS(FO, "fo:margin-bottom", pt(bottom));
		lp.setAttributeNS(FO, "fo:margin-left", pt(PaperLayout.MARGIN_X));
		lp.setAttributeNS(FO, "fo:margin-right", pt(PaperLayout.MARGIN_X));
		lp.setAttributeNS(STYLE, "style:writing-mode", "lr-tb");
		layout.appendChild(lp);
		el(layout, STYLE, "style:header-style");
		Element fs = el(layout, STYLE, "style:footer-style");
		Element fp = el(fs, STYLE, "style:header-footer-properties");
		fp.setAttributeNS(FO, "fo:min-height", pt(footer));
		fp.setAttributeNS(FO, "fo:margin-top", pt(footerGap));
		auto.appendChild(layout);

		Element masters = doc.getOfficeMasterStyles();
		Element standard = dom.createElementNS(STYLE, "style:master-page");
		standard.setAttributeNS(STYLE, "style:name", "PdcaStandard");
		standard.setAttributeNS(STYLE, "style:display-name", "PdcaStandard");
		standard.setAttributeNS(STYLE, "style:page-layout-name", "PdcaPageLayout");
		Element footerEl = el(standard, STYLE, "style:footer");
		Element p = el(footerEl, TEXT, "text:p");
		p.setAttributeNS(TEXT, "text:style-name", "PdcaFooter");
		String pattern = Labels.get("meeting.page");
		int a = pattern.indexOf("{0}");
		int b = pattern.indexOf("{1}");
		p.appendChild(dom.createTextNode(pattern.substring(0, a)));
		Element number = el(p, TEXT, "text:page-number");
		number.setAttributeNS(TEXT, "text:select-page", "current");
		number.setTextContent("1");
		p.appendChild(dom.createTextNode(pattern.substring(a + 3, b)));
		el(p, TEXT, "text:page-count").setTextContent("1");
		p.appendChild(dom.createTextNode(pattern.substring(b + 3)));
		masters.appendChild(standard);
		Element cover = dom.createElementNS(STYLE, "style:master-page");
		cover.setAttributeNS(STYLE, "style:name", "PdcaCover");
		cover.setAttributeNS(STYLE, "style:display-name", "PdcaCover");
		cover.setAttributeNS(STYLE, "style:page-layout-name", "PdcaPageLayout");
		cover.setAttributeNS(STYLE, "style:next-style-name", "PdcaStandard");
		masters.appendChild(cover);
	}

	private static Element fontFace(Document dom) {
		Element face = dom.createElementNS(STYLE, "style:font-face");
		face.setAttributeNS(STYLE, "style:name", FONT);
		face.setAttributeNS(SVG, "svg:font-family", "'" + FONT + "'");
		face.setAttributeNS(STYLE, "style:font-family-generic", "swiss");
		face.setAttributeNS(STYLE, "style:font-pitch", "variable");
		return face;
	}

	// ---- helpers

	private static Element el(Element parent, String ns, String name) {
		Element e = parent.getOwnerDocument().createElementNS(ns, name);
		parent.appendChild(e);
		return e;
	}

	static String pt(float v) {
		return String.format(Locale.ROOT, "%.2fpt", v);
	}

	static String hex(int rgb) {
		return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
	}
}
