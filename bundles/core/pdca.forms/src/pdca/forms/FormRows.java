package pdca.forms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import pdca.model.Kpi;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.CheckIns;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Quarter;
import pdca.model.schedule.Schedule;

/**
 * What a form holds for a plan and a quarter, from the plan as it is now: which unit reports which work item and
 * KPI, the cells a unit reads and the values it fills. The writer writes these; the reader compares a return with
 * them.
 */
final class FormRows {

	/** A row of a form: an item or a KPI, its locked cells and its values now (canonical, by field). */
	record Row(String key, WorkItem item, Kpi kpi, List<String> locked, Map<FormField, String> values) {

		String lockFingerprint() {
			return FormLayout.lockFingerprint(locked);
		}

		/** Column C: "s=…;p=…;…", each value's fingerprint. */
		String baseFingerprints() {
			StringBuilder b = new StringBuilder();
			for (Map.Entry<FormField, String> e : values.entrySet()) {
				if (!b.isEmpty()) {
					b.append(';');
				}
				b.append(e.getKey().tag).append('=').append(FormLayout.fingerprint(e.getValue()));
			}
			return b.toString();
		}
	}

	private FormRows() {
	}

	/** The unit that reports an item: its lead owner, else its first co-owner, as inherited from above; or null. */
	static Unit unitOf(WorkItem item) {
		List<Unit> owners = PlanStructure.effectiveOwners(item);
		return owners.isEmpty() ? null : owners.get(0);
	}

	/** The work item a KPI belongs to. */
	static WorkItem holder(Kpi kpi) {
		return kpi.eContainer() instanceof WorkItem w ? w : null;
	}

