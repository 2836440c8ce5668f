package pdca.forms;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import pdca.edit.CheckInCommands;
import pdca.model.ActionStatus;
import pdca.model.Kpi;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.Figures;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;
import pdca.model.logic.Values;
import pdca.model.schedule.RocDate;

/**
 * Forms back: what a set of returned forms would change in a plan, file by file and row by row, and what needs a
 * decision first. Returns may come in any order and several at once; each row is matched by the element id its form
 * carries, never by its number or text.
 *
 * <p>A value counts as entered by the unit when it differs from the value the form was made with (each form carries
 * a fingerprint of those). When the plan holds another value now than the form was made with, someone entered it in
 * the workbench meanwhile: the row is a conflict, not overwritten. A row with any problem is left out of
 * {@link #command(EditingDomain)}; so is every row of a file that cannot be read or belongs to another plan, quarter
 * or unit. The command applies the rest as one undoable compound command, by the rules of the editor's check-in page:
 * a new report carries the status and progress of the previous quarter's over, done sets the progress to 100.
 */
public final class ReturnPreview {

	/** The kinds of problems, each needing a decision before the row (or file) can be applied. */
	public enum Kind {
		/** The file cannot be read: damaged, encrypted, too large, not a spreadsheet, not a form, another encoding. */
		UNREADABLE,
		/** A form of another plan. */
		WRONG_PLAN,
		/** A form of another quarter. */
		WRONG_QUARTER,
		/** A form of a unit the plan does not have (any more). */
		UNKNOWN_UNIT,
		/** A row whose item or KPI the plan does not have (any more), or a row the unit added. */
		UNKNOWN_ROW,
		/** A row whose item was renumbered, moved or rewritten in the plan since the form was made. */
		MOVED_ROW,
		/** A row of an item that another unit reports now. */
		OTHER_UNIT,
		/** A value out of range or not a value: progress outside 0–100, not a number, not a date. */
		BAD_VALUE,
		/** A status that is not one of the list. */
		BAD_STATUS,
		/** A cell the unit must not change was changed (e.g. the item's text). */
		PROTECTED_CHANGED,
		/** The same row in two returns (or twice in one). */
		DUPLICATE,
		/** The workbench holds another value now than the form was made with, and the return would overwrite it. */
		CONFLICT,
		/** The form was made by a newer version of the workbench. */
		NEWER_FORM
	}

	/** A problem: in a file (row 0) or in a row (its number in the sheet, from 1). */
	public record Problem(Kind kind, int row, String message) {
	}

	/** One value a row changes: before (the plan now) and after, both in the user's words. */
	public record Change(FormField field, String before, String after) {
	}

	/** A row of a return: the item (and KPI, for a KPI row) it is about, its changes and its problems. */
	public record RowResult(int row, WorkItem item, Kpi kpi, List<Change> changes, List<Problem> problems) {
		/** Whether the row can be applied as it is. */
		public boolean clean() {
			return problems.isEmpty();
		}
	}

	/** A returned file: its unit (as the form names it), its rows with changes or problems, and its own problems. */
	public record FileResult(Path file, String unitName, List<RowResult> rows, List<Problem> problems) {
		/** Whether the whole file can be taken (its rows may still have problems). */
		public boolean readable() {
			return problems.isEmpty();
		}
	}

	/** The values of a row to apply, parsed. */
	private record Pending(RowResult result, Map<FormField, Object> values, String reporter) {
	}

	private final Plan plan;
	private final Quarter quarter;
	private final List<FileResult> files = new ArrayList<>();
	private final List<Pending> pending = new ArrayList<>();

	private ReturnPreview(Plan plan, Quarter quarter) {
		this.plan = plan;
		this.quarter = quarter;
	}

	/** Reads {@code returns} and compares them with {@code plan} for {@code quarter}. Changes nothing. */
	public static ReturnPreview of(Plan plan, Quarter quarter, List<Path> returns) {
		ReturnPreview p = new ReturnPreview(plan, quarter);
		Index index = new Index(plan);
		for (Path file : returns) {
			p.compare(file, index);
		}
		p.markDuplicates();
		return p;
	}

