package pdca.cli;

/**
 * An unexpected error while a command worked on one of its files: the command line tells it in one line naming
 * that file (see {@link Cli}).
 */
final class FileFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String file;

	FileFailure(String file, Throwable cause) {
		super(cause);
		this.file = file;
	}

	/** The file as given on the command line. */
	String file() {
		return file;
	}
}
