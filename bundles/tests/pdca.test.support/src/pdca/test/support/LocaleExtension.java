package pdca.test.support;

import java.lang.reflect.AnnotatedElement;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Sets the default locale that {@link UseLocale} names and puts back the one before. Registered by
 * the annotation; not meant to be named in a test.
 */
public final class LocaleExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(LocaleExtension.class);
	private static final String CLASS = "class";
	private static final String TEST = "test";

	@Override
	public void beforeAll(ExtensionContext context) {
		Optional<UseLocale> onClass = onClass(context.getRequiredTestClass());
		if (onClass.isPresent()) {
			context.getStore(NAMESPACE).put(CLASS, Locales.Saved.now());
			Locale.setDefault(Locales.of(onClass.get().value()));
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Optional<UseLocale> use = context.getTestMethod().map(m -> m.getAnnotation(UseLocale.class))
				.or(() -> onClass(context.getRequiredTestClass()));
		if (use.isPresent()) {
			context.getStore(NAMESPACE).put(TEST, Locales.Saved.now());
			Locale.setDefault(Locales.of(use.get().value()));
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		restore(context, TEST);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		restore(context, CLASS);
	}

	private static void restore(ExtensionContext context, String key) {
		Locales.Saved saved = context.getStore(NAMESPACE).remove(key, Locales.Saved.class);
		if (saved != null) {
			saved.restore();
		}
	}

	/** The annotation on {@code type}, a class it extends or a class it is nested in. */
	private static Optional<UseLocale> onClass(Class<?> type) {
		for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
			UseLocale use = annotation(c);
			if (use != null) {
				return Optional.of(use);
			}
		}
		return Optional.empty();
	}

	private static UseLocale annotation(AnnotatedElement element) {
		return element.getAnnotation(UseLocale.class);
	}
}
