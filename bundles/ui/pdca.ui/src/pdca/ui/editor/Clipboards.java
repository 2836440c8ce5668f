package pdca.ui.editor;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.copy.command.CopyDataToClipboardCommand;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** Text on the clipboard, and the context menu of the editor's grids (copy, paste, select all). */
public final class Clipboards {

	private Clipboards() {
	}

	static void put(Display display, String text) {
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	static String text(Display display) {
		Clipboard clipboard = new Clipboard(display);
		try {
			return clipboard.getContents(TextTransfer.getInstance()) instanceof String s ? s : null;
		} finally {
			clipboard.dispose();
		}
	}

	/** Copies the grid's selected cells as tab-separated rows, as spreadsheets read them. */
	public static void copyCells(NatTable table) {
		table.doCommand(new CopyDataToClipboardCommand("\t", System.lineSeparator(), table.getConfigRegistry()));
	}

	/**
	 * Registers a context menu of the editor's pages for contributions to {@code id} and to the selected elements,
	 * but not to the editor's file: the platform's Team, Compare With and Replace With menus act on the plan file,
	 * not on the strategy or row the user right-clicked.
	 */
	public static void register(PlanEditorContext editor, String id, MenuManager menu, org.eclipse.jface.viewers.ISelectionProvider selection) {
		if (editor.getSite() instanceof org.eclipse.ui.IEditorSite site) {
			site.registerContextMenu(id, menu, selection, false);
		} else {
			editor.getSite().registerContextMenu(id, menu, selection);
		}
	}

	/** Gives a grid the Edit commands as its context menu; others may contribute to {@code id}. */
	public static void gridMenu(PlanEditorContext editor, NatTable table, String id) {
		MenuManager menu = new MenuManager();
		for (String command : new String[] { IWorkbenchCommandConstants.EDIT_COPY, IWorkbenchCommandConstants.EDIT_PASTE,
				IWorkbenchCommandConstants.EDIT_SELECT_ALL }) {
			menu.add(new CommandContributionItem(new CommandContributionItemParameter(editor.getSite(), null, command,
					CommandContributionItem.STYLE_PUSH)));
		}
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		register(editor, id, menu, editor.getSite().getSelectionProvider());
	}
}
