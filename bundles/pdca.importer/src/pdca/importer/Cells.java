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
		state = State.NAME;
	}

	private void cell(String text, List<Paragraphs.Item> content, int i, Paragraphs.Item item) {
		Schedule schedule = text.length() <= 30 ? PlanImporter.schedule(text) : null;
		if (schedule != null && schedule.isParsed()) {
			if (method != null && method.getSchedule() == null) {
				method.setSchedule(schedule);
			} else if (method != null && method.getSchedule().text().equals(text)) {
				importer.heading(text); // the merged deadline cell written again
			} else {
				importer.unplaced(text, item.origin());
			}
			state = State.NAME;
			return;
		}
		Marker m = Marker.of(text);
		boolean numbered = m != null && (m.kind() == Marker.Kind.ARABIC_DOT || m.kind() == Marker.Kind.PAREN_ARABIC
				|| m.kind() == Marker.Kind.CIRCLED || m.kind() == Marker.Kind.ARABIC_COMMA);
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
			state = State.METHODS;
			return;
		}
		if (method == null) {
			method("", item);
			importer.finding("finding.noMethod", item.origin());
		}
		if ((state == State.NAME || state == State.METHODS) && columns.contains(Structure.Role.CONTENT)
				&& method.getDescription() == null) {
			describe(text, "\n");
			state = State.CONTENT;
		} else {
			state = State.ACTIONS;
			action(m, text, item);
		}
	}

	/** A line inside the current cell: another numbered entry, or the rest of a wrapped one. */
	private void more(String text, Paragraphs.Item item) {
		Marker m = Marker.of(text);
		boolean numbered = m != null && (m.kind() == Marker.Kind.ARABIC_DOT || m.kind() == Marker.Kind.CIRCLED);
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
		state = State.NAME;
	}

	private void method(String text, Paragraphs.Item item) {
		if (strategy == null) {
			strategy(dimension != null ? dimension.getText() : "", item);
			importer.finding("finding.noStrategy", item.origin());
		}
		method = PdcaFactory.eINSTANCE.createMethod();
		method.setText(text);
		strategy.getMethods().add(method);
		method.setNumber(strategy.getMethods().size());
		importer.placed(method, item.origin(), 0.75, "method");
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
