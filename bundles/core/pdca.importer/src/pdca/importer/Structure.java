package pdca.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pdca.importer.source.Block;
import pdca.importer.source.Origin;
import pdca.model.Action;
import pdca.model.Method;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.schedule.Schedule;

/**
 * The chapter of strategies, methods and actions, whatever a plan calls each level: numbered
 * paragraphs (the numbering styles take the levels in the order they first appear), and tables
 * whose header names the columns (策略, 推動作法, 具體作法, 完成期限, 主辦／協辦單位, 預期效益);
 * cells merged over several rows give their value to every item in them, or to the one item
 * they belong to.
 */
final class Structure {

	/** What a column of a plan table holds, told by its header. */
	enum Role {
		DEADLINE(0, "期限", "期程", "完成時間", "時程", "完成日期"), COOWNER(0, "協辦"),
		OWNER(0, "主辦", "承辦", "負責", "權責", "執行單位", "辦理單位", "單位"), BENEFIT(0, "效益"),
		ACTION(3, "具體作法", "具體做法", "執行方法", "具體措施", "實施方式"), CONTENT(0, "內容", "說明"),
		STRATEGY(1, "策略", "要項", "構面", "項目", "面向"), METHOD(2, "推動作法", "方法", "指標", "作法", "做法", "措施"),
		OTHER(0);

		final int level;
		final String[] words;

		Role(int level, String... words) {
			this.level = level;
			this.words = words;
		}

		static Role of(String header) {
			String h = Texts.clean(header).replace("\n", "");
			if (h.isEmpty() || h.length() > 20) {
				return OTHER;
			}
			for (Role r : values()) {
				for (String w : r.words) {
					if (h.contains(w)) {
						return r;
					}
				}
			}
			return OTHER;
		}
	}

	private final PlanImporter importer;
	private final Map<Marker.Kind, Integer> levels = new EnumMap<>(Marker.Kind.class);
	private final StringBuilder preamble = new StringBuilder();
	private Strategy strategy;
	private Method method;
	private Action action;
	private WorkItem last;
	private Role[] lastRoles;
	/**
	 * The chapter's table reached us as text (copied out of a PDF): its header is a line of column
	 * names, and a deadline written in an item's text ends the item, the expected benefit following it.
	 */
	private boolean flattened;
	private boolean benefitColumn;
	private boolean ownerColumn;
	/** The item whose deadline, owner and benefit were last read out of its text. */
	private WorkItem splitOwner;
	/** The owner unit at the start of a cell read as text: 本處管制考核科, 監理課, 各單位; before a ◎ when there is one. */
	private static final java.util.regex.Pattern UNIT_FIRST = java.util.regex.Pattern.compile(
			"([^◎。，；]{1,20}?)\\s*(?=◎)|((?:本處|本所|本站|本會|本府|本局)?[\\p{IsHan}、]{0,12}?(?:科|課|室|組|股|所|站|處|局|中心|隊|各單位))(?![\\p{IsHan}]{0,2}[，。])");

	/** A further unit after the first in an owner cell read as text: 「、資訊科」 in 「本處研究發展科、資訊科」. */
	private static final java.util.regex.Pattern UNIT_NEXT = java.util.regex.Pattern.compile(
			"、\\s*((?:本處|本所|本站|本會|本府|本局)?[\\p{IsHan}]{0,12}?(?:科|課|室|組|股|所|站|處|局|中心|隊))(?![\\p{IsHan}]{0,2}[，。])");
	/** The agency's own prefix of a unit name (本處研究發展科), which a list's later names leave out. */
	private static final java.util.regex.Pattern UNIT_PREFIX = java.util.regex.Pattern.compile("^(本處|本所|本站|本會|本府|本局)");

	/** A deadline as plans write it in their tables: 6月完成並持續辦理, 3月、6月、9月、12月完成, 107年12月. */
	private static final java.util.regex.Pattern DEADLINE_IN_TEXT = java.util.regex.Pattern.compile(
			"(?:\\d{1,2}月、){1,11}\\d{1,2}月完成|(?:\\d{2,3}年)?\\d{1,2}月(?:底)?(?:前)?完成(?:並持續辦理)?|已完成並持續辦理|每年或半年辦理（[^）]{1,20}）|\\d{2,3}年\\d{1,2}月(?![\\d日份])");

	Structure(PlanImporter importer) {
		this.importer = importer;
	}

	void read(List<Paragraphs.Item> content) {
		if (Cells.read(importer, content)) {
			return;
		}
		for (Paragraphs.Item item : content) {
			if (item.table() != null) {
				table(item.table());
			} else {
				paragraph(item);
			}
		}
		if (!preamble.isEmpty()) {
			importer.plan().setStrategyPreamble(Texts.clean(preamble.toString()));
		}
	}

