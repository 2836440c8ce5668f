package pdca.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** Menus File, Edit, Window and Help, and the handlers of the standard workbench commands. */
class PdcaActionBarAdvisor extends ActionBarAdvisor {

	PdcaActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	/** Groups of the menus that the workbench does not name. */
	static final String RENAME = "rename", QUIT = "quit", PERSPECTIVE = "perspective", PREFERENCES = "preferences", ABOUT = "about";

	/**
	 * The workbench's own actions, registered so that their commands (org.eclipse.ui.file.save,
	 * org.eclipse.ui.edit.copy…) have handlers that follow the active part; the menus show them as commands.
	 */
	@Override
	protected void makeActions(IWorkbenchWindow window) {
		register(ActionFactory.NEW.create(window));
		register(ActionFactory.SAVE.create(window));
		register(ActionFactory.SAVE_AS.create(window));
		register(ActionFactory.CUT.create(window));
		register(ActionFactory.COPY.create(window));
		register(ActionFactory.PASTE.create(window));
		register(ActionFactory.SAVE_ALL.create(window));
		register(ActionFactory.REVERT.create(window));
		register(ActionFactory.CLOSE.create(window));
		register(ActionFactory.CLOSE_ALL.create(window));
		register(ActionFactory.QUIT.create(window));
		register(ActionFactory.IMPORT.create(window));
		register(ActionFactory.EXPORT.create(window));
		register(ActionFactory.RENAME.create(window));
		register(ActionFactory.UNDO.create(window));
		register(ActionFactory.REDO.create(window));
		register(ActionFactory.DELETE.create(window));
		register(ActionFactory.SELECT_ALL.create(window));
		register(ActionFactory.PREFERENCES.create(window));
		register(ActionFactory.ABOUT.create(window));
		register(ActionFactory.RESET_PERSPECTIVE.create(window));
	}

	/**
	 * The menu bar's four menus and their groups. What goes into the groups is contributed in plugin.xml
	 * ({@code org.eclipse.ui.menus}): this bundle puts the workbench's commands there, other bundles add theirs.
	 * The menus themselves stay here, because editors of the platform (the text editor) add their actions to the
	 * groups of the Edit menu through its manager.
	 */
	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(UiMessages.menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_GROUP));
		file.add(new Separator(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator(IWorkbenchActionConstants.CLOSE_EXT));
		file.add(new Separator(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new Separator(RENAME));
		file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator(QUIT));
		MenuManager edit = new MenuManager(UiMessages.menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.EDIT_END));
		edit.add(new Separator());
		// the text editor (README files) adds Find/Replace here
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager window = new MenuManager(UiMessages.menu_window, IWorkbenchActionConstants.M_WINDOW);
		window.add(new GroupMarker(PERSPECTIVE));
		window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(new Separator(PREFERENCES));
		MenuManager help = new MenuManager(UiMessages.menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator(ABOUT));
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
