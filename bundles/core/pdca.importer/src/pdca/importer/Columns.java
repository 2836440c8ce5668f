package pdca.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import pdca.importer.source.Block;
import pdca.importer.source.Origin;
import pdca.model.Action;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.schedule.Schedule;

/**
 * A plan table copied out of a PDF column by column ("narrow columns"): under a line of column
 * names, each cell arrives as a run of very short lines, the columns of a page one after the
 * other (策略與方法, then 推動作法, then 完成期限, then 預期效益), cells often parted by lines
 * that hold only spaces and pages by a longer run of empty lines. A page's cells are read in that
 * cycle: numbered names are strategies and methods; numbered entries are the actions, a list that
 * starts again at 1 the next method's; deadlines and benefits are the methods' in the order the
 * methods came. What the page break cut is joined again: a method's text, an action, a deadline
 * or a benefit continued at the top of its column on the next page. Every reading here is a
 * guess from the layout and is marked for the officer to check.
 */
final class Columns {

	/** The confidence of every item read this way: below {@link ImportResult#UNCERTAIN}, so marked 「？」. */
	private static final double GUESS = 0.6;

	/** A deadline cell's first line: 6月完成, 3 月、6 月、9, 已完成, 每年或半年辦, 107年12月. */
	private static final Pattern DEADLINE_START = Pattern
			.compile("^(?:\\d{1,2}月|\\d{2,3}年\\d|已完成|每(?:年|季|月|半年|週)|隨時|持續辦理|全年)");
	/** A further line of a deadline cell: 並持續辦理, 月、12月完成, 理（6 月或 12, 月底）. */
	private static final Pattern DEADLINE_MORE = Pattern.compile("^(?:並|及|且|月|\\d|理|辦|底|完成|）|\\)|、)");
	/** A deadline cell that is whole: it ends as deadlines do. */
	private static final Pattern DEADLINE_WHOLE = Pattern.compile("(?:完成|辦理|）|\\)|月)$");
	/** The tail of a deadline cell, on a line of its own: 並持續辦理, 及持續追蹤辦理. */
	private static final Pattern TAIL = Pattern.compile("^[並及][\\p{IsHan}]{1,5}辦理$");
	/** A sub-item in an action's text (1.1, 2.3): kept on a line of its own. */
	private static final Pattern SUB_ITEM = Pattern.compile("^\\d{1,2}\\.\\d{1,2}");
	/** A line of punctuation alone (。 ， `), left over from a cell. */
	private static final Pattern PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+$");

	private enum Type {
		STRATEGY, METHOD, ACTION, DEADLINE, DEADLINE_MORE, TEXT, MARK
	}

	private enum Column {
		NAME, ACTIONS, DEADLINE, BENEFIT
	}

	/** A line of the source: its text, where it is, and what went before it. */
	private record Line(String text, Origin origin, boolean separated, boolean pageBreak) {
	}

	/** A cell, or the part of one that a page held: its type, numbering, text and column. */
	private static final class Piece {
		final Type type;
		final Marker marker;
		final Origin origin;
		final boolean pageBreak;
		final boolean separated;
		/** Whether it is the first piece of its column on its page. */
		boolean first;
		String text;
		/** The lengths of its lines, as the source broke them. */
		final List<Integer> widths = new ArrayList<>();
		Column column;
		int page;

		Piece(Type type, Marker marker, String text, Origin origin, boolean pageBreak, boolean separated) {
			this.type = type;
			this.separated = separated;
			this.marker = marker;
			this.text = text;
			this.origin = origin;
			this.pageBreak = pageBreak;
		}
	}

