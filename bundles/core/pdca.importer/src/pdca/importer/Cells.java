package pdca.importer;

import java.util.ArrayList;
import java.util.List;

import pdca.model.Action;
import pdca.model.Dimension;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.schedule.Schedule;

/**
 * A plan table copied out of a word processor as text, one cell a line starting with a tab
 * (項目, 指標, 內容, 具體作法, 完成期限), a merged cell written once: the header gives the columns,
 * and each cell is told by what it holds. A short name is a strategy when another name follows it,
 * else a method; the first numbered list after a method is its content (內容), the next its
 * actions; a deadline ends the row. The numbered headings before the table (1、便民標準服務) are
 * the dimensions (構面).
 */
final class Cells {

	private enum State {
		NAME, METHODS, CONTENT, ACTIONS
	}

	private final PlanImporter importer;
	private final Plan plan;
	private final List<Structure.Role> columns;
	private Dimension dimension;
	private Strategy strategy;
	private Method method;
	private Action action;
	private State state = State.NAME;
	private final StringBuilder preamble = new StringBuilder();
	/** The methods of the current row: one, or those a 指標 cell lists (1.… 2.…). */
	private final List<Method> row = new ArrayList<>();
	/** The cell that named the row's one method, to split a name written over two lines; else null. */
	private Paragraphs.Item rowName;
	/** The deadline of the last row that had one: a merged cell's value for the rows below it. */
	private Schedule lastSchedule;
	/** In the content or actions cell: the kind of its top-level numbering and the highest number yet. */
	private Marker.Kind topKind;
	private int topNumber;
	/** Whether the current row has ended with its deadline cell. */
	private boolean rowEnded;

	private Cells(PlanImporter importer, List<Structure.Role> columns) {
		this.importer = importer;
		this.plan = importer.plan();
		this.columns = columns;
	}

	/** The header's columns when the chapter holds a table of tab-led cells, else null. */
	static List<Structure.Role> header(List<Paragraphs.Item> content) {
		List<Structure.Role> roles = new ArrayList<>();
		for (Paragraphs.Item item : content) {
			if (item.tabbed() && item.table() == null) {
				Structure.Role r = Structure.Role.of(item.text());
				if (r != Structure.Role.OTHER && Texts.clean(item.text()).length() <= 8) {
					roles.add(r);
					continue;
				}
			}
			if (roles.size() >= 3 && roles.contains(Structure.Role.DEADLINE)) {
				return roles;
			}
			roles.clear();
		}
		return null;
	}

	/** Reads the chapter; returns false when it is not such a table. */
	static boolean read(PlanImporter importer, List<Paragraphs.Item> content) {
		List<Structure.Role> columns = header(content);
		if (columns == null) {
			return false;
		}
		new Cells(importer, columns).run(content);
		return true;
	}

	private void run(List<Paragraphs.Item> content) {
		Marker.Kind dimensionKind = null;
		boolean inHeader = false;
		for (int i = 0; i < content.size(); i++) {
			Paragraphs.Item item = content.get(i);
			if (item.table() != null) {
				importer.unplacedTable(item.table());
				continue;
			}
			String text = Texts.clean(item.text());
			if (text.isEmpty()) {
				continue;
			}
			if (item.tabbed() && Structure.Role.of(text) != Structure.Role.OTHER && text.length() <= 8
					&& columnsAt(content, i)) {
				importer.heading(text);
				inHeader = true;
				continue;
			}
			Marker m = item.marker();
			if (!item.tabbed() && m != null && m.kind() != Marker.Kind.ARABIC_DOT && m.kind() != Marker.Kind.PAREN_ARABIC
					&& m.kind() != Marker.Kind.CIRCLED && m.kind() != Marker.Kind.BULLET
					&& (dimensionKind == null || dimensionKind == m.kind())) {
				dimensionKind = m.kind();
				dimension(m, item);
				continue;
			}
			if (item.tabbed() || state == State.NAME && method != null && method.getSchedule() != null && name(text)
					&& Marker.of(text) == null) {
				// a cell; also a name whose tab was lost, after the deadline that ended the row before
				cell(text, content, i, item);
			} else if (dimension == null && !inHeader) {
				preamble.append(preamble.isEmpty() ? "" : "\n").append(text);
			} else {
				more(text, item);
			}
		}
		if (!preamble.isEmpty()) {
			plan.setStrategyPreamble(preamble.toString());
		}
	}

