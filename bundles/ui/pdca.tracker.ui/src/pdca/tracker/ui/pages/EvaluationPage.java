package pdca.tracker.ui.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import pdca.edit.CheckInCommands;
import pdca.model.Choice;
import pdca.model.ChoiceItem;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.FormNode;
import pdca.model.ItemAnswer;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.ScoreItem;
import pdca.model.ScoringRule;
import pdca.model.Unit;
import pdca.model.YesNoItem;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.EvaluationHistory;
import pdca.model.logic.EvaluationScorer;
import pdca.model.logic.Figures;
import pdca.model.logic.GradeScale;
import pdca.model.schedule.RocDate;
import pdca.ui.editor.PlanPage;
import pdca.ui.editor.PlanEditorContext;
import pdca.ui.editor.EditableTable;
import pdca.ui.editor.Texts;

/**
 * Evaluation records: a template's evaluation form filled for a unit on a date. The total and the
 * grade follow each answer; items marked not applicable are left out of the total; the conditional
 * rules of the form (e.g. no voice system) are ticked per record. The unit's earlier records of the
 * same form are listed with the change from one to the next.
 */
public class EvaluationPage implements PlanPage {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private final PlanEditorContext editor;
	private final SashForm sash;
	private final Combo formChoice;
	private final Combo unitChoice;
	private final EditableTable<EvaluationRecord> records;
	private final EditableTable<EvaluationRecord> history;
	private final Label result;
	private final Label gradeLabel;
	private final Label noForms;
	private final Composite rules;
	private final TreeViewer items;
	private EvaluationRecord current;

