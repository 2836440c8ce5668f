package pdca.nl.zh_TW.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.VersionRange;
import org.osgi.framework.wiring.BundleWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import pdca.nl.zh_TW.tests.LanguageFragments.Translation;

/**
 * Each language fragment is attached to its host, translates only keys the host has, keeps the
 * placeholders and mnemonics of the English text, and is what the host's own lookup returns in
 * Locale zh_TW.
 */
class TranslationFilesTest {

	/** {0}, {1,number,integer}, {2,choice,...}: the argument index. */
	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\s*[,}]");

	static List<Translation> translations() {
		return LanguageFragments.translations();
	}

	@Test
	void everyLanguageFragmentIsAttachedToTheBundleItTranslates() {
		List<Bundle> fragments = LanguageFragments.fragments();
		assertFalse(fragments.isEmpty(), "the language fragments are installed");
		for (Bundle fragment : fragments) {
			String name = fragment.getSymbolicName();
			Bundle host = LanguageFragments.host(fragment);
			assertNotNull(host, name + " is attached to a host");
			assertFalse(LanguageFragments.files(fragment).isEmpty(), name + " has translation files");
			String header = fragment.getHeaders("").get(Constants.FRAGMENT_HOST);
			assertEquals(name.substring(LanguageFragments.PREFIX.length()), host.getSymbolicName(),
					name + " is named after its host");
			String range = header.replaceAll(".*bundle-version=\"([^\"]*)\".*", "$1");
			assertTrue(new VersionRange(range).includes(host.getVersion()),
					name + " accepts the host version " + host.getVersion() + " (" + range + ")");
		}
	}

	@Test
	void everyTranslatedHostIsShippedWithALanguageFragmentOnlyOnce() {
		List<String> hosts = new ArrayList<>();
		for (Bundle fragment : LanguageFragments.fragments()) {
			hosts.add(LanguageFragments.host(fragment).getSymbolicName());
		}
		assertEquals(hosts.size(), new TreeSet<>(hosts).size(), "one fragment per host: " + hosts);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void translatesOnlyKeysOfTheHostsEnglishFile(Translation translation) {
		Map<String, String> english = translation.english();
		assertNotNull(english, translation.host().getSymbolicName() + " has " + translation.englishPath());
		Map<String, String> translated = translation.translated();
		assertFalse(translated.isEmpty(), translation.path() + " translates something");
		List<String> unknown = translated.keySet().stream().filter(key -> !english.containsKey(key)).sorted().toList();
		assertEquals(List.of(), unknown, "keys of " + translation.path() + " the host does not have");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void keepsThePlaceholdersOfEachMessage(Translation translation) {
		Map<String, String> english = translation.english();
		List<String> differing = new ArrayList<>();
		translation.translated().forEach((key, chinese) -> {
			String original = english.get(key);
			if (original != null && !arguments(original).equals(arguments(chinese))) {
				differing.add(key + ": " + arguments(original) + " in English, " + arguments(chinese) + " translated");
			}
		});
		assertEquals(List.of(), differing, "placeholders in " + translation.path());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void keepsAMnemonicWhereTheEnglishHasOne(Translation translation) {
		if (translation.isPluginProperties()) {
			return; // plugin.xml labels carry mnemonics in separate keys
		}
		Map<String, String> english = translation.english();
		List<String> lost = new ArrayList<>();
		translation.translated().forEach((key, chinese) -> {
			String original = english.get(key);
			if (original != null && hasMnemonic(original) && !hasMnemonic(chinese)) {
				lost.add(key);
			}
		});
		assertEquals(List.of(), lost, "messages of " + translation.path() + " that lost their mnemonic (&)");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void isWrittenInAsciiWithUnicodeEscapes(Translation translation) {
		byte[] bytes = LanguageFragments.bytes(translation.fragment().getEntry(translation.path()));
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] < 0) {
				throw new AssertionError(translation.path() + " has a byte outside ASCII at offset " + i
						+ "; write characters as \\uXXXX (releng/scripts/nl-escape) so that every reader agrees");
			}
		}
		translation.translated().forEach((key, chinese) -> assertFalse(chinese.contains("\uFFFD"), key));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void isWhatTheHostLooksUpInLocaleZhTW(Translation translation) {
		Map<String, String> translated = translation.translated();
		ResourceBundle resolved;
		if (translation.isPluginProperties()) {
			String localization = translation.host().getHeaders("").get(Constants.BUNDLE_LOCALIZATION);
			assertTrue(localization == null || localization.equals("plugin"),
					translation.host().getSymbolicName() + " reads its strings from plugin*.properties");
			assertEquals("zh_TW", Platform.getNL(), "the test workbench runs with -nl zh_TW");
			resolved = Platform.getResourceBundle(translation.host());
		} else {
			ClassLoader loader = translation.host().adapt(BundleWiring.class).getClassLoader();
			resolved = ResourceBundle.getBundle(translation.baseName(), Locale.TAIWAN, loader,
					ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		}
		List<String> notResolved = new ArrayList<>();
		translated.forEach((key, chinese) -> {
			if (!chinese.equals(resolved.getString(key))) {
				notResolved.add(key);
			}
		});
		assertEquals(List.of(), notResolved, "keys whose zh_TW lookup in " + translation.host().getSymbolicName()
				+ " does not give the fragment's text");
	}

	private static SortedSet<Integer> arguments(String message) {
		SortedSet<Integer> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			arguments.add(Integer.valueOf(matcher.group(1)));
		}
		return arguments;
	}

	private static boolean hasMnemonic(String message) {
		String withoutEscapedAmpersands = message.replace("&&", "");
		int at = withoutEscapedAmpersands.indexOf('&');
		return at >= 0 && at < withoutEscapedAmpersands.length() - 1;
	}
}
