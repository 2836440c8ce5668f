package pdca.export.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.pdf.BaseFont;

import pdca.export.internal.MeetingPaper.Block;
import pdca.export.internal.MeetingPaper.Contents;
import pdca.export.internal.MeetingPaper.Fields;
import pdca.export.internal.MeetingPaper.Heading;
import pdca.export.internal.MeetingPaper.HeatMap;
import pdca.export.internal.MeetingPaper.KpiBars;
import pdca.export.internal.MeetingPaper.StatusBar;
import pdca.export.internal.MeetingPaper.Table;
import pdca.export.internal.MeetingPaper.Text;
import pdca.export.internal.MeetingPaper.Title;

/**
 * The page geometry and type of the meeting documents, shared by the PDF and the ODT writer, and the layout of the
 * handout into pages.
 * <p>
 * Both writers set every line at a fixed height (the PDF's leading, the ODT's exact line spacing), so the height of
 * a block is its number of lines times its line height plus fixed paddings; the number of lines is counted with the
 * widths of the embedded Noto Sans CJK TC, leaving room for a renderer that breaks a line a character earlier
 * (punctuation rules) or uses another CJK font. The layout fills {@link #FILL} of a page's body and breaks pages
 * explicitly where it decided, in both formats: the pages of the headings are known before anything is written, and
 * the table of contents names them without a word processor updating it.
 */
public final class PaperLayout {

	/** A4 in points. */
	public static final float PAGE_WIDTH = 595.28f;
	public static final float PAGE_HEIGHT = 841.89f;
	/** 2 cm. */
	public static final float MARGIN_X = 56.69f;
	public static final float MARGIN_TOP = 56.69f;
	/** The body's width and height: 17 cm × 25.4 cm (the ODT's page less margins, footer and its spacing). */
	public static final float BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
	public static final float BODY_HEIGHT = 720f;
	/** The share of a page's body the layout fills. */
	static final float FILL = 0.88f;

	// type: size and fixed line height in points, space after in points
	static final float BODY_SIZE = 10.5f, BODY_LINE = 18f, BODY_AFTER = 4f;
	static final float NOTE_SIZE = 9.5f, NOTE_LINE = 16f, NOTE_AFTER = 6f;
	static final float CELL_SIZE = 9f, CELL_LINE = 13.5f, CELL_PAD_V = 3f, CELL_PAD_H = 4f;
	static final float FIELD_SIZE = 10f, FIELD_LINE = 16f;
	static final float H1_SIZE = 15f, H1_LINE = 24f, H1_AFTER = 10f;
	static final float H2_SIZE = 12f, H2_LINE = 20f, H2_AFTER = 6f;
	static final float BLOCK_AFTER = 10f;
	static final float TOC_LINE = 22f, TOC_TITLE = 48f;
	// the minutes
	static final float ITEM_SIZE = 12f, ITEM_LINE = 22f, ITEM_AFTER = 4f;
	static final float ITEM_INDENT = 2 * ITEM_SIZE, SUBITEM_INDENT = 3 * ITEM_SIZE;
	// charts
	static final float CHART_SIZE = 8.5f;
	static final float HEAT_HEAD = 16f, HEAT_ROW = 30f, HEAT_CELL_WIDTH = 72f, HEAT_GAP = 2f;
	static final float KPI_ROW = 38f, KPI_LABEL_WIDTH = 150f, KPI_BAR_HEIGHT = 12f, KPI_SCALE = 1.25f;
	static final float STATUS_BAR_HEIGHT = 22f, LEGEND_LINE = 16f;

	private PaperLayout() {
	}

	// ---- measuring text

