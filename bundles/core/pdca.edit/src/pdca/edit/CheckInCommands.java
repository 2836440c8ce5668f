package pdca.edit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import pdca.model.ActionStatus;
import pdca.model.Evidence;
import pdca.model.Kpi;
import pdca.model.Measurement;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.WorkItem;
import pdca.model.io.PlanFiles;
import pdca.model.logic.CheckIns;
import pdca.model.logic.Quarter;
import pdca.model.schedule.RocDate;

/**
 * Check-ins of one quarter as editor commands (the lookups are the tracker's {@link CheckIns}): a
 * value entered for an item without a report for the quarter creates the report (status carried over from the previous quarter, reported today by
 * the reporter named in the page); later values change that report.
 */
public final class CheckInCommands {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	/** A value the user entered that cannot be taken; the message says what to write instead. */
	public static final class BadValue extends Exception {
		private static final long serialVersionUID = 1L;

		public BadValue(String message) {
			super(message);
		}
	}

	private final Plan plan;
	private final EditingDomain domain;

	public CheckInCommands(Plan plan, EditingDomain domain) {
		this.plan = plan;
		this.domain = domain;
	}

	/** The report of {@code item} for exactly {@code quarter}, or null. */
	public ProgressReport report(WorkItem item, Quarter quarter) {
		return CheckIns.report(plan, item, quarter).orElse(null);
	}

	/** The latest report of {@code item} before {@code quarter}, or null. */
	public ProgressReport previous(WorkItem item, Quarter quarter) {
		return CheckIns.previousReport(plan, item, quarter).orElse(null);
	}

	/** The measurement of {@code kpi} for exactly {@code quarter}, or null. */
	public static Measurement measurement(Kpi kpi, Quarter quarter) {
		return CheckIns.measurement(kpi, quarter).orElse(null);
	}

	/** The command that sets one feature of the item's report for the quarter, creating the report if needed. */
	public Command setReport(WorkItem item, Quarter quarter, EStructuralFeature feature, Object value, String reporter) {
		ProgressReport report = report(item, quarter);
		if (report != null) {
			Object old = report.eGet(feature);
			if (old == null ? value == null : old.equals(value)) {
				return null;
			}
			List<Command> commands = new ArrayList<>();
			commands.add(SetCommand.create(domain, report, feature, value));
			if (report.getReportedBy() == null && reporter != null && !reporter.isBlank() && feature != P.getProgressReport_ReportedBy()) {
				commands.add(SetCommand.create(domain, report, P.getProgressReport_ReportedBy(), reporter.strip()));
			}
			if (report.getReportedOn() == null && feature != P.getProgressReport_ReportedOn()) {
				commands.add(SetCommand.create(domain, report, P.getProgressReport_ReportedOn(), LocalDate.now()));
			}
			return compound(commands);
		}
		ProgressReport created = PdcaFactory.eINSTANCE.createProgressReport();
		created.setAction(item);
		created.setRocYear(quarter.rocYear());
		created.setQuarter(quarter.quarter());
		ProgressReport before = previous(item, quarter);
		if (before != null && before.getStatus() != ActionStatus.CANCELLED) {
			created.setStatus(before.getStatus());
			created.setProgress(before.getProgress());
		} else {
			created.setStatus(ActionStatus.NOT_STARTED);
		}
		if (reporter != null && !reporter.isBlank()) {
			created.setReportedBy(reporter.strip());
		}
		created.setReportedOn(LocalDate.now());
		created.eSet(feature, value);
		if (feature == P.getProgressReport_Status() && value == ActionStatus.DONE) {
			created.setProgress(100);
		}
		PlanFiles.ensureIds(created);
		return AddCommand.create(domain, plan, P.getPlan_ProgressReports(), created);
	}

	/** Sets the status; done also sets the progress to 100 %. */
	public Command setStatus(WorkItem item, Quarter quarter, ActionStatus status, String reporter) {
		Command command = setReport(item, quarter, P.getProgressReport_Status(), status, reporter);
		ProgressReport report = report(item, quarter);
		if (command != null && report != null && status == ActionStatus.DONE && report.getProgress() != 100) {
			return compound(List.of(command, SetCommand.create(domain, report, P.getProgressReport_Progress(), 100)));
		}
		return command;
	}