	private final PlanImporter importer;
	private final Plan plan;
	private final Map<Marker.Kind, Integer> levels = new EnumMap<>(Marker.Kind.class);
	private Strategy strategy;
	private Method method;
	/** The methods still waiting for their actions, deadline and benefit, in the order they came. */
	private final Deque<Method> awaitingActions = new ArrayDeque<>();
	private final Deque<Method> awaitingDeadline = new ArrayDeque<>();
	private final Deque<Method> awaitingBenefit = new ArrayDeque<>();
	/** The method whose actions were read last, and its last action. */
	private Method actionsOf;
	private Action action;
	/** The deadline text of each method, as its cell's lines come. */
	private final Map<Method, String> deadlines = new LinkedHashMap<>();
	private final Map<Method, Origin> deadlineOrigins = new HashMap<>();
	private Method lastDeadline;
	private Method lastBenefit;
	/** The length a line of a method's name usually stays within (0 when not known). */
	private int nameLine;
	/** The length of the last line of the benefit cell read last. */
	private int lastBenefitWidth;

	private Columns(PlanImporter importer) {
		this.importer = importer;
		this.plan = importer.plan();
	}

	/**
	 * Reads the chapter when its lines are narrow columns under a line of column names; returns
	 * false (and reads nothing) otherwise.
	 */
	static boolean read(PlanImporter importer, List<Block.Paragraph> lines) {
		int header = -1;
		for (int i = 0; i < lines.size() && header < 0; i++) {
			if (Structure.isColumnNames(lines.get(i).text())) {
				header = i;
			}
		}
		if (header < 0 || !narrow(lines.subList(header + 1, lines.size()))) {
			return false;
		}
		Set<Structure.Role> roles = Structure.columnNames(lines.get(header).text());
		if (roles.contains(Structure.Role.OWNER) || roles.contains(Structure.Role.COOWNER)) {
			// an owner column is read by the row-by-row reading of text tables
			return false;
		}
		new Columns(importer).run(lines, header);
		return true;
	}

	/** Whether nearly all lines are very short: at least 30 lines of text, nine in ten of 12 characters or fewer. */
	static boolean narrow(List<Block.Paragraph> lines) {
		int text = 0;
		int shortOnes = 0;
		for (Block.Paragraph p : lines) {
			String s = Texts.clean(p.text());
			if (s.isEmpty()) {
				continue;
			}
			text++;
			if (s.length() <= 12) {
				shortOnes++;
			}
		}
		return text >= 30 && shortOnes * 10 >= text * 9;
	}

	private void run(List<Block.Paragraph> raw, int header) {
		StringBuilder preamble = new StringBuilder();
		for (int i = 0; i < header; i++) {
			String s = Texts.clean(raw.get(i).text());
			if (!s.isEmpty()) {
				preamble.append(preamble.isEmpty() ? "" : "\n").append(s);
			}
		}
		if (!preamble.isEmpty()) {
			plan.setStrategyPreamble(preamble.toString());
		}
		importer.heading(Texts.clean(raw.get(header).text()));
		List<Piece> pieces = pieces(lines(raw.subList(header + 1, raw.size()), importer));
		columns(pieces, false);
		if (!pieces.stream().skip(1).anyMatch(p -> p.pageBreak) && nameLine > 0) {
			// no page marks: where the benefits' column is the wider, a name cut at a page's foot can be told
			List<Integer> benefitLines = new ArrayList<>();
			for (Piece q : pieces) {
				if (q.column == Column.BENEFIT && q.type == Type.TEXT && q.widths.size() > 1) {
					benefitLines.addAll(q.widths.subList(0, q.widths.size() - 1));
				}
			}
			if (!benefitLines.isEmpty() && median(benefitLines) > nameLine) {
				columns(pieces, true);
			}
		}
		List<Integer> benefitWidths = new ArrayList<>();
		for (Piece q : pieces) {
			if (q.column == Column.BENEFIT && q.type == Type.TEXT && q.widths.size() > 1) {
				benefitWidths.addAll(q.widths.subList(0, q.widths.size() - 1));
			}
		}
		int benefitWidth = benefitWidths.isEmpty() ? Integer.MAX_VALUE : median(benefitWidths);
		int page = -1;
		int deadlinesOnPage = 0;
		int benefitsOnPage = 0;
		for (Piece p : pieces) {
			if (p.page != page) {
				page = p.page;
				deadlinesOnPage = 0;
				benefitsOnPage = 0;
				for (Piece q : pieces) {
					if (q.page == page && q.type == Type.DEADLINE) {
						deadlinesOnPage++;
					} else if (q.page == page && q.column == Column.BENEFIT && q.type == Type.TEXT) {
						benefitsOnPage++;
					}
				}
			}
			switch (p.column) {
			case NAME -> name(p);
			case ACTIONS -> actions(p);
			case DEADLINE -> deadline(p);
			case BENEFIT -> {
				if (p.type == Type.MARK) {
					importer.heading(p.text);
				} else {
					benefit(p, p.first && (benefitsOnPage > deadlinesOnPage || lastBenefitWidth > benefitWidth));
					lastBenefitWidth = p.widths.get(p.widths.size() - 1);
					benefitsOnPage = Math.min(benefitsOnPage, deadlinesOnPage); // only the page's first may continue
				}
			}
			}
		}
		for (Map.Entry<Method, String> d : deadlines.entrySet()) {
			Schedule schedule = PlanImporter.schedule(d.getValue());
			if (schedule != null) {
				d.getKey().setSchedule(schedule);
			} else {
				importer.unplaced(d.getValue(), deadlineOrigins.get(d.getKey()));
			}
		}
	}

