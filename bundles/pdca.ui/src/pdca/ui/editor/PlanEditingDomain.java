package pdca.ui.editor;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import pdca.model.logic.Values;
import pdca.ui.UiMessages;

/**
 * The editing domain of a plan editor. Every text set through it — typed in a page, in the Properties view, or
 * pasted from Word or a spreadsheet — leaves out the control characters a plan file cannot hold, and the user is
 * told so.
 */
final class PlanEditingDomain extends AdapterFactoryEditingDomain {

	private Consumer<String> notes = note -> { };

	PlanEditingDomain(AdapterFactory adapterFactory, CommandStack commandStack, ResourceSet resourceSet) {
		super(adapterFactory, commandStack, resourceSet);
	}

	/** Where to tell the user about a change made to what they entered (the status line). */
	void onNote(Consumer<String> notes) {
		this.notes = notes;
	}

	@Override
	public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
		if (commandClass == SetCommand.class && parameter.getValue() instanceof String text) {
			String clean = Values.withoutControlCharacters(text, true);
			if (!clean.equals(text)) {
				notes.accept(UiMessages.controlCharactersRemoved);
				parameter = new CommandParameter(parameter.getOwner(), parameter.getFeature(), clean, parameter.getIndex());
			}
		}
		return super.createCommand(commandClass, parameter);
	}
}
