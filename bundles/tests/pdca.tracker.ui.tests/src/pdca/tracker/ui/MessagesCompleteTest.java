package pdca.tracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import pdca.model.i18n.MessageBundle;

/**
 * Every text of every bundle of the product exists in English and in Traditional Chinese, with the same
 * placeholders: for each {@code X.properties} of a {@code pdca.} bundle there is an {@code X_zh_TW.properties}
 * with the same keys, and each message has the same {0}, {1}… in both. (The year-end report is Chinese only by
 * design: {@code report_zh_TW.properties} has no English twin.)
 */
class MessagesCompleteTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*\\}");

	@Test
	void everyMessageInBothLanguagesWithTheSamePlaceholders() throws IOException {
		List<String> problems = new ArrayList<>();
		int pairs = 0;
		for (Bundle bundle : productBundles()) {
			for (URL url : messageFiles(bundle)) {
				String path = url.getPath();
				if (path.contains("_zh_TW") || path.contains("/META-INF/")) {
					continue;
				}
				URL chinese = bundle.getEntry(path.replace(".properties", "_zh_TW.properties"));
				if (chinese == null) {
					problems.add(bundle.getSymbolicName() + path + ": no Traditional Chinese twin");
					continue;
				}
				pairs++;
				Properties en = load(url);
				Properties zh = load(chinese);
				Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
				onlyEn.removeAll(zh.stringPropertyNames());
				Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
				onlyZh.removeAll(en.stringPropertyNames());
				if (!onlyEn.isEmpty() || !onlyZh.isEmpty()) {
					problems.add(bundle.getSymbolicName() + path + ": only English " + onlyEn + ", only Chinese " + onlyZh);
				}
				for (String key : en.stringPropertyNames()) {
					if (zh.containsKey(key) && !placeholders(en.getProperty(key)).equals(placeholders(zh.getProperty(key)))) {
						problems.add(bundle.getSymbolicName() + path + " " + key + ": placeholders " + placeholders(en.getProperty(key))
								+ " in English, " + placeholders(zh.getProperty(key)) + " in Chinese");
					}
				}
			}
		}
		assertTrue(pairs >= 10, "the message files of the product's bundles were found: " + pairs);
		assertEquals(List.of(), problems);
	}

	/**
	 * The message files of the product's bundles (texts, plugin.properties, the packet's labels) are UTF-8 as
	 * written, so that a translator reads them: strict UTF-8, and no {@code \\u} escape of a visible character
	 * beyond ASCII (escapes of spaces at a message's ends and of invisible characters stay).
	 */
	@Test
	void messageFilesAreUtf8AsWritten() throws IOException {
		Pattern escape = Pattern.compile("(?<!\\\\)\\\\u([0-9a-fA-F]{4})");
		List<String> problems = new ArrayList<>();
		int files = 0;
		for (Bundle bundle : productBundles()) {
			String name = bundle.getSymbolicName();
			if (name.startsWith("pdca.nl.")) {
				continue;
			}
			for (URL url : messageFiles(bundle)) {
				String path = url.getPath();
				files++;
				byte[] bytes;
				try (InputStream in = url.openStream()) {
					bytes = in.readAllBytes();
				}
				String text;
				try {
					text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
				} catch (java.nio.charset.CharacterCodingException e) {
					problems.add(name + path + ": not UTF-8");
					continue;
				}
				Matcher m = escape.matcher(text);
				while (m.find()) {
					int c = Integer.parseInt(m.group(1), 16);
					if (c >= 0x80 && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
						problems.add(name + path + ": " + m.group() + " (" + Character.toString(c) + ") escaped");
						break;
					}
				}
			}
		}
		assertTrue(files >= 20, "the message files of the product's bundles were found: " + files);
		assertEquals(List.of(), problems);
	}

	/**
	 * One key style in every message file of the product: {@code group.name} ({@link MessageBundle#KEY}), in the
	 * texts of every bundle, in plugin.properties and in the packet's labels. (The platform's language fragments keep
	 * the platform's own keys.)
	 */
	@Test
	void everyKeyIsGroupDotName() throws IOException {
		List<String> problems = new ArrayList<>();
		int keys = 0;
		for (Bundle bundle : productBundles()) {
			if (bundle.getSymbolicName().startsWith("pdca.nl.")) {
				continue;
			}
			for (URL url : messageFiles(bundle)) {
				if (url.getPath().contains("/META-INF/")) {
					continue;
				}
				for (String key : load(url).stringPropertyNames()) {
					keys++;
					if (!MessageBundle.KEY.matcher(key).matches()) {
						problems.add(bundle.getSymbolicName() + url.getPath() + ": " + key);
					}
				}
			}
		}
		assertTrue(keys >= 1000, "the keys of the product's message files were read: " + keys);
		assertEquals(List.of(), problems.stream().sorted().toList());
	}

	/**
	 * Every message class whose texts are fields ({@code group_name} for the key {@code group.name}) finds each of
	 * its texts in both languages, and every text of its files is read by a field (no text is left over for a
	 * translator to keep up).
	 */
	@Test
	void everyMessageFieldHasItsTextAndEveryTextItsField() throws Exception {
		List<String> problems = new ArrayList<>();
		int classes = 0;
		Set<String> seen = new TreeSet<>();
		for (Bundle bundle : productBundles()) {
			var entries = bundle.findEntries("/", "*Messages.class", true);
			if (entries == null) {
				continue;
			}
			for (URL url : Collections.list(entries)) {
				String path = url.getPath();
				if (path.contains("$") || path.contains("/test-classes/") || !path.contains("/pdca/")) {
					continue;
				}
				String className = path.substring(path.indexOf("/pdca/") + 1, path.length() - ".class".length()).replace('/', '.');
				if (!seen.add(className)) {
					continue;
				}
				Class<?> type = bundle.loadClass(className);
				List<String> fieldKeys = new ArrayList<>();
				for (Field field : type.getDeclaredFields()) {
					int m = field.getModifiers();
					if (field.getType() == String.class && Modifier.isPublic(m) && Modifier.isStatic(m) && !Modifier.isFinal(m)) {
						fieldKeys.add(MessageBundle.keyOf(field.getName()));
					}
				}
				if (fieldKeys.isEmpty()) {
					continue;
				}
				classes++;
				String folder = "/" + type.getPackageName().replace('.', '/') + "/";
				for (String file : List.of("messages.properties", "messages_zh_TW.properties")) {
					URL text = bundle.getResource(folder.substring(1) + file);
					if (text == null) {
						problems.add(className + ": no " + folder + file);
						continue;
					}
					Set<String> keys = load(text).stringPropertyNames();
					Set<String> noText = new TreeSet<>(fieldKeys);
					noText.removeAll(keys);
					Set<String> noField = new TreeSet<>(keys);
					fieldKeys.forEach(noField::remove);
					if (!noText.isEmpty()) {
						problems.add(className + ": fields without a text in " + file + ": " + noText);
					}
					if (!noField.isEmpty()) {
						problems.add(className + ": texts of " + file + " no field reads: " + noField);
					}
				}
			}
		}
		assertTrue(classes >= 8, "the message classes with fields were found: " + classes);
		assertEquals(List.of(), problems);
	}

	/** The bundles of the product (ours, not the test fragments nor the test support). */
	private List<Bundle> productBundles() {
		List<Bundle> bundles = new ArrayList<>();
		for (Bundle bundle : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (name.startsWith("pdca.") && !name.endsWith(".tests") && !name.equals("pdca.test.support")) {
				bundles.add(bundle);
			}
		}
		return bundles;
	}

	/** A bundle's .properties files but its build.properties (and what a build left in target/ or bin/). */
	private static List<URL> messageFiles(Bundle bundle) {
		var entries = bundle.findEntries("/", "*.properties", true);
		if (entries == null) {
			return List.of();
		}
		return Collections.list(entries).stream().filter(url -> !url.getPath().contains("/target/") && !url.getPath().contains("/bin/")
				&& !url.getPath().endsWith("build.properties")).toList();
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(message);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	/** Read as UTF-8, as the product's message classes read them (\\u escapes work either way). */
	private static Properties load(URL url) throws IOException {
		Properties p = new Properties();
		try (InputStream in = url.openStream()) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}
}