	/** The units with something to report, in the order of the plan's organisation, then null for items without owner. */
	static Map<Unit, List<WorkItem>> itemsByUnit(Plan plan) {
		Map<Unit, List<WorkItem>> found = new LinkedHashMap<>();
		if (plan.getOrganisation() != null) {
			for (Unit u : plan.getOrganisation().getUnits()) {
				found.put(u, new ArrayList<>());
			}
		}
		List<WorkItem> unassigned = new ArrayList<>();
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			Unit u = unitOf(item);
			if (u == null) {
				unassigned.add(item);
			} else {
				found.computeIfAbsent(u, k -> new ArrayList<>()).add(item);
			}
		}
		for (Kpi k : CheckIns.kpis(plan)) {
			WorkItem h = holder(k);
			Unit u = h == null ? null : unitOf(h);
			if (u != null) {
				found.computeIfAbsent(u, x -> new ArrayList<>());
			}
		}
		Map<Unit, List<WorkItem>> result = new LinkedHashMap<>();
		found.forEach((u, items) -> {
			if (!items.isEmpty() || !kpisOf(plan, u).isEmpty()) {
				result.put(u, items);
			}
		});
		if (!unassigned.isEmpty() || !kpisOf(plan, null).isEmpty()) {
			result.put(null, unassigned);
		}
		return result;
	}

	/** The KPIs a unit reports (those of items it leads), plan order; null for KPIs of items without owner. */
	static List<Kpi> kpisOf(Plan plan, Unit unit) {
		List<Kpi> list = new ArrayList<>();
		for (Kpi k : CheckIns.kpis(plan)) {
			WorkItem h = holder(k);
			if (h != null && Objects.equals(unitOf(h), unit)) {
				list.add(k);
			}
		}
		return list;
	}

	static Row itemRow(Plan plan, WorkItem item, Quarter quarter) {
		ProgressReport current = CheckIns.report(plan, item, quarter).orElse(null);
		ProgressReport previous = CheckIns.previousReport(plan, item, quarter).orElse(null);
		Map<FormField, String> values = new EnumMap<>(FormField.class);
		values.put(FormField.STATUS, current == null ? "" : FormLayout.status(current.getStatus()));
		values.put(FormField.PROGRESS, current == null ? "" : FormLayout.progress(current.getProgress()));
		values.put(FormField.NARRATIVE, current == null ? "" : FormLayout.text(current.getNarrative()));
		values.put(FormField.EVIDENCE, FormLayout.evidence(current));
		values.put(FormField.REPORTED_BY, current == null ? "" : FormLayout.text(current.getReportedBy()));
		values.put(FormField.REPORTED_ON, current == null ? "" : FormLayout.date(current.getReportedOn()));
		List<String> locked = List.of(Numbering.path(item), context(item), FormLayout.text(item.getText()), deadline(item),
				previous == null ? "" : FormLayout.statusWord(previous.getStatus()),
				previous == null ? "" : FormLayout.progress(previous.getProgress()),
				previous == null ? "" : FormLayout.text(previous.getNarrative()));
		return new Row(FormLayout.ITEM + item.getId(), item, null, locked, values);
	}

	static Row kpiRow(Kpi kpi, Quarter quarter) {
		WorkItem h = holder(kpi);
		Map<FormField, String> values = new EnumMap<>(FormField.class);
		values.put(FormField.KPI_VALUE, FormLayout.number(CheckIns.actual(kpi, quarter)));
		List<String> locked = List.of(h == null ? "" : Numbering.path(h), h == null ? "" : FormLayout.text(h.getText()),
				kpiText(kpi), "", "", FormLayout.number(previousActual(kpi, quarter)), "");
		return new Row(FormLayout.KPI + kpi.getId(), h, kpi, locked, values);
	}

	/** The latest quarterly value of a KPI before the quarter, or null. */
	static Double previousActual(Kpi kpi, Quarter quarter) {
		Measurement found = null;
		Quarter foundQuarter = null;
		for (Measurement m : kpi.getMeasurements()) {
			if (m.getQuarter() < 1 || m.getQuarter() > 4) {
				continue;
			}
			Quarter q = new Quarter(m.getRocYear(), m.getQuarter());
			if (q.compareTo(quarter) < 0 && (foundQuarter == null || q.compareTo(foundQuarter) >= 0)) {
				found = m;
				foundQuarter = q;
			}
		}
		return found == null ? null : found.getValue();
	}

	/** Strategy and method above an item, one per line, with the co-owners when there are any. */
	static String context(WorkItem item) {
		List<String> lines = new ArrayList<>();
		for (WorkItem i = PlanStructure.parentItem(item); i != null; i = PlanStructure.parentItem(i)) {
			if (i instanceof Strategy || i instanceof Method) {
				lines.add(0, Numbering.label(i) + FormLayout.text(i.getText()));
			}
		}
		List<Unit> owners = PlanStructure.effectiveOwners(item);
		if (owners.size() > 1) {
			lines.add(FormLayout.label("form.coOwners", String.join("、",
					owners.subList(1, owners.size()).stream().map(u -> FormLayout.text(u.getName())).toList())));
		}
		return String.join("\n", lines);
	}

	static String deadline(WorkItem item) {
		Schedule s = PlanStructure.effectiveSchedule(item);
		return s == null ? "" : FormLayout.text(s.text());
	}

	static String kpiText(Kpi k) {
		StringBuilder b = new StringBuilder(FormLayout.label("form.kpi", FormLayout.text(k.getName())));
		List<String> facts = new ArrayList<>();
		if (k.getUnit() != null && !k.getUnit().isBlank()) {
			facts.add(FormLayout.label("form.kpiUnit", FormLayout.text(k.getUnit())));
		}
		if (k.getTarget() != null) {
			facts.add(FormLayout.label("form.kpiTarget", FormLayout.number(k.getTarget())));
		}
		if (k.getDirection() != null) {
			facts.add(pdca.model.logic.Terms.direction(java.util.Locale.TAIWAN, k.getDirection()));
		}
		if (!facts.isEmpty()) {
			b.append(FormLayout.label("form.kpiFacts", String.join(FormLayout.label("form.factSeparator"), facts)));
		}
		return b.toString();
	}

	/** The name of a unit on a form; the label for items without owner when null. */
	static String unitName(Unit u) {
		if (u == null) {
			return FormLayout.label("form.noUnit");
		}
		String n = FormLayout.text(u.getName());
		return n.isEmpty() ? FormLayout.label("form.unnamedUnit") : n;
	}
}
