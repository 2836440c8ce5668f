package pdca.export.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfICCBased;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import pdca.export.internal.Report.Block;
import pdca.export.internal.Report.Fields;
import pdca.export.internal.Report.Heading;
import pdca.export.internal.Report.Note;
import pdca.export.internal.Report.Table;
import pdca.export.internal.Report.TrendChart;
import pdca.fonts.CjkFonts;

/**
 * Writes a {@link Report} as PDF/A-2b with OpenPDF: Noto Sans CJK TC embedded as a subset, an sRGB
 * output intent, XMP metadata matching the document information, a table of contents with page
 * numbers and bookmarks for every heading. The document is laid out twice: the first pass finds the
 * pages of the headings, the second writes them into the table of contents.
 */
public final class PdfReportWriter {

	private static final java.awt.Color HEADER_BG = new java.awt.Color(0xE4, 0xEA, 0xF2);
	private static final java.awt.Color RULE = new java.awt.Color(0x8A, 0x9B, 0xB0);
	private static final java.awt.Color NOTE = new java.awt.Color(0x55, 0x55, 0x55);
	private static final java.awt.Color ACCENT = new java.awt.Color(0x1F, 0x4E, 0x8C);

	private static BaseFont regular;
	private static BaseFont bold;

	private final Report report;
	private final String producer;
	private final ZonedDateTime created;

	/**
	 * @param producer the producing tool with its version (document information and XMP)
	 * @param created  the creation time written into the metadata
	 */
	public PdfReportWriter(Report report, String producer, ZonedDateTime created) {
		this.report = report;
		this.producer = producer;
		this.created = created;
	}

