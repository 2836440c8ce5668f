package pdca.importer;

import pdca.model.i18n.MessageBundle;

/**
 * Messages of the plan importer shown to users (why a document cannot be read, what was left unplaced):
 * Traditional Chinese ({@code messages_zh_TW.properties}) for a zh_TW locale, English otherwise.
 */
public final class ImportMessages {

	private static final MessageBundle TEXTS = new MessageBundle("pdca.importer.messages", ImportMessages.class);

	private ImportMessages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String format(String key, Object... args) {
		return TEXTS.format(key, args);
	}
}
