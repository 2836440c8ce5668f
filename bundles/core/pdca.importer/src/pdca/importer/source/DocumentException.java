package pdca.importer.source;

import java.nio.file.Path;

/**
 * A document that cannot be read as a plan document. The message names the file, says what is
 * wrong in the users' words and what to do; it never quotes more than a short piece of the
 * document.
 */
public class DocumentException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public DocumentException(Path file, String message) {
		super(message);
		this.file = file;
	}

	public DocumentException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** The document that could not be read. */
	public Path file() {
		return file;
	}
}
