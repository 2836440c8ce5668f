package pdca.importer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the plan importer shown to users (why a document cannot be read, what was left unplaced):
 * Traditional Chinese ({@code messages_zh_TW.properties}) for a zh_TW locale, English otherwise.
 */
public final class ImportMessages {

	private static final String BUNDLE = "pdca.importer.messages";

	/** No fallback to the JVM default locale: a missing language falls back to English. */
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private ImportMessages() {
	}

	/** The message for {@code key} in the default locale. */
	public static String get(String key) {
		try {
			return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), ImportMessages.class.getClassLoader(), CONTROL)
					.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	/** The message for {@code key} with {@code args} filled in. */
	public static String format(String key, Object... args) {
		return new MessageFormat(get(key).replace("'", "''"), Locale.getDefault()).format(args);
	}
}
