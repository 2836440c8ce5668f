package pdca.edit;

import pdca.model.i18n.MessageBundle;

/**
 * Messages of the edit commands shown to users (why a value cannot be taken, and what to write instead):
 * Traditional Chinese ({@code messages_zh_TW.properties}) for a zh_TW locale, English otherwise.
 */
public final class EditMessages {

	private static final MessageBundle TEXTS = new MessageBundle("pdca.edit.messages", EditMessages.class);

	private EditMessages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String format(String key, Object... args) {
		return TEXTS.format(key, args);
	}
}
