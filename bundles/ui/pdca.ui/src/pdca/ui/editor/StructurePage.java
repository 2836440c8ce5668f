package pdca.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
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

import pdca.edit.PlanItemProviders;
import pdca.model.Action;
import pdca.model.Dimension;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.RocDate;
import pdca.model.schedule.Schedule;
import pdca.ui.UiMessages;

/**
 * The Structure page: the tree dimension → strategy → method → action on the left, the selected
 * element's details on the right. Add, delete and move renumber automatically.
 */
public class StructurePage implements PlanPage {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private final PlanEditorContext editor;
	private final SashForm sash;
	private final TreeViewer tree;
	private final Label heading;
	private final Text text;
	private final Text description;
	private final Text benefit;
	private final Text schedule;
	private final Label scheduleMeaning;
	private final Combo leadOwner;
	private final org.eclipse.swt.widgets.List coOwners;
	private final Text note;
	private PlanElement current;
	private boolean filling;

	StructurePage(Composite parent, PlanEditorContext editor) {
		this.editor = editor;
		sash = new SashForm(parent, SWT.HORIZONTAL);

		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(left);
		Composite buttons = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
		button(buttons, UiMessages.plan_addStrategy, this::addStrategy);
		button(buttons, UiMessages.plan_addChild, this::addChild);
		button(buttons, UiMessages.plan_delete, () -> { if (current != null) editor.editing().delete(current); });
		button(buttons, UiMessages.plan_moveUp, () -> { if (current != null) editor.editing().move(current, -1); });
		button(buttons, UiMessages.plan_moveDown, () -> { if (current != null) editor.editing().move(current, 1); });
		tree = new TreeViewer(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getTree().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getTree());
		TreeViewerColumn item = new TreeViewerColumn(tree, SWT.LEFT);
		item.getColumn().setText(UiMessages.column_item);
		item.getColumn().setWidth(380);
		item.setLabelProvider(label(PlanItemProviders::label));
		TreeViewerColumn deadline = new TreeViewerColumn(tree, SWT.LEFT);
		deadline.getColumn().setText(UiMessages.column_deadline);
		deadline.getColumn().setWidth(140);
		deadline.setLabelProvider(label(e -> e instanceof WorkItem w && w.getSchedule() != null ? w.getSchedule().text() : ""));
		TreeViewerColumn owners = new TreeViewerColumn(tree, SWT.LEFT);
		owners.getColumn().setText(UiMessages.column_owners);
		owners.getColumn().setWidth(160);
		owners.setLabelProvider(label(e -> e instanceof WorkItem w ? ownerNames(w) : ""));
		tree.setContentProvider(ItemProviderViews.tree(editor.itemProviders()));
		tree.addSelectionChangedListener(e -> show((PlanElement) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		tree.addSelectionChangedListener(e -> editor.pageSelectionChanged(this, e.getSelection()));
		StructureDragAndDrop.install(tree, editor.editing());
		contextMenu();

		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(right);
		heading = new Label(right, SWT.WRAP);
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(heading);
		text = field(right, UiMessages.field_text, 5, P.getPlanElement_Text());
		description = field(right, UiMessages.field_description, 3, P.getMethod_Description());
		benefit = field(right, UiMessages.field_benefit, 3, P.getWorkItem_ExpectedBenefit());
		schedule = new Text(labelled(right, UiMessages.field_schedule), SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(schedule);
		schedule.addListener(SWT.FocusOut, e -> commitSchedule());
		schedule.addListener(SWT.DefaultSelection, e -> commitSchedule());
		schedule.addListener(SWT.Modify, e -> showScheduleMeaning(Schedule.parse(schedule.getText())));
		new Label(right, SWT.NONE);
		scheduleMeaning = new Label(right, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scheduleMeaning);
		leadOwner = new Combo(labelled(right, UiMessages.field_leadOwner), SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(leadOwner);
		leadOwner.addListener(SWT.Selection, e -> commitLeadOwner());
		coOwners = new org.eclipse.swt.widgets.List(labelled(right, UiMessages.field_coOwners), SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 90).applyTo(coOwners);
		coOwners.addListener(SWT.Selection, e -> commitCoOwners());
		note = field(right, UiMessages.field_note, 2, P.getPlanElement_Note());
		sash.setWeights(58, 42);

		tree.setInput(editor.plan());
		tree.expandToLevel(2);
		show(null);
	}

	/** The tree's context menu: add, move, delete, copy; others may contribute to "pdca.ui.structure". */
	private void contextMenu() {
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.add(action(UiMessages.plan_addStrategy, this::addStrategy));
		menu.add(action(UiMessages.plan_addChild, this::addChild));
		menu.add(new org.eclipse.jface.action.Separator());
		menu.add(command("pdca.ui.moveUp"));
		menu.add(command("pdca.ui.moveDown"));
		menu.add(new org.eclipse.jface.action.Separator());
		menu.add(command(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_COPY));
		menu.add(command(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_DELETE));
		menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
		tree.getTree().setMenu(menu.createContextMenu(tree.getTree()));
		Clipboards.register(editor, "pdca.ui.structure", menu, tree);
	}

	private static org.eclipse.jface.action.IAction action(String label, Runnable run) {
		return new org.eclipse.jface.action.Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private org.eclipse.jface.action.IContributionItem command(String id) {
		return new org.eclipse.ui.menus.CommandContributionItem(new org.eclipse.ui.menus.CommandContributionItemParameter(
				editor.getSite(), null, id, org.eclipse.ui.menus.CommandContributionItem.STYLE_PUSH));
	}

	@Override
	public boolean canDelete() {
		return current != null;
	}

	@Override
	public void delete() {
		if (current != null) {
			editor.editing().delete(current);
		}
	}

	@Override
	public boolean canCopy() {
		return current != null;
	}

	@Override
	public void copy() {
		if (current != null) {
			Clipboards.put(tree.getTree().getDisplay(), Numbering.label(current) + " " + (current.getText() == null ? "" : current.getText()));
		}
	}

	@Override
	public boolean canMove() {
		return current != null;
	}

	@Override
	public void move(int delta) {
		if (current != null) {
			PlanElement moved = current;
			editor.editing().move(moved, delta);
			reveal(moved);
		}
	}

	private static Composite labelled(Composite parent, String title) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(title);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(l);
		return parent;
	}

	private Text field(Composite parent, String title, int lines, EStructuralFeature feature) {
		Text t = new Text(labelled(parent, title), SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, t.getLineHeight() * lines + 6).applyTo(t);
		t.setData(feature);
		t.addListener(SWT.FocusOut, e -> commitText(t));
		return t;
	}

	private static void button(Composite parent, String title, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(title);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private static ColumnLabelProvider label(java.util.function.Function<PlanElement, String> f) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof PlanElement e ? f.apply(e) : "";
			}
		};
	}

	static String ownerNames(WorkItem item) {
		List<Unit> owners = new ArrayList<>();
		if (item.getLeadOwner() != null) {
			owners.add(item.getLeadOwner());
		}
		owners.addAll(item.getCoOwners());
		return owners.stream().map(Unit::getName).collect(Collectors.joining("、"));
	}


	@Override
	public Control control() {
		return sash;
	}

	/** The tree of this page, for tests. */
	public TreeViewer tree() {
		return tree;
	}

	/** The text field of the selected element, for tests. */
	public Text textField() {
		return text;
	}

	/** The lead owner chooser, for tests. */
	public Combo leadOwnerField() {
		return leadOwner;
	}

	/** The deadline field, for tests. */
	public Text scheduleField() {
		return schedule;
	}

	@Override
	public org.eclipse.jface.viewers.ISelection selection() {
		return tree.getSelection();
	}

	@Override
	public void refresh() {
		if (tree.getInput() != editor.plan()) {
			tree.setInput(editor.plan());
			tree.expandToLevel(2);
			current = null;
		} else {
			tree.refresh();
		}
		if (current != null && PlanStructure.planOf(current) != editor.plan()) {
			current = null;
		}
		show(current);
	}

	@Override
	public boolean reveal(EObject element) {
		EObject target = element;
		while (target != null && !(target instanceof PlanElement)) {
			target = target.eContainer();
		}
		if (target == null) {
			return false;
		}
		tree.refresh();
		tree.setSelection(new StructuredSelection(target), true);
		return true;
	}

	private void show(PlanElement element) {
		current = element;
		filling = true;
		try {
			boolean work = element instanceof WorkItem;
			heading.setText(element == null ? UiMessages.plan_selectAnElement : kind(element) + " " + Numbering.path(element));
			setText(text, element == null ? "" : element.getText(), element != null);
			setText(note, element == null ? "" : element.getNote(), element != null);
			setText(description, element instanceof Method m ? m.getDescription() : "", element instanceof Method);
			setText(benefit, work ? ((WorkItem) element).getExpectedBenefit() : "", work);
			Schedule s = work ? ((WorkItem) element).getSchedule() : null;
			setText(schedule, s == null ? "" : s.text(), work);
			showScheduleMeaning(s);
			List<Unit> units = units();
			leadOwner.setItems(units.stream().map(Unit::getName).toArray(String[]::new));
			leadOwner.add("", 0);
			coOwners.setItems(units.stream().map(Unit::getName).toArray(String[]::new));
			leadOwner.setEnabled(work);
			coOwners.setEnabled(work);
			if (work) {
				WorkItem w = (WorkItem) element;
				leadOwner.select(w.getLeadOwner() == null ? 0 : units.indexOf(w.getLeadOwner()) + 1);
				coOwners.deselectAll();
				for (Unit u : w.getCoOwners()) {
					coOwners.select(units.indexOf(u));
				}
			} else {
				leadOwner.select(0);
				coOwners.deselectAll();
			}
			heading.getParent().layout(true);
		} finally {
			filling = false;
		}
	}

	private static void setText(Text t, String value, boolean enabled) {
		String v = value == null ? "" : value;
		if (!t.getText().equals(v)) {
			t.setText(v);
		}
		t.setEnabled(enabled);
	}

	private void showScheduleMeaning(Schedule s) {
		if (s == null || s.text().isBlank()) {
			scheduleMeaning.setText("");
		} else if (!s.isParsed()) {
			scheduleMeaning.setText(UiMessages.schedule_notUnderstood);
		} else {
			int year = editor.plan().getRocYear();
			String dates = s.dueDates(year).stream().map(RocDate::format).collect(Collectors.joining("、"));
			String kind = switch (s.kind()) {
				case BY_MONTH -> UiMessages.schedule_byMonth;
				case RANGE -> UiMessages.schedule_range;
				case RECURRING -> UiMessages.schedule_recurring;
				case DONE_THEN_ONGOING -> UiMessages.schedule_doneThenOngoing;
				case ONGOING -> UiMessages.schedule_ongoing;
				default -> "";
			};
			scheduleMeaning.setText(kind + (dates.isEmpty() ? "" : "：" + dates));
		}
		scheduleMeaning.getParent().layout(true);
	}

	private String kind(PlanElement e) {
		return pdca.ui.PlanTemplates.levelName(editor.plan(), e);
	}

	private List<Unit> units() {
		Plan plan = editor.plan();
		return plan.getOrganisation() == null ? List.of() : plan.getOrganisation().getUnits();
	}

	private void commitText(Text t) {
		if (filling || current == null || !t.isEnabled()) {
			return;
		}
		EStructuralFeature feature = (EStructuralFeature) t.getData();
		if (!feature.getEContainingClass().isInstance(current)) {
			return;
		}
		String value = t.getText().isEmpty() && feature != P.getPlanElement_Text() ? null : t.getText();
		editor.editing().set(current, feature, value);
	}

	private void commitSchedule() {
		if (filling || !(current instanceof WorkItem w)) {
			return;
		}
		String written = schedule.getText().strip();
		Schedule value = written.isEmpty() ? null : Schedule.parse(written);
		editor.editing().set(w, P.getWorkItem_Schedule(), value);
	}

	private void commitLeadOwner() {
		if (filling || !(current instanceof WorkItem w)) {
			return;
		}
		int index = leadOwner.getSelectionIndex();
		editor.editing().set(w, P.getWorkItem_LeadOwner(), index <= 0 ? null : units().get(index - 1));
	}

	private void commitCoOwners() {
		if (filling || !(current instanceof WorkItem w)) {
			return;
		}
		List<Unit> chosen = new ArrayList<>();
		for (int i : coOwners.getSelectionIndices()) {
			chosen.add(units().get(i));
		}
		if (!chosen.equals(w.getCoOwners())) {
			editor.editing().runAll(UiMessages.field_coOwners, List.of(org.eclipse.emf.edit.command.SetCommand
					.create(editor.getEditingDomain(), w, P.getWorkItem_CoOwners(), chosen)));
		}
	}

	private void addStrategy() {
		Plan plan = editor.plan();
		Strategy s = PdcaFactory.eINSTANCE.createStrategy();
		s.setText(UiMessages.plan_newStrategyText);
		if (current != null && containing(current, Dimension.class) instanceof Dimension d) {
			editor.editing().add(d, P.getDimension_Strategies(), s);
		} else {
			editor.editing().add(plan, P.getPlan_Strategies(), s);
		}
		reveal(s);
	}

	private void addChild() {
		PlanElement child;
		EReference feature;
		EObject owner = current;
		if (current instanceof Dimension) {
			child = PdcaFactory.eINSTANCE.createStrategy();
			feature = P.getDimension_Strategies();
		} else if (current instanceof Strategy) {
			child = PdcaFactory.eINSTANCE.createMethod();
			feature = P.getStrategy_Methods();
		} else if (current instanceof Method) {
			child = PdcaFactory.eINSTANCE.createAction();
			feature = P.getMethod_Actions();
		} else if (current instanceof Action a) {
			owner = a.eContainer();
			child = PdcaFactory.eINSTANCE.createAction();
			feature = P.getMethod_Actions();
		} else {
			return;
		}
		child.setText(UiMessages.plan_newElementText);
		editor.editing().add(owner, feature, child);
		reveal(child);
	}

	private static EObject containing(EObject e, Class<?> type) {
		for (EObject o = e; o != null; o = o.eContainer()) {
			if (type.isInstance(o)) {
				return o;
			}
		}
		return null;
	}
}
