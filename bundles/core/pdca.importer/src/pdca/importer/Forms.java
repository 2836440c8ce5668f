package pdca.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pdca.importer.source.Block;
import pdca.importer.source.Origin;
import pdca.model.ChoiceItem;
import pdca.model.Choice;
import pdca.model.EvaluationForm;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.FormNode;
import pdca.model.FormSection;
import pdca.model.PdcaFactory;
import pdca.model.ScoreItem;
import pdca.model.ScoringRule;
import pdca.model.schedule.ChineseNumerals;

/**
 * Evaluation forms (評核項目表) given as text, one row a line or wrapped over several: a form is
 * the numbered title above a line of column names that names the points (配分), with the header
 * fields (受評核機關：, 評核日期：) between them; its rows are numbered (each numbering style the
 * next level the first time it appears), their points written after the text (「 5」, 「10 分」)
 * or on a line of their own, a choice's in brackets (「（5）」, 「(8~10)」, 「（11-15 分）」) or led
 * by a box (□); 「本項配分N分，每項配分M分」 gives a row and its items their points. A row whose
 * rows are choices is a choice item, one whose rows are items a section; a remark in brackets
 * saying when the row is scored (…本項給分) is its condition, one saying it is not scored or
 * counts more (無…本項不給分, 本項得分乘以2) a rule of the form. The chapter keeps its whole text
 * as a section; the forms are read beside it.
 */
final class Forms {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	/** No row of a form is longer; a longer one is no form's (and is not scanned line after line). */
	private static final int MAX_ROW = 2000;

	enum Style {
		CHINESE("^([一二三四五六七八九十]{1,3})[、．]"), PAREN_CHINESE("^[（(]([一二三四五六七八九十]{1,3})[)）][、.．]?"),
		STEM("^([甲乙丙丁戊己庚辛])[、．]"), DOT("^(\\d{1,2})[.．](?!\\d)"), COMMA("^(\\d{1,2})、"),
		PAREN_ARABIC("^[（(](\\d{1,2})[)）]"), BARE("^(\\d{1,2})(?=[\\p{IsHan}「□])");

		final Pattern pattern;

		Style(String regex) {
			pattern = Pattern.compile(regex);
		}
	}

	private static final Pattern HEADER = Pattern.compile("配分");
	private static final Pattern HEADER_WORDS = Pattern.compile("評分|評核內容|評核項目|項目|內容");
	private static final Pattern FIELD = Pattern.compile("([^\\s：:]{2,20})[：:]");
	private static final Pattern POINTS_ONLY = Pattern
			.compile("^([（(])?(\\d{1,3})(?:[~～\\-－](\\d{1,3}))?分?([)）])?$");
	private static final Pattern TRAILING_PAREN = Pattern
			.compile("[（(]\\s*(\\d{1,3})\\s*(?:[~～\\-－]\\s*(\\d{1,3}))?\\s*分?\\s*[)）]\\s*$");
	private static final Pattern TRAILING_BARE = Pattern.compile("(?<=[\\s：:])(\\d{1,3})\\s*分?\\s*$");
	private static final Pattern ITEM_NOTE = Pattern.compile("本項配分(\\d{1,3})分(?:[，,]?每項配分(\\d{1,3})分)?");
	private static final Pattern TOTAL = Pattern.compile("總分(?:均為|為)?(\\d{1,3})分");
	private static final Pattern REMARK = Pattern.compile("[（(]([^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*)[)）]");
	private static final Pattern RULE_EXCLUDE = Pattern.compile("^(?:如|若)?(無[^，,]{1,20}?)[，,]?本項(?:不給分|不計分|不予計分)");
	private static final Pattern RULE_MULTIPLY = Pattern.compile("^(?:如|若)?(無[^，,]{1,20}?)[，,]?本項得分乘以(\\d)");
	private static final Pattern NAMED_ITEMS = Pattern.compile("第(\\d{1,2}(?:[、,，及和]\\d{1,2})+)項");
	private static final Pattern DEDUCTION = Pattern.compile("每增.{1,10}?減\\d分");

	/** A row of a form as read: its numbering, its lines, its points, the rows under it. */
	private static final class Row {
		final String label;
		final int level;
		final Origin origin;
		final Row parent;
		final StringBuilder text = new StringBuilder();
		final List<Row> children = new ArrayList<>();
		Double min;
		Double max;
		boolean bracketed;
		boolean box;
		boolean pointsApart;
		String itemNote;
		/** An item that took the rows of no points after it as its other choices. */
		boolean promoted;

