package pdca.team;

import pdca.model.i18n.MessageBundle;

/**
 * Messages of the plan merge shown to users (conflicts, element by element):
 * Traditional Chinese ({@code messages_zh_TW.properties}) for a zh_TW locale, English otherwise.
 */
public final class TeamMessages {

	private static final MessageBundle TEXTS = new MessageBundle("pdca.team.messages", TeamMessages.class);

	private TeamMessages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String format(String key, Object... args) {
		return TEXTS.format(key, args);
	}
}
