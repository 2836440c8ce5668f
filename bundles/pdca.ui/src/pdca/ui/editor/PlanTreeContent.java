package pdca.ui.editor;

import org.eclipse.jface.viewers.ITreeContentProvider;

import pdca.model.Dimension;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.Strategy;

/** The plan as a tree: dimensions (if any) → strategies → methods → actions. */
final class PlanTreeContent implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		Plan p = (Plan) input;
		if (p.getDimensions().isEmpty()) {
			return p.getStrategies().toArray();
		}
		Object[] all = new Object[p.getDimensions().size() + p.getStrategies().size()];
		System.arraycopy(p.getDimensions().toArray(), 0, all, 0, p.getDimensions().size());
		System.arraycopy(p.getStrategies().toArray(), 0, all, p.getDimensions().size(), p.getStrategies().size());
		return all;
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Dimension d) {
			return d.getStrategies().toArray();
		}
		if (parent instanceof Strategy s) {
			return s.getMethods().toArray();
		}
		if (parent instanceof Method m) {
			return m.getActions().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof PlanElement e ? e.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
