package pdca.model.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Locale.Category;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import pdca.test.support.Locales;
import pdca.test.support.UseLocale;

/**
 * The locale the test fragments run their tests in ({@link UseLocale}, {@link Locales}): set for the class and
 * for each test, named again by a test, and what a test switches to is undone before the next one.
 */
@UseLocale("zh-TW")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UseLocaleTest {

	@BeforeAll
	static void classLocaleHoldsBeforeAll() {
		assertEquals(Locale.TAIWAN, Locale.getDefault());
	}

	@Test
	@Order(1)
	void theClassLocaleHoldsInEveryCategory() {
		assertEquals(Locale.TAIWAN, Locale.getDefault());
		assertEquals(Locale.TAIWAN, Locale.getDefault(Category.DISPLAY));
		assertEquals(Locale.TAIWAN, Locale.getDefault(Category.FORMAT));
		Locale.setDefault(Locale.GERMANY);
		Locale.setDefault(Category.FORMAT, Locale.JAPAN);
	}

	@Test
	@Order(2)
	void whatATestSwitchedToIsUndoneBeforeTheNext() {
		assertEquals(Locale.TAIWAN, Locale.getDefault());
		assertEquals(Locale.TAIWAN, Locale.getDefault(Category.FORMAT));
	}

	@Test
	@Order(3)
	@UseLocale("en")
	void aTestMayNameItsOwn() {
		assertEquals(Locale.ENGLISH, Locale.getDefault());
	}

	@Test
	@Order(4)
	void locallyForAPartOfATest() {
		assertEquals("English", Locales.withResult(Locale.ENGLISH, () -> Locale.getDefault().getDisplayLanguage()));
		assertEquals(Locale.TAIWAN, Locale.getDefault());
		assertThrows(IllegalStateException.class, () -> Locales.with(Locale.ENGLISH, () -> {
			throw new IllegalStateException("failed in English");
		}));
		assertEquals(Locale.TAIWAN, Locale.getDefault(), "put back also when the part failed");
	}

	@Test
	@Order(5)
	void aTagThatNamesNoLanguageIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> Locales.of("!!"));
		assertEquals(Locale.TAIWAN, Locales.of("zh-TW"));
	}

	@Nested
	class Inner {

		@Test
		void aNestedClassHasTheLocaleOfItsOuterClass() {
			assertEquals(Locale.TAIWAN, Locale.getDefault());
		}
	}

	@Nested
	@UseLocale("en")
	class English {

		@Test
		void aNestedClassMayNameItsOwn() {
			assertEquals(Locale.ENGLISH, Locale.getDefault());
		}
	}
}
