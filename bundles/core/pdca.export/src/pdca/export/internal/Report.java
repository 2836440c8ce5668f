package pdca.export.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The year-end report as a neutral sequence of blocks, built once from the plan and written both as
 * PDF and as ODT, so the two always say the same.
 */
public final class Report {

	/** One part of the report. */
	public sealed interface Block permits Heading, Paragraph, Note, Table, Fields, TrendChart {
	}

	/** A heading; level 1 to 4. Levels 1 and 2 go into the table of contents, all into the bookmarks. */
	public record Heading(int level, String text) implements Block {
	}

	/** A paragraph of body text. */
	public record Paragraph(String text) implements Block {
	}

	/** A remark such as "no review meeting recorded this year", set apart from body text. */
	public record Note(String text) implements Block {
	}

	/**
	 * A table with a header row. {@code widths} are relative column widths; {@code numeric} marks the
	 * columns to align right.
	 */
	public record Table(List<String> headers, List<List<String>> rows, float[] widths, boolean[] numeric)
			implements Block {
	}

	/** Label–value pairs shown as a two-column table. */
	public record Fields(List<String[]> pairs) implements Block {
	}

	/**
	 * The evaluation scores over time: one point per record, in date order, on a scale from 0 to
	 * {@code max}; {@code bands} are the grade bands' lowest scores with their names (drawn as lines).
	 */
	public record TrendChart(String title, List<String> labels, List<Double> values, double max,
			List<String> bandNames, List<Double> bandMins) implements Block {
	}

	/** The cover page. */
	public record Cover(String agency, String year, String title, String approvalDate, String documentNumber,
			String subtitle, String generated) {
	}

	private final Cover cover;
	private final String documentTitle;
	private final String author;
	private final String subject;
	private final List<Block> blocks = new ArrayList<>();

	public Report(Cover cover, String documentTitle, String author, String subject) {
		this.cover = cover;
		this.documentTitle = documentTitle;
		this.author = author;
		this.subject = subject;
	}

	public Cover cover() {
		return cover;
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

	public List<Block> blocks() {
		return blocks;
	}

	public Report add(Block block) {
		blocks.add(block);
		return this;
	}
}
