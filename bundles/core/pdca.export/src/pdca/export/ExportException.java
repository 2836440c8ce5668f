package pdca.export;

import java.nio.file.Path;

/**
 * An export that failed: the message names the plan file, what went wrong and what to do. Nothing
 * half-written is left behind.
 */
public class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path planFile;

	public ExportException(Path planFile, String message, Throwable cause) {
		super(message, cause);
		this.planFile = planFile;
	}

	public ExportException(Path planFile, String message) {
		this(planFile, message, null);
	}

	/** The plan file the export was for, or null for an export of a plan not read from a file. */
	public Path planFile() {
		return planFile;
	}
}
