package pdca.importer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import pdca.importer.ImportMessages;

/** Plain text: one paragraph block per line, as a PDF's text copied out or a typed plan gives it. */
final class TextReader {

	private TextReader() {
	}

	static SourceDocument read(Path file) throws DocumentException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new DocumentException(file, ImportMessages.format("read.unreadable", file, e.getMessage()), e);
		}
		String text = Documents.decode(bytes);
		if (text == null || binary(text)) {
			throw new DocumentException(file, ImportMessages.format("read.binary", file));
		}
		if (text.length() > Limits.MAX_CHARACTERS) {
			text = text.substring(0, Limits.MAX_CHARACTERS);
		}
		return new SourceDocument(file, SourceDocument.Format.TEXT, Documents.lines(text, 0, 1), 0);
	}

	/** Text with control characters other than tab, line breaks and form feed is not a plan. */
	private static boolean binary(String text) {
		int controls = 0;
		int limit = Math.min(text.length(), 64 * 1024);
		for (int i = 0; i < limit; i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				controls++;
			}
		}
		return controls > 0;
	}
}