	private void paragraph(Paragraphs.Item item) {
		if (isHeaderLine(item.text())) {
			importer.heading(Texts.clean(item.text()));
			return;
		}
		Marker m = item.marker();
		if (m == null || m.kind() == Marker.Kind.BULLET || m.kind() == Marker.Kind.CHAPTER) {
			if (last == null) {
				if (!preamble.isEmpty()) {
					preamble.append('\n');
				}
				preamble.append(item.text().strip());
			} else if (splitOwner != null && splitOwner.getExpectedBenefit() != null && (last == splitOwner
					|| last.eContainer() == splitOwner)) {
				// the benefit cell goes on after a page's repeated header
				splitOwner.setExpectedBenefit(Texts.join(splitOwner.getExpectedBenefit(), Texts.clean(item.text())));
			} else if (benefitColumn && splitOwner != null && m != null && m.kind() == Marker.Kind.BULLET
					&& (last == splitOwner || last.eContainer() == splitOwner)) {
				// the benefit cell (◎ …) of the row whose deadline and owner were just read, on a line of its own
				splitOwner.setExpectedBenefit(Texts.clean(m.rest()));
			} else {
				append(last, item.text());
				split(last, item.origin());
			}
			return;
		}
		int level = level(m.kind(), 0);
		splitOwner = null;
		Action before = action;
		WorkItem created = element(level, m, m.rest(), item.origin(), 0.9);
		split(created != null ? created : last, item.origin());
		if (flattened && created instanceof Method method) {
			spill(method, before, item.origin());
		}
	}

	/**
	 * In a table read as text, a method's cell is one sentence; what follows its full stop is the
	 * rest of the cell before it that a page break cut (the previous row's last action), put back
	 * there and marked for checking.
	 */
	private void spill(Method method, Action before, Origin origin) {
		String text = method.getText();
		int stop = text.indexOf('。');
		if (stop < 0 || stop == text.length() - 1) {
			return;
		}
		String rest = text.substring(stop + 1).replaceFirst("^[。\\s]+", "");
		method.setText(text.substring(0, stop + 1));
		if (rest.isEmpty()) {
			return;
		}
		if (before != null) {
			before.setText(Texts.join(before.getText(), rest));
			importer.placed(before, origin, 0.5, "continued");
		} else {
			importer.unplaced(rest, origin);
		}
		importer.placed(method, origin, 0.6, "method");
	}

	/** The roles a line of column names names (策略與方法 推動作法 完成期限 預期效益), empty when it is not one. */
	static java.util.Set<Role> columnNames(String text) {
		java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
		String s = Texts.clean(text);
		if (s.length() > 60 || Marker.of(s) != null) {
			return roles;
		}
		String[] words = text.strip().split("[\\s\\u3000]+");
		for (String word : words) {
			Role r = Role.of(word);
			if (r != Role.OTHER) {
				roles.add(r);
			}
		}
		return roles.size() >= 2 && roles.contains(Role.DEADLINE) && roles.size() * 2 >= words.length ? roles
				: java.util.EnumSet.noneOf(Role.class);
	}

	/** Whether a line is the header of a table read as text. */
	static boolean isColumnNames(String text) {
		return !columnNames(text).isEmpty();
	}

	/** A line of column names: the header of a table read as text. */
	private boolean isHeaderLine(String text) {
		java.util.Set<Role> roles = columnNames(text);
		if (!roles.isEmpty()) {
			flattened = true;
			benefitColumn = roles.contains(Role.BENEFIT);
			ownerColumn = roles.contains(Role.OWNER);
			return true;
		}
		return false;
	}

