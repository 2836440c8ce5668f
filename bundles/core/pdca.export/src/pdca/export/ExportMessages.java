package pdca.export;

import pdca.model.i18n.MessageBundle;

/**
 * Messages of the export shown to users (why a packet was not written, and what to do): Traditional Chinese
 * ({@code messages_zh_TW.properties}) for a zh_TW locale, English ({@code messages.properties}) otherwise. The
 * report itself is always in Traditional Chinese (see {@code pdca.export.internal.Labels}).
 */
final class ExportMessages {

	private static final MessageBundle TEXTS = new MessageBundle("pdca.export.messages", ExportMessages.class);

	private ExportMessages() {
	}

	static String get(String key) {
		return TEXTS.get(key);
	}

	static String format(String key, Object... args) {
		return TEXTS.format(key, args);
	}
}
