package pdca.update.ui;

import pdca.model.i18n.MessageBundle;

/** The words of Help › Check for Updates and the Updates preference page (messages.properties, zh_TW beside it). */
public final class UpdateUiMessages {
	private static final String BUNDLE_NAME = "pdca.update.ui.messages";

	public static String update_title;
	public static String update_checkJob;
	public static String update_installJob;
	public static String update_install;
	public static String update_later;
	public static String update_askInstall;
	public static String update_openPreferences;
	public static String update_restartNow;
	public static String update_restartLater;
	public static String update_askRestart;
	public static String update_restartByHand;
	public static String page_description;
	public static String page_site;
	public static String page_siteHint;
	public static String page_default;
	public static String page_noDefault;
	public static String page_installed;
	public static String page_notUpdatable;
	public static String page_saveFailed;

	static {
		MessageBundle.fill(BUNDLE_NAME, UpdateUiMessages.class);
	}

	private UpdateUiMessages() {
	}
}