	/** Whether the item at {@code i} is among a run of column names. */
	private static boolean columnsAt(List<Paragraphs.Item> content, int i) {
		int run = 0;
		for (int j = Math.max(0, i - 5); j < Math.min(content.size(), i + 6); j++) {
			Paragraphs.Item it = content.get(j);
			boolean name = it.tabbed() && Structure.Role.of(it.text()) != Structure.Role.OTHER
					&& Texts.clean(it.text()).length() <= 8;
			run = name ? run + 1 : 0;
			if (run >= 3) {
				return true;
			}
		}
		return false;
	}

	private void dimension(Marker m, Paragraphs.Item item) {
		dimension = PdcaFactory.eINSTANCE.createDimension();
		dimension.setNumber(m.number() > 0 ? m.number() : plan.getDimensions().size() + 1);
		dimension.setText(Texts.withoutFinalStop(Texts.clean(m.rest()).replaceAll("[：:]$", "")));
		plan.getDimensions().add(dimension);
		importer.placed(dimension, item.origin(), 0.85, "dimension");
		strategy = null;
		method = null;
		action = null;
		row.clear();
		rowName = null;
		lastSchedule = null;
		state = State.NAME;
	}

	private void cell(String text, List<Paragraphs.Item> content, int i, Paragraphs.Item item) {
		int cut = state == State.ACTIONS || state == State.CONTENT ? deadlineThenName(text) : -1;
		if (cut > 0) {
			// the deadline cell and the next row's name read as one line (a PDF's cells close together)
			cell(text.substring(0, cut).strip(), content, i, item);
			cell(text.substring(cut).strip(), content, i, item);
			importer.doubt(method, 0.6, "deadline and name read from one line");
			return;
		}
		Schedule schedule = text.length() <= 30 ? PlanImporter.schedule(text) : null;
		if (schedule != null && schedule.isParsed()) {
			if (method != null && method.getSchedule() == null) {
				// a deadline cell merged over the row's methods is each one's
				for (Method m : rowMethods()) {
					if (m.getSchedule() == null) {
						m.setSchedule(schedule);
					}
				}
				lastSchedule = schedule;
			} else if (method != null && method.getSchedule().text().equals(text)) {
				importer.heading(text); // the merged deadline cell written again
			} else {
				importer.unplaced(text, item.origin());
			}
			state = State.NAME;
			rowEnded = true;
			return;
		}
		Marker m = Marker.of(text);
		boolean numbered = m != null && (m.kind() == Marker.Kind.ARABIC_DOT || m.kind() == Marker.Kind.PAREN_ARABIC
				|| m.kind() == Marker.Kind.CIRCLED || m.kind() == Marker.Kind.ARABIC_COMMA);
		if (!numbered && name(text) && method != null && (state == State.CONTENT || state == State.ACTIONS)
				&& !nextCellIsDeadline(content, i)) {
			// a name where the deadline cell should be: the row ended with its deadline cell empty
			rowWithoutDeadline();
			state = State.NAME;
		}
		if (rowEnded && state == State.NAME && method != null && !numbered && !name(text) && splitRowName(item)) {
			// content under an empty 指標 cell, after a 指標 cell of two lines: the second line's
			describe(text, "\n");
			state = State.CONTENT;
			startCell();
			return;
		}
		if (!numbered && name(text) && state == State.NAME || !numbered && name(text) && method == null) {
			if (strategy == null || nextCellIsName(content, i)) {
				strategy(text, item);
			} else {
				method(text, item);
			}
			return;
		}
		if (method == null && numbered && strategy != null) {
			// the 指標 cell lists several: 1.有價值的創意服務 2.服務措施延續性 …, each a method
			method(Texts.clean(m.rest()), item);
			rowName = null;
			state = State.METHODS;
			return;
		}
		if (method == null) {
			method("", item);
			importer.finding("finding.noMethod", item.origin());
		}
		if ((state == State.NAME || state == State.METHODS) && columns.contains(Structure.Role.CONTENT)
				&& rowMethods().get(0).getDescription() == null) {
			// the content cell, merged over the row's methods: the first one's until its numbering restarts
			method = rowMethods().get(0);
			startCell();
			count(m);
			describe(text, "\n");
			state = State.CONTENT;
		} else {
			if (state != State.ACTIONS) {
				method = rowMethods().get(0);
				startCell();
			}
			state = State.ACTIONS;
			restart(m, item);
			action(m, text, item);
		}
	}

