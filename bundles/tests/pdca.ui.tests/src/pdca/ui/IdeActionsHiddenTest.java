package pdca.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IActivityManager;
import org.junit.jupiter.api.Test;

/**
 * The File menu shows what a planning officer uses: the IDE's Open File… and Convert Line Delimiters To are bound
 * to an activity that is never enabled, so the workbench leaves them out (looked at under Xvfb: the File menu lists
 * 新增計畫, 其他, 從檔案系統開啟專案, close, save, rename, import, export, 舊版本, 結束).
 */
class IdeActionsHiddenTest {

	@Test
	void theIdesTextFileActionsAreFilteredOutAndOursAreNot() {
		IActivityManager activities = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
		assertFalse(activities.getActivity("pdca.ui.ideOnly").isEnabled(), "the activity that hides them stays disabled");
		for (String hidden : new String[] { "org.eclipse.ui.ide/org.eclipse.ui.actionSet.openFiles",
				"org.eclipse.ui.ide/org.eclipse.ui.openLocalFile",
				"org.eclipse.ui.editors/org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo",
				"org.eclipse.ui.editors/org.eclipse.ui.edit.text.delimiter.windows" }) {
			assertFalse(activities.getIdentifier(hidden).isEnabled(), hidden + " is hidden");
		}
		for (String shown : new String[] { "pdca.ui/pdca.ui.previousVersions",
				"org.eclipse.ui.editors/org.eclipse.ui.edit.text.gotoLastEditPosition" }) {
			assertTrue(activities.getIdentifier(shown).isEnabled(), shown + " is not hidden");
		}
	}
}
