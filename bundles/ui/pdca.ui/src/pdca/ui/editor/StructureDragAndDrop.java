package pdca.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import pdca.edit.PlanCommands;
import pdca.model.Action;
import pdca.model.Dimension;
import pdca.model.Method;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.Strategy;

/**
 * Drag and drop in the Structure tree. An element dropped on an element of its own kind goes
 * before it (upper half) or after it (lower half), also under another parent; dropped on an
 * element of the parent kind (an action on a method, a method on a strategy, a strategy on a
 * dimension) it goes last there. Each drop is one undoable command that renumbers both lists.
 */
final class StructureDragAndDrop {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private StructureDragAndDrop() {
	}

	/** Where a dragged element would go. */
	record Target(EObject owner, EReference feature, int index) {
	}

	static void install(TreeViewer tree, PlanCommands editing) {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		tree.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = tree.getStructuredSelection();
				event.doit = selection.size() == 1 && selection.getFirstElement() instanceof PlanElement;
				if (event.doit) {
					LocalSelectionTransfer.getTransfer().setSelection(selection);
				}
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		tree.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(tree) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return dragged() != null && target(dragged(), target, getCurrentLocation()) != null;
			}

			@Override
			public boolean performDrop(Object data) {
				PlanElement element = dragged();
				Target t = element == null ? null : target(element, getCurrentTarget(), getCurrentLocation());
				if (t == null || !editing.relocate(element, t.owner(), t.feature(), t.index())) {
					return false;
				}
				tree.setSelection(new StructuredSelection(element), true);
				return true;
			}

			private PlanElement dragged() {
				Object first = LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s
						? s.getFirstElement() : null;
				return first instanceof PlanElement e ? e : null;
			}
		});
	}

	/**
	 * Where {@code element} goes when dropped on {@code on} at {@code location} (one of
	 * {@link ViewerDropAdapter}'s LOCATION_ constants), or null if it cannot go there.
	 */
	static Target target(PlanElement element, Object on, int location) {
		if (!(on instanceof PlanElement target) || target == element) {
			return null;
		}
		if (target.eClass() == element.eClass()) {
			EObject owner = target.eContainer();
			EReference feature = target.eContainmentFeature();
			if (element instanceof Strategy && !(owner instanceof Plan || owner instanceof Dimension)) {
				return null;
			}
			@SuppressWarnings("unchecked")
			List<Object> siblings = (List<Object>) owner.eGet(feature);
			int index = siblings.indexOf(target);
			boolean before = location == ViewerDropAdapter.LOCATION_BEFORE;
			return new Target(owner, feature, before ? index : index + 1);
		}
		EReference feature = childFeature(element, target);
		if (feature == null) {
			return null;
		}
		return new Target(target, feature, ((List<?>) target.eGet(feature)).size());
	}

	private static EReference childFeature(PlanElement element, PlanElement parent) {
		if (element instanceof Action && parent instanceof Method) {
			return P.getMethod_Actions();
		}
		if (element instanceof Method && parent instanceof Strategy) {
			return P.getStrategy_Methods();
		}
		if (element instanceof Strategy && parent instanceof Dimension) {
			return P.getDimension_Strategies();
		}
		return null;
	}
}
