package pdca.team;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

import pdca.edit.CheckInCommands;
import pdca.edit.PlanCommands;
import pdca.edit.PlanEditingDomain;
import pdca.model.Action;
import pdca.model.Identified;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.Strategy;
import pdca.model.WorkItem;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;
import pdca.samples.SamplePlans;

/** A copy of a sample plan, edited through the edit layer as the editor edits it. */
final class Copies {

	final Plan plan;
	final PlanEditingDomain domain = PlanEditingDomain.headless();
	final PlanCommands commands = new PlanCommands(domain);
	final CheckInCommands checkIns;

	Copies(Path file) throws PlanFileException {
		plan = PlanFiles.load(file, domain.getResourceSet());
		checkIns = new CheckInCommands(plan, domain);
	}

	static Path sample(String folderAndName) {
		return SamplePlans.workspaceFolder().resolve(folderAndName);
	}

	/** The sample plan of 106 (strategies, methods and 74 actions). */
	static Path motorVehicle() {
		return sample("plans/106/tainan-motor-vehicle-station.pdca");
	}

	/** The sample plan of 107 (owner units per method). */
	static Path county() {
		return sample("plans/107/changhua-county-planning-department.pdca");
	}

	/** The tracking sample of 106 (progress reports with evidence). */
	static Path tracking() {
		return sample("tracking/106/tainan-motor-vehicle-station.pdca");
	}

	void run(Command command) {
		if (command != null) {
			domain.getCommandStack().execute(command);
		}
	}

	@SuppressWarnings("unchecked")
	<T extends EObject> T byId(String id) {
		for (var it = plan.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Identified i && id.equals(i.getId())) {
				return (T) e;
			}
		}
		return null;
	}

	Strategy strategy(int i) {
		return plan.getStrategies().get(i);
	}

	Method method(int s, int m) {
		return strategy(s).getMethods().get(m);
	}

	Action action(int s, int m, int a) {
		return method(s, m).getActions().get(a);
	}

	/** Every tracked item (actions, and methods without actions). */
	List<WorkItem> tracked() {
		List<WorkItem> items = new ArrayList<>();
		plan.eAllContents().forEachRemaining(e -> {
			if (e instanceof Action a) {
				items.add(a);
			} else if (e instanceof Method m && m.getActions().isEmpty()) {
				items.add(m);
			}
		});
		return items;
	}

	static List<PlanElement> elements(Plan plan) {
		List<PlanElement> result = new ArrayList<>();
		plan.eAllContents().forEachRemaining(e -> {
			if (e instanceof PlanElement p) {
				result.add(p);
			}
		});
		return result;
	}

	/** The ids that occur more than once in the plan. */
	static Set<String> duplicateIds(Plan plan) {
		Set<String> seen = new HashSet<>();
		Set<String> twice = new HashSet<>();
		plan.eAllContents().forEachRemaining(e -> {
			if (e instanceof Identified i && i.getId() != null && !seen.add(i.getId())) {
				twice.add(i.getId());
			}
		});
		return twice;
	}

	/** The errors of the plan, as "code path" lines. */
	static Set<String> errors(Plan plan) {
		Set<String> result = new HashSet<>();
		for (Problem p : PlanValidation.validate(plan)) {
			if (p.severity() == Problem.Severity.ERROR) {
				result.add(p.code() + " " + p.path() + " " + p.message());
			}
		}
		return result;
	}
}