	/**
	 * Where a name begins after a deadline at the start of {@code text} (「99/1~99/12民眾滿意度」):
	 * the longest start that is a deadline as a whole, followed by an unnumbered name; else -1.
	 */
	private static int deadlineThenName(String text) {
		if (text.length() > 46 || PlanImporter.schedule(text) != null && PlanImporter.schedule(text).isParsed()) {
			return -1;
		}
		for (int end = Math.min(30, text.length() - 2); end >= 4; end--) {
			String rest = text.substring(end).strip();
			if (!Character.isIdeographic(text.codePointAt(end)) || !name(rest) || Marker.of(rest) != null) {
				continue;
			}
			Schedule s = PlanImporter.schedule(text.substring(0, end).strip());
			if (s != null && s.isParsed()) {
				return end;
			}
		}
		return -1;
	}

	/** The methods of the current row (the current method when no row was started). */
	private List<Method> rowMethods() {
		return row.isEmpty() || !row.contains(method) ? List.of(method) : row;
	}

	private void startCell() {
		topKind = null;
		topNumber = 0;
	}

	/** Counts a numbered entry of the current cell; true when its numbering starts again at 1. */
	private boolean count(Marker m) {
		if (m == null || m.kind() != Marker.Kind.ARABIC_DOT && m.kind() != Marker.Kind.ARABIC_COMMA
				&& m.kind() != Marker.Kind.CIRCLED) {
			return false;
		}
		if (topKind == null) {
			topKind = m.kind();
		}
		if (m.kind() != topKind) {
			return false;
		}
		boolean again = m.number() == 1 && topNumber >= 1;
		topNumber = again ? 1 : Math.max(topNumber, m.number());
		return again;
	}

	/**
	 * A numbered list in a cell merged over several methods, or under a name written over two
	 * lines, that starts again at 1: the next method's part begins.
	 */
	private void restart(Marker m, Paragraphs.Item item) {
		if (!count(m)) {
			return;
		}
		List<Method> methods = rowMethods();
		int at = methods.indexOf(method);
		if (at >= 0 && at + 1 < methods.size()) {
			method = methods.get(at + 1);
			action = null;
		} else if (methods.size() == 1 && splitRowName(item)) {
			action = null;
		}
	}

	/**
	 * Splits the row's method whose name cell held two lines (「服務行為友善性與專業性」 over
	 * 「行銷有效性」) into two methods, each line a name: done when the row shows a second
	 * method's part (a numbering that restarts, content under an empty 指標 cell). The second
	 * becomes the current method; both are marked for the officer to check.
	 */
	private boolean splitRowName(Paragraphs.Item item) {
		if (rowName == null || !rowName.joined() || row.size() != 1 || method != row.get(0)) {
			return false;
		}
		String first = Texts.clean(rowName.firstLine());
		String whole = method.getText();
		if (!whole.startsWith(first) || first.length() == whole.length()) {
			return false;
		}
		String second = Texts.clean(whole.substring(first.length()));
		if (!name(first) || !name(second)) {
			return false;
		}
		Method firstMethod = method;
		firstMethod.setText(first);
		importer.doubt(firstMethod, 0.6, "name cell of two lines read as two methods");
		Schedule schedule = firstMethod.getSchedule();
		State keep = state;
		method(second, item);
		state = keep;
		method.setSchedule(schedule);
		importer.doubt(method, 0.6, "name cell of two lines read as two methods");
		row.clear();
		row.add(firstMethod);
		row.add(method);
		rowName = null;
		return true;
	}

	/** The row ended without a deadline: its methods take the one of the row above, as a merged cell gives it. */
	private void rowWithoutDeadline() {
		if (lastSchedule == null) {
			return;
		}
		for (Method m : rowMethods()) {
			if (m.getSchedule() == null) {
				m.setSchedule(lastSchedule);
				importer.doubt(m, 0.6, "deadline cell empty, the one above taken as merged");
			}
		}
	}

