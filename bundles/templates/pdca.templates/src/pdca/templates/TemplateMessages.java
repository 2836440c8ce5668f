package pdca.templates;

import pdca.model.i18n.MessageBundle;

/** Messages of the templates layer: Traditional Chinese for a zh_TW locale, English otherwise. */
final class TemplateMessages {

	private static final MessageBundle TEXTS = new MessageBundle("pdca.templates.messages", TemplateMessages.class);

	private TemplateMessages() {
	}

	static String get(String key) {
		return TEXTS.get(key);
	}

	static String format(String key, Object... args) {
		return TEXTS.format(key, args);
	}
}
