package pdca.cli;

import pdca.model.i18n.MessageBundle;

/** Texts of the command line: Traditional Chinese for a zh_TW locale, English otherwise. */
final class CliMessages {

	private static final MessageBundle TEXTS = new MessageBundle("pdca.cli.messages", CliMessages.class);

	private CliMessages() {
	}

	static String get(String key) {
		return TEXTS.get(key);
	}

	static String format(String key, Object... args) {
		return TEXTS.format(key, args);
	}
}