	/**
	 * In a table read as text, a deadline inside an item's text is the deadline column of its
	 * row: it goes to the item's method (the cell spans the method's rows), the text after it to the
	 * expected benefit; marked for the officer to check.
	 */
	private void split(WorkItem item, Origin origin) {
		if (!flattened || item == null || item.getText() == null) {
			return;
		}
		String text = item.getText();
		java.util.regex.Matcher d = DEADLINE_IN_TEXT.matcher(text);
		if (!d.find() || d.start() == 0) {
			return;
		}
		WorkItem owner = item instanceof Action && item.eContainer() instanceof Method method ? method : item;
		item.setText(text.substring(0, d.start()).strip());
		// each deadline starts a row of the table: deadline, then owner and benefit up to the next deadline
		List<int[]> rows = new ArrayList<>();
		do {
			rows.add(new int[] { d.start(), d.end() });
		} while (d.find());
		for (int i = 0; i < rows.size(); i++) {
			String deadline = text.substring(rows.get(i)[0], rows.get(i)[1]);
			String after = text.substring(rows.get(i)[1], i + 1 < rows.size() ? rows.get(i + 1)[0] : text.length()).strip();
			Schedule schedule = PlanImporter.schedule(deadline);
			if (schedule != null && owner.getSchedule() == null) {
				owner.setSchedule(schedule);
			} else if (owner.getSchedule() != null && owner.getSchedule().text().equals(Texts.clean(deadline))) {
				importer.heading(deadline); // the merged deadline cell written again on the next row
			} else {
				importer.unplaced(deadline, origin);
			}
			if (ownerColumn) {
				java.util.regex.Matcher u = UNIT_FIRST.matcher(after);
				if (u.lookingAt()) {
					Unit unit = importer.unit(Texts.withoutFinalStop(u.group(1) != null ? u.group(1) : u.group(2)));
					if (owner.getLeadOwner() == null) {
						owner.setLeadOwner(unit);
					} else if (owner.getLeadOwner() != unit && !owner.getCoOwners().contains(unit)) {
						owner.getCoOwners().add(unit);
					}
					after = after.substring(u.end()).strip();
					// the cell names more units: 本處研究發展科、資訊科 (the prefix said once, for all)
					java.util.regex.Matcher prefix = UNIT_PREFIX.matcher(unit.getName());
					java.util.regex.Matcher next;
					while ((next = UNIT_NEXT.matcher(after)).lookingAt()) {
						String name = Texts.withoutFinalStop(next.group(1));
						if (prefix.find(0) && !UNIT_PREFIX.matcher(name).find()) {
							name = prefix.group(1) + name;
						}
						Unit co = importer.unit(name);
						if (co != owner.getLeadOwner() && !owner.getCoOwners().contains(co)) {
							owner.getCoOwners().add(co);
						}
						after = after.substring(next.end()).strip();
					}
				}
			}
			if (after.startsWith("◎")) {
				after = after.substring(1).strip();
			}
			if (!after.isEmpty()) {
				if (benefitColumn) {
					owner.setExpectedBenefit(owner.getExpectedBenefit() == null ? after : owner.getExpectedBenefit() + "\n" + after);
				} else {
					importer.unplaced(after, origin);
				}
			}
		}
		importer.placed(owner, origin, 0.6, "deadline");
		splitOwner = owner;
	}

