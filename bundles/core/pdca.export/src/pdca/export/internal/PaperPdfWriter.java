package pdca.export.internal;

import static pdca.export.internal.PaperLayout.BODY_WIDTH;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.DottedLineSeparator;

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
 * Writes a {@link MeetingPaper} as PDF/A-2b with OpenPDF, as the year-end report is written (Noto Sans CJK TC
 * embedded as a subset, sRGB output intent, XMP metadata): the handout page by page as {@link PaperLayout} laid it
 * out, with the status bar, heat map and KPI bars drawn with OpenPDF's graphics primitives (vector, not pictures);
 * the minutes flowing. Every page but the handout's cover says "第 n 頁，共 m 頁"; headings are bookmarks.
 */
public final class PaperPdfWriter {

	private static final Color HEADER_BG = new Color(0xE4, 0xEA, 0xF2);
	private static final Color RULE = new Color(0x8A, 0x9B, 0xB0);
	private static final Color NOTE = new Color(0x55, 0x55, 0x55);
	private static final Color ACCENT = new Color(0x1F, 0x4E, 0x8C);
	private static final Color LIGHT = new Color(0xBB, 0xBB, 0xBB);

	private final MeetingPaper paper;
	private final PaperLayout.Pages pages;
	private final String producer;
	private final ZonedDateTime created;
	/** The space after the last heading, put before the next block (OpenPDF drops a paragraph's space after before a table). */
	private float pendingSpace;

	/**
	 * @param pages the handout's pages, or null for a document that flows (the minutes)
	 */
	public PaperPdfWriter(MeetingPaper paper, PaperLayout.Pages pages, String producer, ZonedDateTime created) {
		this.paper = paper;
		this.pages = pages;
		this.producer = producer;
		this.created = created;
	}

	/** What was written: the number of pages, and the page each heading landed on (by its index among the headings). */
	public record Result(int pageCount, Map<Integer, Integer> headingPages) {
	}

	/**
	 * Writes the PDF to {@code out}; {@code canceled} is checked between blocks (then a
	 * {@link PdfReportWriter.CanceledSignal} is thrown). A flowing document is laid out once before to count its
	 * pages.
	 */
	public Result write(OutputStream out, BooleanSupplier canceled) throws IOException {
		int total = pages != null ? pages.pages().size() : render(OutputStream.nullOutputStream(), 0, canceled).pageCount();
		return render(out, total, canceled);
	}

	/** Lays the document out without writing it: the pages it takes and where its headings land. */
	public Result measure(BooleanSupplier canceled) throws IOException {
		return render(OutputStream.nullOutputStream(), 0, canceled);
	}

	private Result render(OutputStream out, int total, BooleanSupplier canceled) throws IOException {
		BaseFont[] f = PdfReportWriter.fonts();
		pendingSpace = 0;
		float bottom = PaperLayout.PAGE_HEIGHT - PaperLayout.MARGIN_TOP - PaperLayout.BODY_HEIGHT;
		Document doc = new Document(PageSize.A4, PaperLayout.MARGIN_X, PaperLayout.MARGIN_X, PaperLayout.MARGIN_TOP, bottom);
		PdfWriter writer;
		try {
			writer = PdfWriter.getInstance(doc, out);
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		}
		writer.setPdfVersion(PdfWriter.VERSION_1_7);
		writer.setCompressionLevel(6);
		Events events = new Events(f[0], total, paper.paged());
		writer.setPageEvent(events);
		PdfDate pdfDate = new PdfDate(GregorianCalendar.from(created));
		doc.addTitle(paper.documentTitle());
		doc.addAuthor(paper.author());
		doc.addSubject(paper.subject());
		doc.addCreator(producer);
		doc.addProducer(producer);
		doc.addCreationDate(pdfDate);
		doc.open();
		writer.getInfo().put(PdfName.MODDATE, pdfDate);
		writer.getInfo().put(PdfName.PRODUCER, new PdfString(producer, PdfString.TEXT_UNICODE));
		writer.setXmpMetadata(PdfReportWriter.xmp(paper.documentTitle(), paper.author(), paper.subject(), producer, created));
		PdfReportWriter.addOutputIntent(writer);
		try {
			if (pages == null) {
				for (Block b : paper.blocks()) {
					check(canceled);
					block(doc, writer, b, f, events);
				}
			} else {
				for (int i = 0; i < pages.pages().size(); i++) {
					if (i > 0) {
						doc.newPage();
					} else {
						Paragraph space = new Paragraph(" ", new Font(f[0], 10));
						space.setLeading(90);
						doc.add(space);
					}
					for (Block b : pages.pages().get(i).blocks()) {
						check(canceled);
						block(doc, writer, b, f, events);
					}
				}
			}
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		}
		doc.close();
		return new Result(events.pageCount, events.found);
	}