		Row(String label, int level, Origin origin, Row parent) {
			this.label = label;
			this.level = level;
			this.origin = origin;
			this.parent = parent;
		}

		void points(Matcher m, int lo, int hi, boolean bracket) {
			min = Double.valueOf(m.group(lo));
			max = m.group(hi) == null ? min : Double.valueOf(m.group(hi));
			bracketed = bracket;
		}

		boolean choice() {
			return parent != null && (box || bracketed) && children.isEmpty();
		}

		Row top() {
			Row r = this;
			while (r.parent != null) {
				r = r.parent;
			}
			return r;
		}
	}

	/** A line of the chapter: a paragraph, or a table's row with its cells side by side. */
	private record Line(String text, Origin origin) {
	}

	private final PlanImporter importer;
	private final List<Line> lines = new ArrayList<>();

	private Forms(PlanImporter importer, List<Block> blocks) {
		this.importer = importer;
		for (Block b : blocks) {
			if (b instanceof Block.Paragraph p) {
				lines.add(new Line(p.text(), p.origin()));
			} else if (b instanceof Block.Table t) {
				for (List<Block.Cell> row : t.rows()) {
					StringBuilder text = new StringBuilder();
					Origin origin = null;
					for (Block.Cell cell : row) {
						if (cell != null && !cell.text().isBlank()) {
							origin = origin == null ? cell.origin() : origin;
							text.append(text.isEmpty() ? "" : "  ").append(cell.text().replace('\n', ' ').strip());
						}
					}
					if (origin != null) {
						lines.add(new Line(text.toString(), origin));
					}
				}
			}
		}
	}

	/** Reads the forms in a chapter's paragraphs and tables; how many. */
	static int read(PlanImporter importer, List<Block> blocks) {
		return new Forms(importer, blocks).read();
	}

