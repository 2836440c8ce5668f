package pdca.importer.source;

/**
 * Where a piece of an imported document came from, for the officer to find it in the source:
 * the page (PDF, or 0 when the format has none), the paragraph (counted from 1 over the whole
 * document, tables included as one each), and for a table cell its row and column (from 1).
 */
public record Origin(int page, int paragraph, int row, int column) {

	/** A paragraph outside any table. */
	public static Origin paragraph(int page, int paragraph) {
		return new Origin(page, paragraph, 0, 0);
	}

	/** A cell of the table that is paragraph {@code paragraph}. */
	public static Origin cell(int page, int paragraph, int row, int column) {
		return new Origin(page, paragraph, row, column);
	}

	/** Whether this is a table cell. */
	public boolean inTable() {
		return row > 0;
	}

	/** In the users' words, e.g. 「第 2 頁 第 14 段」 or 「第 9 段（表格）第 3 列第 2 欄」. */
	public String describe(boolean chinese) {
		StringBuilder b = new StringBuilder();
		if (chinese) {
			if (page > 0) {
				b.append("第 ").append(page).append(" 頁 ");
			}
			b.append("第 ").append(paragraph).append(" 段");
			if (inTable()) {
				b.append("（表格）第 ").append(row).append(" 列第 ").append(column).append(" 欄");
			}
		} else {
			if (page > 0) {
				b.append("page ").append(page).append(", ");
			}
			b.append("paragraph ").append(paragraph);
			if (inTable()) {
				b.append(" (table) row ").append(row).append(", column ").append(column);
			}
		}
		return b.toString();
	}

	@Override
	public String toString() {
		return describe(false);
	}
}
