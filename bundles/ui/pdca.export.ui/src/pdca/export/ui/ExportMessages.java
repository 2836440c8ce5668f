package pdca.export.ui;

import pdca.model.i18n.MessageBundle;

/** Texts of the packet export wizard and the meeting documents (messages.properties, messages_zh_TW.properties). */
public final class ExportMessages {

	public static String export_title;
	public static String export_pageTitle;
	public static String export_pageDescription;
	public static String export_plans;
	public static String export_selectAll;
	public static String export_selectNone;
	public static String export_formats;
	public static String format_pdf;
	public static String format_odt;
	public static String format_ods;
	public static String export_zip;
	public static String export_revisions;
	public static String export_revisionsTooltip;
	public static String export_noBaseline;
	public static String export_destination;
	public static String export_browse;
	public static String export_chooseDestination;
	public static String export_noPlan;
	public static String export_noFormat;
	public static String export_noDestination;
	public static String export_noPlansInWorkspace;
	public static String export_task;
	public static String export_doneTitle;
	public static String export_doneMessage;
	public static String export_doneWithErrors;
	public static String export_canceledMessage;
	public static String export_openFolder;
	public static String export_close;
	public static String meeting_handoutTitle;
	public static String meeting_minutesTitle;
	public static String meeting_noPlan;
	public static String meeting_withoutQuarter;
	public static String meeting_selectOne;
	public static String meeting_noneInQuarter;
	public static String meeting_choose;
	public static String meeting_chooseFolder;
	public static String meeting_canceled;
	public static String meeting_done;

	static {
		MessageBundle.fill("pdca.export.ui.messages", ExportMessages.class);
	}

	private ExportMessages() {
	}
}
