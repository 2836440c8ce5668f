package pdca.ui.editor;

import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPartSite;

import pdca.edit.PlanCommands;
import pdca.edit.PlanItemProviders;
import pdca.model.Plan;

/**
 * What a page of the plan editor may use of the editor: the plan, its edit commands, the status line, the
 * selection and the other pages by id. Pages contributed through {@code pdca.ui.planEditorPages} get nothing else.
 */
public interface PlanEditorContext {

	/** The plan being edited (another object after a reload). */
	Plan plan();

	/** The undoable edits of the plan. */
	PlanCommands editing();

	/** The plan's editing domain (its command stack). */
	EditingDomain getEditingDomain();

	/** The labels, tree and properties of the plan's elements. */
	PlanItemProviders itemProviders();

	/** The editor's site: menus, services, the shell. */
	IWorkbenchPartSite getSite();

	/** The plan file on disk. */
	Path planFile();

	/** Lets the workspace see files written next to the plan (evidence copied in). */
	void refreshWorkspaceFolder();

	/** Tells the workbench (Properties view, Outline) what {@code page} has selected, when it is the active page. */
	void pageSelectionChanged(PlanPage page, ISelection selection);

	/** Shows {@code message} as an error on the status line; null clears it. */
	void statusError(String message);

	/**
	 * The command that sets a date typed as 113年3月31日, 113/3/31 or 2024-03-31 (empty clears it), or null when it
	 * changes nothing or is not a date; then the status line says what to write.
	 */
	Command dateCommand(EObject owner, EStructuralFeature feature, String text);

	/** The element selected on the Structure page, or null: where a page adds what belongs to an item (a KPI). */
	EObject selectedStructureElement();

	/** Shows {@code element} on the first page that can show it. */
	void reveal(EObject element);

	/** Shows the page with {@code id} (see {@link PlanEditorPages}); false when there is none. */
	boolean showPage(String id);
}
