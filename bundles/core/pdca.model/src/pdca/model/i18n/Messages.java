package pdca.model.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the model layer shown to users (load errors, validation problems). Traditional
 * Chinese ({@code messages_zh_TW.properties}) for a zh_TW locale, English otherwise.
 */
public final class Messages {

	private static final String BUNDLE = "pdca.model.i18n.messages";

	/** No fallback to the JVM default locale: a missing language falls back to English. */
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Messages() {
	}

	/** The message for {@code key} in the default locale. */
	public static String get(String key) {
		return get(Locale.getDefault(), key);
	}

	/** The message for {@code key} in {@code locale}. */
	public static String get(Locale locale, String key) {
		try {
			return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL).getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	/** The message for {@code key} with {@code args} filled in, in the default locale. */
	public static String format(String key, Object... args) {
		return format(Locale.getDefault(), key, args);
	}

	/** The message for {@code key} with {@code args} filled in, in {@code locale}. */
	public static String format(Locale locale, String key, Object... args) {
		return new MessageFormat(get(locale, key).replace("'", "''"), locale).format(args);
	}
}