	private static BaseFont font(boolean bold) {
		try {
			return PdfReportWriter.fonts()[bold ? 1 : 0];
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The width of {@code text} in points set in Noto Sans CJK TC of {@code size}. */
	static float width(String text, float size, boolean bold) {
		BaseFont f = font(bold);
		float w = 0;
		for (int cp : text.codePoints().toArray()) {
			w += f.getWidthPoint(cp, size);
		}
		return w;
	}

	private static boolean breaksAnywhere(int cp) {
		return cp >= 0x2E80 || Character.isWhitespace(cp);
	}

	/**
	 * {@code text} broken into lines no wider than {@code width}, as a renderer would at the latest: Chinese text
	 * between any two characters, other words whole where they fit; explicit line breaks kept. The width is taken a
	 * character narrower than given, so that a renderer keeping punctuation off a line's start, or a font a little
	 * wider, still needs no more lines.
	 */
	static List<String> wrap(String text, float width, float size, boolean bold) {
		float limit = Math.max(size, width * 0.97f - size);
		List<String> lines = new ArrayList<>();
		for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
			int[] cps = paragraph.codePoints().toArray();
			StringBuilder line = new StringBuilder();
			float used = 0;
			int i = 0;
			while (i < cps.length) {
				int end = i + 1;
				if (!breaksAnywhere(cps[i])) { // a word of Latin letters or digits stays whole
					while (end < cps.length && !breaksAnywhere(cps[end])) {
						end++;
					}
				}
				String token = new String(cps, i, end - i);
				float w = width(token, size, bold);
				if (used + w > limit && line.length() > 0) {
					lines.add(line.toString().strip());
					line.setLength(0);
					used = 0;
					if (Character.isWhitespace(cps[i])) {
						i = end;
						continue;
					}
				}
				if (w > limit) { // longer than a line: break it anywhere
					for (int cp : token.codePoints().toArray()) {
						float cw = width(new String(Character.toChars(cp)), size, bold);
						if (used + cw > limit && line.length() > 0) {
							lines.add(line.toString());
							line.setLength(0);
							used = 0;
						}
						line.appendCodePoint(cp);
						used += cw;
					}
				} else {
					line.append(token);
					used += w;
				}
				i = end;
			}
			lines.add(line.toString().strip());
		}
		return lines;
	}

	/** The number of lines {@code text} takes in {@code width} ({@link #wrap}). */
	static int lines(String text, float width, float size, boolean bold) {
		return wrap(text, width, size, bold).size();
	}

	/** At most {@code max} lines of {@code text} in {@code width}, the last one shortened with "…" when more are needed. */
	static List<String> fit(String text, float width, float size, boolean bold, int max) {
		List<String> all = wrap(text == null ? "" : text.replaceAll("\\s+", " ").strip(), width, size, bold);
		if (all.size() <= max) {
			return all;
		}
		List<String> result = new ArrayList<>(all.subList(0, max - 1));
		String last = all.get(max - 1);
		float limit = Math.max(size, width * 0.97f - size);
		while (!last.isEmpty() && width(last + "…", size, bold) > limit) {
			last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
		}
		result.add(last + "…");
		return result;
	}

	// ---- heights of blocks

	/** Column widths in points from relative widths over the body's width. */
	static float[] columns(float[] relative, float total) {
		float sum = 0;
		for (float w : relative) {
			sum += w;
		}
		float[] result = new float[relative.length];
		for (int i = 0; i < relative.length; i++) {
			result[i] = total * relative[i] / sum;
		}
		return result;
	}

	static float rowHeight(List<String> cells, float[] widths, boolean bold) {
		int lines = 1;
		for (int i = 0; i < cells.size(); i++) {
			lines = Math.max(lines, lines(cells.get(i), widths[i] - 2 * CELL_PAD_H, CELL_SIZE, bold));
		}
		return lines * CELL_LINE + 2 * CELL_PAD_V + 1;
	}

	static float fieldRowHeight(String[] pair, float[] widths) {
		int lines = Math.max(lines(pair[0], widths[0] - 2 * CELL_PAD_H, FIELD_SIZE, true),
				lines(pair[1], widths[1] - 2 * CELL_PAD_H, FIELD_SIZE, false));
		return lines * FIELD_LINE + 2 * CELL_PAD_V + 1;
	}

	/** The relative widths of the two columns of a {@link Fields} block. */
	static final float[] FIELD_WIDTHS = { 1.3f, 4.7f };

	/** The lines of the counts bar's legend: each entry with its width, wrapped to the body's width. */
	static List<List<MeetingPaper.Segment>> legendLines(StatusBar bar) {
		List<List<MeetingPaper.Segment>> lines = new ArrayList<>();
		List<MeetingPaper.Segment> line = new ArrayList<>();
		float used = 0;
		for (MeetingPaper.Segment s : bar.segments()) {
			float w = legendWidth(s);
			if (used + w > BODY_WIDTH && !line.isEmpty()) {
				lines.add(line);
				line = new ArrayList<>();
				used = 0;
			}
			line.add(s);
			used += w;
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		return lines;
	}

	static String legendText(MeetingPaper.Segment s) {
		return s.label() + " " + s.count();
	}

	/** A legend entry: a swatch, its text and a gap. */
	static float legendWidth(MeetingPaper.Segment s) {
		return 14 + width(legendText(s), CHART_SIZE + 0.5f, false) * 1.1f + 16;
	}

	static float heatLabelWidth() {
		return BODY_WIDTH - 4 * (HEAT_CELL_WIDTH + HEAT_GAP);
	}

	/** The height a block takes, with the space after it. */
	static float height(Block b) {
		return switch (b) {
			case Title t -> lines(t.text(), BODY_WIDTH, t.size(), t.bold()) * t.size() * 1.5f + t.spaceAfter();
			case Heading h -> h.level() == 1 ? lines(h.text(), BODY_WIDTH, H1_SIZE, true) * H1_LINE + H1_AFTER
					: lines(h.text(), BODY_WIDTH, H2_SIZE, true) * H2_LINE + H2_AFTER;
			case Text t -> textHeight(t);
			case Fields f -> {
				float[] w = columns(FIELD_WIDTHS, BODY_WIDTH);
				float sum = BLOCK_AFTER;
				for (String[] p : f.pairs()) {
					sum += fieldRowHeight(p, w);
				}
				yield sum;
			}
			case Table t -> tableHeight(t, t.rows().size());
			case StatusBar s -> STATUS_BAR_HEIGHT + 6 + legendLines(s).size() * LEGEND_LINE + BLOCK_AFTER;
			case HeatMap m -> heatMapHeight(m.rows().size());
			case KpiBars k -> kpiHeight(k.bars().size());
			case Contents c -> TOC_TITLE;
		};
	}

	static float textHeight(Text t) {
		return switch (t.style()) {
			case BODY -> lines(t.text(), BODY_WIDTH, BODY_SIZE, false) * BODY_LINE + BODY_AFTER;
			case NOTE -> lines(t.text(), BODY_WIDTH - 10, NOTE_SIZE, false) * NOTE_LINE + NOTE_AFTER;
			case ITEM -> lines(t.text(), BODY_WIDTH - ITEM_INDENT, ITEM_SIZE, false) * ITEM_LINE + ITEM_AFTER;
			case SUBITEM -> lines(t.text(), BODY_WIDTH - ITEM_INDENT - SUBITEM_INDENT, ITEM_SIZE, false) * ITEM_LINE + ITEM_AFTER;
			case SUBBODY -> lines(t.text(), BODY_WIDTH - ITEM_INDENT - SUBITEM_INDENT, ITEM_SIZE, false) * ITEM_LINE + ITEM_AFTER;
		};
	}

	static float heatMapHeight(int rows) {
		return HEAT_HEAD + rows * HEAT_ROW + BLOCK_AFTER;
	}

	static float kpiHeight(int bars) {
		return bars * KPI_ROW + BLOCK_AFTER;
	}

	static float tableHeight(Table t, int rows) {
		float[] w = columns(t.widths(), BODY_WIDTH);
		float sum = rowHeight(t.headers(), w, true) + BLOCK_AFTER;
		for (int i = 0; i < rows; i++) {
			sum += rowHeight(t.rows().get(i), w, false);
		}
		return sum;
	}

	// ---- pages

	/** One page: the blocks on it, in order. */
	public record Page(List<Block> blocks) {
	}

	/**
	 * A document laid out into pages.
	 *
	 * @param pages        page 1 is the cover, page 2 the table of contents
	 * @param headingPages the page (1-based) of every heading, by identity
	 */
	public record Pages(List<Page> pages, Map<Heading, Integer> headingPages) {

		/** The page a heading is on. */
		public int pageOf(Heading h) {
			Integer p = headingPages.get(h);
			if (p == null) {
				throw new IllegalArgumentException("not laid out: " + h.text());
			}
			return p;
		}
	}

	/**
	 * Lays out a paged document: the blocks before its {@link Contents} on the cover, the contents on page 2, the
	 * rest from page 3 on, filling {@code fill} of each page's body. Tables, heat maps and KPI bars continue on the
	 * next page where they do not fit (a table with its header again); a heading stays with the start of what follows
	 * it.
	 */
	static Pages paginate(MeetingPaper paper, float fill) {
		Pager pager = new Pager(BODY_HEIGHT * fill);
		List<Block> blocks = paper.blocks();
		int i = 0;
		while (i < blocks.size() && !(blocks.get(i) instanceof Contents)) {
			pager.place(blocks.get(i++), 0);
		}
		if (i < blocks.size()) {
			pager.breakPage(false);
			pager.place(blocks.get(i++), 0);
		}
		pager.breakPage(false);
		for (; i < blocks.size(); i++) {
			Block b = blocks.get(i);
			if (b instanceof Heading h) {
				float need = height(h) + (i + 1 < blocks.size() ? firstPart(blocks.get(i + 1)) : 0);
				if (!pager.fits(need) && !pager.onlyHeadings()) {
					pager.breakPage(true);
				}
				pager.place(h, height(h));
				continue;
			}
			int units = units(b);
			if (units <= 1) {
				if (!pager.fits(height(b)) && !pager.onlyHeadings()) {
					pager.breakPage(true);
				}
				pager.place(b, height(b));
				continue;
			}
			int from = 0;
			while (from < units) {
				int to = from;
				while (to < units && pager.fits(partHeight(b, from, to + 1))) {
					to++;
				}
				if (to == from) {
					if (!pager.onlyHeadings()) {
						pager.breakPage(from == 0);
						continue;
					}
					to = from + 1; // taller than a page: it goes alone
				}
				pager.place(part(b, from, to), partHeight(b, from, to));
				from = to;
				if (from < units) {
					pager.breakPage(false);
				}
			}
		}
		return pager.finish();
	}

	/** Fills pages one after the other. */
	private static final class Pager {
		private final float budget;
		private final List<Page> pages = new ArrayList<>();
		private final Map<Heading, Integer> headingPages = new IdentityHashMap<>();
		private List<Block> current = new ArrayList<>();
		private float used;

		Pager(float budget) {
			this.budget = budget;
		}

		/** Whether {@code height} more fits on the page. */
		boolean fits(float height) {
			return used + height <= budget;
		}

		/** Whether the page has nothing but headings (or nothing): what comes next goes on it whatever its height. */
		boolean onlyHeadings() {
			return current.stream().allMatch(b -> b instanceof Heading);
		}

		void place(Block b, float height) {
			current.add(b);
			used += height;
			if (b instanceof Heading h) {
				headingPages.put(h, pages.size() + 1);
			}
		}

		/** Starts a new page; with {@code carryHeadings} the headings at the end of this page go along. */
		void breakPage(boolean carryHeadings) {
			List<Block> carried = new ArrayList<>();
			if (carryHeadings) {
				while (!current.isEmpty() && current.get(current.size() - 1) instanceof Heading) {
					carried.add(0, current.remove(current.size() - 1));
				}
			}
			pages.add(new Page(current));
			current = new ArrayList<>();
			used = 0;
			for (Block h : carried) {
				place(h, height(h));
			}
		}

		Pages finish() {
			if (!current.isEmpty()) {
				pages.add(new Page(current));
			}
			return new Pages(List.copyOf(pages), headingPages);
		}
	}

	/** How many pieces a block can be split into between pages (1: it cannot). */
	private static int units(Block b) {
		return switch (b) {
			case Table t -> t.rows().size();
			case HeatMap m -> m.rows().size();
			case KpiBars k -> k.bars().size();
			default -> 1;
		};
	}

	private static Block part(Block b, int from, int to) {
		return switch (b) {
			case Table t -> t.rows(from, to);
			case HeatMap m -> m.rows(from, to);
			case KpiBars k -> k.rows(from, to);
			default -> b;
		};
	}

	private static float partHeight(Block b, int from, int to) {
		return height(part(b, from, to));
	}

	/** The height of the smallest piece of a block that may follow its heading on a page. */
	private static float firstPart(Block b) {
		return units(b) > 1 ? partHeight(b, 0, Math.min(2, units(b))) : Math.min(height(b), 3 * BODY_LINE);
	}

	/** Whether black text reads better than white on {@code rgb} (0xRRGGBB). */
	static boolean darkText(int rgb) {
		int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
		return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
	}
}