	public Plan plan() {
		return plan;
	}

	public Quarter quarter() {
		return quarter;
	}

	public List<FileResult> files() {
		return Collections.unmodifiableList(files);
	}

	/** Whether any file or row has a problem. */
	public boolean needsDecision() {
		return files.stream().anyMatch(f -> !f.problems().isEmpty() || f.rows().stream().anyMatch(r -> !r.clean()));
	}

	/** The rows {@link #command} would apply. */
	public List<RowResult> cleanRows() {
		return pending.stream().map(Pending::result).filter(RowResult::clean).toList();
	}

	/** The number of problems in all files and rows. */
	public int problemCount() {
		int n = 0;
		for (FileResult f : files) {
			n += f.problems().size();
			for (RowResult r : f.rows()) {
				n += r.problems().size();
			}
		}
		return n;
	}

	// --- reading and comparing ---

	/** The plan's elements by id. */
	private static final class Index {
		final Map<String, WorkItem> tracked = new HashMap<>();
		final Map<String, WorkItem> items = new HashMap<>();
		final Map<String, Kpi> kpis = new HashMap<>();
		final Map<String, Unit> units = new HashMap<>();

		Index(Plan plan) {
			for (WorkItem w : PlanStructure.trackedItems(plan)) {
				tracked.put(w.getId(), w);
			}
			plan.eAllContents().forEachRemaining(e -> {
				if (e instanceof WorkItem w) {
					items.put(w.getId(), w);
				} else if (e instanceof Kpi k) {
					kpis.put(k.getId(), k);
				} else if (e instanceof Unit u) {
					units.put(u.getId(), u);
				}
			});
		}
	}

