package pdca.export.internal;

import java.util.ArrayList;
import java.util.List;

import pdca.model.ActionStatus;

/**
 * A review meeting's document (the handout or the minutes) as a neutral sequence of blocks, built once from the
 * plan and written both as PDF and as ODT, so that the two say the same. The handout is laid out into pages before
 * it is written ({@link PaperLayout}): both writers break pages where the layout says, so every heading is on the
 * page its table of contents names in either format. The minutes flow freely.
 */
public final class MeetingPaper {

	/** One part of the document. */
	public sealed interface Block permits Title, Heading, Text, Fields, Table, StatusBar, HeatMap, KpiBars, Contents {
	}

	/** A centred title line. */
	public record Title(String text, float size, boolean bold, boolean accent, float spaceAfter) implements Block {
	}

	/**
	 * A heading. Level 1 goes into the table of contents; levels 1 and 2 become bookmarks of the PDF and outline
	 * levels of the ODT.
	 */
	public record Heading(int level, String text) implements Block {
	}

	/** How a paragraph looks. */
	public enum Style {
		/** Body text. */
		BODY,
		/** A remark set apart from body text, e.g. "no overdue items this quarter". */
		NOTE,
		/** A numbered item of the minutes (一、開會時間：…), hanging after its number. */
		ITEM,
		/** A second-level item of the minutes (（一）…), hanging after its number. */
		SUBITEM,
		/** Body text of a second-level item. */
		SUBBODY
	}

	/**
	 * A paragraph. For {@link Style#ITEM} and {@link Style#SUBITEM} {@code number} is the number it hangs after
	 * ("一、", "（一）"); else empty.
	 */
	public record Text(Style style, String number, String text) implements Block {
		public Text(Style style, String text) {
			this(style, "", text);
		}
	}

	/** Label–value pairs as a two-column table (the cover's meeting details, the plan's status). */
	public record Fields(List<String[]> pairs) implements Block {
	}

	/**
	 * A table with a header row. {@code widths} are relative column widths, {@code numeric} marks the columns aligned
	 * right, {@code tints} gives a row the light tint of a status ({@code StatusPalette.tint}) or null; {@code name}
	 * names the table in the ODT (so that it can be found).
	 */
	public record Table(String name, List<String> headers, List<List<String>> rows, float[] widths, boolean[] numeric,
			List<ActionStatus> tints) implements Block {

		/** The same table with only the rows {@code from} (inclusive) to {@code to} (exclusive). */
		Table rows(int from, int to) {
			return new Table(name, headers, rows.subList(from, to), widths, numeric, tints.subList(from, to));
		}
	}

	/** One status of the counts bar: its count and its word. */
	public record Segment(ActionStatus status, int count, String label) {
	}

	/** The tracked items per status as one bar of coloured segments, with a legend. */
	public record StatusBar(List<Segment> segments) implements Block {
	}

	/**
	 * One row of the heat map.
	 *
	 * @param label the strategy's number and text
	 * @param cells the strategy's status at the end of each quarter, null for quarters not reached yet
	 */
	public record HeatRow(String label, ActionStatus[] cells) {
	}

	/** Strategies × quarters: each cell in the strategy's status at the end of that quarter. */
	public record HeatMap(List<String> quarterHeads, List<HeatRow> rows, String notYet) implements Block {

		HeatMap rows(int from, int to) {
			return new HeatMap(quarterHeads, rows.subList(from, to), notYet);
		}
	}

	/**
	 * One KPI bar.
	 *
	 * @param name   the KPI's name
	 * @param ratio  achievement against the target (1 = target), null without data
	 * @param colour the status whose colour the KPI's level is drawn in
	 * @param symbol the level's symbol
	 * @param text   the value, target, percentage and level in words
	 */
	public record KpiBar(String name, Double ratio, ActionStatus colour, String symbol, String text) {
	}

	/** KPI achievement: one bar per KPI against the target line. */
	public record KpiBars(List<KpiBar> bars) implements Block {

		KpiBars rows(int from, int to) {
			return new KpiBars(bars.subList(from, to));
		}
	}

	/** The table of contents: the level-1 headings with the pages the layout put them on. */
	public record Contents(String title) implements Block {
	}

	private final String documentTitle;
	private final String author;
	private final String subject;
	private final boolean paged;
	private final List<Block> blocks = new ArrayList<>();

	/**
	 * @param paged whether the document is laid out into pages with a cover and a table of contents (the handout);
	 *              otherwise it flows (the minutes)
	 */
	public MeetingPaper(String documentTitle, String author, String subject, boolean paged) {
		this.documentTitle = documentTitle;
		this.author = author;
		this.subject = subject;
		this.paged = paged;
	}

	/** The document title (metadata). */
	public String documentTitle() {
		return documentTitle;
	}

	/** The author (metadata): the agency. */
	public String author() {
		return author;
	}

	/** The subject (metadata). */
	public String subject() {
		return subject;
	}

	/** Whether the document has a cover, a table of contents and pages laid out in advance. */
	public boolean paged() {
		return paged;
	}

	public List<Block> blocks() {
		return blocks;
	}

	public MeetingPaper add(Block block) {
		blocks.add(block);
		return this;
	}
}
