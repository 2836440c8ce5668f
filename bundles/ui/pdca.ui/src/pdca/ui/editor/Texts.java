package pdca.ui.editor;

/** Text as the editor's tables and trees show it. */
public final class Texts {

	private Texts() {
	}

	/** {@code s} on one line (line breaks and runs of spaces become one space); null becomes "". */
	public static String oneLine(String s) {
		return pdca.edit.PlanItemProviders.oneLine(s);
	}
}
