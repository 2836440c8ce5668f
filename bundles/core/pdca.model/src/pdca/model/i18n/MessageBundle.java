package pdca.model.i18n;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The product's one way to its texts. Every bundle keeps its texts in {@code messages.properties} (English) and
 * {@code messages_zh_TW.properties} (Traditional Chinese) beside the class that reads them, UTF-8 as written, and
 * reads them through this class:
 * <ul>
 * <li>Keys are {@code group.name}: a lower-camel group (the screen, dialog or subject: {@code welcome},
 * {@code meeting}, {@code load}), a dot, and lower-camel names. A name taken from the model keeps the model's
 * spelling ({@code term.status.ON_TRACK}, {@code feature.Plan.targetUnits}). {@link #KEY} is the rule; a test holds
 * every message file of the product to it.</li>
 * <li>Code that names its texts in Java reads them as fields: {@link #fill(String, Class)} sets each public static
 * String field {@code group_name} to the text of the key {@code group.name} (the mapping the platform's e4 message
 * classes use). Code that builds keys at run time ({@code "term.status." + status}) reads them with
 * {@link #get(String)}.</li>
 * <li>A message's punctuation is part of its pattern, never glued on in code; {@code {0}}… are its placeholders, and
 * an apostrophe is an apostrophe ({@link #format(String, Object...)} needs no doubling).</li>
 * <li>A zh_TW locale reads the Chinese file, any other the English one: no fallback to the JVM's default locale.</li>
 * </ul>
 */
public final class MessageBundle {

	/** The key style of every message file of the product. */
	public static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[A-Za-z0-9_]+)+");

	private static final ResourceBundle.Control CONTROL = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final String baseName;
	private final ClassLoader loader;

	/**
	 * The texts of {@code baseName} (e.g. {@code pdca.team.messages}), found with the class loader of
	 * {@code owner}.
	 */
	public MessageBundle(String baseName, Class<?> owner) {
		this.baseName = baseName;
		this.loader = owner.getClassLoader();
	}

	/** The text of {@code key} in the default locale, or {@code !key!} when there is none. */
	public String get(String key) {
		return get(Locale.getDefault(), key);
	}

	/** The text of {@code key} in {@code locale}, or {@code !key!} when there is none. */
	public String get(Locale locale, String key) {
		try {
			return bundle(locale).getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	/** Whether {@code key} has a text in {@code locale}. */
	public boolean has(Locale locale, String key) {
		try {
			return bundle(locale).containsKey(key);
		} catch (MissingResourceException e) {
			return false;
		}
	}

	/** The text of {@code key} with {@code args} filled in, in the default locale. */
	public String format(String key, Object... args) {
		return format(Locale.getDefault(), key, args);
	}

	/** The text of {@code key} with {@code args} filled in, in {@code locale}. */
	public String format(Locale locale, String key, Object... args) {
		return new MessageFormat(get(locale, key).replace("'", "''"), locale).format(args);
	}

	private ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(baseName, locale, loader, CONTROL);
	}

	/**
	 * {@code pattern} (a message read into a field) with {@code {0}}, {@code {1}}… replaced by the arguments as
	 * text: {@link String#valueOf(Object)}, so a number shows as written (a year is 2025, not 2,025). An apostrophe is
	 * an apostrophe; a placeholder without its argument stays as it is.
	 */
	public static String bind(String pattern, Object... args) {
		StringBuilder out = new StringBuilder(pattern.length() + 16);
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			int close = c == '{' ? pattern.indexOf('}', i) : -1;
			if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
				int index = Integer.parseInt(pattern.substring(i + 1, close));
				if (args != null && index < args.length) {
					out.append(String.valueOf(args[index]));
					i = close + 1;
					continue;
				}
			}
			out.append(c);
			i++;
		}
		return out.toString();
	}

	/** The key a message field stands for: {@code group_name} reads {@code group.name}. */
	public static String keyOf(String fieldName) {
		return fieldName.replace('_', '.');
	}

	/**
	 * Sets every public static String field of {@code messages} to its text in the default locale ({@code !key!}
	 * where the file has none, so that a missing text shows instead of failing).
	 *
	 * @return the keys of the fields that have no text (empty when the file is complete)
	 */
	public static List<String> fill(String baseName, Class<?> messages) {
		MessageBundle bundle = new MessageBundle(baseName, messages);
		Locale locale = Locale.getDefault();
		List<String> missing = new ArrayList<>();
		for (Field field : messages.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (field.getType() != String.class || !Modifier.isStatic(modifiers) || !Modifier.isPublic(modifiers)
					|| Modifier.isFinal(modifiers)) {
				continue;
			}
			String key = keyOf(field.getName());
			if (!bundle.has(locale, key)) {
				missing.add(key);
			}
			try {
				if (!Modifier.isPublic(messages.getModifiers())) {
					field.setAccessible(true); // a message class its package keeps to itself
				}
				field.set(null, bundle.get(locale, key));
			} catch (IllegalAccessException e) {
				throw new IllegalStateException(messages.getName() + '.' + field.getName(), e);
			}
		}
		return missing;
	}
}
