package pdca.export.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the packet export wizard and the meeting documents (messages.properties, messages_zh_TW.properties). */
public final class ExportMessages extends NLS {

	public static String title;
	public static String pageTitle;
	public static String pageDescription;
	public static String plans;
	public static String selectAll;
	public static String selectNone;
	public static String formats;
	public static String formatPdf;
	public static String formatOdt;
	public static String formatOds;
	public static String zip;
	public static String revisions;
	public static String revisionsTooltip;
	public static String noBaseline;
	public static String destination;
	public static String browse;
	public static String chooseDestination;
	public static String noPlan;
	public static String noFormat;
	public static String noDestination;
	public static String noPlansInWorkspace;
	public static String task;
	public static String doneTitle;
	public static String doneMessage;
	public static String doneWithErrors;
	public static String canceledMessage;
	public static String openFolder;
	public static String close;
	public static String meetingHandoutTitle;
	public static String meetingMinutesTitle;
	public static String meetingNoPlan;
	public static String meetingWithoutQuarter;
	public static String meetingSelectOne;
	public static String meetingNoneInQuarter;
	public static String meetingChoose;
	public static String meetingChooseFolder;
	public static String meetingCanceled;
	public static String meetingDone;

	static {
		NLS.initializeMessages("pdca.export.ui.messages", ExportMessages.class);
	}

	private ExportMessages() {
	}
}
