package pdca.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Control;

/** One page of the plan editor. */
interface PlanPage {

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
}