	private static void check(BooleanSupplier canceled) {
		if (canceled.getAsBoolean()) {
			throw new PdfReportWriter.CanceledSignal();
		}
	}

	private void block(Document doc, PdfWriter writer, Block b, BaseFont[] f, Events events) throws DocumentException {
		switch (b) {
			case Title t -> {
				Paragraph p = new Paragraph(t.text(), new Font(f[t.bold() ? 1 : 0], t.size(), Font.NORMAL, t.accent() ? ACCENT : Color.BLACK));
				p.setAlignment(Element.ALIGN_CENTER);
				p.setLeading(t.size() * 1.5f);
				p.setSpacingAfter(t.spaceAfter());
				doc.add(p);
			}
			case Heading h -> {
				boolean one = h.level() == 1;
				Chunk c = new Chunk(h.text(), new Font(f[1], one ? PaperLayout.H1_SIZE : PaperLayout.H2_SIZE, Font.NORMAL,
						one ? ACCENT : Color.BLACK));
				int index = events.titles.size();
				events.titles.add(h.text());
				c.setGenericTag(index + ":" + h.level());
				Paragraph p = new Paragraph(c);
				p.setLeading(one ? PaperLayout.H1_LINE : PaperLayout.H2_LINE);
				p.setSpacingBefore(pendingSpace);
				p.setKeepTogether(true);
				doc.add(p);
				pendingSpace = one ? PaperLayout.H1_AFTER : PaperLayout.H2_AFTER;
				return;
			}
			case Text t -> doc.add(spaced(text(t, f)));
			case Fields fl -> doc.add(spaced(fields(fl, f)));
			case Table t -> doc.add(spaced(table(t, f)));
			case StatusBar s -> doc.add(spaced(chart(writer, statusBar(writer, s, f))));
			case HeatMap m -> doc.add(spaced(chart(writer, heatMap(writer, m, f))));
			case KpiBars k -> doc.add(spaced(chart(writer, kpiBars(writer, k, f))));
			case Contents c -> contents(doc, c, f);
		}
		pendingSpace = 0;
	}

	private Paragraph spaced(Paragraph p) {
		p.setSpacingBefore(pendingSpace);
		return p;
	}

	private PdfPTable spaced(PdfPTable t) {
		t.setSpacingBefore(pendingSpace);
		return t;
	}

	private static Paragraph text(Text t, BaseFont[] f) {
		Paragraph p;
		switch (t.style()) {
			case NOTE -> {
				p = new Paragraph(t.text(), new Font(f[0], PaperLayout.NOTE_SIZE, Font.NORMAL, NOTE));
				p.setLeading(PaperLayout.NOTE_LINE);
				p.setIndentationLeft(10);
				p.setSpacingAfter(PaperLayout.NOTE_AFTER);
			}
			case ITEM, SUBITEM, SUBBODY -> {
				Font font = new Font(f[0], PaperLayout.ITEM_SIZE);
				p = new Paragraph(t.number() + t.text(), font);
				p.setLeading(PaperLayout.ITEM_LINE);
				p.setSpacingAfter(PaperLayout.ITEM_AFTER);
				if (t.style() == MeetingPaper.Style.ITEM) {
					p.setIndentationLeft(PaperLayout.ITEM_INDENT);
					p.setFirstLineIndent(-PaperLayout.ITEM_INDENT);
				} else {
					p.setIndentationLeft(PaperLayout.ITEM_INDENT + PaperLayout.SUBITEM_INDENT);
					p.setFirstLineIndent(t.style() == MeetingPaper.Style.SUBITEM ? -PaperLayout.SUBITEM_INDENT : 0);
				}
			}
			default -> {
				p = new Paragraph(t.text(), new Font(f[0], PaperLayout.BODY_SIZE));
				p.setLeading(PaperLayout.BODY_LINE);
				p.setSpacingAfter(PaperLayout.BODY_AFTER);
			}
		}
		return p;
	}

