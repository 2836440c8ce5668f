package pdca.edit;

import java.util.ArrayList;
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
import pdca.model.logic.Values;

/**
 * The edits of a plan's structure as EMF commands on an editing domain's command stack, so that every change can
 * be undone: the one place where setting a value, adding, deleting, moving within a list and moving to another
 * parent are defined. Adding, deleting and moving renumber the siblings (一、二、… follow the order); a new element
 * gets its id when it is added. The plan editor, its Properties view, the check-in forms' return and the tests run
 * their edits through it; headless callers use {@link PlanEditingDomain#headless}.
 */
public final class PlanCommands {

	private final EditingDomain domain;

	public PlanCommands(EditingDomain domain) {
		this.domain = domain;
	}

	public EditingDomain domain() {
		return domain;
	}

	/** Sets a feature unless it already has that value. Returns whether a command ran. */
	public boolean set(EObject owner, EStructuralFeature feature, Object value) {
		Command command = setCommand(owner, feature, value);
		return command != null && run(command);
	}

	/** The command that sets a feature, or null when it already has that value. */
	public Command setCommand(EObject owner, EStructuralFeature feature, Object value) {
		if (value instanceof String text) {
			value = Values.withoutControlCharacters(text, true); // as the plan domain's commands do
		}
		Object old = owner.eGet(feature);
		if (old == null ? value == null : old.equals(value)) {
			return null;
		}
		return SetCommand.create(domain, owner, feature, value);
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

	/**
	 * Moves {@code element} into {@code owner}'s {@code feature} list at {@code index} (the index in
	 * the list as it is before the move), possibly from another parent, and renumbers both lists.
	 * Returns false when the move would change nothing or is not allowed (an element into itself).
	 */
	public boolean relocate(PlanElement element, EObject owner, EReference feature, int index) {
		for (EObject o = owner; o != null; o = o.eContainer()) {
			if (o == element) {
				return false;
			}
		}
		EObject oldOwner = element.eContainer();
		EReference oldFeature = element.eContainmentFeature();
		@SuppressWarnings("unchecked")
		List<PlanElement> target = (List<PlanElement>) owner.eGet(feature);
		@SuppressWarnings("unchecked")
		List<PlanElement> source = (List<PlanElement>) oldOwner.eGet(oldFeature);
		int to = Math.max(0, Math.min(index, target.size()));
		CompoundCommand compound = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL);
		if (oldOwner == owner && oldFeature == feature) {
			int from = source.indexOf(element);
			int finalIndex = to > from ? to - 1 : to;
			if (finalIndex == from) {
				return false;
			}
			List<PlanElement> order = new ArrayList<>(source);
			order.remove(from);
			order.add(finalIndex, element);
			compound.append(MoveCommand.create(domain, owner, feature, element, finalIndex));
			renumber(compound, order);
		} else {
			List<PlanElement> remaining = new ArrayList<>(source);
			remaining.remove(element);
			List<PlanElement> order = new ArrayList<>(target);
			order.add(to, element);
			compound.append(RemoveCommand.create(domain, oldOwner, oldFeature, element));
			compound.append(AddCommand.create(domain, owner, feature, element, to));
			renumber(compound, remaining);
			renumber(compound, order);
		}
		return run(compound);
	}

	private void renumber(CompoundCommand compound, List<PlanElement> order) {
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).getNumber() != i + 1) {
				compound.append(SetCommand.create(domain, order.get(i), PdcaPackage.Literals.PLAN_ELEMENT__NUMBER, i + 1));
			}
		}
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