	/**
	 * The embedded fonts, parsed once per runtime from the collections in pdca.fonts. The two fonts
	 * (18 MB each) are read and parsed side by side: in a fresh process this is the largest single
	 * cost of the first PDF.
	 */
	static synchronized BaseFont[] fonts() throws IOException {
		if (regular == null) {
			CompletableFuture<BaseFont> boldFont = CompletableFuture.supplyAsync(PdfReportWriter::parseBold,
					PdfReportWriter::startDaemon);
			BaseFont r = BaseFont.createFont(CjkFonts.REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					CjkFonts.regular(), null);
			BaseFont b;
			try {
				b = boldFont.join();
			} catch (CompletionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof UncheckedIOException u) {
					throw u.getCause();
				} else if (cause instanceof RuntimeException r2) {
					throw r2;
				} else if (cause instanceof Error error) {
					throw error;
				}
				throw new IOException(cause);
			}
			// The subset keeps the font's CID numbering, so a CIDSet listing only the glyphs used
			// would not describe the embedded program (veraPDF rule 6.2.11.4.2-2); PDF/A-2 makes the
			// CIDSet optional, so none is written.
			r.setIncludeCidSet(false);
			b.setIncludeCidSet(false);
			bold = b;
			regular = r;
		}
		return new BaseFont[] { regular, bold };
	}

	private static BaseFont parseBold() {
		try {
			return BaseFont.createFont(CjkFonts.BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, CjkFonts.bold(),
					null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void startDaemon(Runnable task) {
		Thread t = new Thread(task, "pdca fonts");
		t.setDaemon(true);
		t.start();
	}

	/**
	 * Starts parsing the fonts in the background, so that the first PDF does not wait for them as long;
	 * does nothing when they are parsed already. Failures are left for {@link #fonts()} to report.
	 */
	public static void preloadFonts() {
		synchronized (PdfReportWriter.class) {
			if (regular != null) {
				return;
			}
		}
		startDaemon(() -> {
			try {
				fonts();
			} catch (IOException | RuntimeException e) {
				// reported by the export that needs the fonts
			}
		});
	}

	/**
	 * Writes the PDF to {@code out}. {@code canceled} is checked between blocks; when it returns true
	 * the writing stops with a {@link CanceledSignal}.
	 */
	public void write(OutputStream out, BooleanSupplier canceled) throws IOException {
		BaseFont[] f = fonts();
		Map<Integer, Integer> pages = new HashMap<>();
		// first pass: where the headings land
		render(OutputStream.nullOutputStream(), f, pages, true, canceled);
		Map<Integer, Integer> found = new HashMap<>(pages);
		render(out, f, found, false, canceled);
	}

	/** Thrown out of {@link #write} when cancelled. */
	public static final class CanceledSignal extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	private void render(OutputStream out, BaseFont[] f, Map<Integer, Integer> pages, boolean firstPass,
			BooleanSupplier canceled) throws IOException {
		Font body = new Font(f[0], 10);
		Font small = new Font(f[0], 8.5f);
		Font cellFont = new Font(f[0], 8.5f);
		Font headFont = new Font(f[1], 8.5f);
		Font noteFont = new Font(f[0], 9.5f, Font.NORMAL, NOTE);
		Font[] headingFonts = { new Font(f[1], 16, Font.NORMAL, ACCENT), new Font(f[1], 13, Font.NORMAL, ACCENT),
				new Font(f[1], 11.5f), new Font(f[1], 10.5f) };

		Document doc = new Document(PageSize.A4, 56, 56, 60, 60);
		PdfWriter writer;
		try {
			writer = PdfWriter.getInstance(doc, out);
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		}
		writer.setPdfVersion(PdfWriter.VERSION_1_7);
		writer.setCompressionLevel(6);
		Events events = new Events(writer, pages, firstPass, f[0]);
		writer.setPageEvent(events);

		String title = report.documentTitle();
		PdfDate pdfDate = new PdfDate(GregorianCalendar.from(created));
		doc.addTitle(title);
		doc.addAuthor(report.author());
		doc.addSubject(report.subject());
		doc.addCreator(producer);
		doc.addProducer(producer);
		doc.addCreationDate(pdfDate);
		doc.open();
		writer.getInfo().put(PdfName.MODDATE, pdfDate);
		writer.getInfo().put(PdfName.PRODUCER, new PdfString(producer, PdfString.TEXT_UNICODE));
		writer.setXmpMetadata(xmp(title, report.author(), report.subject(), producer, created));
		addOutputIntent(writer);

		try {
			cover(doc, f);
			doc.newPage();
			toc(doc, f, pages, body);
			doc.newPage();
			int index = 0;
			for (Block b : report.blocks()) {
				if (canceled.getAsBoolean()) {
					throw new CanceledSignal();
				}
				switch (b) {
					case Heading h -> {
						if (h.level() == 1 && index > 0) {
							doc.newPage();
						}
						Chunk c = new Chunk(h.text(), headingFonts[Math.min(3, h.level() - 1)]);
						c.setGenericTag("h" + index + ":" + h.level());
						events.titles.put(index, h.text());
						Paragraph p = new Paragraph(c);
						p.setSpacingBefore(h.level() == 1 ? 4 : 10);
						p.setSpacingAfter(5);
						p.setKeepTogether(true);
						doc.add(p);
						index++;
					}
					case Report.Paragraph p -> {
						Paragraph para = new Paragraph(p.text(), body);
						para.setLeading(16);
						para.setSpacingAfter(4);
						doc.add(para);
					}
					case Note n -> {
						Paragraph para = new Paragraph(n.text(), noteFont);
						para.setSpacingAfter(6);
						para.setIndentationLeft(10);
						doc.add(para);
					}
					case Table t -> doc.add(table(t, cellFont, headFont));
					case Fields fl -> doc.add(fields(fl, body, new Font(f[1], 10)));
					case TrendChart ch -> chart(doc, writer, ch, f, small);
				}
			}
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		}
		doc.close();
	}

	private void cover(Document doc, BaseFont[] f) throws DocumentException {
		Report.Cover c = report.cover();
		Paragraph space = new Paragraph(" ", new Font(f[0], 12));
		space.setSpacingBefore(150);
		doc.add(space);
		Paragraph agency = new Paragraph(c.agency(), new Font(f[1], 22, Font.NORMAL, ACCENT));
		agency.setAlignment(Element.ALIGN_CENTER);
		doc.add(agency);
		Paragraph year = new Paragraph(c.year() + c.subtitle(), new Font(f[1], 20));
		year.setAlignment(Element.ALIGN_CENTER);
		year.setSpacingBefore(18);
		doc.add(year);
		Paragraph title = new Paragraph(c.title(), new Font(f[0], 13));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingBefore(26);
		doc.add(title);
		if (c.approvalDate() == null && c.documentNumber() == null) {
			// a document of no single plan (the portfolio): no adoption to show
			Paragraph gen = new Paragraph(c.generated(), new Font(f[0], 9, Font.NORMAL, NOTE));
			gen.setAlignment(Element.ALIGN_CENTER);
			gen.setSpacingBefore(200);
			doc.add(gen);
			return;
		}
		PdfPTable t = new PdfPTable(new float[] { 1, 2 });
		t.setWidthPercentage(60);
		t.setSpacingBefore(90);
		Font lf = new Font(f[1], 11);
		Font vf = new Font(f[0], 11);
		for (String[] row : new String[][] { { Labels.get("cover.approvalDate"), c.approvalDate() },
				{ Labels.get("cover.approvalNumber"), c.documentNumber() } }) {
			PdfPCell l = new PdfPCell(new Phrase(row[0], lf));
			l.setBorder(Rectangle.BOTTOM);
			l.setBorderColor(RULE);
			l.setPadding(6);
			t.addCell(l);
			PdfPCell v = new PdfPCell(new Phrase(row[1], vf));
			v.setBorder(Rectangle.BOTTOM);
			v.setBorderColor(RULE);
			v.setPadding(6);
			t.addCell(v);
		}
		doc.add(t);
		Paragraph gen = new Paragraph(c.generated(), new Font(f[0], 9, Font.NORMAL, NOTE));
		gen.setAlignment(Element.ALIGN_CENTER);
		gen.setSpacingBefore(120);
		doc.add(gen);
	}

	private void toc(Document doc, BaseFont[] f, Map<Integer, Integer> pages, Font body) throws DocumentException {
		Paragraph h = new Paragraph(Labels.get("report.toc"), new Font(f[1], 16, Font.NORMAL, ACCENT));
		h.setAlignment(Element.ALIGN_CENTER);
		h.setSpacingAfter(14);
		doc.add(h);
		PdfPTable t = new PdfPTable(new float[] { 12, 1.3f });
		t.setWidthPercentage(100);
		Font l1 = new Font(f[1], 10.5f);
		int index = 0;
		for (Block b : report.blocks()) {
			if (b instanceof Heading hd) {
				if (hd.level() <= 2) {
					Integer page = pages.get(index);
					PdfPCell text = new PdfPCell(new Phrase(hd.text(), hd.level() == 1 ? l1 : body));
					text.setBorder(Rectangle.NO_BORDER);
					text.setPaddingLeft(hd.level() == 1 ? 0 : 18);
					text.setPaddingTop(hd.level() == 1 ? 5 : 2);
					t.addCell(text);
					PdfPCell num = new PdfPCell(new Phrase(page == null ? "999" : String.valueOf(page), body));
					num.setBorder(Rectangle.NO_BORDER);
					num.setHorizontalAlignment(Element.ALIGN_RIGHT);
					num.setPaddingTop(hd.level() == 1 ? 5 : 2);
					t.addCell(num);
				}
				index++;
			}
		}
		doc.add(t);
	}

	private static PdfPTable table(Table t, Font cellFont, Font headFont) {
		PdfPTable table = new PdfPTable(t.widths());
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		table.setHeaderRows(1);
		for (String h : t.headers()) {
			PdfPCell c = new PdfPCell(new Phrase(h, headFont));
			c.setBackgroundColor(HEADER_BG);
			c.setBorderColor(RULE);
			c.setPadding(4);
			table.addCell(c);
		}
		for (List<String> row : t.rows()) {
			for (int i = 0; i < row.size(); i++) {
				PdfPCell c = new PdfPCell(new Phrase(row.get(i), cellFont));
				c.setBorderColor(RULE);
				c.setPadding(4);
				c.setLeading(0, 1.35f);
				if (t.numeric()[i]) {
					c.setHorizontalAlignment(Element.ALIGN_RIGHT);
				}
				table.addCell(c);
			}
		}
		return table;
	}

	private static PdfPTable fields(Fields fl, Font body, Font label) {
		PdfPTable table = new PdfPTable(new float[] { 1.2f, 4 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		for (String[] p : fl.pairs()) {
			PdfPCell l = new PdfPCell(new Phrase(p[0], label));
			l.setBackgroundColor(HEADER_BG);
			l.setBorderColor(RULE);
			l.setPadding(4);
			table.addCell(l);
			PdfPCell v = new PdfPCell(new Phrase(p[1], body));
			v.setBorderColor(RULE);
			v.setPadding(4);
			table.addCell(v);
		}
		return table;
	}

	/** The score trend as vector graphics: axes, grade band lines, the line of scores and its points. */
	private static void chart(Document doc, PdfWriter writer, TrendChart ch, BaseFont[] f, Font small)
			throws DocumentException {
		float w = 460;
		float h = 210;
		float left = 36;
		float bottom = 30;
		float plotW = w - left - 70;
		float plotH = h - bottom - 24;
		PdfContentByte cb = writer.getDirectContent();
		PdfTemplate tpl = cb.createTemplate(w, h);
		tpl.setColorStroke(RULE);
		tpl.setLineWidth(0.8f);
		tpl.moveTo(left, bottom);
		tpl.lineTo(left, bottom + plotH);
		tpl.moveTo(left, bottom);
		tpl.lineTo(left + plotW, bottom);
		tpl.stroke();
		double max = ch.max() <= 0 ? 100 : ch.max();
		tpl.beginText();
		tpl.setFontAndSize(f[0], 7.5f);
		tpl.setColorFill(NOTE);
		for (int i = 0; i <= 4; i++) {
			double v = max * i / 4;
			float y = (float) (bottom + plotH * i / 4);
			tpl.showTextAligned(Element.ALIGN_RIGHT, ReportBuilder.number(v), left - 4, y - 2.5f, 0);
		}
		tpl.endText();
		// grade band thresholds
		for (int i = 0; i < ch.bandMins().size(); i++) {
			Double min = ch.bandMins().get(i);
			if (min == null || min <= 0 || min > max) {
				continue;
			}
			float y = (float) (bottom + plotH * min / max);
			tpl.setColorStroke(new java.awt.Color(0xC8, 0xCF, 0xD8));
			tpl.setLineWidth(0.5f);
			tpl.setLineDash(3, 2, 0);
			tpl.moveTo(left, y);
			tpl.lineTo(left + plotW, y);
			tpl.stroke();
			tpl.setLineDash(0);
			tpl.beginText();
			tpl.setFontAndSize(f[0], 7.5f);
			tpl.setColorFill(NOTE);
			tpl.showTextAligned(Element.ALIGN_LEFT, ch.bandNames().get(i) + " " + ReportBuilder.number(min),
					left + plotW + 4, y - 2.5f, 0);
			tpl.endText();
		}
		int n = ch.values().size();
		float step = n <= 1 ? 0 : plotW * 0.9f / (n - 1);
		float x0 = left + (n <= 1 ? plotW / 2 : plotW * 0.05f);
		tpl.setColorStroke(ACCENT);
		tpl.setLineWidth(1.6f);
		for (int i = 0; i < n; i++) {
			float x = x0 + step * i;
			float y = (float) (bottom + plotH * Math.max(0, Math.min(max, ch.values().get(i))) / max);
			if (i == 0) {
				tpl.moveTo(x, y);
			} else {
				tpl.lineTo(x, y);
			}
		}
		if (n > 1) {
			tpl.stroke();
		} else {
			tpl.newPath();
		}
		tpl.setColorFill(ACCENT);
		for (int i = 0; i < n; i++) {
			float x = x0 + step * i;
			float y = (float) (bottom + plotH * Math.max(0, Math.min(max, ch.values().get(i))) / max);
			tpl.circle(x, y, 2.6f);
			tpl.fill();
			tpl.beginText();
			tpl.setFontAndSize(f[0], 7.5f);
			tpl.setColorFill(NOTE);
			tpl.showTextAligned(Element.ALIGN_CENTER, ReportBuilder.number(ch.values().get(i)), x, y + 5, 0);
			tpl.showTextAligned(Element.ALIGN_CENTER, ch.labels().get(i), x, bottom - 12, 0);
			tpl.endText();
			tpl.setColorFill(ACCENT);
		}
		tpl.beginText();
		tpl.setFontAndSize(f[1], 9);
		tpl.setColorFill(java.awt.Color.BLACK);
		tpl.showTextAligned(Element.ALIGN_LEFT, ch.title(), left, h - 12, 0);
		tpl.endText();
		Image img = Image.getInstance(tpl);
		img.setAlignment(Element.ALIGN_CENTER);
		img.setSpacingBefore(6);
		doc.add(img);
	}

	static void addOutputIntent(PdfWriter writer) throws IOException {
		ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
		PdfICCBased icc = new PdfICCBased(srgb);
		icc.flateCompress();
		PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
		intent.put(PdfName.S, new PdfName("GTS_PDFA1"));
		intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
		intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
		intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
		intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(icc).getIndirectReference());
		PdfArray intents = new PdfArray();
		intents.add(intent);
		writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, intents);
	}

	/** XMP metadata claiming PDF/A-2b, with the same values as the document information dictionary. */
	static byte[] xmp(String title, String author, String subject, String producer, ZonedDateTime created) {
		String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String xml = """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
				<dc:format>application/pdf</dc:format>
				<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
				<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
				<dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
				</rdf:Description>
				<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
				<xmp:CreatorTool>%s</xmp:CreatorTool>
				<xmp:CreateDate>%s</xmp:CreateDate>
				<xmp:ModifyDate>%s</xmp:ModifyDate>
				</rdf:Description>
				<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
				<pdf:Producer>%s</pdf:Producer>
				</rdf:Description>
				<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
				<pdfaid:part>2</pdfaid:part>
				<pdfaid:conformance>B</pdfaid:conformance>
				</rdf:Description>
				</rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>""".formatted(esc(title), esc(author), esc(subject), esc(producer), date, date,
				esc(producer));
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** Page numbers in the footer; heading pages and bookmarks from the headings' generic tags. */
	private static final class Events extends PdfPageEventHelper {
		final Map<Integer, String> titles = new HashMap<>();
		private final PdfWriter writer;
		private final Map<Integer, Integer> pages;
		private final boolean record;
		private final BaseFont font;
		private final List<PdfOutline> parents = new ArrayList<>();

		Events(PdfWriter writer, Map<Integer, Integer> pages, boolean record, BaseFont font) {
			this.writer = writer;
			this.pages = pages;
			this.record = record;
			this.font = font;
		}

		@Override
		public void onGenericTag(PdfWriter w, Document document, Rectangle rect, String text) {
			int colon = text.indexOf(':');
			int index = Integer.parseInt(text.substring(1, colon));
			int level = Integer.parseInt(text.substring(colon + 1));
			if (record) {
				pages.putIfAbsent(index, w.getPageNumber());
			}
			while (parents.size() >= level) {
				parents.remove(parents.size() - 1);
			}
			PdfOutline parent = parents.isEmpty() ? w.getRootOutline() : parents.get(parents.size() - 1);
			while (parents.size() < level - 1) {
				parents.add(parent);
			}
			PdfOutline outline = new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, -1, rect.getTop() + 14, 0),
					titles.getOrDefault(index, ""), level < 2);
			parents.add(outline);
		}

		@Override
		public void onEndPage(PdfWriter w, Document document) {
			int page = w.getPageNumber();
			if (page == 1) {
				return;
			}
			PdfContentByte cb = writer.getDirectContent();
			cb.beginText();
			cb.setFontAndSize(font, 8.5f);
			cb.setColorFill(NOTE);
			cb.showTextAligned(Element.ALIGN_CENTER, Labels.format("report.page", String.valueOf(page)),
					document.getPageSize().getWidth() / 2, 30, 0);
			cb.endText();
		}
	}
}