	private static PdfPCell cell(String text, Font font, float leading) {
		PdfPCell c = new PdfPCell(new Phrase(text, font));
		c.setBorderColor(RULE);
		c.setBorderWidth(0.5f);
		c.setPaddingTop(PaperLayout.CELL_PAD_V);
		c.setPaddingBottom(PaperLayout.CELL_PAD_V);
		c.setPaddingLeft(PaperLayout.CELL_PAD_H);
		c.setPaddingRight(PaperLayout.CELL_PAD_H);
		c.setLeading(leading, 0);
		c.setUseAscender(true);
		c.setUseDescender(true);
		c.setPaddingTop(PaperLayout.CELL_PAD_V + (leading - c.getPhrase().getFont().getSize() * 1.16f) / 2);
		c.setPaddingBottom(PaperLayout.CELL_PAD_V + (leading - c.getPhrase().getFont().getSize() * 1.16f) / 2);
		return c;
	}

	private static PdfPTable fields(Fields fl, BaseFont[] f) {
		PdfPTable t = new PdfPTable(PaperLayout.FIELD_WIDTHS);
		t.setTotalWidth(BODY_WIDTH);
		t.setLockedWidth(true);
		t.setSpacingAfter(PaperLayout.BLOCK_AFTER);
		Font label = new Font(f[1], PaperLayout.FIELD_SIZE);
		Font value = new Font(f[0], PaperLayout.FIELD_SIZE);
		for (String[] pair : fl.pairs()) {
			PdfPCell l = cell(pair[0], label, PaperLayout.FIELD_LINE);
			l.setBackgroundColor(HEADER_BG);
			t.addCell(l);
			t.addCell(cell(pair[1], value, PaperLayout.FIELD_LINE));
		}
		return t;
	}

	private static PdfPTable table(Table t, BaseFont[] f) {
		PdfPTable table = new PdfPTable(t.widths());
		table.setTotalWidth(BODY_WIDTH);
		table.setLockedWidth(true);
		table.setSpacingAfter(PaperLayout.BLOCK_AFTER);
		table.setHeaderRows(1);
		Font head = new Font(f[1], PaperLayout.CELL_SIZE);
		Font body = new Font(f[0], PaperLayout.CELL_SIZE);
		for (String h : t.headers()) {
			PdfPCell c = cell(h, head, PaperLayout.CELL_LINE);
			c.setBackgroundColor(HEADER_BG);
			table.addCell(c);
		}
		for (int r = 0; r < t.rows().size(); r++) {
			List<String> row = t.rows().get(r);
			ActionStatus tint = t.tints().get(r);
			for (int i = 0; i < row.size(); i++) {
				PdfPCell c = cell(row.get(i), body, PaperLayout.CELL_LINE);
				if (t.numeric()[i]) {
					c.setHorizontalAlignment(Element.ALIGN_RIGHT);
				}
				if (tint != null) {
					c.setBackgroundColor(colour(StatusPalette.tint(tint)));
				}
				table.addCell(c);
			}
		}
		return table;
	}

	private void contents(Document doc, Contents c, BaseFont[] f) throws DocumentException {
		Paragraph title = new Paragraph(c.title(), new Font(f[1], 16, Font.NORMAL, ACCENT));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setLeading(28);
		title.setSpacingAfter(PaperLayout.TOC_TITLE - 28);
		doc.add(title);
		Font font = new Font(f[0], 11);
		for (Block b : paper.blocks()) {
			if (b instanceof Heading h && h.level() == 1) {
				Paragraph p = new Paragraph(PaperLayout.TOC_LINE, h.text(), font);
				p.add(new Chunk(new DottedLineSeparator()));
				p.add(new Chunk(String.valueOf(pages.pageOf(h)), font));
				doc.add(p);
			}
		}
	}