	private void compare(Path file, Index index) {
		String name = String.valueOf(file.getFileName());
		ReturnReader.Sheet sheet;
		try {
			sheet = ReturnReader.read(file);
		} catch (FormException e) {
			files.add(new FileResult(file, "", List.of(), List.of(new Problem(Kind.UNREADABLE, 0, e.getMessage()))));
			return;
		}
		Map<String, String> meta = new HashMap<>();
		int header = -1;
		for (Map.Entry<Integer, List<ReturnReader.Cell>> e : sheet.rows().entrySet()) {
			String key = sheet.text(e.getKey(), FormLayout.KEY).strip();
			if (key.equals(FormLayout.KEY_HEADER)) {
				header = e.getKey();
				break;
			}
			meta.putIfAbsent(key, sheet.text(e.getKey(), FormLayout.LOCK).strip());
		}
		List<Problem> fileProblems = new ArrayList<>();
		String unitId = meta.getOrDefault(FormLayout.KEY_UNIT, "");
		Unit unit = unitId.isEmpty() ? null : index.units.get(unitId);
		String unitName = unitId.isEmpty() ? FormRows.unitName(null)
				: unit != null ? FormRows.unitName(unit) : afterColon(sheet.text(rowOf(sheet, FormLayout.KEY_UNIT), FormLayout.NUMBER));
		String version = meta.getOrDefault(FormLayout.MARKER, "");
		if (!version.equals(FormLayout.VERSION)) {
			fileProblems.add(new Problem(Kind.NEWER_FORM, 0, FormsMessages.format("problem.version", name, version)));
		} else if (!Objects.equals(meta.get(FormLayout.KEY_PLAN), plan.getId()) || header < 0) {
			fileProblems.add(new Problem(Kind.WRONG_PLAN, 0, FormsMessages.format("problem.wrongPlan", name,
					afterColon(sheet.text(rowOf(sheet, FormLayout.KEY_PLAN), FormLayout.NUMBER)), nz(plan.getTitle()))));
		} else {
			String q = meta.getOrDefault(FormLayout.KEY_QUARTER, "");
			String expected = quarter.rocYear() + "-" + quarter.quarter();
			if (!q.equals(expected)) {
				fileProblems.add(new Problem(Kind.WRONG_QUARTER, 0,
						FormsMessages.format("problem.wrongQuarter", name, quarterWords(q), Terms.quarter(quarter))));
			}
			if (!unitId.isEmpty() && unit == null) {
				fileProblems.add(new Problem(Kind.UNKNOWN_UNIT, 0, FormsMessages.format("problem.unknownUnit", name, unitName)));
			}
		}
		if (!fileProblems.isEmpty()) {
			files.add(new FileResult(file, unitName, List.of(), fileProblems));
			return;
		}
		List<RowResult> rows = new ArrayList<>();
		for (Map.Entry<Integer, List<ReturnReader.Cell>> e : sheet.rows().tailMap(header, false).entrySet()) {
			int r = e.getKey();
			String key = sheet.text(r, FormLayout.KEY).strip();
			RowResult result;
			if (key.equals(FormLayout.KEY_KPI_HEADER)) {
				continue;
			} else if (key.startsWith(FormLayout.ITEM) && index.tracked.containsKey(key.substring(FormLayout.ITEM.length()))) {
				result = itemRow(sheet, r, index.tracked.get(key.substring(FormLayout.ITEM.length())), unit, name);
			} else if (key.startsWith(FormLayout.KPI) && index.kpis.containsKey(key.substring(FormLayout.KPI.length()))) {
				result = kpiRow(sheet, r, index.kpis.get(key.substring(FormLayout.KPI.length())), unit, name);
			} else if (key.isEmpty() && !hasContent(sheet, r)) {
				continue;
			} else {
				String text = FormLayout.text(sheet.text(r, FormLayout.TEXT));
				String message = key.isEmpty() ? FormsMessages.format("problem.addedRow", name, r + 1, shorten(text))
						: key.startsWith(FormLayout.ITEM) && index.items.containsKey(key.substring(FormLayout.ITEM.length()))
								? FormsMessages.format("problem.notTracked", name, r + 1, shorten(text))
								: FormsMessages.format("problem.unknownRow", name, r + 1, shorten(text));
				result = new RowResult(r + 1, null, null, List.of(), List.of(new Problem(Kind.UNKNOWN_ROW, r + 1, message)));
			}
			if (!result.changes().isEmpty() || !result.problems().isEmpty()) {
				rows.add(result);
			}
		}
		files.add(new FileResult(file, unitName, rows, List.of()));
	}

	private static int rowOf(ReturnReader.Sheet sheet, String key) {
		for (Map.Entry<Integer, List<ReturnReader.Cell>> e : sheet.rows().entrySet()) {
			if (sheet.text(e.getKey(), FormLayout.KEY).strip().equals(key)) {
				return e.getKey();
			}
		}
		return -1;
	}

	/** "計畫：ABC" → "ABC": the name a form shows for its plan or unit. */
	private static String afterColon(String shown) {
		String t = FormLayout.text(shown);
		int colon = t.indexOf('：');
		return colon < 0 ? t : t.substring(colon + 1).strip();
	}

