package pdca.ui;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** Menus File, Edit, Window and Help with the standard workbench actions. */
class PdcaActionBarAdvisor extends ActionBarAdvisor {

	PdcaActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	private IWorkbenchAction newWizard, cut, copy, paste, save, saveAs, saveAll, revert, close, closeAll, quit, undo, redo, delete, selectAll, preferences,
			about, resetPerspective, importWizard, exportWizard, rename;

	private org.eclipse.jface.action.IAction newPlan;

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newPlan = new org.eclipse.jface.action.Action(UiMessages.menuNewPlan) {
			@Override
			public void run() {
				pdca.ui.wizards.NewPlanWizard wizard = new pdca.ui.wizards.NewPlanWizard();
				org.eclipse.jface.viewers.ISelection selection = window.getSelectionService().getSelection();
				wizard.init(window.getWorkbench(), selection instanceof org.eclipse.jface.viewers.IStructuredSelection s
						? s : org.eclipse.jface.viewers.StructuredSelection.EMPTY);
				new org.eclipse.jface.wizard.WizardDialog(window.getShell(), wizard).open();
			}
		};
		newPlan.setId("pdca.ui.newPlanAction");
		newWizard = register(ActionFactory.NEW.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAs = register(ActionFactory.SAVE_AS.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		revert = register(ActionFactory.REVERT.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		importWizard = register(ActionFactory.IMPORT.create(window));
		exportWizard = register(ActionFactory.EXPORT.create(window));
		rename = register(ActionFactory.RENAME.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(UiMessages.menuFile, IWorkbenchActionConstants.M_FILE);
		file.add(newPlan);
		file.add(newWizard);
		file.add(new Separator(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new Separator());
		file.add(save);
		file.add(saveAs);
		file.add(saveAll);
		file.add(revert);
		file.add(new Separator());
		file.add(rename);
		file.add(new Separator());
		file.add(importWizard);
		file.add(exportWizard);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		MenuManager edit = new MenuManager(UiMessages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(new Separator());
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new Separator());
		// the text editor (README files) adds Find/Replace here
		edit.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager window = new MenuManager(UiMessages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		window.add(resetPerspective);
		window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(preferences);
		MenuManager help = new MenuManager(UiMessages.menuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
