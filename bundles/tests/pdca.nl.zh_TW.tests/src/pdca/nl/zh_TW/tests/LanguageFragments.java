package pdca.nl.zh_TW.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The Traditional Chinese language fragments installed in the running framework
 * ({@code pdca.nl.zh_TW.<host>}) and the translation files each of them supplies to its host.
 */
final class LanguageFragments {

	/** Symbolic names of the language fragments start with this. */
	static final String PREFIX = "pdca.nl.zh_TW.";

	/** This test fragment, which shares the prefix. */
	private static final String TESTS = PREFIX + "tests";

	private static final String SUFFIX = "_zh_TW.properties";

	private LanguageFragments() {
	}

	/** One translation file of a fragment: {@code path} in the fragment, translating the host's file at {@link #englishPath()}. */
	record Translation(Bundle fragment, Bundle host, String path) {

		/** The host's English file this one translates ({@code messages.properties} beside {@code messages_zh_TW.properties}). */
		String englishPath() {
			return path.substring(0, path.length() - SUFFIX.length()) + ".properties";
		}

		/** True for the translation of the host's {@code plugin.properties} (its plugin.xml and manifest strings). */
		boolean isPluginProperties() {
			return englishPath().equals("plugin.properties");
		}

		/** The resource bundle base name the host loads the file with ({@code org.eclipse.ui.internal.messages}). */
		String baseName() {
			String english = englishPath();
			return english.substring(0, english.length() - ".properties".length()).replace('/', '.');
		}

		/** The English messages, read from the host's own file (not from any fragment). */
		Map<String, String> english() {
			URL entry = host.getEntry(englishPath());
			return entry == null ? null : read(entry);
		}

		/** The translated messages of this file. */
		Map<String, String> translated() {
			return read(fragment.getEntry(path));
		}

		@Override
		public String toString() {
			return host.getSymbolicName() + " " + englishPath();
		}
	}

	/** The language fragments installed (this test fragment aside), by symbolic name. */
	static List<Bundle> fragments() {
		// a class of a fragment belongs to the host's class loader: this is pdca.ui
		Bundle host = FrameworkUtil.getBundle(LanguageFragments.class);
		List<Bundle> fragments = new ArrayList<>();
		for (Bundle bundle : host.getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (name != null && name.startsWith(PREFIX) && !name.equals(TESTS)
					&& bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
				fragments.add(bundle);
			}
		}
		fragments.sort(Comparator.comparing(Bundle::getSymbolicName));
		return fragments;
	}

	/** The bundle {@code fragment} is attached to, or null when it is not attached. */
	static Bundle host(Bundle fragment) {
		BundleWiring wiring = fragment.adapt(BundleWiring.class);
		if (wiring == null) {
			return null;
		}
		List<BundleWire> wires = wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE);
		return wires == null || wires.isEmpty() ? null : wires.get(0).getProvider().getBundle();
	}

	/** Every translation file of every language fragment. */
	static List<Translation> translations() {
		List<Translation> translations = new ArrayList<>();
		for (Bundle fragment : fragments()) {
			Bundle host = Objects.requireNonNull(host(fragment), fragment.getSymbolicName() + " is not attached to a host");
			for (URL entry : files(fragment)) {
				translations.add(new Translation(fragment, host, entry.getPath().substring(1)));
			}
		}
		translations.sort(Comparator.comparing(Translation::toString));
		return translations;
	}

	/** The translation files ({@code *_zh_TW.properties}) of a language fragment. */
	static List<URL> files(Bundle fragment) {
		Enumeration<URL> entries = fragment.findEntries("/", "*" + SUFFIX, true);
		return entries == null ? List.of() : Collections.list(entries);
	}

	/** A properties file as the platform reads it (PropertyResourceBundle), keys in file order not kept. */
	static Map<String, String> read(URL url) {
		try (InputStream in = url.openStream()) {
			PropertyResourceBundle bundle = new PropertyResourceBundle(in);
			Map<String, String> messages = new LinkedHashMap<>();
			for (String key : Collections.list(bundle.getKeys())) {
				messages.put(key, bundle.getString(key));
			}
			return messages;
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + url, e);
		}
	}

	/** The raw bytes of a file of a bundle. */
	static byte[] bytes(URL url) {
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + url, e);
		}
	}
}