	/** The level of a numbering style: the one it took before, else the next free level (at least {@code floor}). */
	private int level(Marker.Kind kind, int floor) {
		Integer known = levels.get(kind);
		if (known != null && known >= floor) {
			return known;
		}
		if (known != null) {
			return floor;
		}
		int next = Math.max(floor, levels.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
		levels.put(kind, next);
		return next;
	}

	/** A new element at {@code level} (1 strategy, 2 method, 3 action, deeper: text of the action). */
	private WorkItem element(int level, Marker m, String text, Origin origin, double confidence) {
		String clean = Texts.clean(text);
		if (level >= 4) {
			if (last != null) {
				append(last, text);
				return null;
			}
			level = 3;
		}
		if (level == 1) {
			strategy = PlanImporter.newStrategy();
			strategy.setText(clean);
			strategy.setNumber(m != null && m.number() > 0 ? m.number() : importer.plan().getStrategies().size() + 1);
			importer.plan().getStrategies().add(strategy);
			method = null;
			action = null;
			last = strategy;
			importer.placed(strategy, origin, confidence, "strategy");
			return strategy;
		}
		if (strategy == null) {
			strategy = PlanImporter.newStrategy();
			strategy.setNumber(1);
			strategy.setText("");
			importer.plan().getStrategies().add(strategy);
			importer.placed(strategy, origin, 0.3, "strategy");
			importer.finding("finding.noStrategy", origin);
		}
		if (level == 2) {
			method = PlanImporter.newMethod();
			method.setText(clean);
			method.setNumber(m != null && m.number() > 0 ? m.number() : strategy.getMethods().size() + 1);
			strategy.getMethods().add(method);
			action = null;
			last = method;
			importer.placed(method, origin, confidence, "method");
			return method;
		}
		if (method == null) {
			method = PlanImporter.newMethod();
			method.setNumber(strategy.getMethods().size() + 1);
			method.setText("");
			strategy.getMethods().add(method);
			importer.placed(method, origin, 0.3, "method");
			importer.finding("finding.noMethod", origin);
		}
		action = PlanImporter.newAction();
		action.setText(clean);
		action.setNumber(m != null && m.number() > 0 ? m.number() : method.getActions().size() + 1);
		method.getActions().add(action);
		last = action;
		importer.placed(action, origin, confidence, "action");
		return action;
	}

	private static void append(WorkItem item, String text) {
		String more = Texts.clean(text);
		if (more.isEmpty()) {
			return;
		}
		if (item instanceof Method m && m.getActions().isEmpty() && (m.getDescription() != null || startsList(more))) {
			m.setDescription(m.getDescription() == null ? more : m.getDescription() + "\n" + more);
			return;
		}
		String t = item.getText() == null ? "" : item.getText();
		item.setText(t.isEmpty() ? more : startsList(more) ? t + "\n" + more : t + more);
	}

	private static boolean startsList(String text) {
		return Marker.of(text) != null;
	}

	// --- tables ---------------------------------------------------------------------------

	private void table(Block.Table table) {
		int header = -1;
		Role[] roles = null;
		for (int r = 0; r < Math.min(3, table.rows().size()) && header < 0; r++) {
			Role[] candidate = new Role[table.columns()];
			int known = 0;
			for (int c = 0; c < candidate.length; c++) {
				Block.Cell cell = table.covering(r, c);
				candidate[c] = cell == null ? Role.OTHER : Role.of(cell.text());
				if (candidate[c] != Role.OTHER) {
					known++;
				}
			}
			if (known >= 2) {
				header = r;
				roles = candidate;
			}
		}
		if (roles == null && lastRoles != null && lastRoles.length == table.columns()) {
			roles = lastRoles; // the table continues one before it (a page break, header not repeated)
		}
		if (roles == null) {
			importer.unplacedTable(table);
			return;
		}
		lastRoles = roles;
		List<Block.Cell> done = new ArrayList<>();
		int rows = table.rows().size();
		List<List<WorkItem>> created = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			created.add(new ArrayList<>());
		}
		// pass 1: the items, column by column from the left
		for (int r = header + 1; r < rows; r++) {
			List<Block.Cell> row = table.rows().get(r);
			if (isHeaderAgain(table, r, roles)) {
				continue;
			}
			for (int c = 0; c < roles.length; c++) {
				Role role = roles[c];
				Block.Cell cell = c < row.size() ? row.get(c) : null;
				if (cell == null || cell.text().isBlank()) {
					continue;
				}
				if (role.level > 0) {
					for (Segment s : segments(cell.text())) {
						int level = s.marker == null ? role.level : level(s.marker.kind(), role.level);
						WorkItem item = element(level, s.marker, s.marker == null ? s.text : s.marker.rest(), cell.origin(),
								s.marker == null ? 0.8 : 0.95);
						if (item != null) {
							created.get(r).add(item);
						}
					}
				} else if (role == Role.CONTENT) {
					if (last != null) {
						if (last instanceof Method m) {
							String more = Texts.clean(cell.text().replace("\n", "\n"));
							m.setDescription(m.getDescription() == null ? more : m.getDescription() + "\n" + more);
						} else {
							append(last, cell.text());
						}
					}
				} else if (role == Role.OTHER) {
					importer.unplaced(cell.text(), cell.origin());
				}
			}
		}
		// pass 2: deadline, owners and benefit, each cell once, to the items of the rows it covers
		for (int r = header + 1; r < rows; r++) {
			for (int c = 0; c < roles.length; c++) {
				Role role = roles[c];
				if (role != Role.DEADLINE && role != Role.OWNER && role != Role.COOWNER && role != Role.BENEFIT) {
					continue;
				}
				List<Block.Cell> row = table.rows().get(r);
				Block.Cell cell = c < row.size() ? row.get(c) : null;
				if (cell == null || cell.text().isBlank() || done.contains(cell)) {
					continue;
				}
				done.add(cell);
				List<WorkItem> targets = targets(created, r, Math.min(rows, r + cell.rowSpan()));
				if (targets.isEmpty()) {
					if (last == null) {
						importer.unplaced(cell.text(), cell.origin());
						continue;
					}
					targets = List.of(last);
				}
				for (WorkItem item : targets) {
					apply(role, item, cell);
				}
			}
		}
	}

	private static boolean isHeaderAgain(Block.Table table, int r, Role[] roles) {
		int same = 0;
		for (int c = 0; c < roles.length; c++) {
			Block.Cell cell = c < table.rows().get(r).size() ? table.rows().get(r).get(c) : null;
			if (cell != null && roles[c] != Role.OTHER && Role.of(cell.text()) == roles[c]) {
				same++;
			}
		}
		return same >= 2;
	}

