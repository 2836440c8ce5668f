package pdca.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the command line: Traditional Chinese for a zh_TW locale, English otherwise. */
final class CliMessages {

	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private CliMessages() {
	}

	static String get(String key) {
		return ResourceBundle.getBundle("pdca.cli.messages", Locale.getDefault(), CliMessages.class.getClassLoader(), CONTROL)
				.getString(key);
	}

	static String format(String key, Object... args) {
		return new MessageFormat(get(key).replace("'", "''"), Locale.getDefault()).format(args);
	}
}
