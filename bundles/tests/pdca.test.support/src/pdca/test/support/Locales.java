package pdca.test.support;

import java.util.Locale;
import java.util.Locale.Category;

/**
 * Running part of a test in another default locale. A whole test or test class says its locale
 * with {@link UseLocale}; this is for a test that compares languages or switches in the middle.
 */
public final class Locales {

	private Locales() {
	}

	/** A piece of a test, which may throw what the test may throw. */
	@FunctionalInterface
	public interface Body<E extends Throwable> {
		void run() throws E;
	}

	/** A piece of a test that gives a value. */
	@FunctionalInterface
	public interface Call<T, E extends Throwable> {
		T call() throws E;
	}

	/** The locale of a BCP 47 language tag; refuses a tag that names no language. */
	public static Locale of(String tag) {
		Locale locale = Locale.forLanguageTag(tag);
		if (locale.getLanguage().isEmpty()) {
			throw new IllegalArgumentException("not a language tag: " + tag);
		}
		return locale;
	}

	/** Runs {@code body} with {@code locale} the default locale, then puts back the one before. */
	public static <E extends Throwable> void with(Locale locale, Body<E> body) throws E {
		Saved saved = Saved.now();
		Locale.setDefault(locale);
		try {
			body.run();
		} finally {
			saved.restore();
		}
	}

	/** {@link #with(Locale, Body)} for a piece that gives a value. */
	public static <T, E extends Throwable> T withResult(Locale locale, Call<T, E> call) throws E {
		Saved saved = Saved.now();
		Locale.setDefault(locale);
		try {
			return call.call();
		} finally {
			saved.restore();
		}
	}

	/** The default locale in each of its categories, to put back. */
	record Saved(Locale locale, Locale display, Locale format) {

		static Saved now() {
			return new Saved(Locale.getDefault(), Locale.getDefault(Category.DISPLAY), Locale.getDefault(Category.FORMAT));
		}

		void restore() {
			Locale.setDefault(locale);
			Locale.setDefault(Category.DISPLAY, display);
			Locale.setDefault(Category.FORMAT, format);
		}
	}
}
