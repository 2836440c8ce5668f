package pdca.model.i18n;

import java.util.Locale;

/**
 * Messages of the model layer shown to users (load errors, validation problems). Traditional
 * Chinese ({@code messages_zh_TW.properties}) for a zh_TW locale, English otherwise.
 */
public final class Messages {

	private static final MessageBundle TEXTS = new MessageBundle("pdca.model.i18n.messages", Messages.class);

	private Messages() {
	}

	/** The message for {@code key} in the default locale. */
	public static String get(String key) {
		return get(Locale.getDefault(), key);
	}

	/** The message for {@code key} in {@code locale}. */
	public static String get(Locale locale, String key) {
		return TEXTS.get(locale, key);
	}

	/** The message for {@code key} with {@code args} filled in, in the default locale. */
	public static String format(String key, Object... args) {
		return format(Locale.getDefault(), key, args);
	}

	/** The message for {@code key} with {@code args} filled in, in {@code locale}. */
	public static String format(Locale locale, String key, Object... args) {
		return TEXTS.format(locale, key, args);
	}
}
