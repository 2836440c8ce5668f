package pdca.team.ui;

import java.util.function.Function;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * The user name and password (or a key's passphrase) a shared workspace's server asks for, kept in Eclipse secure
 * storage (encrypted; never in the plan workspace nor in the git configuration) under the server and repository, and
 * asked for once when it is not there, or when the server refused what was kept.
 */
final class SecureCredentials extends CredentialsProvider {

	/** The node under which credentials are kept, one child per server and repository. */
	static final String NODE = "pdca.team/credentials";

	/** What the user answers when asked: a user name and a password, and whether to keep them; null when cancelled. */
	record Answer(String user, String password, boolean keep) {
	}

	/** What asks the user: the address and the user name known so far. */
	interface Prompt {
		Answer ask(URIish uri, String user);
	}

	private final ISecurePreferences root;
	private final Prompt prompt;
	/** Asked for and not kept (or the storage refused): good for this session. */
	private final java.util.Map<String, Answer> session = new java.util.concurrent.ConcurrentHashMap<>();

	SecureCredentials(ISecurePreferences root, Prompt prompt) {
		this.root = root;
		this.prompt = prompt;
	}

	/** The credentials of the workbench: Eclipse's default secure storage, asking in a dialog. */
	static SecureCredentials ofWorkbench(org.eclipse.swt.widgets.Display display) {
		return new SecureCredentials(SecurePreferencesFactory.getDefault(), new CredentialsDialog.Asker(display));
	}

	/** The key of a repository: its scheme, server and path, without a user name or password. */
	static String key(URIish uri) {
		URIish bare = uri.setUser(null).setPass(null);
		return bare.toString().replace('/', '|');
	}

	@Override
	public boolean isInteractive() {
		return true;
	}

	@Override
	public boolean supports(CredentialItem... items) {
		for (CredentialItem item : items) {
			if (!(item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
					|| item instanceof CredentialItem.StringType || item instanceof CredentialItem.InformationalMessage
					|| item instanceof CredentialItem.YesNoType)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
		String key = key(uri);
		Answer known = session.get(key);
		if (known == null) {
			known = stored(key);
		}
		if (known == null) {
			known = prompt.ask(uri, uri.getUser());
			if (known == null) {
				return false; // cancelled: the sync fails with the server's refusal
			}
			if (!known.keep() || !store(key, known)) {
				session.put(key, known);
			}
		}
		for (CredentialItem item : items) {
			if (item instanceof CredentialItem.Username u) {
				u.setValue(known.user());
			} else if (item instanceof CredentialItem.Password p) {
				p.setValue(known.password().toCharArray());
			} else if (item instanceof CredentialItem.StringType t) {
				t.setValue(known.password()); // a key's passphrase
			} else if (item instanceof CredentialItem.YesNoType y) {
				y.setValue(false); // an unknown host key is not accepted silently
			}
		}
		return true;
	}

	/** What the server refused is forgotten, so that the next attempt asks again. */
	@Override
	public void reset(URIish uri) {
		String key = key(uri);
		session.remove(key);
		if (root.nodeExists(NODE + "/" + key)) {
			root.node(NODE + "/" + key).removeNode();
			flush();
		}
	}

	private Answer stored(String key) {
		if (!root.nodeExists(NODE + "/" + key)) {
			return null;
		}
		ISecurePreferences node = root.node(NODE + "/" + key);
		try {
			String user = node.get("user", null);
			String password = node.get("password", null);
			return password == null ? null : new Answer(user == null ? "" : user, password, true);
		} catch (StorageException e) {
			return null; // the master password was not given: ask
		}
	}

	private boolean store(String key, Answer answer) {
		ISecurePreferences node = root.node(NODE + "/" + key);
		try {
			node.put("user", answer.user(), false);
			node.put("password", answer.password(), true);
			flush();
			return true;
		} catch (StorageException e) {
			node.removeNode();
			return false;
		}
	}

	private void flush() {
		try {
			root.flush();
		} catch (java.io.IOException e) {
			// kept in memory for this session
		}
	}

	/** For tests: what is kept for a repository, as the server would get it. */
	Function<String, String> kept(URIish uri) {
		String key = key(uri);
		return field -> {
			if (!root.nodeExists(NODE + "/" + key)) {
				return null;
			}
			try {
				return root.node(NODE + "/" + key).get(field, null);
			} catch (StorageException e) {
				return null;
			}
		};
	}
}
