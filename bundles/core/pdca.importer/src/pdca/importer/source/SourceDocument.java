package pdca.importer.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A plan document as read: its blocks in reading order, the format it was read as, the number
 * of pages (PDF; 0 otherwise), and whether it looks cut off (the last text stops mid-sentence).
 */
public record SourceDocument(Path file, Format format, List<Block> blocks, int pages) {

	/** The formats the importer reads. */
	public enum Format {
		TEXT, ODT, DOCX, PDF
	}

	/** All text of the document, paragraphs and cells in reading order, one per line. */
	public String plainText() {
		StringBuilder b = new StringBuilder();
		for (Block block : blocks) {
			if (block instanceof Block.Paragraph p) {
				b.append(p.text()).append('\n');
			} else if (block instanceof Block.Table t) {
				for (List<Block.Cell> row : t.rows()) {
					for (Block.Cell cell : row) {
						if (cell != null) {
							b.append(cell.text()).append('\n');
						}
					}
				}
			}
		}
		return b.toString();
	}
}
