package pdca.update;

import org.eclipse.osgi.util.NLS;

/** The words of updating the installation (messages.properties, zh_TW beside it). */
public final class UpdateMessages extends NLS {
	private static final String BUNDLE_NAME = "pdca.update.messages";

	public static String checking;
	public static String upToDate;
	public static String available;
	public static String installed;
	public static String cancelled;
	public static String noProfile;
	public static String noSite;
	public static String siteEmpty;
	public static String siteNoHost;
	public static String siteScheme;
	public static String siteRelative;
	public static String siteInvalid;
	public static String siteUnreadable;
	public static String notOurSite;
	public static String cannotResolve;
	public static String readOnly;
	public static String installFailed;
	public static String unexpected;
	public static String appUsage;
	public static String appInstalledVersion;
	public static String appSite;
	public static String appUnknownOption;

	static {
		NLS.initializeMessages(BUNDLE_NAME, UpdateMessages.class);
	}

	private UpdateMessages() {
	}
}
