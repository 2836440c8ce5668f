package pdca.update;

import pdca.model.i18n.MessageBundle;

/** The words of updating the installation (messages.properties, zh_TW beside it). */
public final class UpdateMessages {
	private static final String BUNDLE_NAME = "pdca.update.messages";

	public static String update_checking;
	public static String update_upToDate;
	public static String update_available;
	public static String update_installed;
	public static String update_cancelled;
	public static String update_noProfile;
	public static String update_noSite;
	public static String site_empty;
	public static String site_noHost;
	public static String site_scheme;
	public static String site_relative;
	public static String site_invalid;
	public static String site_unreadable;
	public static String update_notOurSite;
	public static String update_cannotResolve;
	public static String update_readOnly;
	public static String update_installFailed;
	public static String update_unexpected;
	public static String app_usage;
	public static String app_installedVersion;
	public static String app_site;
	public static String app_unknownOption;

	static {
		MessageBundle.fill(BUNDLE_NAME, UpdateMessages.class);
	}

	private UpdateMessages() {
	}
}
