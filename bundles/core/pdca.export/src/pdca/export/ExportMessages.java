package pdca.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the export shown to users (why a packet was not written, and what to do): Traditional Chinese
 * ({@code messages_zh_TW.properties}) for a zh_TW locale, English ({@code messages.properties}) otherwise. The
 * report itself is always in Traditional Chinese (see {@code pdca.export.internal.Labels}).
 */
final class ExportMessages {

	private static final String BUNDLE = "pdca.export.messages";

	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private ExportMessages() {
	}

	static String get(String key) {
		try {
			return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), ExportMessages.class.getClassLoader(), CONTROL)
					.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	static String format(String key, Object... args) {
		return new MessageFormat(get(key).replace("'", "''"), Locale.getDefault()).format(args);
	}
}