	/** A drawing as one cell of its exact height. */
	private static PdfPTable chart(PdfWriter writer, PdfTemplate tpl) throws DocumentException {
		PdfPTable t = new PdfPTable(1);
		t.setTotalWidth(BODY_WIDTH);
		t.setLockedWidth(true);
		t.setSpacingAfter(PaperLayout.BLOCK_AFTER);
		PdfPCell c = new PdfPCell(Image.getInstance(tpl), false);
		c.setBorder(Rectangle.NO_BORDER);
		c.setPadding(0);
		c.setFixedHeight(tpl.getHeight());
		t.addCell(c);
		return t;
	}

	static Color colour(int rgb) {
		return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
	}

	/** The counts of items per status as one bar of coloured segments, with a legend below. */
	private static PdfTemplate statusBar(PdfWriter writer, StatusBar s, BaseFont[] f) {
		List<List<Segment>> legend = PaperLayout.legendLines(s);
		float h = PaperLayout.STATUS_BAR_HEIGHT + 6 + legend.size() * PaperLayout.LEGEND_LINE;
		PdfTemplate t = writer.getDirectContent().createTemplate(BODY_WIDTH, h);
		int total = s.segments().stream().mapToInt(Segment::count).sum();
		float x = 0;
		float barY = h - PaperLayout.STATUS_BAR_HEIGHT;
		for (Segment seg : s.segments()) {
			if (seg.count() == 0 || total == 0) {
				continue;
			}
			float w = BODY_WIDTH * seg.count() / total;
			statusBox(t, x, barY, w, PaperLayout.STATUS_BAR_HEIGHT, seg.status());
			if (w >= 14) {
				symbol(t, StatusPalette.symbol(seg.status()), x + w / 2, barY + PaperLayout.STATUS_BAR_HEIGHT / 2, 8, textColour(seg.status()), f);
			}
			x += w;
		}
		float y = barY - 6;
		for (List<Segment> line : legend) {
			float lx = 0;
			for (Segment seg : line) {
				statusBox(t, lx, y - 12, 11, 11, seg.status());
				symbol(t, StatusPalette.symbol(seg.status()), lx + 5.5f, y - 6.5f, 6, textColour(seg.status()), f);
				text(t, f[0], PaperLayout.CHART_SIZE + 0.5f, Color.BLACK, PaperLayout.legendText(seg), lx + 14, y - 10, Element.ALIGN_LEFT);
				lx += PaperLayout.legendWidth(seg);
			}
			y -= PaperLayout.LEGEND_LINE;
		}
		return t;
	}

	/** Strategies × quarters, each cell in the strategy's status at the end of the quarter with its symbol and word. */
	private static PdfTemplate heatMap(PdfWriter writer, HeatMap m, BaseFont[] f) {
		float h = PaperLayout.heatMapHeight(m.rows().size()) - PaperLayout.BLOCK_AFTER;
		PdfTemplate t = writer.getDirectContent().createTemplate(BODY_WIDTH, h);
		float labelW = PaperLayout.heatLabelWidth();
		float cellW = PaperLayout.HEAT_CELL_WIDTH;
		for (int q = 0; q < m.quarterHeads().size(); q++) {
			float cx = labelW + q * (cellW + PaperLayout.HEAT_GAP) + cellW / 2;
			text(t, f[1], PaperLayout.CHART_SIZE + 0.5f, Color.BLACK, m.quarterHeads().get(q), cx, h - 11, Element.ALIGN_CENTER);
		}
		float size = PaperLayout.CHART_SIZE;
		for (int i = 0; i < m.rows().size(); i++) {
			HeatRow r = m.rows().get(i);
			float top = h - PaperLayout.HEAT_HEAD - i * PaperLayout.HEAT_ROW;
			float cellH = PaperLayout.HEAT_ROW - 3;
			List<String> lines = PaperLayout.fit(r.label(), labelW - 8, size + 0.5f, false, 2);
			float ly = top - cellH / 2 + (lines.size() - 1) * 6 - 3;
			for (String line : lines) {
				text(t, f[0], size + 0.5f, Color.BLACK, line, 0, ly, Element.ALIGN_LEFT);
				ly -= 12;
			}
			for (int q = 0; q < r.cells().length; q++) {
				float x = labelW + q * (cellW + PaperLayout.HEAT_GAP);
				float y = top - cellH;
				ActionStatus s = r.cells()[q];
				if (s == null) {
					t.setColorStroke(LIGHT);
					t.setLineWidth(0.6f);
					t.rectangle(x, y, cellW, cellH);
					t.stroke();
					text(t, f[0], size, NOTE, m.notYet(), x + cellW / 2, y + cellH / 2 - 3, Element.ALIGN_CENTER);
					continue;
				}
				statusBox(t, x, y, cellW, cellH, s);
				String word = ReportBuilder.status(s);
				float tw = PaperLayout.width(word, size, false);
				float start = x + (cellW - (9 + 3 + tw)) / 2;
				symbol(t, StatusPalette.symbol(s), start + 4.5f, y + cellH / 2, 8, textColour(s), f);
				text(t, f[0], size, textColour(s), word, start + 12, y + cellH / 2 - 3, Element.ALIGN_LEFT);
			}
		}
		return t;
	}

