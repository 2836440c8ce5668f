package pdca.importer.source;

import java.util.List;

/** A paragraph or a table of a plan document, in reading order. */
public sealed interface Block {

	/** Where the block starts. */
	Origin origin();

	/**
	 * A paragraph: its text (lines joined, whitespace kept as read), and its outline level when
	 * the document marks it as a heading (1 for the top level), else 0.
	 */
	record Paragraph(String text, int headingLevel, Origin origin) implements Block {
	}

	/**
	 * A table as its grid: every row has one entry per column; a cell spanning several columns
	 * or rows appears once, at its top-left position, with its spans; the positions it covers
	 * hold {@code null}.
	 */
	record Table(List<List<Cell>> rows, Origin origin) implements Block {

		/** The number of columns of the widest row. */
		public int columns() {
			return rows.stream().mapToInt(List::size).max().orElse(0);
		}

		/**
		 * The cell that covers row {@code r} and column {@code c} (from 0): the cell there, or
		 * the spanning cell above or to the left that covers the position; null when none.
		 */
		public Cell covering(int r, int c) {
			for (int i = r; i >= 0; i--) {
				List<Cell> row = rows.get(i);
				for (int j = Math.min(c, row.size() - 1); j >= 0; j--) {
					Cell cell = row.get(j);
					if (cell != null && i + cell.rowSpan() > r && j + cell.columnSpan() > c) {
						return cell;
					}
				}
			}
			return null;
		}
	}

	/** A table cell: its paragraphs joined by new lines, its spans and where it is. */
	record Cell(String text, int columnSpan, int rowSpan, Origin origin) {
	}
}
