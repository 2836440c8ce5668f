package pdca.model.io;

import java.nio.file.Path;

/**
 * A plan file could not be read or written. The message is meant for the user: it names the
 * file, the line where known, what is wrong and what to do.
 */
public class PlanFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;

	public PlanFileException(Path file, int line, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
	}

	/** The file concerned. */
	public Path file() {
		return file;
	}

	/** The line of the problem in the file, or 0 when unknown. */
	public int line() {
		return line;
	}

	/** "file:line: message", the form the command line prints. */
	public String describe() {
		return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
	}
}
