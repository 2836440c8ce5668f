package pdca.importer.ui;

import pdca.model.i18n.MessageBundle;

/** Texts of the plan document import wizard (messages.properties, messages_zh_TW.properties). */
public final class ImportUiMessages {

	public static String import_title;
	public static String import_documentTitle;
	public static String import_documentDescription;
	public static String import_document;
	public static String import_browse;
	public static String import_template;
	public static String import_templateSuggested;
	public static String import_folder;
	public static String import_fileName;
	public static String import_needDocument;
	public static String import_noSuchDocument;
	public static String import_needFolder;
	public static String import_needFileName;
	public static String import_fileExists;
	public static String import_reading;
	public static String import_reviewTitle;
	public static String import_reviewDescription;
	public static String import_counts;
	public static String column_item;
	public static String column_confidence;
	public static String column_source;
	public static String import_sourceText;
	public static String import_problems;
	public static String import_problemPlace;
	public static String import_problemText;
	public static String import_unplaced;
	public static String import_deleteItem;
	public static String group_basis;
	public static String group_objectives;
	public static String group_sections;
	public static String import_titleNode;
	public static String import_periodNode;
	public static String import_targetNode;
	public static String import_saveFailed;

	static {
		MessageBundle.fill("pdca.importer.ui.messages", ImportUiMessages.class);
	}

	private ImportUiMessages() {
	}
}