	/** One bar per KPI: the achievement in the level's colour against the target line, with the figures in words. */
	private static PdfTemplate kpiBars(PdfWriter writer, KpiBars k, BaseFont[] f) {
		float h = PaperLayout.kpiHeight(k.bars().size()) - PaperLayout.BLOCK_AFTER;
		PdfTemplate t = writer.getDirectContent().createTemplate(BODY_WIDTH, h);
		float x0 = PaperLayout.KPI_LABEL_WIDTH;
		float w = BODY_WIDTH - x0 - 2;
		for (int i = 0; i < k.bars().size(); i++) {
			KpiBar bar = k.bars().get(i);
			float top = h - i * PaperLayout.KPI_ROW;
			List<String> lines = PaperLayout.fit(bar.name(), x0 - 8, 9, false, 2);
			float ly = top - 12;
			for (String line : lines) {
				text(t, f[0], 9, Color.BLACK, line, 0, ly, Element.ALIGN_LEFT);
				ly -= 12;
			}
			float barY = top - 4 - PaperLayout.KPI_BAR_HEIGHT;
			double ratio = bar.ratio() == null ? 0 : Math.max(0, Math.min(PaperLayout.KPI_SCALE, bar.ratio()));
			float filled = (float) (w * ratio / PaperLayout.KPI_SCALE);
			if (filled > 0) {
				t.setColorFill(colour(StatusPalette.rgb(bar.colour())));
				t.rectangle(x0, barY, filled, PaperLayout.KPI_BAR_HEIGHT);
				t.fill();
			}
			t.setColorStroke(RULE);
			t.setLineWidth(0.6f);
			t.rectangle(x0, barY, w, PaperLayout.KPI_BAR_HEIGHT);
			t.stroke();
			float target = x0 + w / PaperLayout.KPI_SCALE;
			t.setColorStroke(Color.BLACK);
			t.setLineWidth(1.6f);
			t.moveTo(target, barY - 3);
			t.lineTo(target, barY + PaperLayout.KPI_BAR_HEIGHT + 3);
			t.stroke();
			float textY = barY - 14;
			symbol(t, bar.symbol(), x0 + 5, textY + 3.5f, 8, colour(StatusPalette.rgb(bar.colour())), f);
			text(t, f[0], PaperLayout.CHART_SIZE + 0.5f, Color.BLACK, bar.text(), x0 + 13, textY, Element.ALIGN_LEFT);
		}
		return t;
	}

	/** A box filled in a status's colour; cancelled boxes are hatched. */
	private static void statusBox(PdfContentByte t, float x, float y, float w, float h, ActionStatus s) {
		t.setColorFill(colour(StatusPalette.rgb(s)));
		t.rectangle(x, y, w, h);
		t.fill();
		if (s == ActionStatus.CANCELLED) {
			t.saveState();
			t.rectangle(x, y, w, h);
			t.clip();
			t.newPath();
			t.setColorStroke(new Color(0x99, 0x99, 0x99));
			t.setLineWidth(0.6f);
			for (float hx = x - h; hx < x + w; hx += 5) {
				t.moveTo(hx, y);
				t.lineTo(hx + h, y + h);
			}
			t.stroke();
			t.restoreState();
		}
	}

	private static Color textColour(ActionStatus s) {
		return PaperLayout.darkText(StatusPalette.rgb(s)) ? Color.BLACK : Color.WHITE;
	}

	private static void text(PdfContentByte t, BaseFont font, float size, Color colour, String text, float x, float y, int align) {
		t.beginText();
		t.setFontAndSize(font, size);
		t.setColorFill(colour);
		t.showTextAligned(align, text, x, y, 0);
		t.endText();
	}

