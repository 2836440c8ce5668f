package pdca.templates;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages of the templates layer: Traditional Chinese for a zh_TW locale, English otherwise. */
final class TemplateMessages {

	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private TemplateMessages() {
	}

	static String get(String key) {
		try {
			return ResourceBundle.getBundle("pdca.templates.messages", Locale.getDefault(),
					TemplateMessages.class.getClassLoader(), CONTROL).getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	static String format(String key, Object... args) {
		return new MessageFormat(get(key).replace("'", "''"), Locale.getDefault()).format(args);
	}
}
