package pdca.ui.editor;

import org.eclipse.swt.widgets.Composite;

/** Makes a page of the plan editor: the class of a {@code pdca.ui.planEditorPages} contribution. */
public interface PlanPageFactory {

	/** The page, its control made in {@code parent}. */
	PlanPage create(Composite parent, PlanEditorContext context);
}
