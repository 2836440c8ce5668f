package pdca.export.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * The labels of the documents written for agencies: the year-end report goes to a Taiwanese superior agency and
 * the review meeting's handout and minutes are the agency's own papers, so they are always in Traditional Chinese,
 * whatever language the workbench runs in; the labels live in {@code report_zh_TW.properties} and
 * {@code meeting_zh_TW.properties} (UTF-8).
 */
public final class Labels {

	private static final Properties LABELS = load();

	private Labels() {
	}

	private static Properties load() {
		Properties p = new Properties();
		for (String file : new String[] { "report_zh_TW.properties", "meeting_zh_TW.properties" }) {
			try (InputStream in = Labels.class.getResourceAsStream(file)) {
				if (in == null) {
					throw new IllegalStateException(file + " is missing from pdca.export");
				}
				p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return p;
	}

	/** The label for {@code key}; the key itself in brackets when it is missing. */
	public static String get(String key) {
		String v = LABELS.getProperty(key);
		return v == null ? "[" + key + "]" : v;
	}

	/** The label for {@code key} formatted with {@link MessageFormat}. */
	public static String format(String key, Object... args) {
		return new MessageFormat(get(key)).format(args);
	}
}
