package pdca.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The messages of the export exist in English and Traditional Chinese, with the same values filled in. */
class ExportMessagesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

	private static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = PacketExporter.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	private static Set<String> placeholders(String template) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(template);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void bothLanguagesHaveEveryMessageWithTheSameValues() throws IOException {
		Properties en = bundle("messages.properties");
		Properties zh = bundle("messages_zh_TW.properties");
		assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
		for (String key : en.stringPropertyNames()) {
			assertFalse(zh.getProperty(key).isBlank(), key);
			assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
		}
	}
}
