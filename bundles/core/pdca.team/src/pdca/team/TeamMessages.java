package pdca.team;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the plan merge shown to users (conflicts, element by element):
 * Traditional Chinese ({@code messages_zh_TW.properties}) for a zh_TW locale, English otherwise.
 */
public final class TeamMessages {

	private static final String BUNDLE = "pdca.team.messages";

	/** No fallback to the JVM default locale: a missing language falls back to English. */
	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private TeamMessages() {
	}

	/** The message for {@code key} in the default locale. */
	public static String get(String key) {
		try {
			return ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), TeamMessages.class.getClassLoader(), CONTROL)
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
