package pdca.tracker.ui;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IWorkbenchPart;

import pdca.model.Plan;

/** What the tracker takes from a plan editor: its plan and its editing domain, by adaptation. */
final class PlanEditors {

	private PlanEditors() {
	}

	static Plan plan(IWorkbenchPart part) {
		return part == null ? null : Adapters.adapt(part, Plan.class);
	}

	/** The editor's editing domain, whose command stack takes the editor's edits (and its undo). */
	static EditingDomain domain(IWorkbenchPart part) {
		if (part instanceof IEditingDomainProvider p) {
			return p.getEditingDomain();
		}
		IEditingDomainProvider provider = part == null ? null : Adapters.adapt(part, IEditingDomainProvider.class);
		return provider != null ? provider.getEditingDomain() : part == null ? null : Adapters.adapt(part, EditingDomain.class);
	}

	/** The year of the plan's quarters: its ROC year, else this year. */
	static int year(Plan plan) {
		return pdca.model.logic.TrackerStatus.planYear(plan, java.time.LocalDate.now());
	}
}
