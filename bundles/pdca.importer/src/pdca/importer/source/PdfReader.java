package pdca.importer.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import pdca.importer.ImportMessages;

/**
 * PDF documents through PDFBox: the text of each page in reading order (sorted by position),
 * one paragraph block per line, each knowing its page. A PDF without text (a scan) is refused.
 */
final class PdfReader {

	private PdfReader() {
	}

	static SourceDocument read(Path file) throws DocumentException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			int pages = Math.min(pdf.getNumberOfPages(), Limits.MAX_PAGES);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			stripper.setParagraphStart("");
			stripper.setPageEnd("");
			List<Block> blocks = new ArrayList<>();
			long characters = 0;
			for (int page = 1; page <= pages && characters < Limits.MAX_CHARACTERS; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(pdf);
				characters += text.length();
				if (text.endsWith("\n")) {
					text = text.substring(0, text.length() - 1);
				}
				blocks.addAll(Documents.lines(text, page, blocks.size() + 1));
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