	/**
	 * Draws the symbol {@link StatusPalette} gives a status or level as vector graphics centred on (cx, cy), so it
	 * does not depend on the font having the glyph (Noto Sans CJK has no ✗).
	 */
	static void symbol(PdfContentByte t, String symbol, float cx, float cy, float size, Color colour, BaseFont[] f) {
		float r = size / 2;
		t.saveState();
		t.setColorStroke(colour);
		t.setColorFill(colour);
		t.setLineWidth(Math.max(0.8f, size / 7));
		t.setLineCap(PdfContentByte.LINE_CAP_ROUND);
		switch (symbol) {
			case "✓" -> {
				t.moveTo(cx - r * 0.8f, cy);
				t.lineTo(cx - r * 0.2f, cy - r * 0.6f);
				t.lineTo(cx + r * 0.85f, cy + r * 0.7f);
				t.stroke();
			}
			case "✗" -> {
				t.moveTo(cx - r * 0.7f, cy - r * 0.7f);
				t.lineTo(cx + r * 0.7f, cy + r * 0.7f);
				t.moveTo(cx - r * 0.7f, cy + r * 0.7f);
				t.lineTo(cx + r * 0.7f, cy - r * 0.7f);
				t.stroke();
			}
			case "●" -> {
				t.circle(cx, cy, r * 0.7f);
				t.fill();
			}
			case "○" -> {
				t.circle(cx, cy, r * 0.65f);
				t.stroke();
			}
			case "▶" -> {
				t.moveTo(cx - r * 0.6f, cy - r * 0.7f);
				t.lineTo(cx + r * 0.75f, cy);
				t.lineTo(cx - r * 0.6f, cy + r * 0.7f);
				t.closePath();
				t.fill();
			}
			case "!" -> {
				t.moveTo(cx, cy + r * 0.8f);
				t.lineTo(cx, cy - r * 0.2f);
				t.stroke();
				t.circle(cx, cy - r * 0.7f, Math.max(0.5f, size / 12));
				t.fill();
			}
			case "—" -> {
				t.moveTo(cx - r * 0.7f, cy);
				t.lineTo(cx + r * 0.7f, cy);
				t.stroke();
			}
			default -> text(t, f[1], size, colour, symbol, cx, cy - size / 3, Element.ALIGN_CENTER);
		}
		t.restoreState();
	}

	/** Page numbers in the footer; pages and bookmarks of the headings from their generic tags. */
	private static final class Events extends PdfPageEventHelper {
		final List<String> titles = new ArrayList<>();
		final Map<Integer, Integer> found = new HashMap<>();
		int pageCount;
		private final BaseFont font;
		private final int total;
		private final boolean cover;
		private final List<PdfOutline> parents = new ArrayList<>();

		Events(BaseFont font, int total, boolean cover) {
			this.font = font;
			this.total = total;
			this.cover = cover;
		}

		@Override
		public void onGenericTag(PdfWriter w, Document document, Rectangle rect, String text) {
			int colon = text.indexOf(':');
			int index = Integer.parseInt(text.substring(0, colon));
			int level = Integer.parseInt(text.substring(colon + 1));
			found.putIfAbsent(index, w.getPageNumber());
			while (parents.size() >= level) {
				parents.remove(parents.size() - 1);
			}
			PdfOutline parent = parents.isEmpty() ? w.getRootOutline() : parents.get(parents.size() - 1);
			while (parents.size() < level - 1) {
				parents.add(parent);
			}
			parents.add(new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, -1, rect.getTop() + 14, 0),
					titles.get(index), level < 2));
		}

		@Override
		public void onEndPage(PdfWriter w, Document document) {
			int page = w.getPageNumber();
			pageCount = Math.max(pageCount, page);
			if (cover && page == 1) {
				return;
			}
			PdfContentByte cb = w.getDirectContent();
			cb.beginText();
			cb.setFontAndSize(font, 9);
			cb.setColorFill(NOTE);
			cb.showTextAligned(Element.ALIGN_CENTER, Labels.format("meeting.page", String.valueOf(page),
					String.valueOf(Math.max(total, page))), document.getPageSize().getWidth() / 2, 32, 0);
			cb.endText();
		}
	}
}