	/**
	 * The items a cell covering rows [from, to) belongs to: the deepest items created in those
	 * rows; or their common parent when the cell covers exactly that parent's children.
	 */
	private static List<WorkItem> targets(List<List<WorkItem>> created, int from, int to) {
		List<WorkItem> items = new ArrayList<>();
		int deepest = 0;
		for (int r = from; r < to; r++) {
			for (WorkItem w : created.get(r)) {
				deepest = Math.max(deepest, depth(w));
			}
		}
		if (deepest == 0) {
			// rows that only continue an item created above: the last item before them
			for (int r = from - 1; r >= 0; r--) {
				if (!created.get(r).isEmpty()) {
					List<WorkItem> above = created.get(r);
					return List.of(above.get(above.size() - 1));
				}
			}
			return items;
		}
		for (int r = from; r < to; r++) {
			for (WorkItem w : created.get(r)) {
				if (depth(w) == deepest) {
					items.add(w);
				}
			}
		}
		if (items.size() > 1) {
			Set<Object> parents = new HashSet<>();
			for (WorkItem w : items) {
				parents.add(w.eContainer());
			}
			if (parents.size() == 1 && parents.iterator().next() instanceof WorkItem parent
					&& createdIn(created, from, to).contains(parent)) {
				List<?> siblings = parent instanceof Method m ? m.getActions()
						: parent instanceof Strategy s ? s.getMethods() : List.of();
				if (siblings.size() == items.size()) {
					return List.of(parent);
				}
			}
		}
		return items;
	}

	private static Set<WorkItem> createdIn(List<List<WorkItem>> created, int from, int to) {
		Set<WorkItem> s = new LinkedHashSet<>();
		for (int r = from; r < to; r++) {
			s.addAll(created.get(r));
		}
		return s;
	}

	private static int depth(WorkItem w) {
		return w instanceof Strategy ? 1 : w instanceof Method ? 2 : 3;
	}

	private void apply(Role role, WorkItem item, Block.Cell cell) {
		String text = Texts.clean(cell.text().replace('\n', ' '));
		switch (role) {
		case DEADLINE -> {
			Schedule schedule = PlanImporter.schedule(text);
			if (schedule != null) {
				item.setSchedule(schedule);
				if (!schedule.isParsed()) {
					importer.placed(item, cell.origin(), 0.5, "deadline");
				}
			}
		}
		case OWNER, COOWNER -> {
			List<String> names = unitNames(cell.text());
			for (int i = 0; i < names.size(); i++) {
				Unit unit = importer.unit(names.get(i));
				if (role == Role.OWNER && i == 0 && item.getLeadOwner() == null) {
					item.setLeadOwner(unit);
				} else if (!item.getCoOwners().contains(unit) && unit != item.getLeadOwner()) {
					item.getCoOwners().add(unit);
				}
			}
		}
		case BENEFIT -> item.setExpectedBenefit(item.getExpectedBenefit() == null ? text
				: item.getExpectedBenefit() + "\n" + text);
		default -> {
		}
		}
	}

	/** Unit names in an owner cell: separated by 、，, line breaks; 「主辦：」 labels left out. */
	static List<String> unitNames(String cell) {
		List<String> names = new ArrayList<>();
		for (String part : Texts.clean(cell).split("[、，,；;\\n/／]+")) {
			String name = part.replaceAll("^(主辦|協辦|承辦)(單位)?[：:]?", "").replaceAll("[（(]?(主辦|協辦)[）)]?$", "")
					.strip();
			name = Texts.withoutFinalStop(name);
			if (!name.isEmpty() && name.length() <= 30) {
				names.add(name);
			}
		}
		return names;
	}

	/** A piece of a cell: a numbered item with the lines that continue it. */
	private record Segment(Marker marker, String text) {
	}

	private static List<Segment> segments(String cell) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder current = null;
		Marker marker = null;
		for (String line : cell.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			Marker m = Marker.of(line);
			if (m != null && m.kind() != Marker.Kind.BULLET && m.kind() != Marker.Kind.CHAPTER || current == null) {
				if (current != null) {
					segments.add(new Segment(marker, current.toString()));
				}
				current = new StringBuilder(line.strip());
				marker = m != null && m.kind() != Marker.Kind.BULLET ? Marker.of(line) : null;
			} else {
				String joined = Texts.join(current.toString(), line);
				current.setLength(0);
				current.append(joined);
			}
		}
		if (current != null) {
			segments.add(new Segment(marker, current.toString()));
		}
		for (int i = 0; i < segments.size(); i++) {
			Segment s = segments.get(i);
			if (s.marker != null) {
				segments.set(i, new Segment(Marker.of(s.text), s.text));
			}
		}
		return segments;
	}
}
