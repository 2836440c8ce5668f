package pdca.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import pdca.importer.ImportMessages;

/**
 * Reads a plan document in whatever format it is, told by its content rather than its name:
 * ODT and DOCX (zip packages), PDF, and plain text (UTF-8, or Big5 as older agency systems write
 * it). Refuses with a {@link DocumentException} what is not a readable plan document: missing,
 * empty, too large, password-protected, damaged, or a zip bomb.
 */
public final class Documents {

	private Documents() {
	}

	/** Reads {@code file}. */
	public static SourceDocument read(Path file) throws DocumentException {
		String name = file.toString();
		if (Files.isDirectory(file)) {
			throw new DocumentException(file, ImportMessages.format("read.directory", name));
		}
		byte[] head;
		long size;
		try {
			size = Files.size(file);
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(8);
			}
		} catch (NoSuchFileException e) {
			throw new DocumentException(file, ImportMessages.format("read.missing", name), e);
		} catch (AccessDeniedException e) {
			throw new DocumentException(file, ImportMessages.format("read.unreadable", name, "permission denied"), e);
		} catch (IOException e) {
			throw new DocumentException(file, ImportMessages.format("read.unreadable", name, e.getMessage()), e);
		}
		if (size == 0) {
			throw new DocumentException(file, ImportMessages.format("read.empty", name));
		}
		if (size > Limits.MAX_FILE_BYTES) {
			throw new DocumentException(file, ImportMessages.format("read.tooLarge", name,
					size / (1024 * 1024), Limits.MAX_FILE_BYTES / (1024 * 1024)));
		}
		if (startsWith(head, 'P', 'K', 3, 4)) {
			return PackageReader.read(file);
		}
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			return PdfReader.read(file);
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
			// OLE2 compound file: an encrypted OOXML document or a Word 97-2003 .doc
			throw new DocumentException(file, ImportMessages.format("read.oldWord", name));
		}
		return TextReader.read(file);
	}

	private static boolean startsWith(byte[] head, int... bytes) {
		if (head.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((head[i] & 0xFF) != bytes[i]) {
				return false;
			}
		}
		return true;
	}

	/** Decodes text as UTF-8 when it is, else as Big5 (MS950); null when it is neither. */
	static String decode(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("x-windows-950"))) {
			try {
				return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
			} catch (CharacterCodingException e) {
				// try the next
			}
		}
		return null;
	}

	/** Splits text into lines, each a paragraph block of page 0. */
	static List<Block> lines(String text, int page, int firstParagraph) {
		List<Block> blocks = new ArrayList<>();
		int n = firstParagraph;
		for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
			blocks.add(new Block.Paragraph(line, 0, Origin.paragraph(page, n++)));
		}
		return blocks;
	}
}
