package pdca.edit;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import pdca.model.io.PlanFiles;
import pdca.model.logic.Values;

/**
 * The editing domain of a plan. Every text set through it — typed in a page, in the Properties view, pasted from
 * Word or a spreadsheet, or read from a unit's returned form — leaves out the control characters a plan file cannot
 * hold, and whoever listens is told so.
 */
public final class PlanEditingDomain extends AdapterFactoryEditingDomain {

	private Consumer<String> notes = note -> { };

	public PlanEditingDomain(AdapterFactory adapterFactory, CommandStack commandStack, ResourceSet resourceSet) {
		super(adapterFactory, commandStack, resourceSet);
		// so that what edits a plan's element without holding the domain (a property of the Properties view) finds it
		resourceSet.eAdapters().add(new EditingDomainProvider(this));
	}

	/**
	 * A domain for a program without a workbench (the command line, a test): its own command stack, so what it ran
	 * can be undone, and the plan files' safe resource set.
	 */
	public static PlanEditingDomain headless() {
		return new PlanEditingDomain(new ComposedAdapterFactory(new PlanItemProviders()), new BasicCommandStack(), PlanFiles.newResourceSet());
	}

	/** Where to tell the user about a change made to what they entered (the editor's status line). */
	public void onNote(Consumer<String> notes) {
		this.notes = notes;
	}

	@Override
	public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
		if (commandClass == SetCommand.class && parameter.getValue() instanceof String text) {
			String clean = Values.withoutControlCharacters(text, true);
			if (!clean.equals(text)) {
				notes.accept(EditMessages.get("text.controlCharactersRemoved"));
				parameter = new CommandParameter(parameter.getOwner(), parameter.getFeature(), clean, parameter.getIndex());
			}
		}
		return super.createCommand(commandClass, parameter);
	}
}