	private static boolean nextCellIsDeadline(List<Paragraphs.Item> content, int i) {
		for (int j = i + 1; j < content.size(); j++) {
			Paragraphs.Item next = content.get(j);
			if (next.tabbed() && !Texts.clean(next.text()).isEmpty()) {
				String t = Texts.clean(next.text());
				Schedule s = t.length() <= 30 ? PlanImporter.schedule(t) : null;
				return s != null && s.isParsed();
			}
		}
		return false;
	}

	/** A line inside the current cell: another numbered entry, or the rest of a wrapped one. */
	private void more(String text, Paragraphs.Item item) {
		Marker m = Marker.of(text);
		boolean numbered = m != null && (m.kind() == Marker.Kind.ARABIC_DOT || m.kind() == Marker.Kind.CIRCLED);
		if (state == State.CONTENT && count(m)) {
			List<Method> methods = rowMethods();
			int at = methods.indexOf(method);
			if (at >= 0 && at + 1 < methods.size()) {
				method = methods.get(at + 1);
			} else if (methods.size() == 1) {
				splitRowName(item);
			}
			describe(text, "\n");
			return;
		}
		if (state == State.ACTIONS && numbered) {
			restart(m, item);
		}
		if (state == State.METHODS && numbered) {
			method(Texts.clean(m.rest()), item);
			state = State.METHODS;
		} else if (state == State.METHODS && method != null) {
			method.setText(Texts.join(method.getText(), text));
		} else if (state == State.CONTENT && method != null) {
			describe(text, m != null ? "\n" : "");
		} else if (state == State.ACTIONS && numbered) {
			action(m, text, item);
		} else if (state == State.ACTIONS && action != null) {
			action.setText(Texts.join(action.getText(), text));
		} else if (method != null) {
			describe(text, "\n");
		} else {
			importer.unplaced(text, item.origin());
		}
	}

	private void describe(String text, String separator) {
		method.setDescription(method.getDescription() == null ? text : method.getDescription() + separator + text);
	}

	private static boolean name(String text) {
		return text.length() <= 16 && !text.matches(".*[，。：；,;].*");
	}

	private static boolean nextCellIsName(List<Paragraphs.Item> content, int i) {
		for (int j = i + 1; j < content.size(); j++) {
			Paragraphs.Item next = content.get(j);
			if (next.tabbed()) {
				String t = Texts.clean(next.text());
				Marker m = Marker.of(t);
				return m == null && name(t) && !(t.length() <= 30 && PlanImporter.schedule(t) != null
						&& PlanImporter.schedule(t).isParsed());
			}
		}
		return false;
	}

	private void strategy(String text, Paragraphs.Item item) {
		strategy = PdcaFactory.eINSTANCE.createStrategy();
		strategy.setText(text);
		if (dimension != null) {
			dimension.getStrategies().add(strategy);
			strategy.setNumber(dimension.getStrategies().size());
		} else {
			plan.getStrategies().add(strategy);
			strategy.setNumber(plan.getStrategies().size());
		}
		importer.placed(strategy, item.origin(), 0.75, "strategy");
		method = null;
		action = null;
		row.clear();
		rowName = null;
		state = State.NAME;
	}

	private void method(String text, Paragraphs.Item item) {
		if (strategy == null) {
			strategy(dimension != null ? dimension.getText() : "", item);
			importer.finding("finding.noStrategy", item.origin());
		}
		if (state != State.METHODS) {
			row.clear(); // a new row
		}
		method = PdcaFactory.eINSTANCE.createMethod();
		method.setText(text);
		strategy.getMethods().add(method);
		method.setNumber(strategy.getMethods().size());
		importer.placed(method, item.origin(), 0.75, "method");
		rowEnded = false;
		row.add(method);
		rowName = item;
		action = null;
		state = State.NAME;
	}

	private void action(Marker m, String text, Paragraphs.Item item) {
		action = PdcaFactory.eINSTANCE.createAction();
		action.setText(m != null ? Texts.clean(m.rest()) : text);
		method.getActions().add(action);
		action.setNumber(method.getActions().size());
		importer.placed(action, item.origin(), m != null ? 0.8 : 0.6, "action");
	}
}
