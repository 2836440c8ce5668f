package pdca.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import pdca.model.Identified;
import pdca.model.Plan;
import pdca.model.WorkItem;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;

/** The templates of the test runtime (the four plug-ins of the product and the test-only one) and helpers. */
final class Templates {

	static final String ELECTION = "election-commission";
	static final String HOUSEHOLD = "household-registration-office";
	static final String MOTOR_VEHICLE = "motor-vehicle-station";
	static final String COUNTY = "county-planning-department";
	static final String TEST_ONLY = "test-only-library";

	/** The templates of the product. */
	static final List<String> PRODUCT = List.of(ELECTION, HOUSEHOLD, MOTOR_VEHICLE, COUNTY);

	private static TemplateRegistry registry;

	private Templates() {
	}

	static synchronized TemplateRegistry registry() {
		if (registry == null) {
			registry = TemplateRegistry.fromExtensions();
		}
		return registry;
	}

	static AgencyTemplate template(String id) {
		return registry().find(id).orElseThrow(() -> new AssertionError("no template " + id + " in " + registry().templates()
				+ "; problems: " + registry().problems()));
	}

	static Plan starter(String id) {
		try {
			return template(id).loadStarterPlan();
		} catch (TemplateException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	static Plan newPlan(String id, String agency, int year) {
		try {
			return NewPlan.fromTemplate(template(id), agency, year);
		} catch (TemplateException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** The validation errors of a plan, one per line, or "" when there is none. */
	static String errors(Plan plan) {
		StringBuilder s = new StringBuilder();
		for (Problem p : PlanValidation.validate(plan)) {
			if (p.severity() == Problem.Severity.ERROR) {
				s.append(p.path()).append(": ").append(p.message()).append('\n');
			}
		}
		return s.toString();
	}

	/** The ids of the plan and every element in it. */
	static List<String> ids(Plan plan) {
		List<String> ids = new ArrayList<>();
		ids.add(plan.getId());
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified i) {
				ids.add(i.getId());
			}
		}
		return ids;
	}

	static Set<String> idSet(Plan plan) {
		return new HashSet<>(ids(plan));
	}

	/** Every work item with a deadline of its own. */
	static List<WorkItem> scheduled(Plan plan) {
		List<WorkItem> items = new ArrayList<>();
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WorkItem w && w.getSchedule() != null) {
				items.add(w);
			}
		}
		return items;
	}
}
