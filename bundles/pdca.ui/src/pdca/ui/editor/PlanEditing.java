package pdca.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import pdca.model.PdcaPackage;
import pdca.model.PlanElement;
import pdca.model.io.PlanFiles;

/**
 * The edits of a plan as EMF commands on the editing domain's command stack, so that every
 * change can be undone. Adding, deleting and moving renumber the siblings (一、二、… follow the
 * order).
 */
public final class PlanEditing {

	private final EditingDomain domain;

	public PlanEditing(EditingDomain domain) {
		this.domain = domain;
	}

	public EditingDomain domain() {
		return domain;
	}

	/** Sets a feature unless it already has that value. Returns whether a command ran. */
	public boolean set(EObject owner, EStructuralFeature feature, Object value) {
		Object old = owner.eGet(feature);
		if (old == null ? value == null : old.equals(value)) {
			return false;
		}
		return run(SetCommand.create(domain, owner, feature, value));
	}

	/** Adds {@code child} at the end of {@code owner}'s containment list, numbered last. */
	public boolean add(EObject owner, EReference feature, PlanElement child) {
		@SuppressWarnings("unchecked")
		List<Object> siblings = (List<Object>) owner.eGet(feature);
		child.setNumber(siblings.size() + 1);
		return addNew(owner, feature, child);
	}

	/** Adds a new element (it gets its id now, so problems about it can point at it). */
	public boolean addNew(EObject owner, EReference feature, EObject child) {
		PlanFiles.ensureIds(child);
		return run(AddCommand.create(domain, owner, feature, child));
	}

	/** Deletes {@code element} and renumbers the elements after it. */
	public boolean delete(PlanElement element) {
		EObject owner = element.eContainer();
		EReference feature = element.eContainmentFeature();
		@SuppressWarnings("unchecked")
		List<PlanElement> siblings = (List<PlanElement>) owner.eGet(feature);
		int index = siblings.indexOf(element);
		CompoundCommand compound = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
		compound.append(RemoveCommand.create(domain, owner, feature, element));
		for (int i = index + 1; i < siblings.size(); i++) {
			compound.append(SetCommand.create(domain, siblings.get(i), PdcaPackage.Literals.PLAN_ELEMENT__NUMBER, i));
		}
		return run(compound);
	}

	/** Moves {@code element} by {@code delta} places among its siblings and renumbers them. */
	public boolean move(PlanElement element, int delta) {
		EObject owner = element.eContainer();
		EReference feature = element.eContainmentFeature();
		@SuppressWarnings("unchecked")
		List<PlanElement> siblings = (List<PlanElement>) owner.eGet(feature);
		int from = siblings.indexOf(element);
		int to = from + delta;
		if (to < 0 || to >= siblings.size()) {
			return false;
		}
		PlanElement other = siblings.get(to);
		CompoundCommand compound = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
		compound.append(MoveCommand.create(domain, owner, feature, element, to));
		compound.append(SetCommand.create(domain, element, PdcaPackage.Literals.PLAN_ELEMENT__NUMBER, to + 1));
		compound.append(SetCommand.create(domain, other, PdcaPackage.Literals.PLAN_ELEMENT__NUMBER, from + 1));
		return run(compound);
	}

	/** Runs several edits as one undoable step. */
	public boolean runAll(String label, List<Command> commands) {
		CompoundCommand compound = new CompoundCommand(label);
		commands.forEach(compound::append);
		return run(compound);
	}

	private boolean run(Command command) {
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