	EvaluationPage(Composite parent, PlanEditorContext editor) {
		this.editor = editor;
		sash = new SashForm(parent, SWT.HORIZONTAL);

		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(left);
		noForms = new Label(left, SWT.WRAP);
		noForms.setText(PageMessages.eval_noForms);
		GridDataFactory.fillDefaults().span(2, 1).hint(300, SWT.DEFAULT).applyTo(noForms);
		new Label(left, SWT.NONE).setText(PageMessages.eval_form);
		formChoice = new Combo(left, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(formChoice);
		new Label(left, SWT.NONE).setText(PageMessages.eval_unit);
		unitChoice = new Combo(left, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(unitChoice);
		Composite buttons = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
		button(buttons, PageMessages.eval_add, this::addRecord);
		button(buttons, PageMessages.eval_delete, () -> {
			if (current != null) {
				editor.editing().runAll(PageMessages.eval_delete,
						List.of(RemoveCommand.create(editor.getEditingDomain(), editor.plan(), P.getPlan_EvaluationRecords(), current)));
			}
		});
		Composite recordBox = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(recordBox);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(recordBox);
		records = new EditableTable<>(recordBox, editor, EvaluationRecord.class, -1);
		records.column(PageMessages.eval_unit, 130, r -> r.getUnit() == null ? "" : r.getUnit().getName())
				.column(PageMessages.eval_date, 110, r -> r.getDate() == null ? "" : pdca.model.logic.Terms.date(r.getDate()),
						(r, v) -> dateCommand(r, v), null)
				.column(PageMessages.eval_evaluator, 90, EvaluationRecord::getEvaluator,
						(r, v) -> set(r, P.getEvaluationRecord_Evaluator(), v.isBlank() ? null : v.strip()), null)
				.column(PageMessages.eval_score, 70, r -> Figures.number(EvaluationScorer.score(r).score()))
				.column(PageMessages.eval_grade, 70, this::grade)
				.column(PageMessages.eval_form, 200, r -> r.getForm() == null ? "" : Texts.oneLine(r.getForm().getText()));
		records.viewer().addSelectionChangedListener(e -> {
			show(e.getStructuredSelection().getFirstElement() instanceof EvaluationRecord r ? r : null);
			editor.pageSelectionChanged(this, e.getSelection());
		});
		Label h = new Label(left, SWT.NONE);
		h.setText(PageMessages.eval_history);
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(h);
		Composite historyBox = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(historyBox);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 150).applyTo(historyBox);
		history = new EditableTable<>(historyBox, editor, EvaluationRecord.class, 140);
		history.column(PageMessages.eval_date, 110, r -> r.getDate() == null ? "" : pdca.model.logic.Terms.date(r.getDate()))
				.column(PageMessages.eval_score, 70, r -> Figures.number(EvaluationScorer.score(r).score()))
				.column(PageMessages.eval_grade, 70, this::grade)
				.column(PageMessages.eval_change, 80, this::change);

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(right);
		result = new Label(right, SWT.NONE);
		result.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(result);
		gradeLabel = new Label(right, SWT.NONE);
		gradeLabel.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(gradeLabel);
		rules = new Composite(right, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(rules);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(rules);
		items = new TreeViewer(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		items.getTree().setHeaderVisible(true);
		items.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(items.getTree());
		items.setContentProvider(new FormContent());
		itemColumns();
		sash.setWeights(32, 68);
		refresh();
	}

	private String grade(EvaluationRecord r) {
		if (editor.plan().getScoringScheme() == null) {
			return "";
		}
		return GradeScale.grade(editor.plan().getScoringScheme(), EvaluationScorer.score(r).score()).map(b -> b.getName()).orElse("");
	}

	/** The change of score from the unit's previous record of the same form. */
	private String change(EvaluationRecord r) {
		Double change = EvaluationHistory.change(r).orElse(null);
		if (change == null) {
			return "";
		}
		double d = Figures.rounded(change);
		return MessageBundle.bind(d > 0 ? PageMessages.eval_changeUp : d < 0 ? PageMessages.eval_changeDown : PageMessages.eval_changeNone,
				Figures.change(change));
	}

	private List<EvaluationRecord> sameUnitAndForm(EvaluationRecord r) {
		List<EvaluationRecord> list = new ArrayList<>();
		for (EvaluationRecord o : editor.plan().getEvaluationRecords()) {
			if (o.getForm() == r.getForm() && o.getUnit() == r.getUnit()) {
				list.add(o);
			}
		}
		list.sort(Comparator.comparing(EvaluationRecord::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return list;
	}

	private final class FormContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof EvaluationForm f ? getChildren(f) : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof FormGroup g) {
				List<Object> children = new ArrayList<>(g.getSections());
				children.addAll(g.getItems());
				return children.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject e ? e.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	private void itemColumns() {
		column(PageMessages.eval_item, 460, n -> (n.getLabel() == null ? "" : n.getLabel() + " ") + Texts.oneLine(n.getText()), null);
		column(PageMessages.eval_max, 60, n -> CheckInCommands.number(n.getMaxPoints()), null);
		column(PageMessages.eval_answer, 200, this::answerText, new AnswerEditing());
		column(PageMessages.eval_points, 70, n -> {
			ItemAnswer a = n instanceof FormItem i ? answer(i) : null;
			return a == null || a.getPoints() == null ? "" : CheckInCommands.number(a.getPoints());
		}, new PointsEditing());
		column(PageMessages.eval_notApplicable, 70, n -> n instanceof FormItem i && answer(i) != null && answer(i).isNotApplicable() ? "✔" : "",
				new NotApplicableEditing());
		column(PageMessages.eval_note, 200, n -> {
			ItemAnswer a = n instanceof FormItem i ? answer(i) : null;
			return a == null || a.getNote() == null ? "" : a.getNote();
		}, new NoteEditing());
	}

	private void column(String title, int width, java.util.function.Function<FormNode, String> text, EditingSupport editing) {
		TreeViewerColumn c = new TreeViewerColumn(items, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof FormNode n ? text.apply(n) : "";
			}
		});
		if (editing != null) {
			c.setEditingSupport(editing);
		}
	}

	private String answerText(FormNode node) {
		if (!(node instanceof FormItem item)) {
			return "";
		}
		ItemAnswer a = answer(item);
		if (a == null) {
			return "";
		}
		if (a.isNotApplicable()) {
			return PageMessages.eval_notApplicable;
		}
		if (item instanceof YesNoItem) {
			return a.getChecked() == null ? "" : a.getChecked() ? PageMessages.eval_yes : PageMessages.eval_no;
		}
		if (item instanceof ChoiceItem) {
			return a.getChoice() == null ? "" : choiceText(a.getChoice());
		}
		return a.getPoints() == null ? "" : CheckInCommands.number(a.getPoints());
	}

	private static String choiceText(Choice c) {
		String range = c.getMinPoints() == c.getMaxPoints() ? CheckInCommands.number(c.getMaxPoints())
				: CheckInCommands.number(c.getMinPoints()) + "–" + CheckInCommands.number(c.getMaxPoints());
		return (c.getLabel() == null ? "" : c.getLabel() + " ") + Texts.oneLine(c.getText()) + "（" + range + "）";
	}

	ItemAnswer answer(FormItem item) {
		if (current == null) {
			return null;
		}
		for (ItemAnswer a : current.getAnswers()) {
			if (a.getItem() == item) {
				return a;
			}
		}
		return null;
	}

	/**
	 * Sets one feature of the answer to {@code item} in the current record, creating the answer if
	 * there is none yet. Returns whether anything changed.
	 */
	boolean answer(FormItem item, EStructuralFeature feature, Object value) {
		if (current == null) {
			return false;
		}
		ItemAnswer a = answer(item);
		Command command;
		if (a == null) {
			ItemAnswer created = PdcaFactory.eINSTANCE.createItemAnswer();
			created.setItem(item);
			created.eSet(feature, value);
			command = AddCommand.create(editor.getEditingDomain(), current, P.getEvaluationRecord_Answers(), created);
		} else {
			command = set(a, feature, value);
		}
		return command != null && editor.editing().runAll(PageMessages.eval_answer, List.of(command));
	}

	private abstract class ItemEditing extends EditingSupport {
		ItemEditing() {
			super(items);
		}

		@Override
		protected boolean canEdit(Object element) {
			return current != null && element instanceof FormItem;
		}
	}

	private final class AnswerEditing extends ItemEditing {
		private List<String> offered = List.of();

		@Override
		protected boolean canEdit(Object element) {
			return super.canEdit(element) && !(element instanceof ScoreItem);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			offered = new ArrayList<>(List.of(""));
			if (element instanceof YesNoItem) {
				offered.addAll(List.of(PageMessages.eval_yes, PageMessages.eval_no));
			} else if (element instanceof ChoiceItem c) {
				c.getChoices().forEach(ch -> offered.add(choiceText(ch)));
			}
			return new ComboBoxCellEditor(items.getTree(), offered.toArray(String[]::new), SWT.READ_ONLY);
		}

		@Override
		protected Object getValue(Object element) {
			return Math.max(0, offered.indexOf(answerText((FormNode) element)));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int i = (Integer) value;
			if (i < 0) {
				return;
			}
			if (element instanceof YesNoItem y) {
				answer(y, P.getItemAnswer_Checked(), i == 0 ? null : i == 1);
			} else if (element instanceof ChoiceItem c) {
				answer(c, P.getItemAnswer_Choice(), i == 0 ? null : c.getChoices().get(i - 1));
			}
		}
	}

	private final class PointsEditing extends ItemEditing {
		@Override
		protected boolean canEdit(Object element) {
			return super.canEdit(element) && (element instanceof ScoreItem || element instanceof ChoiceItem);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(items.getTree());
		}

		@Override
		protected Object getValue(Object element) {
			ItemAnswer a = answer((FormItem) element);
			return a == null || a.getPoints() == null ? "" : CheckInCommands.number(a.getPoints());
		}

		@Override
		protected void setValue(Object element, Object value) {
			FormItem item = (FormItem) element;
			String text = ((String) value).strip();
			if (text.isEmpty()) {
				answer(item, P.getItemAnswer_Points(), null);
				return;
			}
			double min = item instanceof ScoreItem s ? s.getMinPoints() : 0;
			double max = item.getMaxPoints();
			try {
				double v = pdca.model.logic.Values.number(text);
				if (v >= Math.min(min, 0) && v <= max) {
					editor.statusError(null);
					answer(item, P.getItemAnswer_Points(), v);
					return;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			editor.statusError(MessageBundle.bind(PageMessages.eval_badPoints, new Object[] { text, CheckInCommands.number(Math.min(min, 0)), CheckInCommands.number(max) }));
		}
	}

	private final class NotApplicableEditing extends ItemEditing {
		@Override
		protected boolean canEdit(Object element) {
			return super.canEdit(element) && ((FormItem) element).isNotApplicableAllowed();
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new ComboBoxCellEditor(items.getTree(), new String[] { "", PageMessages.eval_notApplicable }, SWT.READ_ONLY);
		}

		@Override
		protected Object getValue(Object element) {
			ItemAnswer a = answer((FormItem) element);
			return a != null && a.isNotApplicable() ? 1 : 0;
		}

		@Override
		protected void setValue(Object element, Object value) {
			answer((FormItem) element, P.getItemAnswer_NotApplicable(), Integer.valueOf(1).equals(value));
		}
	}

	private final class NoteEditing extends ItemEditing {
		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(items.getTree());
		}

		@Override
		protected Object getValue(Object element) {
			ItemAnswer a = answer((FormItem) element);
			return a == null || a.getNote() == null ? "" : a.getNote();
		}

		@Override
		protected void setValue(Object element, Object value) {
			String v = ((String) value).strip();
			answer((FormItem) element, P.getItemAnswer_Note(), v.isEmpty() ? null : v);
		}
	}

	private Command dateCommand(EvaluationRecord r, String value) {
		return editor.dateCommand(r, P.getEvaluationRecord_Date(), value);
	}

	private Command set(EObject owner, EStructuralFeature feature, Object value) {
		return editor.editing().setCommand(owner, feature, value);
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private List<Unit> units() {
		Plan plan = editor.plan();
		return plan.getOrganisation() == null ? List.of() : plan.getOrganisation().getUnits();
	}

	/** Adds a record of the chosen form for the chosen unit, dated today. */
	EvaluationRecord addRecord() {
		List<EvaluationForm> forms = editor.plan().getEvaluationForms();
		if (forms.isEmpty()) {
			return null;
		}
		EvaluationRecord r = PdcaFactory.eINSTANCE.createEvaluationRecord();
		r.setForm(forms.get(Math.max(0, formChoice.getSelectionIndex())));
		int unit = unitChoice.getSelectionIndex();
		if (unit >= 0 && unit < units().size()) {
			r.setUnit(units().get(unit));
		}
		r.setDate(LocalDate.now());
		editor.editing().addNew(editor.plan(), P.getPlan_EvaluationRecords(), r);
		records.viewer().setSelection(new StructuredSelection(r), true);
		return r;
	}

	private void show(EvaluationRecord record) {
		current = record;
		if (items.getInput() != (record == null ? null : record.getForm())) {
			items.setInput(record == null ? null : record.getForm());
			items.expandAll();
		} else {
			items.refresh();
		}
		for (Control c : rules.getChildren()) {
			c.dispose();
		}
		if (record != null && record.getForm() != null) {
			for (ScoringRule rule : record.getForm().getRules()) {
				Button b = new Button(rules, SWT.CHECK | SWT.WRAP);
				b.setText(Texts.oneLine(rule.getCondition()));
				b.setSelection(record.getAppliedRules().contains(rule));
				b.addListener(SWT.Selection, e -> {
					List<ScoringRule> applied = new ArrayList<>(current.getAppliedRules());
					if (b.getSelection()) {
						applied.add(rule);
					} else {
						applied.remove(rule);
					}
					editor.editing().runAll(PageMessages.eval_rules,
							List.of(SetCommand.create(editor.getEditingDomain(), current, P.getEvaluationRecord_AppliedRules(), applied)));
				});
			}
		}
		if (record == null) {
			result.setText("");
			gradeLabel.setText("");
			history.setInput(List.of());
		} else {
			EvaluationScorer.Result r = EvaluationScorer.score(record);
			String text = MessageBundle.bind(PageMessages.eval_result, new Object[] { Figures.number(r.earned()),
					Figures.number(r.possible()), Figures.number(r.score()) });
			if (!r.unanswered().isEmpty()) {
				text += "　" + MessageBundle.bind(PageMessages.eval_unanswered, r.unanswered().size());
			}
			result.setText(text);
			String g = grade(record);
			gradeLabel.setText(g.isEmpty() ? "" : MessageBundle.bind(PageMessages.eval_resultGrade, g));
			history.setInput(sameUnitAndForm(record));
		}
		rules.getParent().layout(true, true);
	}

	/** The result line of the selected record, for tests. */
	String resultText() {
		return result.getText();
	}

	/** The grade line of the selected record, for tests. */
	String gradeText() {
		return gradeLabel.getText();
	}

	/** The records list, for tests. */
	EditableTable<EvaluationRecord> records() {
		return records;
	}

	@Override
	public Control control() {
		return sash;
	}

	@Override
	public org.eclipse.jface.viewers.ISelection selection() {
		return records.viewer().getSelection();
	}

	@Override
	public void refresh() {
		Plan plan = editor.plan();
		noForms.setVisible(plan.getEvaluationForms().isEmpty());
		String[] forms = plan.getEvaluationForms().stream().map(f -> Texts.oneLine(f.getText())).toArray(String[]::new);
		int f = formChoice.getSelectionIndex();
		if (!java.util.Arrays.equals(forms, formChoice.getItems())) {
			formChoice.setItems(forms);
		}
		formChoice.select(Math.max(0, Math.min(f, forms.length - 1)));
		String[] unitNames = units().stream().map(Unit::getName).toArray(String[]::new);
		int u = unitChoice.getSelectionIndex();
		if (!java.util.Arrays.equals(unitNames, unitChoice.getItems())) {
			unitChoice.setItems(unitNames);
		}
		unitChoice.select(Math.max(0, Math.min(u, unitNames.length - 1)));
		List<EvaluationRecord> list = new ArrayList<>(plan.getEvaluationRecords());
		list.sort(Comparator.comparing(EvaluationRecord::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		records.setInput(list);
		if (current != null && current.eContainer() != plan) {
			current = null;
		}
		show(current);
	}

	@Override
	public boolean reveal(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof EvaluationRecord r) {
				records.viewer().setSelection(new StructuredSelection(r), true);
				return true;
			}
		}
		return false;
	}
}