	/** The lines after the header: which follow a line of spaces alone, and which a page break. */
	private static List<Line> lines(List<Block.Paragraph> raw, PlanImporter importer) {
		// the usual run of empty lines between two lines of text; a run two longer is a page break
		Map<Integer, Integer> runs = new HashMap<>();
		int run = 0;
		for (Block.Paragraph p : raw) {
			if (p.text().isEmpty()) {
				run++;
			} else {
				runs.merge(run, 1, Integer::sum);
				run = 0;
			}
		}
		int usual = runs.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
		List<Line> lines = new ArrayList<>();
		run = 0;
		boolean separated = false;
		boolean pageBreak = false;
		for (Block.Paragraph p : raw) {
			String text = p.text();
			if (text.isEmpty()) {
				run++;
				continue;
			}
			if (run >= usual + 2 || text.indexOf('\f') >= 0) {
				pageBreak = true;
			}
			run = 0;
			if (text.isBlank()) {
				separated = true;
				continue;
			}
			if (Structure.isColumnNames(text)) {
				pageBreak = true; // the header repeated on a new page
				importer.heading(Texts.clean(text));
				continue;
			}
			lines.add(new Line(text.replace('\f', ' '), p.origin(), separated, pageBreak));
			separated = false;
			pageBreak = false;
		}
		return lines;
	}

