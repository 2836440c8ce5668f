package pdca.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import pdca.importer.source.Block;
import pdca.importer.source.Origin;
import pdca.importer.source.SourceDocument;

/**
 * The document as logical paragraphs and tables. Text copied out of a PDF, and documents
 * converted from it, break every paragraph into lines; those lines are joined again, a new
 * paragraph starting only where a numbering, a heading or a cell (a line that starts with a tab)
 * starts one. Page numbers are dropped and counted.
 */
final class Paragraphs {

	/**
	 * A logical paragraph, or a table (then {@code text} is empty); {@code firstLine} is its first
	 * line as the source broke it, before the lines were joined.
	 */
	record Item(String text, Origin origin, int headingLevel, Block.Table table, boolean tabbed, String firstLine) {

		Item(String text, Origin origin, int headingLevel, Block.Table table, boolean tabbed) {
			this(text, origin, headingLevel, table, tabbed, text);
		}

		/** Whether the paragraph was joined from more than one line of the source. */
		boolean joined() {
			return !Texts.clean(firstLine).equals(Texts.clean(text));
		}

		Marker marker() {
			return table == null ? Marker.of(text) : null;
		}
	}

	private static final Pattern PAGE_NUMBER = Pattern
			.compile("^[\\s\\-－—–~～]*(?:第\\s*)?\\d{1,3}(?:\\s*頁)?(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*頁)?[\\s\\-－—–~～]*$");

	/** An appendix (附表, 附件, 附錄) starts a part of its own, like a chapter. */
	static final Pattern APPENDIX = Pattern.compile("^\\s*(附表|附件|附錄)\\s*[一二三四五六七八九十0-9]*\\s*[、：:]?");

	final List<Item> items = new ArrayList<>();
	final List<Origin> pageNumbers = new ArrayList<>();
	final boolean wrapped;

	Paragraphs(SourceDocument doc) {
		wrapped = wrapped(doc);
		StringBuilder current = null;
		Origin start = null;
		String firstLine = "";
		boolean tabbed = false;
		boolean closedHeading = false;
		boolean chapter = false;
		for (Block original : lines(doc.blocks(), wrapped)) {
			Block block = original;
			if (block instanceof Block.Table t) {
				if (current != null) {
					items.add(new Item(current.toString(), start, 0, null, tabbed, firstLine));
					current = null;
				}
				items.add(new Item("", t.origin(), 0, t, false));
				continue;
			}
			Block.Paragraph p = (Block.Paragraph) block;
			String text = p.text().replace('\f', ' ');
			if (text.isBlank()) {
				if (!wrapped && current != null) {
					items.add(new Item(current.toString(), start, 0, null, tabbed, firstLine));
					current = null;
				}
				continue;
			}
			if (PAGE_NUMBER.matcher(text).matches()) {
				pageNumbers.add(p.origin());
				continue;
			}
			if (wrapped && Structure.isColumnNames(text)) {
				// a table's header row read as one line (repeated on every page): an item of its own
				if (current != null) {
					items.add(new Item(current.toString(), start, 0, null, tabbed, firstLine));
					current = null;
				}
				items.add(new Item(text.strip(), p.origin(), 0, null, false));
				continue;
			}
			boolean startsCell = text.matches("^[ \\u3000]*\t[\\s\\S]*");
			Marker marker = Marker.of(text);
			boolean newParagraph = current == null || !wrapped || p.headingLevel() > 0 || marker != null || startsCell
					|| closedHeading || APPENDIX.matcher(text).find()
					|| chapter && Texts.endsClause(current.toString());
			if (newParagraph) {
				if (current != null) {
					items.add(new Item(current.toString(), start, 0, null, tabbed, firstLine));
				}
				if (p.headingLevel() > 0) {
					items.add(new Item(text.strip(), p.origin(), p.headingLevel(), null, false));
					current = null;
					closedHeading = false;
					continue;
				}
				current = new StringBuilder(text.strip());
				firstLine = text.strip();
				start = p.origin();
				tabbed = startsCell;
				chapter = marker != null && marker.kind() == Marker.Kind.CHAPTER || APPENDIX.matcher(text).find();
				closedHeading = chapter && headingOnly(marker != null ? marker.rest() : text);
			} else {
				String joined = Texts.join(current.toString(), text);
				current.setLength(0);
				current.append(joined);
			}
		}
		if (current != null) {
			items.add(new Item(current.toString(), start, 0, null, tabbed, firstLine));
		}
	}

	/** A numbering in parentheses after spaces inside a line: 「二、服務友善性 (一 )定期維護…」, two cells on one line. */
	private static final Pattern INNER_MARKER = Pattern.compile("(?<=\\S)[ \\t\\u3000]+(?=[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[)）])");

	/** In wrapped text, a line holding two cells' starts is two lines. */
	private static List<Block> lines(List<Block> blocks, boolean wrapped) {
		if (!wrapped) {
			return blocks;
		}
		List<Block> out = new ArrayList<>(blocks.size());
		for (Block b : blocks) {
			if (b instanceof Block.Paragraph p && INNER_MARKER.matcher(p.text()).find()) {
				for (String part : INNER_MARKER.split(p.text())) {
					out.add(new Block.Paragraph(part, p.headingLevel(), p.origin()));
				}
			} else {
				out.add(b);
			}
		}
		return out;
	}

	/** A chapter line that is only a heading ends at the line's end: 「壹、計畫依據」, 「肆、實施對象：」. */
	static boolean headingOnly(String rest) {
		String s = rest.strip();
		return s.endsWith("：") || s.endsWith(":") || s.length() <= 16 && !Texts.endsClause(s);
	}

	/**
	 * Whether the paragraphs are lines of wrapped text: most of the longer ones do not end as a
	 * sentence or clause does.
	 */
	private static boolean wrapped(SourceDocument doc) {
		int lines = 0;
		int open = 0;
		for (Block b : doc.blocks()) {
			if (b instanceof Block.Paragraph p && p.text().strip().length() >= 10) {
				lines++;
				if (!Texts.endsClause(p.text())) {
					open++;
				}
			}
		}
		return lines > 0 && open * 2 > lines;
	}
}