	private int read() {
		List<Integer> headers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String s = squeeze(lines.get(i).text());
			if (s.length() <= 60 && HEADER.matcher(s).find() && HEADER_WORDS.matcher(s).find()
					&& !ITEM_NOTE.matcher(s).find() && !s.startsWith("本項") && !s.matches(".*[，,。；;].*")) {
				// a line of column names, not a sentence that speaks of points
				headers.add(i);
			}
		}
		if (headers.isEmpty()) {
			return 0;
		}
		List<Integer> titles = new ArrayList<>();
		int floor = 0;
		for (int h : headers) {
			int t = h - 1;
			while (t > floor && Marker.of(lines.get(t).text()) == null) {
				t--;
			}
			titles.add(Math.max(t, floor));
			floor = h + 1;
		}
		List<EvaluationForm> forms = new ArrayList<>();
		String common = null;
		for (int k = 0; k < headers.size(); k++) {
			int end = k + 1 < headers.size() ? titles.get(k + 1) : lines.size();
			String[] note = new String[1];
			EvaluationForm form = form(titles.get(k), headers.get(k), end, note);
			if (form != null) {
				forms.add(form);
			}
			if (note[0] != null && note[0].contains("各")) {
				common = note[0];
			}
		}
		if (common != null) {
			// 「各評核項目總分均為100分」 said once under the last form is every form's
			for (EvaluationForm form : forms) {
				if (form.getNote() == null) {
					form.setNote(common);
				}
				Matcher total = TOTAL.matcher(common);
				if (form.getMaxPoints() == 0 && total.find()) {
					form.setMaxPoints(Double.parseDouble(total.group(1)));
				}
			}
		}
		return forms.size();
	}

	private EvaluationForm form(int title, int header, int end, String[] note) {
		EvaluationForm form = F.createEvaluationForm();
		Line titleLine = lines.get(title);
		String t = Texts.clean(titleLine.text());
		Marker m = Marker.of(t);
		if (m != null) {
			form.setLabel(squeeze(t.substring(0, t.length() - m.rest().length())));
			form.setText(Texts.clean(m.rest()));
		} else {
			form.setText(t);
		}
		for (int i = title + 1; i < header; i++) {
			Matcher f = FIELD.matcher(lines.get(i).text());
			while (f.find()) {
				form.getHeaderFields().add(Texts.clean(f.group(1)));
			}
		}
		Matcher total = TOTAL.matcher(squeeze(lines.get(header).text()));
		if (total.find()) {
			form.setMaxPoints(Double.parseDouble(total.group(1)));
		}
		List<Row> roots = rows(header + 1, end, note);
		if (scored(roots) < 2) {
			return null;
		}
		if (note[0] != null) {
			Matcher n = TOTAL.matcher(note[0]);
			if (form.getMaxPoints() == 0 && n.find() && !note[0].contains("各")) {
				form.setMaxPoints(Double.parseDouble(n.group(1)));
			}
			if (!note[0].contains("各")) {
				form.setNote(note[0]);
			}
		}
		importer.plan().getEvaluationForms().add(form);
		importer.placed(form, titleLine.origin(), 0.8, "evaluation form");
		for (Row r : roots) {
			node(form, r, form);
		}
		shared(form);
		for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = form.eAllContents(); it.hasNext();) {
			if (it.next() instanceof FormGroup g) {
				shared(g);
			}
		}
		return form;
	}

	/** The rows of a form's body, from line {@code from} to {@code to}; a closing 註 is the form's note. */
	private List<Row> rows(int from, int to, String[] note) {
		List<Row> roots = new ArrayList<>();
		List<Style> styles = new ArrayList<>();
		List<Row> open = new ArrayList<>();
		List<Row> pending = new ArrayList<>();
		Row current = null;
		StringBuilder itemNote = null;
		StringBuilder closing = null;
		for (int i = from; i < to; i++) {
			String raw = lines.get(i).text().strip();
			String s = squeeze(raw);
			if (s.isEmpty()) {
				continue;
			}
			if (closing != null || s.startsWith("註：") || s.startsWith("註:") || s.startsWith("備註")) {
				closing = closing == null ? new StringBuilder() : closing;
				closing.append(s);
				continue;
			}
			if (s.matches("評分合計|合計|總計|總分")) {
				importer.heading(s);
				continue;
			}
			Matcher p = POINTS_ONLY.matcher(s);
			if (p.matches() && (p.group(1) == null) == (p.group(4) == null)) {
				if (!pending.isEmpty()) {
					Row r = pending.remove(0);
					r.points(p, 2, 3, p.group(1) != null);
					r.pointsApart = true;
				}
				continue;
			}
			Style style = null;
			Matcher lm = null;
			for (Style st : Style.values()) {
				Matcher x = st.pattern.matcher(ChineseNumerals.normalizeDigits(raw));
				if (x.find()) {
					style = st;
					lm = x;
					break;
				}
			}
			if (style == null) {
				if (current == null) {
					continue;
				}
				if (itemNote != null || s.startsWith("本項配")) {
					itemNote = itemNote == null ? new StringBuilder() : itemNote;
					itemNote.append(s);
					if (itemNote.length() > 200) {
						return List.of();
					}
					current.itemNote = itemNote.toString();
					continue;
				}
				if (current.text.length() + raw.length() > MAX_ROW) {
					return List.of();
				}
				String joined = Texts.join(current.text.toString(), raw);
				current.text.setLength(0);
				current.text.append(joined);
				if (current.max == null) {
					trailing(current, pending);
				}
				continue;
			}
			itemNote = null;
			// a numbering style already open is a sibling of its row; a new one goes under the current row
			int at = -1;
			for (int j = 0; j < open.size(); j++) {
				if (styles.get(j) == style) {
					at = j;
				}
			}
			if (at >= 0) {
				while (open.size() > at) {
					open.remove(open.size() - 1);
					styles.remove(styles.size() - 1);
				}
			}
			int level = open.size();
			styles.add(style);
			Row parent = open.isEmpty() ? null : open.get(open.size() - 1);
			current = new Row(squeeze(lm.group()), level, lines.get(i).origin(), parent);
			(parent == null ? roots : parent.children).add(current);
			open.add(current);
			String rest = ChineseNumerals.normalizeDigits(raw).substring(lm.end()).strip();
			if (rest.startsWith("□") && !squeeze(rest).startsWith("□是□否")) {
				current.box = true;
			}
			current.text.append(rest);
			int here = level;
			// points on a line of their own go to the rows of the level just read, the first first
			pending.removeIf(r -> r.max != null || r.level != here);
			if (pending.size() >= 50) {
				pending.remove(0);
			}
			pending.add(current);
			trailing(current, pending);
		}
		if (closing != null) {
			note[0] = closing.toString().replaceFirst("^註[：:]", "");
		}
		for (Row r : roots) {
			itemNotes(r);
		}
		zeros(roots);
		return roots;
	}

	private static int scored(List<Row> rows) {
		int n = 0;
		for (Row r : rows) {
			n += (r.max != null ? 1 : 0) + scored(r.children);
		}
		return n;
	}

	/** Points written after a row's text on its line: taken out of the text. */
	private static void trailing(Row row, List<Row> pending) {
		String text = row.text.toString().stripTrailing();
		Matcher m = TRAILING_PAREN.matcher(text);
		boolean bracket = true;
		if (!m.find()) {
			if (open(text)) {
				return; // 「…即減 1」 before the line that closes its bracket
			}
			m = TRAILING_BARE.matcher(text);
			bracket = false;
			if (!m.find()) {
				return;
			}
		}
		if (bracket) {
			row.points(m, 1, 2, true);
		} else {
			row.points(m, 1, 1, false);
		}
		row.text.setLength(m.start());
		pending.remove(row);
	}

	private static boolean open(String text) {
		int depth = 0;
		for (char c : text.toCharArray()) {
			depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
		}
		return depth > 0;
	}

	/** 「本項配分60分，每項配分10分」: the points of the row's top row and of that row's items. */
	private static void itemNotes(Row row) {
		if (row.itemNote != null) {
			Matcher m = ITEM_NOTE.matcher(row.itemNote);
			if (m.find()) {
				Row top = row.top();
				top.max = Double.valueOf(m.group(1));
				top.min = top.max;
				top.itemNote = row.itemNote;
				if (row != top) {
					row.itemNote = null;
				}
				if (m.group(2) != null) {
					for (Row c : top.children) {
						if (c.max == null) {
							c.max = Double.valueOf(m.group(2));
							c.min = c.max;
						}
					}
				}
			}
		}
		for (Row c : List.copyOf(row.children)) {
			itemNotes(c);
		}
	}

	/**
	 * Rows of no points after an item that has points (「連打二次無人接聽 0」, 「電話故障 0」 after
	 * 「電話鈴響四聲…獲得接聽服務 10」) score nothing of their own: they are that item's other choices.
	 */
	private static void zeros(List<Row> rows) {
		Row before = null;
		for (Row r : List.copyOf(rows)) {
			if (r.children.isEmpty() && r.max != null && r.max == 0 && !r.bracketed && !r.box && before != null) {
				rows.remove(r);
				r.bracketed = true;
				before.children.add(r);
				before.promoted = true;
				continue;
			}
			before = r.children.isEmpty() && r.max != null && r.max > 0 || r.promoted ? r : null;
			zeros(r.children);
		}
	}

	private void node(FormGroup group, Row row, EvaluationForm form) {
		String text = Texts.clean(row.text.toString());
		String remark = null;
		String condition = null;
		String deduction = null;
		if (text.startsWith("□是□否")) {
			text = text.substring(4).strip();
		} else if (text.startsWith("□")) {
			text = text.substring(1).strip();
		}
		String whole = text;
		Matcher r = REMARK.matcher(text);
		while (r.find()) {
			String inner = r.group(1).replaceFirst("^註[：:]", "");
			if (inner.endsWith("給分") && !inner.endsWith("不給分")) {
				condition = inner;
			} else if (DEDUCTION.matcher(inner).find()) {
				deduction = inner;
			} else if (RULE_EXCLUDE.matcher(inner).find() || RULE_MULTIPLY.matcher(inner).find()) {
				remark = inner;
			} else {
				continue;
			}
			text = (text.substring(0, r.start()) + text.substring(r.end())).strip();
			r = REMARK.matcher(text);
		}
		if (row.children.isEmpty()) {
			FormItem item;
			if (deduction != null) {
				ScoreItem score = F.createScoreItem();
				score.setMinPoints(0);
				score.setDeductionRule(deduction);
				item = score;
			} else {
				item = F.createYesNoItem();
			}
			fill(item, row, text);
			item.setCondition(condition);
			group.getItems().add(item);
			importer.placed(item, row.origin, row.max == null || row.pointsApart ? 0.6 : 0.8, "form item");
			rule(form, item, remark, row.origin);
			return;
		}
		boolean choices = row.children.stream().allMatch(Row::choice);
		if (choices) {
			ChoiceItem item = F.createChoiceItem();
			fill(item, row, text);
			item.setCondition(condition);
			if (row.max == null) {
				item.setMaxPoints(row.children.stream().mapToDouble(c -> c.max).max().orElse(0));
			}
			group.getItems().add(item);
			importer.placed(item, row.origin, row.max == null || row.pointsApart || row.promoted ? 0.6 : 0.8,
					"form item");
			if (row.promoted) {
				// the item's own text is its first choice, from its points down to what the deduction leaves
				Choice own = F.createChoice();
				own.setLabel(row.label);
				own.setText(whole);
				own.setMinPoints(deduction != null ? 0 : row.max);
				own.setMaxPoints(row.max);
				item.getChoices().add(own);
				importer.placed(own, row.origin, 0.6, "form choice; the item's rows of no points are its other choices");
			}
			for (Row c : row.children) {
				Choice choice = F.createChoice();
				choice.setLabel(c.label);
				String ct = Texts.clean(c.text.toString());
				choice.setText(ct.startsWith("□") ? ct.substring(1).strip() : ct);
				choice.setMinPoints(c.min);
				choice.setMaxPoints(c.max);
				item.getChoices().add(choice);
				importer.placed(choice, c.origin, c.pointsApart || row.promoted ? 0.6 : 0.8, "form choice");
			}
			rule(form, item, remark, row.origin);
			return;
		}
		FormSection section = F.createFormSection();
		int box = text.indexOf("□是□否");
		if (box > 0) {
			section.setNote(text.substring(box + 4).strip());
			text = text.substring(0, box).strip();
		}
		if (text.endsWith("：") || text.endsWith(":")) {
			text = text.substring(0, text.length() - 1);
		}
		int colon = text.indexOf('：');
		if (colon > 0 && colon < text.length() - 1) {
			section.setNote(join(section.getNote(), text.substring(colon + 1)));
			section.setExclusive(text.contains("擇一"));
			text = text.substring(0, colon);
		}
		fill(section, row, text);
		if (remark != null) {
			section.setNote(join(section.getNote(), remark));
		}
		if (row.itemNote != null) {
			section.setNote(row.itemNote);
		}
		group.getSections().add(section);
		importer.placed(section, row.origin, row.max == null ? 0.6 : 0.8, "form section");
		for (Row c : row.children) {
			node(section, c, form);
		}
		rule(form, section, remark, row.origin);
	}

	/** 「第５、６項給分」 printed under item 5: the condition of the items it names, 5 and 6. */
	private static void shared(FormGroup group) {
		for (FormItem item : group.getItems()) {
			Matcher m = item.getCondition() == null ? null : NAMED_ITEMS.matcher(item.getCondition());
			if (m == null || !m.find()) {
				continue;
			}
			List<String> numbers = List.of(m.group(1).split("[、,，及和]"));
			for (FormItem other : group.getItems()) {
				String n = other.getLabel() == null ? "" : other.getLabel().replaceAll("\\D", "");
				if (other.getCondition() == null && numbers.contains(n)) {
					other.setCondition(item.getCondition());
				}
			}
		}
	}

	private static String join(String a, String b) {
		return a == null || a.isEmpty() ? b : a + "\n" + b;
	}

	private static void fill(FormNode node, Row row, String text) {
		node.setLabel(row.label);
		node.setText(text);
		if (row.max != null) {
			node.setMaxPoints(row.max);
		}
		if (row.itemNote != null && !(node instanceof FormSection)) {
			node.setNote(row.itemNote);
		}
	}

	private void rule(EvaluationForm form, FormNode node, String remark, Origin origin) {
		if (remark == null) {
			return;
		}
		Matcher x = RULE_EXCLUDE.matcher(remark);
		Matcher y = RULE_MULTIPLY.matcher(remark);
		ScoringRule rule = F.createScoringRule();
		if (x.find()) {
			rule.setCondition(x.group(1));
			rule.getExcluded().add(node);
		} else if (y.find()) {
			rule.setCondition(y.group(1));
			rule.getMultiplied().add(node);
			rule.setFactor(Double.parseDouble(y.group(2)));
		} else {
			return;
		}
		form.getRules().add(rule);
		importer.placed(rule, origin, 0.6, "form rule");
	}

	private static String squeeze(String text) {
		return ChineseNumerals.normalizeDigits(text).replaceAll("[\\s\\u3000]+", "");
	}
}
