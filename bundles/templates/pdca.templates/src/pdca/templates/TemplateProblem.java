package pdca.templates;

/**
 * A template contribution that was left out because it is invalid (missing id or name, unknown
 * agency type, starter plan not found, duplicate id, ...).
 *
 * @param contributor the plug-in that contributed it
 * @param templateId  the template id as written, may be empty
 * @param message     what is wrong, in the default locale's language
 */
public record TemplateProblem(String contributor, String templateId, String message) {

	@Override
	public String toString() {
		return contributor + (templateId == null || templateId.isEmpty() ? "" : " (" + templateId + ")") + ": " + message;
	}
}
