package pdca.update.ui;

import org.eclipse.osgi.util.NLS;

/** The words of Help › Check for Updates and the Updates preference page (messages.properties, zh_TW beside it). */
public final class UpdateUiMessages extends NLS {
	private static final String BUNDLE_NAME = "pdca.update.ui.messages";

	public static String title;
	public static String checkJob;
	public static String installJob;
	public static String install;
	public static String later;
	public static String askInstall;
	public static String openPreferences;
	public static String restartNow;
	public static String restartLater;
	public static String askRestart;
	public static String restartByHand;
	public static String pageDescription;
	public static String pageSite;
	public static String pageSiteHint;
	public static String pageDefault;
	public static String pageNoDefault;
	public static String pageInstalled;
	public static String pageNotUpdatable;
	public static String pageSaveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, UpdateUiMessages.class);
	}

	private UpdateUiMessages() {
	}
}