	/**
	 * The lines as pieces: a line that starts a numbering, a deadline or a cell after spaces starts
	 * one; so does a line wider than the name column after a name's lines (the next column's text
	 * right after a name that a page break cut).
	 */
	private List<Piece> pieces(List<Line> lines) {
		int nameWidth = nameWidth(lines);
		List<Piece> pieces = new ArrayList<>();
		Piece current = null;
		for (Line line : lines) {
			String s = Texts.clean(line.text());
			Marker m = Marker.of(s);
			Type type = null;
			if (m != null && m.kind() != Marker.Kind.BULLET && m.kind() != Marker.Kind.CHAPTER) {
				int level = level(m.kind());
				type = level == 1 ? Type.STRATEGY : level == 2 ? Type.METHOD : level == 3 ? Type.ACTION : null;
			}
			if (type == null && s.length() <= 14 && !s.matches(".*[，。；].*")) {
				if (DEADLINE_START.matcher(s).find()) {
					type = Type.DEADLINE;
				} else if (current != null && current.type == Type.DEADLINE && !line.pageBreak()
						&& DEADLINE_MORE.matcher(s).find() && (!whole(current.text) || s.startsWith("並") || s.startsWith("及"))) {
					current.text = current.text + s;
					continue;
				} else if (current != null && current.type != Type.DEADLINE && DEADLINE_MORE.matcher(s).find()
						&& DEADLINE_WHOLE.matcher(s).find() && s.length() <= 6
						&& (lastDeadlineOpen(pieces, current) || TAIL.matcher(s).matches() && !lastDeadlineHasTail(pieces))) {
					// the rest of a deadline cell that the page break cut (「月底）」)
					type = Type.DEADLINE_MORE;
				}
			}
			if (type == null && PUNCTUATION.matcher(s).matches()) {
				type = Type.MARK;
			}
			boolean continues = type == null && current != null && !line.separated() && !line.pageBreak()
					&& current.type != Type.DEADLINE && current.type != Type.DEADLINE_MORE && current.type != Type.MARK
					&& !(current.type == Type.METHOD && s.length() > nameWidth);
			if (continues) {
				current.text = SUB_ITEM.matcher(s).find() ? current.text + "\n" + s : Texts.join(current.text, s);
				current.widths.add(s.length());
				continue;
			}
			current = new Piece(type == null ? Type.TEXT : type, type == Type.STRATEGY || type == Type.METHOD
					|| type == Type.ACTION ? m : null, type == Type.STRATEGY || type == Type.METHOD || type == Type.ACTION
							? Texts.clean(m.rest()) : s, line.origin(), line.pageBreak(), line.separated());
			current.widths.add(s.length());
			pieces.add(current);
		}
		return pieces;
	}

	/**
	 * The widest a line of a method's name is taken to be: halfway between the usual length of
	 * the lines that continue a method's name and of those that continue an action, when the
	 * actions' column is the wider by at least two characters; else no limit.
	 */
	private int nameWidth(List<Line> lines) {
		List<Integer> names = new ArrayList<>();
		List<Integer> actions = new ArrayList<>();
		List<Integer> into = null;
		for (Line line : lines) {
			String s = Texts.clean(line.text());
			Marker m = Marker.of(s);
			if (m != null && m.kind() != Marker.Kind.BULLET && m.kind() != Marker.Kind.CHAPTER) {
				int level = level(m.kind());
				into = level == 2 ? names : level == 3 ? actions : null;
			} else if (line.separated() || line.pageBreak()) {
				into = null;
			} else if (into != null) {
				into.add(s.length());
			}
		}
		if (names.size() < 5 || actions.size() < 5) {
			return Integer.MAX_VALUE;
		}
		int name = median(names);
		nameLine = name + 1;
		int action = median(actions);
		return action >= name + 2 ? (name + action) / 2 : Integer.MAX_VALUE;
	}

