package pdca.forms;

import pdca.model.i18n.MessageBundle;

/**
 * Messages of the check-in forms shown to users (what a return changes, what needs a decision, why a file was not
 * read): Traditional Chinese ({@code messages_zh_TW.properties}) for a zh_TW locale, English
 * ({@code messages.properties}) otherwise. The forms themselves are always in Traditional Chinese
 * ({@code form_zh_TW.properties}).
 */
public final class FormsMessages {

	private static final MessageBundle TEXTS = new MessageBundle("pdca.forms.messages", FormsMessages.class);

	private FormsMessages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String format(String key, Object... args) {
		return TEXTS.format(key, args);
	}
}
