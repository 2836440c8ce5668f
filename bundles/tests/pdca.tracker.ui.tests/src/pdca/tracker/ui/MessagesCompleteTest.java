package pdca.tracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