	public static int parseProgress(String text) throws BadValue {
		String t = text.strip().replace("%", "").replace("％", "");
		try {
			int value = Integer.parseInt(t);
			if (value >= 0 && value <= 100) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new BadValue(EditMessages.format("checkIn.badProgress", text));
	}

	public static LocalDate parseDate(String text) throws BadValue {
		String t = text.strip();
		if (t.isEmpty()) {
			return null;
		}
		LocalDate date;
		try {
			date = RocDate.parse(t);
		} catch (DateTimeParseException e) {
			try {
				date = LocalDate.parse(t);
			} catch (DateTimeParseException e2) {
				throw new BadValue(EditMessages.format("checkIn.badDate", text));
			}
		}
		if (!pdca.model.logic.Values.isRocDate(date)) {
			throw new BadValue(EditMessages.format("date.beforeRoc", text));
		}
		return date;
	}

	/** "名稱=92；名稱=8" for the item's KPIs this quarter; just the number when there is one KPI. */
	public static String kpiActuals(WorkItem item, Quarter quarter) {
		if (item.getKpis().size() == 1) {
			Measurement m = measurement(item.getKpis().get(0), quarter);
			return m == null ? "" : number(m.getValue());
		}
		return item.getKpis().stream().map(k -> {
			Measurement m = measurement(k, quarter);
			return m == null ? null : k.getName() + "=" + number(m.getValue());
		}).filter(s -> s != null).collect(Collectors.joining("；"));
	}

	/** Commands that record KPI actual values written as {@link #kpiActuals}. */
	public List<Command> setKpiActuals(WorkItem item, Quarter quarter, String text) throws BadValue {
		Map<Kpi, Double> values = new LinkedHashMap<>();
		String t = text.strip();
		if (t.isEmpty()) {
			return List.of();
		}
		if (item.getKpis().size() == 1 && !t.contains("=")) {
			values.put(item.getKpis().get(0), parseNumber(t, text));
		} else {
			for (String part : t.split("[；;]")) {
				if (part.isBlank()) {
					continue;
				}
				String[] nv = part.split("[=＝]", 2);
				Kpi kpi = nv.length < 2 ? null : item.getKpis().stream().filter(k -> k.getName() != null && k.getName().strip().equals(nv[0].strip()))
						.findFirst().orElse(null);
				if (kpi == null) {
					throw new BadValue(EditMessages.format("checkIn.badKpi", text));
				}
				values.put(kpi, parseNumber(nv[1], text));
			}
		}
		List<Command> commands = new ArrayList<>();
		for (Map.Entry<Kpi, Double> e : values.entrySet()) {
			Command c = setKpiActual(e.getKey(), quarter, e.getValue());
			if (c != null) {
				commands.add(c);
			}
		}
		return commands;
	}

	/** The command that records one KPI's actual value for the quarter; null when it holds that value already. */
	public Command setKpiActual(Kpi kpi, Quarter quarter, double value) {
		Measurement m = measurement(kpi, quarter);
		if (m == null) {
			Measurement created = PdcaFactory.eINSTANCE.createMeasurement();
			created.setRocYear(quarter.rocYear());
			created.setQuarter(quarter.quarter());
			created.setValue(value);
			return AddCommand.create(domain, kpi, P.getKpi_Measurements(), created);
		}
		return m.getValue() == value ? null : SetCommand.create(domain, m, P.getMeasurement_Value(), value);
	}

	/**
	 * The command that sets the evidence of the item's report for the quarter to the entries written in {@code text}
	 * (as {@link #evidence} writes them): an entry the report has already, named by its title or its location, is
	 * kept with its location (an attached file stays attached); a new one is added.
	 */
	public Command setEvidence(WorkItem item, Quarter quarter, String text, String reporter) {
		ProgressReport report = report(item, quarter);
		List<Evidence> result = new ArrayList<>();
		for (Evidence typed : parseEvidence(text)) {
			Evidence kept = report == null ? null : report.getEvidence().stream()
					.filter(e -> typed.getTitle().equals(e.getTitle()) || typed.getTitle().equals(e.getLocation())).findFirst().orElse(null);
			result.add(kept != null ? org.eclipse.emf.ecore.util.EcoreUtil.copy(kept) : typed);
		}
		return setReport(item, quarter, P.getProgressReport_Evidence(), result, reporter);
	}

	private static double parseNumber(String s, String whole) throws BadValue {
		try {
			return pdca.model.logic.Values.number(s);
		} catch (NumberFormatException e) {
			throw new BadValue(EditMessages.format("checkIn.badKpi", whole));
		}
	}

	/** A value as entered, for a cell where it is edited (never rounded: editing must not change it). */
	public static String number(double value) {
		return pdca.model.logic.Figures.exact(value);
	}

	/** The evidence written as a list: one entry per title or link, separated by "；". */
	public static String evidence(ProgressReport report) {
		if (report == null) {
			return "";
		}
		return report.getEvidence().stream().map(e -> e.getTitle() != null && !e.getTitle().isBlank() ? e.getTitle() : e.getLocation())
				.collect(Collectors.joining("；"));
	}

	/** Evidence entries from text as {@link #evidence} writes it; links and paths become locations. */
	public static List<Evidence> parseEvidence(String text) {
		List<Evidence> list = new ArrayList<>();
		for (String part : text.split("[；;\n]")) {
			String p = part.strip();
			if (p.isEmpty()) {
				continue;
			}
			Evidence e = PdcaFactory.eINSTANCE.createEvidence();
			e.setTitle(p);
			if (p.matches("(?i)^(https?://|file:|\\./|evidence/).*")) {
				e.setLocation(p);
			}
			list.add(e);
		}
		return list;
	}

	private static Command compound(List<Command> commands) {
		if (commands.size() == 1) {
			return commands.get(0);
		}
		org.eclipse.emf.common.command.CompoundCommand c = new org.eclipse.emf.common.command.CompoundCommand();
		commands.forEach(c::append);
		return c;
	}

	public static String statusName(ActionStatus status) {
		if (status == null) {
			return "";
		}
		return pdca.model.logic.Terms.status(status);
	}

	public static ActionStatus statusNamed(String name) {
		for (ActionStatus s : ActionStatus.VALUES) {
			if (statusName(s).equals(name) || s.getName().equalsIgnoreCase(name)) {
				return s;
			}
		}
		return null;
	}
}
