package pdca.update;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where this installation looks for newer builds. In this order: the address the user set in the
 * preferences (per installation, not per workspace); the system property {@value #PROPERTY}; the
 * first line of {@value #FILE} in the installation folder, which the agency's IT unit writes once
 * (an update of the product leaves that file alone). Without any of them there is no update site.
 */
public final class UpdateSite {

	/** Preference node (configuration scope) and key of the address set by the user. */
	public static final String NODE = "pdca.update";
	public static final String KEY = "site";
	/** System property with the address, e.g. from the starter's PDCA_JAVA_OPTS. */
	public static final String PROPERTY = "pdca.update.site";
	/** File in the installation folder holding the agency's update site address. */
	public static final String FILE = "update-site.txt";

	private UpdateSite() {
	}

	/** The address set in the preferences, or empty. */
	public static String preference() {
		return node().get(KEY, "").strip();
	}

	/** Sets (or with a blank value removes) the address in the preferences of this installation. */
	public static void setPreference(String site) throws BackingStoreException {
		IEclipsePreferences node = node();
		if (site == null || site.isBlank()) {
			node.remove(KEY);
		} else {
			node.put(KEY, site.strip());
		}
		node.flush();
	}

	/** The address the installation was given by its IT unit (system property, then the file), or empty. */
	public static String installationDefault() {
		String property = System.getProperty(PROPERTY, "").strip();
		if (!property.isEmpty()) {
			return property;
		}
		Path folder = installFolder();
		return folder == null ? "" : fromFile(folder.resolve(FILE));
	}

	/** The address to use: the preference, else the installation's default; empty when there is none. */
	public static String current() {
		String site = preference();
		return site.isEmpty() ? installationDefault() : site;
	}

	/**
	 * An address as typed (a URL, or the full path of a folder) as a URI. A plain path becomes a
	 * file URI, so {@code /srv/pdca/updates} and {@code D:\PDCA\Updates} work as well as
	 * {@code https://intranet.example.gov.tw/pdca/updates}.
	 */
	public static URI toUri(String site) throws URISyntaxException {
		String s = site.strip();
		if (s.isEmpty()) {
			throw new URISyntaxException(site, UpdateMessages.site_empty);
		}
		if (s.matches("(?i)(https?|file|ftp):.*")) {
			URI uri = new URI(s.replace(" ", "%20").replace('\\', '/'));
			if (uri.getScheme().equalsIgnoreCase("file") || uri.getHost() != null) {
				return uri;
			}
			throw new URISyntaxException(site, UpdateMessages.site_noHost);
		}
		if (s.matches("(?i)[a-z]{2,}:.*")) {
			throw new URISyntaxException(site, UpdateMessages.site_scheme);
		}
		Path folder;
		try {
			folder = Path.of(s);
		} catch (java.nio.file.InvalidPathException e) {
			throw new URISyntaxException(site, UpdateMessages.site_relative);
		}
		if (!folder.isAbsolute()) {
			// a folder relative to wherever the workbench was started from is never what was meant
			throw new URISyntaxException(site, UpdateMessages.site_relative);
		}
		return folder.normalize().toUri();
	}

	/** The first line of the file that is neither empty nor a comment (#), or empty. */
	public static String fromFile(Path file) {
		if (!Files.isRegularFile(file)) {
			return "";
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String s = line.strip();
				if (s.startsWith("\uFEFF")) {
					s = s.substring(1).strip();
				}
				if (!s.isEmpty() && !s.startsWith("#")) {
					return s;
				}
			}
		} catch (IOException | RuntimeException e) {
			// an unreadable file gives no address; the user is told that none is set
		}
		return "";
	}

	/** The folder of this installation, or null when it is not known. */
	static Path installFolder() {
		return Optional.ofNullable(Platform.getInstallLocation()).map(location -> {
			try {
				return Path.of(location.getURL().toURI());
			} catch (URISyntaxException | RuntimeException e) {
				return Path.of(location.getURL().getPath());
			}
		}).orElse(null);
	}

	private static IEclipsePreferences node() {
		return ConfigurationScope.INSTANCE.getNode(NODE);
	}
}
