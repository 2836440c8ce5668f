package pdca.templates;

/** A template cannot be used: its starter plan is missing, unreadable or not a plan. */
public class TemplateException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String templateId;

	public TemplateException(String templateId, String message, Throwable cause) {
		super(message, cause);
		this.templateId = templateId;
	}

	/** {@return the id of the template} */
	public String templateId() {
		return templateId;
	}
}
