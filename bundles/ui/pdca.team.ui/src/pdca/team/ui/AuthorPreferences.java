package pdca.team.ui;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

import pdca.team.PlanSync;

/**
 * Who records the changes a sync commits: name, unit and e-mail address, kept for this installation
 * (Window › Preferences › 團隊同步). What is left empty comes from the workspace's git configuration.
 */
public final class AuthorPreferences {

	static final String NODE = "pdca.team.ui";
	static final String NAME = "authorName";
	static final String UNIT = "authorUnit";
	static final String EMAIL = "authorEmail";

	private AuthorPreferences() {
	}

	/** The author as set in the preferences (parts not set are empty). */
	public static PlanSync.Author author() {
		IEclipsePreferences node = node();
		return new PlanSync.Author(node.get(NAME, ""), node.get(UNIT, ""), node.get(EMAIL, ""));
	}

	/** Keeps the author for this installation. */
	public static void set(PlanSync.Author author) throws BackingStoreException {
		IEclipsePreferences node = node();
		put(node, NAME, author.name());
		put(node, UNIT, author.unit());
		put(node, EMAIL, author.email());
		node.flush();
	}

	private static void put(IEclipsePreferences node, String key, String value) {
		if (value.isEmpty()) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
	}

	private static IEclipsePreferences node() {
		return ConfigurationScope.INSTANCE.getNode(NODE);
	}
}
