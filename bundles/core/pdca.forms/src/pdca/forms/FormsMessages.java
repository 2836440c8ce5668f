package pdca.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the check-in forms shown to users (what a return changes, what needs a decision, why a file was not
 * read): Traditional Chinese ({@code messages_zh_TW.properties}) for a zh_TW locale, English
 * ({@code messages.properties}) otherwise. The forms themselves are always in Traditional Chinese
 * ({@code form_zh_TW.properties}).
 */
public final class FormsMessages {

	private static final String BUNDLE = "pdca.forms.messages";

	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private FormsMessages() {
	}

	public static String get(String key) {
		try {
			return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), FormsMessages.class.getClassLoader(), CONTROL)
					.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	public static String format(String key, Object... args) {
		return new MessageFormat(get(key).replace("'", "''"), Locale.getDefault()).format(args);
	}
}
