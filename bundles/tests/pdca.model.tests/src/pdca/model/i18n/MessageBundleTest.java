package pdca.model.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pdca.test.support.UseLocale;

/** The product's one way to its texts: keys, fields, languages and placeholders. */
class MessageBundleTest {

	private static final MessageBundle SAMPLE = new MessageBundle("pdca.model.i18n.sample", MessageBundleTest.class);

	/** A message class as the UI bundles write them: a field per text, named after its key. */
	public static final class SampleTexts {
		public static String sample_greeting;
		public static String sample_missing;
		public static final String NOT_A_TEXT = "constant";
	}

	@Test
	@UseLocale("zh-TW")
	void aFieldReadsTheTextOfItsKeyInTheLocalesLanguage() {
		List<String> missing = MessageBundle.fill("pdca.model.i18n.sample", SampleTexts.class);
		assertEquals("{0} 計畫", SampleTexts.sample_greeting);
		assertEquals("!sample.missing!", SampleTexts.sample_missing, "a missing text shows its key");
		assertEquals(List.of("sample.missing"), missing);
		assertEquals("constant", SampleTexts.NOT_A_TEXT);
	}

	@Test
	@UseLocale("en")
	void aMessageClassKeptToItsPackageIsFilledToo() throws Exception {
		// as the tracker pages' texts are: a class of another package that only its package sees
		Class<?> hidden = Class.forName("pdca.model.i18n.hidden.HiddenTexts", true, getClass().getClassLoader());
		Field greeting = hidden.getDeclaredField("sample_greeting");
		greeting.setAccessible(true);
		Field missing = hidden.getDeclaredField("MISSING");
		missing.setAccessible(true);
		assertEquals(List.of(), missing.get(null));
		assertEquals("Plan for {0}", greeting.get(null));
	}

	@Test
	@UseLocale("en")
	void englishForAnyOtherLocale() {
		MessageBundle.fill("pdca.model.i18n.sample", SampleTexts.class);
		assertEquals("Plan for {0}", SampleTexts.sample_greeting);
		assertEquals("Plan for {0}", SAMPLE.get(Locale.GERMANY, "sample.greeting"), "no fallback to the JVM's language");
		assertEquals("{0} 計畫", SAMPLE.get(Locale.TAIWAN, "sample.greeting"));
	}

	@Test
	void anApostropheIsAnApostrophe() {
		assertEquals("The agency's plan for ROC year 114", SAMPLE.format(Locale.ENGLISH, "sample.agency", 114));
		assertEquals("機關 114 年度計畫", SAMPLE.format(Locale.TAIWAN, "sample.agency", 114));
		assertEquals("!no.such!", SAMPLE.get(Locale.ENGLISH, "no.such"));
		assertTrue(SAMPLE.has(Locale.TAIWAN, "sample.agency"));
	}

	@Test
	void bindShowsNumbersAsWrittenAndLeavesWhatItCannotFill() {
		assertEquals("2025 plans of the agency's 3 units", MessageBundle.bind("{0} plans of the agency's {1} units", 2025, 3));
		assertEquals("x and {1}, {name} and {}", MessageBundle.bind("{0} and {1}, {name} and {}", "x"));
		assertEquals("null", MessageBundle.bind("{0}", (Object) null));
	}

	@Test
	void keysAreGroupDotNameAndFieldsGroupUnderscoreName() {
		assertEquals("welcome.addMissing", MessageBundle.keyOf("welcome_addMissing"));
		assertTrue(MessageBundle.KEY.matcher("term.status.ON_TRACK").matches());
		assertTrue(MessageBundle.KEY.matcher("feature.Plan.targetUnits").matches());
		for (String bad : List.of("welcomeAddMissing", "Welcome.title", "welcome.", "welcome_title", ".title")) {
			assertTrue(!MessageBundle.KEY.matcher(bad).matches(), bad);
		}
	}
}
