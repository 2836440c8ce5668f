package pdca.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.PlanElement;
import pdca.model.WorkItem;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.Numbering;
import pdca.ui.UiMessages;

/**
 * The KPIs page: every indicator of the plan with the item it belongs to, its unit, baseline,
 * target and direction, edited in place. A KPI is added to the item selected on the Structure
 * page.
 */
class KpiPage implements PlanPage {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private final PlanEditorContext editor;
	private final Composite root;
	private final TableViewer table;
	private final Label hint;

	KpiPage(Composite parent, PlanEditorContext editor) {
		this.editor = editor;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Button add = new Button(bar, SWT.PUSH);
		add.setText(UiMessages.kpi_add);
		add.addListener(SWT.Selection, e -> addKpi());
		Button delete = new Button(bar, SWT.PUSH);
		delete.setText(UiMessages.plan_delete);
		delete.addListener(SWT.Selection, e -> deleteKpi());
		hint = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
		table = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION);
		table.addSelectionChangedListener(e -> editor.pageSelectionChanged(this, e.getSelection()));
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
		column(UiMessages.kpi_item, 300, k -> k.eContainer() instanceof PlanElement e ? Numbering.path(e) + " " + Texts.oneLine(e.getText()) : "", null);
		column(UiMessages.kpi_name, 260, Kpi::getName, text(P.getKpi_Name(), s -> s));
		column(UiMessages.kpi_unit, 90, Kpi::getUnit, text(P.getKpi_Unit(), s -> s.isBlank() ? null : s));
		column(UiMessages.kpi_baseline, 90, k -> number(k.getBaseline()), text(P.getKpi_Baseline(), KpiPage::parse));
		column(UiMessages.kpi_target, 90, k -> number(k.getTarget()), text(P.getKpi_Target(), KpiPage::parse));
		column(UiMessages.kpi_direction, 140, k -> k.getDirection() == KpiDirection.LOWER_IS_BETTER ? UiMessages.kpi_lower : UiMessages.kpi_higher,
				direction());
		column(UiMessages.kpi_definition, 360, Kpi::getDefinition, text(P.getKpi_Definition(), s -> s.isBlank() ? null : s));
		table.setContentProvider(ArrayContentProvider.getInstance());
		refresh();
	}

	private void column(String title, int width, Function<Kpi, String> text, EditingSupport editing) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(ColumnLabelProvider.createTextProvider(k -> {
			String s = text.apply((Kpi) k);
			return s == null ? "" : s;
		}));
		if (editing != null) {
			c.setEditingSupport(editing);
		}
	}

	/** In-place text editing of one feature; {@code convert} turns the text into the value (an
	 * exception means the text is refused and the cell keeps its value). */
	private EditingSupport text(EStructuralFeature feature, Function<String, Object> convert) {
		return editing((k, value) -> {
			try {
				editor.editing().set(k, feature, convert.apply(String.valueOf(value).strip()));
			} catch (NumberFormatException e) {
				hint.setText(MessageBundle.bind(UiMessages.kpi_badNumber, value));
			}
			return null;
		}, k -> {
			Object v = k.eGet(feature);
			return v == null ? "" : v instanceof Double d ? number(d) : v.toString();
		}, new TextCellEditor(table.getTable()));
	}

	private EditingSupport direction() {
		ComboBoxCellEditor combo = new ComboBoxCellEditor(table.getTable(), new String[] { UiMessages.kpi_higher, UiMessages.kpi_lower },
				SWT.READ_ONLY);
		return editing((k, value) -> {
			editor.editing().set(k, P.getKpi_Direction(), KpiDirection.get((Integer) value));
			return null;
		}, k -> k.getDirection().getValue(), combo);
	}

	private EditingSupport editing(BiFunction<Kpi, Object, Void> set, Function<Kpi, Object> get, CellEditor cellEditor) {
		return new EditingSupport(table) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return cellEditor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return get.apply((Kpi) element);
			}

			@Override
			protected void setValue(Object element, Object value) {
				hint.setText("");
				set.apply((Kpi) element, value);
			}
		};
	}

	static Double parse(String s) {
		return s.isBlank() ? null : pdca.model.logic.Values.number(s);
	}

	private static String number(Double d) {
		return d == null ? "" : pdca.model.logic.Figures.exact(d);
	}


	void addKpi() {
		Object selected = editor.selectedStructureElement();
		if (!(selected instanceof WorkItem item)) {
			hint.setText(UiMessages.kpi_selectItem);
			return;
		}
		Kpi kpi = PdcaFactory.eINSTANCE.createKpi();
		kpi.setName(UiMessages.kpi_newName);
		editor.editing().addNew(item, P.getWorkItem_Kpis(), kpi);
		table.setSelection(new StructuredSelection(kpi), true);
		table.editElement(kpi, 1);
	}

	private void deleteKpi() {
		Object selected = ((IStructuredSelection) table.getSelection()).getFirstElement();
		if (selected instanceof Kpi kpi) {
			editor.getEditingDomain().getCommandStack().execute(DeleteCommand.create(editor.getEditingDomain(), kpi));
		}
	}

	/** All KPIs of the plan, in plan order. */
	List<Kpi> kpis() {
		List<Kpi> all = new ArrayList<>();
		for (var it = editor.plan().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Kpi k) {
				all.add(k);
			}
		}
		return all;
	}

	@Override
	public org.eclipse.jface.viewers.ISelection selection() {
		return table.getSelection();
	}

	@Override
	public Control control() {
		return root;
	}

	@Override
	public void refresh() {
		table.setInput(kpis());
		Object selected = editor.selectedStructureElement();
		if (hint.getText().isEmpty() || hint.getText().equals(UiMessages.kpi_selectItem)) {
			hint.setText(selected instanceof WorkItem w ? MessageBundle.bind(UiMessages.kpi_addsTo, Numbering.path(w)) : UiMessages.kpi_selectItem);
		}
		root.layout(true);
	}

	@Override
	public boolean reveal(EObject element) {
		if (element instanceof Kpi) {
			table.setSelection(new StructuredSelection(element), true);
			return true;
		}
		return false;
	}
}
