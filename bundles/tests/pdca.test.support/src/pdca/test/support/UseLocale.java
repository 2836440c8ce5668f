package pdca.test.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The default locale a test runs in, as a language tag ({@code "en"}, {@code "zh-TW"}).
 * <p>
 * On a class it holds from before its {@code @BeforeAll} methods to after its {@code @AfterAll}
 * methods, and is set again before each test (so a test that switches the locale does not leave
 * the switch to the next one); on a test method it holds for that test, its {@code @BeforeEach}
 * and its {@code @AfterEach} methods. Afterwards the default locale is what it was before, in all
 * its categories, also when a test set another one itself.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@ExtendWith(LocaleExtension.class)
public @interface UseLocale {

	/** The locale, as a BCP 47 language tag: {@code "en"}, {@code "zh-TW"}. */
	String value();
}
