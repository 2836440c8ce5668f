package pdca.ui.editor;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import pdca.model.PlanElement;

/**
 * The Outline view of a plan: its numbered structure, as the plan's item providers give it. Selecting an element there shows it on the
 * editor's Structure page.
 */
final class PlanOutlinePage extends ContentOutlinePage {

	private final PlanEditor editor;
	private boolean following;

	PlanOutlinePage(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(ItemProviderViews.tree(editor.itemProviders()));
		viewer.setLabelProvider(ItemProviderViews.labels(editor.itemProviders()));
		viewer.setUseHashlookup(true);
		viewer.setInput(editor.plan());
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(event -> {
			if (!following && event.getStructuredSelection().getFirstElement() instanceof PlanElement element) {
				editor.revealInStructure(element);
			}
		});
	}

	/** The outline's tree, for tests. */
	TreeViewer viewer() {
		return getTreeViewer();
	}

	/** Shows the plan's current state. */
	void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (viewer.getInput() != editor.plan()) {
			viewer.setInput(editor.plan());
			viewer.expandToLevel(2);
		} else {
			viewer.refresh();
		}
	}

	/** Selects {@code element} without sending the editor back to it. */
	void follow(IStructuredSelection selection) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || !(selection.getFirstElement() instanceof PlanElement e)) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(new StructuredSelection(e), true);
		} finally {
			following = false;
		}
	}
}
