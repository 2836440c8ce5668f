package pdca.importer.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import pdca.importer.ImportMessages;

/**
 * PDF documents through PDFBox: the text of each page in reading order (sorted by position),
 * one paragraph block per line, each knowing its page. A PDF without text (a scan) is refused.
 */
final class PdfReader {

	private PdfReader() {
	}

	/**
	 * The lines of a page with where each starts: a line that starts well to the right of the
	 * page's usual left edge (a table cell, an indented item) is given a leading tab, as a
	 * word processor's text export marks cells.
	 */
	private static final class Lines extends PDFTextStripper {
		private record Line(String text, float x) {
		}

		final List<Line> lines = new ArrayList<>();
		private final StringBuilder current = new StringBuilder();
		private float x = -1;

		Lines() throws IOException {
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) {
			if (current.isEmpty() && !positions.isEmpty()) {
				x = positions.get(0).getXDirAdj();
			}
			current.append(text);
		}

		@Override
		protected void writeWordSeparator() {
			current.append(' ');
		}

		@Override
		protected void writeLineSeparator() {
			endLine();
		}

		void endLine() {
			if (!current.isEmpty() || x >= 0) {
				lines.add(new Line(current.toString(), x));
			}
			current.setLength(0);
			x = -1;
		}

		/** The lines, those starting more than 15 points right of the most common left edge with a tab. */
		List<String> indented() {
			java.util.Map<Integer, Integer> edges = new java.util.HashMap<>();
			for (Line l : lines) {
				if (!l.text().isBlank()) {
					edges.merge(Math.round(l.x() / 3), 1, Integer::sum);
				}
			}
			int margin = edges.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> e.getKey() * 3)
					.orElse(0);
			List<String> out = new ArrayList<>();
			for (Line l : lines) {
				out.add(!l.text().isBlank() && l.x() > margin + 15 ? "\t" + l.text() : l.text());
			}
			return out;
		}
	}

	static SourceDocument read(Path file) throws DocumentException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			int pages = Math.min(pdf.getNumberOfPages(), Limits.MAX_PAGES);
			Lines stripper = new Lines();
			stripper.setSortByPosition(true);
			List<Block> blocks = new ArrayList<>();
			long characters = 0;
			for (int page = 1; page <= pages && characters < Limits.MAX_CHARACTERS; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				stripper.lines.clear();
				stripper.getText(pdf);
				stripper.endLine();
				for (String line : stripper.indented()) {
					characters += line.length();
					blocks.add(new Block.Paragraph(line, 0, Origin.paragraph(page, blocks.size() + 1)));
				}
			}
			if (blocks.stream().allMatch(b -> ((Block.Paragraph) b).text().isBlank())) {
				throw new DocumentException(file, ImportMessages.format("read.noText", file));
			}
			return new SourceDocument(file, SourceDocument.Format.PDF, blocks, pdf.getNumberOfPages());
		} catch (InvalidPasswordException e) {
			throw new DocumentException(file, ImportMessages.format("read.encrypted", file), e);
		} catch (IOException e) {
			String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new DocumentException(file, ImportMessages.format("read.corruptPdf", file,
					why.length() > 120 ? why.substring(0, 120) + "…" : why), e);
		}
	}
}