	private static int median(List<Integer> values) {
		List<Integer> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	/** Whether the last deadline read before {@code current} was left open (「每年或半年辦理（6月或12」). */
	private static boolean lastDeadlineOpen(List<Piece> pieces, Piece current) {
		for (int i = pieces.size() - 1; i >= 0; i--) {
			Piece p = pieces.get(i);
			if (p.type == Type.DEADLINE || p.type == Type.DEADLINE_MORE) {
				return !whole(p.text);
			}
		}
		return false;
	}

	/** Whether the last deadline read already ends in a tail such as 並持續辦理. */
	private static boolean lastDeadlineHasTail(List<Piece> pieces) {
		for (int i = pieces.size() - 1; i >= 0; i--) {
			Piece p = pieces.get(i);
			if (p.type == Type.DEADLINE || p.type == Type.DEADLINE_MORE) {
				return p.text.contains("並") || p.text.contains("及");
			}
		}
		return true;
	}

	private static boolean whole(String deadline) {
		return DEADLINE_WHOLE.matcher(deadline).find();
	}

	/** The level a numbering style takes: the order styles first appear in (strategy, method, action). */
	private int level(Marker.Kind kind) {
		return levels.computeIfAbsent(kind, k -> levels.size() + 1);
	}

	/**
	 * The column of each piece and its page: a page's columns come in the order 名稱, 作法, 期限,
	 * 效益; a name after any of the later columns starts a page that no blank lines marked.
	 */
	private void columns(List<Piece> pieces, boolean cutNames) {
		Column phase = Column.NAME;
		int page = 0;
		Set<String> seen = new HashSet<>();
		boolean benefitOnPage = false;
		boolean named = false;
		String lastName = "";
		for (Piece p : pieces) {
			if (p.pageBreak && p != pieces.get(0)) {
				page++;
				phase = Column.NAME;
				named = false;
				benefitOnPage = false;
			}
			switch (p.type) {
			case STRATEGY, METHOD -> {
				if (phase != Column.NAME) {
					page++;
					named = false;
					benefitOnPage = false;
				}
				phase = Column.NAME;
				named = true;
				lastName = p.text;
			}
			case ACTION -> {
				if (phase == Column.DEADLINE || phase == Column.BENEFIT) {
					page++;
					benefitOnPage = false;
				}
				phase = Column.ACTIONS;
			}
			case DEADLINE -> phase = Column.DEADLINE;
			case DEADLINE_MORE -> {
				p.column = Column.DEADLINE; // the rest of a cut deadline, wherever it was copied
				p.page = page;
				continue;
			}
			case TEXT -> {
				if (phase == Column.NAME) {
					// at the top of a page, the rest of a name the page break cut; else an action's rest
					if (named || Texts.endsClause(lastName)) {
						phase = Column.ACTIONS;
					} else {
						lastName = lastName + p.text;
					}
				} else if (cutNames && (phase == Column.DEADLINE || phase == Column.BENEFIT) && !lastName.isEmpty()
						&& benefitOnPage
						&& !Texts.endsClause(lastName) && Texts.endsClause(p.text) && nameLine > 0
						&& p.widths.stream().allMatch(w -> w <= nameLine)) {
					// a name cut at a page's foot, and no blank lines marked the page: a text as narrow as
					// the names that ends the name starts the next page
					page++;
					phase = Column.NAME;
					named = false;
					benefitOnPage = false;
					lastName = lastName + p.text;
				} else if (phase == Column.DEADLINE || phase == Column.BENEFIT) {
					phase = Column.BENEFIT;
					benefitOnPage = true;
				}
			}
			case MARK -> {
			}
			}
			p.column = phase;
			p.page = page;
			p.first = seen.add(page + " " + phase);
		}
	}

	private void name(Piece p) {
		if (p.type == Type.MARK) {
			importer.heading(p.text);
			return;
		}
		if (p.type == Type.STRATEGY) {
			strategy = PdcaFactory.eINSTANCE.createStrategy();
			strategy.setText(p.text);
			strategy.setNumber(p.marker.number() > 0 ? p.marker.number() : plan.getStrategies().size() + 1);
			plan.getStrategies().add(strategy);
			importer.placed(strategy, p.origin, 0.8, "strategy in narrow columns");
			return;
		}
		if (p.type == Type.METHOD) {
			if (strategy == null) {
				strategy = PdcaFactory.eINSTANCE.createStrategy();
				strategy.setText("");
				strategy.setNumber(1);
				plan.getStrategies().add(strategy);
				importer.placed(strategy, p.origin, 0.3, "strategy");
				importer.finding("finding.noStrategy", p.origin);
			}
			method = PdcaFactory.eINSTANCE.createMethod();
			method.setText(p.text);
			method.setNumber(p.marker.number() > 0 ? p.marker.number() : strategy.getMethods().size() + 1);
			strategy.getMethods().add(method);
			importer.placed(method, p.origin, GUESS, "method in narrow columns");
			awaitingActions.add(method);
			awaitingDeadline.add(method);
			awaitingBenefit.add(method);
			return;
		}
		// the rest of the last name, cut by the page break
		if (method != null) {
			method.setText(Texts.join(method.getText(), p.text));
			importer.doubt(method, GUESS, "name continued on the next page");
		} else if (strategy != null) {
			strategy.setText(Texts.join(strategy.getText(), p.text));
			importer.doubt(strategy, GUESS, "name continued on the next page");
		} else {
			importer.unplaced(p.text, p.origin);
		}
	}

	private void actions(Piece p) {
		if (p.type == Type.MARK && p.text.equals("。") && action != null && !Texts.endsClause(action.getText())) {
			action.setText(action.getText() + p.text); // the full stop of the action above, on a line of its own
			return;
		}
		if (p.type == Type.MARK) {
			importer.heading(p.text);
			return;
		}
		if (p.type != Type.ACTION && p.separated && !p.first && !SUB_ITEM.matcher(p.text).find()
				&& !awaitingActions.isEmpty()) {
			// a cell of its own, not numbered, after the page's first: the next method's one action
			actionsOf = awaitingActions.poll();
			action = PdcaFactory.eINSTANCE.createAction();
			action.setText(p.text);
			action.setNumber(actionsOf.getActions().size() + 1);
			actionsOf.getActions().add(action);
			importer.placed(action, p.origin, GUESS, "unnumbered action in narrow columns");
			return;
		}
		if (p.type != Type.ACTION) {
			// the rest of an action (continued on the next page), or a sub-item of it
			if (action != null) {
				action.setText(SUB_ITEM.matcher(p.text).find() ? action.getText() + "\n" + p.text
						: Texts.join(action.getText(), p.text));
				importer.doubt(action, GUESS, "action continued");
			} else {
				importer.unplaced(p.text, p.origin);
			}
			return;
		}
		int number = p.marker.number();
		boolean again = action == null || number <= action.getNumber() || number != action.getNumber() + 1;
		if (again && !awaitingActions.isEmpty()) {
			actionsOf = awaitingActions.poll();
		} else if (actionsOf == null) {
			actionsOf = method;
		}
		if (actionsOf == null) {
			importer.unplaced(p.text, p.origin);
			return;
		}
		awaitingActions.remove(actionsOf);
		action = PdcaFactory.eINSTANCE.createAction();
		action.setText(p.text);
		action.setNumber(number > 0 ? number : actionsOf.getActions().size() + 1);
		actionsOf.getActions().add(action);
		importer.placed(action, p.origin, GUESS, "action in narrow columns");
	}

	private void deadline(Piece p) {
		if (p.type == Type.MARK) {
			importer.heading(p.text);
			return;
		}
		boolean more = p.type == Type.DEADLINE_MORE || p.type == Type.TEXT
				|| lastDeadline != null && !whole(deadlines.get(lastDeadline)) && DEADLINE_MORE.matcher(p.text).find()
				|| lastDeadline != null && (p.text.startsWith("並") || p.text.startsWith("及"));
		if (more && lastDeadline != null) {
			deadlines.put(lastDeadline, deadlines.get(lastDeadline) + p.text);
			importer.doubt(lastDeadline, GUESS, "deadline continued on the next page");
			return;
		}
		Method target = awaitingDeadline.poll();
		if (target == null) {
			importer.unplaced(p.text, p.origin);
			return;
		}
		deadlines.put(target, p.text);
		deadlineOrigins.put(target, p.origin);
		lastDeadline = target;
		importer.doubt(target, GUESS, "deadline in narrow columns");
	}

	private void benefit(Piece p, boolean mayContinue) {
		if (mayContinue && lastBenefit != null && !Texts.endsClause(lastBenefit.getExpectedBenefit())) {
			lastBenefit.setExpectedBenefit(Texts.join(lastBenefit.getExpectedBenefit(), p.text));
			return;
		}
		Method target = awaitingBenefit.poll();
		if (target == null) {
			importer.unplaced(p.text, p.origin);
			return;
		}
		target.setExpectedBenefit(p.text);
		lastBenefit = target;
		importer.doubt(target, GUESS, "benefit in narrow columns");
	}
}
