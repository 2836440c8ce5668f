package pdca.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench shell (messages.properties, messages_zh_TW.properties). */
public final class UiMessages extends NLS {

	public static String menuFile;
	public static String menuEdit;
	public static String menuWindow;
	public static String menuHelp;
	public static String viewerNotAFile;
	public static String viewerYear;
	public static String columnItem;
	public static String columnDeadline;
	public static String columnOwners;
	public static String columnBenefit;

	static {
		NLS.initializeMessages("pdca.ui.messages", UiMessages.class);
	}

	private UiMessages() {
	}
}
