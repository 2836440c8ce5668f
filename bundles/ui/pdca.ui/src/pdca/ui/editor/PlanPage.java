package pdca.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Control;

/** One page of the plan editor (made by a {@link PlanPageFactory} contributed through {@code pdca.ui.planEditorPages}). */
public interface PlanPage {

	/** The page's top control. */
	Control control();

	/** Shows the plan's current state (after an edit, an undo or a reload). */
	void refresh();

	/** What the page has selected now, for the Properties view. */
	default org.eclipse.jface.viewers.ISelection selection() {
		return org.eclipse.jface.viewers.StructuredSelection.EMPTY;
	}

	/** Shows and selects {@code element}; returns false when the page cannot show it. */
	default boolean reveal(EObject element) {
		return false;
	}

	// Edit > Delete, Copy, Paste, Select All and the context menus: what the page can do with its selection

	default boolean canDelete() {
		return false;
	}

	default void delete() {
	}

	default boolean canCopy() {
		return false;
	}

	/** Puts the selection on the clipboard as text (tab-separated cells for a grid). */
	default void copy() {
	}

	default boolean canPaste() {
		return false;
	}

	/** Takes text from the clipboard (tab-separated rows from a spreadsheet for a grid). */
	default void paste() {
	}

	default boolean canSelectAll() {
		return false;
	}

	default void selectAll() {
	}

	/** Whether the selected element can move within its list (Alt+↑/↓). */
	default boolean canMove() {
		return false;
	}

	/** Moves the selected element up (-1) or down (+1) in its list. */
	default void move(int delta) {
	}
}
