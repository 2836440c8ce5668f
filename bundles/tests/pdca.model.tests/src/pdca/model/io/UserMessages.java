package pdca.model.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.function.ThrowingSupplier;

import pdca.model.i18n.Messages;
import pdca.test.support.Locales;

/** Checks on messages shown to users: the language they are in and the text they are made from. */
final class UserMessages {

	static final Locale ZH_TW = Locale.TRADITIONAL_CHINESE;
	static final Locale EN = Locale.ENGLISH;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

	private UserMessages() {
	}

	/** Runs {@code body} with {@code locale} as the default locale (what the workbench sets from its language). */
	static <T> T inLocale(Locale locale, ThrowingSupplier<T> body) {
		try {
			return Locales.withResult(locale, body::get);
		} catch (RuntimeException | Error e) {
			throw e;
		} catch (Throwable t) {
			throw new AssertionError(t);
		}
	}

	/**
	 * Asserts that {@code message} is the text of {@code key} in {@code locale} with some values filled in, and
	 * returns the first value.
	 */
	static String assertMessageOf(Locale locale, String key, String message) {
		String template = Messages.get(locale, key);
		assertFalse(template.startsWith("!"), "no message " + key);
		StringBuilder regex = new StringBuilder();
		Matcher m = PLACEHOLDER.matcher(template);
		int last = 0;
		while (m.find()) {
			regex.append(Pattern.quote(template.substring(last, m.start()))).append("(.*?)");
			last = m.end();
		}
		regex.append(Pattern.quote(template.substring(last)));
		Matcher match = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(message);
		if (!match.matches()) {
			fail("expected the message " + key + " (" + template + ") but was: " + message);
		}
		return match.groupCount() > 0 ? match.group(1) : "";
	}

	/** Asserts that a message is fit to show: one paragraph, no exception class names, no stack trace. */
	static void assertReadable(String message) {
		assertFalse(message == null || message.isBlank(), "empty message");
		assertFalse(message.contains("\n"), () -> "more than one line: " + message);
		assertFalse(message.contains("\tat ") || message.contains("at java.") || message.contains("at org."),
				() -> "stack trace in: " + message);
		assertFalse(message.contains("Exception"), () -> "exception name in: " + message);
		assertFalse(message.contains("java.") || message.contains("org.eclipse") || message.contains("org.xml"),
				() -> "class name in: " + message);
		assertFalse(message.contains("..") && !message.contains("..."), () -> "doubled full stop in: " + message);
	}

	/** Asserts that a message is in Traditional Chinese (has CJK characters and no English sentence). */
	static void assertChinese(String message) {
		assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
				() -> "not Chinese: " + message);
	}
}
