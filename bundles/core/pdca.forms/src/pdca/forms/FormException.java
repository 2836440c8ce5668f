package pdca.forms;

/** A form that cannot be written, or a returned file that cannot be read; the message names the file and what to do. */
public class FormException extends Exception {

	private static final long serialVersionUID = 1L;

	public FormException(String message, Throwable cause) {
		super(message, cause);
	}

	public FormException(String message) {
		super(message);
	}
}