	private static String quarterWords(String q) {
		Matcher m = Pattern.compile("(\\d{1,3})-([1-4])").matcher(q);
		return m.matches() ? Terms.quarter(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : q;
	}

	private static boolean hasContent(ReturnReader.Sheet sheet, int r) {
		for (int c = FormLayout.NUMBER; c < FormLayout.COLUMNS; c++) {
			if (!sheet.cell(r, c).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static String shorten(String text) {
		String t = text.replaceAll("\\s+", " ").strip();
		return t.codePointCount(0, t.length()) <= 30 ? t : t.substring(0, t.offsetByCodePoints(0, 29)) + "…";
	}

	/** The locked cells of a row as returned, in canonical form. */
	private static List<String> lockedOf(ReturnReader.Sheet sheet, int r) {
		List<String> list = new ArrayList<>();
		for (int c : FormLayout.LOCKED) {
			ReturnReader.Cell cell = sheet.cell(r, c);
			if (cell.number() != null) {
				list.add(FormLayout.number(cell.number()));
			} else if (c == FormLayout.PREVIOUS_PROGRESS) {
				list.add(canonicalNumberText(cell.text()));
			} else {
				list.add(FormLayout.text(cell.text()));
			}
		}
		return list;
	}

	private static String canonicalNumberText(String text) {
		String t = FormLayout.text(text);
		if (t.isEmpty()) {
			return t;
		}
		try {
			return FormLayout.number(Values.number(t));
		} catch (NumberFormatException e) {
			return t;
		}
	}

	/** The fingerprints of column C by tag. */
	private static Map<String, String> bases(ReturnReader.Sheet sheet, int r) {
		Map<String, String> map = new HashMap<>();
		for (String part : sheet.text(r, FormLayout.BASE).split(";")) {
			int eq = part.indexOf('=');
			if (eq > 0) {
				map.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
			}
		}
		return map;
	}

	/** Checks common to item and KPI rows: locked cells changed, moved, another unit's. */
	private void rowChecks(ReturnReader.Sheet sheet, int r, FormRows.Row now, WorkItem owner, Unit unit, String name,
			List<Problem> problems) {
		List<String> returned = lockedOf(sheet, r);
		String stored = sheet.text(r, FormLayout.LOCK).strip();
		if (!FormLayout.lockFingerprint(returned).equals(stored)) {
			List<String> columns = new ArrayList<>();
			for (int i = 0; i < FormLayout.LOCKED.length; i++) {
				if (!returned.get(i).equals(now.locked().get(i))) {
					columns.add(FormLayout.columnName(FormLayout.LOCKED[i]) + " " + FormLayout.header(FormLayout.LOCKED[i]));
				}
			}
			problems.add(new Problem(Kind.PROTECTED_CHANGED, r + 1, FormsMessages.format("problem.protected", name, r + 1,
					columns.isEmpty() ? FormsMessages.get("problem.someLockedCell") : String.join(FormsMessages.get("list.separator"), columns))));
		} else if (!returned.get(0).equals(now.locked().get(0)) || !returned.get(2).equals(now.locked().get(2))) {
			problems.add(new Problem(Kind.MOVED_ROW, r + 1, FormsMessages.format("problem.moved", name, r + 1, returned.get(0),
					shorten(returned.get(2)), now.locked().get(0), shorten(now.locked().get(2)))));
		}
		Unit reporter = owner == null ? null : FormRows.unitOf(owner);
		if (!Objects.equals(reporter, unit)) {
			problems.add(new Problem(Kind.OTHER_UNIT, r + 1,
					FormsMessages.format("problem.otherUnit", name, r + 1, FormRows.unitName(reporter), FormRows.unitName(unit))));
		}
	}

	private RowResult itemRow(ReturnReader.Sheet sheet, int r, WorkItem item, Unit unit, String name) {
		FormRows.Row now = FormRows.itemRow(plan, item, quarter);
		List<Problem> problems = new ArrayList<>();
		rowChecks(sheet, r, now, item, unit, name, problems);
		Map<FormField, Object> parsed = new EnumMap<>(FormField.class);
		Map<FormField, String> canonical = new EnumMap<>(FormField.class);
		// status
		String statusText = FormLayout.text(sheet.text(r, FormLayout.STATUS));
		if (!statusText.isEmpty()) {
			ActionStatus s = statusNamed(statusText);
			if (s == null) {
				problems.add(new Problem(Kind.BAD_STATUS, r + 1, FormsMessages.format("problem.status", name, r + 1, statusText,
						String.join(FormsMessages.get("list.separator"), OdsFormWriter.statusWords()))));
			} else {
				parsed.put(FormField.STATUS, s);
				canonical.put(FormField.STATUS, FormLayout.status(s));
			}
		}
		// progress
		ReturnReader.Cell pc = sheet.cell(r, FormLayout.PROGRESS);
		if (!pc.isEmpty()) {
			Integer p = progress(pc);
			if (p == null) {
				problems.add(new Problem(Kind.BAD_VALUE, r + 1,
						FormsMessages.format("problem.progress", name, r + 1, FormLayout.text(shown(pc)))));
			} else {
				parsed.put(FormField.PROGRESS, p);
				canonical.put(FormField.PROGRESS, FormLayout.progress(p));
			}
		}
		if (parsed.get(FormField.STATUS) == ActionStatus.DONE && parsed.containsKey(FormField.PROGRESS)
				&& (Integer) parsed.get(FormField.PROGRESS) != 100) {
			problems.add(new Problem(Kind.BAD_VALUE, r + 1,
					FormsMessages.format("problem.doneNotFull", name, r + 1, parsed.get(FormField.PROGRESS))));
		}
		// texts: an emptied cell clears the value
		String narrative = FormLayout.text(Values.withoutControlCharacters(sheet.text(r, FormLayout.NARRATIVE), true));
		parsed.put(FormField.NARRATIVE, narrative);
		canonical.put(FormField.NARRATIVE, narrative);
		String evidence = evidenceText(sheet.text(r, FormLayout.EVIDENCE));
		parsed.put(FormField.EVIDENCE, evidence);
		canonical.put(FormField.EVIDENCE, evidence);
		String by = FormLayout.text(Values.withoutControlCharacters(sheet.text(r, FormLayout.REPORTED_BY), false));
		parsed.put(FormField.REPORTED_BY, by);
		canonical.put(FormField.REPORTED_BY, by);
		// date
		ReturnReader.Cell dc = sheet.cell(r, FormLayout.REPORTED_ON);
		if (!dc.isEmpty()) {
			LocalDate d = date(dc);
			if (d == null) {
				problems.add(new Problem(Kind.BAD_VALUE, r + 1, FormsMessages.format("problem.date", name, r + 1, FormLayout.text(shown(dc)))));
			} else {
				parsed.put(FormField.REPORTED_ON, d);
				canonical.put(FormField.REPORTED_ON, FormLayout.date(d));
			}
		}
		return changes(sheet, r, now, parsed, canonical, problems, name, item, null);
	}

	private RowResult kpiRow(ReturnReader.Sheet sheet, int r, Kpi kpi, Unit unit, String name) {
		FormRows.Row now = FormRows.kpiRow(kpi, quarter);
		List<Problem> problems = new ArrayList<>();
		rowChecks(sheet, r, now, FormRows.holder(kpi), unit, name, problems);
		Map<FormField, Object> parsed = new EnumMap<>(FormField.class);
		Map<FormField, String> canonical = new EnumMap<>(FormField.class);
		ReturnReader.Cell vc = sheet.cell(r, FormLayout.KPI_VALUE);
		if (!vc.isEmpty()) {
			Double v = vc.number();
			if (v == null) {
				try {
					v = Values.number(vc.text());
				} catch (NumberFormatException e) {
					problems.add(new Problem(Kind.BAD_VALUE, r + 1,
							FormsMessages.format("problem.number", name, r + 1, FormLayout.text(vc.text()), nz(kpi.getName()))));
				}
			} else if (vc.percent()) {
				v = v * 100;
			}
			if (v != null) {
				parsed.put(FormField.KPI_VALUE, v);
				canonical.put(FormField.KPI_VALUE, FormLayout.number(v));
			}
		}
		return changes(sheet, r, now, parsed, canonical, problems, name, FormRows.holder(kpi), kpi);
	}

	/** The three-way comparison of each value: as the form was made, as returned, as the plan holds it now. */
	private RowResult changes(ReturnReader.Sheet sheet, int r, FormRows.Row now, Map<FormField, Object> parsed,
			Map<FormField, String> canonical, List<Problem> problems, String name, WorkItem item, Kpi kpi) {
		Map<String, String> bases = bases(sheet, r);
		List<Change> changes = new ArrayList<>();
		Map<FormField, Object> apply = new EnumMap<>(FormField.class);
		for (Map.Entry<FormField, String> e : canonical.entrySet()) {
			FormField f = e.getKey();
			String returned = e.getValue();
			String current = now.values().get(f);
			String base = bases.getOrDefault(f.tag, FormLayout.fingerprint(current));
			if (FormLayout.fingerprint(returned).equals(base) || returned.equals(current)) {
				continue;
			}
			if (!FormLayout.fingerprint(current).equals(base)) {
				problems.add(new Problem(Kind.CONFLICT, r + 1, FormsMessages.format("problem.conflict", name, r + 1, f.label(),
						words(f, current), words(f, returned))));
				continue;
			}
			changes.add(new Change(f, words(f, current), words(f, returned)));
			apply.put(f, parsed.get(f));
		}
		RowResult result = new RowResult(r + 1, item, kpi, List.copyOf(changes), problems);
		if (!apply.isEmpty() || !problems.isEmpty()) {
			pending.add(new Pending(result, apply, parsed.get(FormField.REPORTED_BY) instanceof String by ? by : null));
		}
		keys.computeIfAbsent(now.key(), k -> new ArrayList<>()).add(new Place(name, result));
		return result;
	}

	/** Where each row was returned, for finding duplicates. */
	private record Place(String file, RowResult row) {
	}

	private final Map<String, List<Place>> keys = new LinkedHashMap<>();

	private void markDuplicates() {
		for (List<Place> places : keys.values()) {
			List<Place> active = places.stream().filter(p -> !p.row().changes().isEmpty()
					|| p.row().problems().stream().anyMatch(x -> x.kind() == Kind.CONFLICT)).toList();
			if (active.size() < 2) {
				continue;
			}
			for (Place p : active) {
				List<String> others = new ArrayList<>();
				for (Place o : active) {
					if (o != p) {
						others.add(FormsMessages.format("problem.place", o.file(), o.row().row()));
					}
				}
				p.row().problems().add(new Problem(Kind.DUPLICATE, p.row().row(), FormsMessages.format("problem.duplicate", p.file(),
						p.row().row(), String.join(FormsMessages.get("list.separator"), others))));
			}
		}
	}

	// --- values ---

	/** A status by its word in Traditional Chinese or English, or its name. */
	static ActionStatus statusNamed(String text) {
		String t = text.strip();
		for (ActionStatus s : ActionStatus.VALUES) {
			if (t.equals(Terms.status(Locale.TAIWAN, s)) || t.equalsIgnoreCase(Terms.status(Locale.ENGLISH, s))
					|| t.equalsIgnoreCase(s.getName())) {
				return s;
			}
		}
		return null;
	}

	private static Integer progress(ReturnReader.Cell c) {
		double v;
		if (c.number() != null) {
			v = c.percent() ? c.number() * 100 : c.number();
		} else {
			try {
				v = Values.number(c.text());
			} catch (NumberFormatException e) {
				return null;
			}
		}
		long rounded = Math.round(v);
		if (Math.abs(v - rounded) > 1e-9 || rounded < 0 || rounded > 100) {
			return null;
		}
		return (int) rounded;
	}

	private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

	/** A date as a date cell, an ROC date (106/9/30, 106年9月30日) or a Gregorian one (2017-09-30). */
	private static LocalDate date(ReturnReader.Cell c) {
		LocalDate d = c.date();
		if (d == null) {
			String t = FormLayout.text(c.text());
			Matcher g = GREGORIAN.matcher(t);
			try {
				d = g.matches() ? LocalDate.of(Integer.parseInt(g.group(1)), Integer.parseInt(g.group(2)), Integer.parseInt(g.group(3)))
						: RocDate.parse(t);
			} catch (java.time.DateTimeException | NumberFormatException e) {
				return null;
			}
		} else if (d.getYear() < 1912 && d.getYear() > 0) {
			d = d.plusYears(RocDate.YEAR_OFFSET); // 106/9/30 typed into a date cell: a spreadsheet reads year 106
		}
		return Values.isRocDate(d) ? d : null;
	}

	private static String shown(ReturnReader.Cell c) {
		return c.number() != null && c.text().isBlank() ? Figures.exact(c.number()) : c.text();
	}

	/** Evidence entries one per line, as {@link FormLayout#evidence} writes them. */
	private static String evidenceText(String text) {
		List<String> entries = new ArrayList<>();
		for (String part : Values.withoutControlCharacters(text, true).split("[；;\n]")) {
			String p = FormLayout.text(part);
			if (!p.isEmpty()) {
				entries.add(p);
			}
		}
		return String.join("\n", entries);
	}

	/** A canonical value in the user's words. */
	private static String words(FormField f, String canonical) {
		if (canonical.isEmpty()) {
			return Figures.NONE;
		}
		return switch (f) {
			case STATUS -> Terms.status(ActionStatus.get(canonical));
			case REPORTED_ON -> Terms.date(LocalDate.parse(canonical));
			case EVIDENCE -> canonical.replace("\n", FormsMessages.get("list.separator"));
			default -> canonical;
		};
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	// --- applying ---

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	/**
	 * The command that applies every clean row, as one compound command to execute on {@code domain}'s command
	 * stack (and undo there); null when there is nothing to apply. Each value goes through the editor's
	 * {@link CheckInCommands}, so a value returned on a form means what the same value typed on the check-in page
	 * means.
	 */
	public Command command(EditingDomain domain) {
		List<Pending> rows = pending.stream().filter(p -> p.result().clean() && !p.values().isEmpty()).toList();
		return rows.isEmpty() ? null : new Apply(domain, rows);
	}

	/**
	 * The clean rows applied one value after the other: each value's command is made when the one before has run
	 * (a row's first value may create the quarter's report the next ones set), and kept for undo and redo.
	 */
	private final class Apply extends CompoundCommand {
		private final EditingDomain domain;
		private final List<Pending> rows;

		Apply(EditingDomain domain, List<Pending> rows) {
			super(FormsMessages.get("command.label"));
			this.domain = domain;
			this.rows = rows;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			CheckInCommands checkIns = new CheckInCommands(plan, domain);
			for (Pending p : rows) {
				Map<FormField, Object> values = p.values();
				if (p.result().kpi() != null) {
					run(checkIns.setKpiActual(p.result().kpi(), quarter, (Double) values.get(FormField.KPI_VALUE)));
					continue;
				}
				WorkItem item = p.result().item();
				String reporter = p.reporter();
				if (values.get(FormField.STATUS) instanceof ActionStatus s) {
					run(checkIns.setStatus(item, quarter, s, reporter));
				}
				if (values.get(FormField.PROGRESS) instanceof Integer progress) {
					run(checkIns.setReport(item, quarter, P.getProgressReport_Progress(), progress, reporter));
				}
				if (values.get(FormField.NARRATIVE) instanceof String n) {
					run(checkIns.setReport(item, quarter, P.getProgressReport_Narrative(), n.isEmpty() ? null : n, reporter));
				}
				if (values.get(FormField.EVIDENCE) instanceof String e) {
					run(checkIns.setEvidence(item, quarter, e, reporter));
				}
				if (values.get(FormField.REPORTED_BY) instanceof String b) {
					run(checkIns.setReport(item, quarter, P.getProgressReport_ReportedBy(), b.isEmpty() ? null : b, reporter));
				}
				if (values.get(FormField.REPORTED_ON) instanceof LocalDate d) {
					run(checkIns.setReport(item, quarter, P.getProgressReport_ReportedOn(), d, reporter));
				}
			}
		}

		private void run(Command command) {
			if (command != null && !appendAndExecute(command)) {
				super.undo(); // nothing half-applied
				commandList.clear();
				throw new IllegalStateException(FormsMessages.format("command.failed", command.getLabel()));
			}
		}
	}
}
