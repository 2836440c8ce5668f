package pdca.importer.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the plan document import wizard (messages.properties, messages_zh_TW.properties). */
public final class ImportUiMessages extends NLS {

	public static String title;
	public static String documentTitle;
	public static String documentDescription;
	public static String document;
	public static String browse;
	public static String template;
	public static String templateSuggested;
	public static String folder;
	public static String fileName;
	public static String needDocument;
	public static String noSuchDocument;
	public static String needFolder;
	public static String needFileName;
	public static String fileExists;
	public static String reading;
	public static String reviewTitle;
	public static String reviewDescription;
	public static String counts;
	public static String columnItem;
	public static String columnConfidence;
	public static String columnSource;
	public static String sourceText;
	public static String problems;
	public static String problemPlace;
	public static String problemText;
	public static String unplaced;
	public static String deleteItem;
	public static String groupBasis;
	public static String groupObjectives;
	public static String groupSections;
	public static String titleNode;
	public static String periodNode;
	public static String targetNode;
	public static String saveFailed;

	static {
		NLS.initializeMessages("pdca.importer.ui.messages", ImportUiMessages.class);
	}

	private ImportUiMessages() {
	}
}
