package pdca.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
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

import pdca.model.Organisation;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.PlanStructure;
import pdca.ui.UiMessages;

/**
 * The Organisation page: the units owners refer to, with the number of items each leads.
 * Units are added, renamed in place and deleted (deleting removes the unit from the items it
 * owned, which validation then reports).
 */
class OrganisationPage implements PlanPage {

	private final PlanEditorContext editor;
	private final Composite root;
	private final TableViewer units;

	OrganisationPage(Composite parent, PlanEditorContext editor) {
		this.editor = editor;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		Button add = new Button(bar, SWT.PUSH);
		add.setText(UiMessages.plan_addUnit);
		add.addListener(SWT.Selection, e -> addUnit());
		Button delete = new Button(bar, SWT.PUSH);
		delete.setText(UiMessages.plan_delete);
		delete.addListener(SWT.Selection, e -> deleteUnit());
		units = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION);
		units.addSelectionChangedListener(e -> editor.pageSelectionChanged(this, e.getSelection()));
		units.getTable().setHeaderVisible(true);
		units.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(units.getTable());
		TableViewerColumn name = new TableViewerColumn(units, SWT.LEFT);
		name.getColumn().setText(UiMessages.column_unit);
		name.getColumn().setWidth(300);
		name.setLabelProvider(ColumnLabelProvider.createTextProvider(u -> ((Unit) u).getName()));
		name.setEditingSupport(new EditingSupport(units) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(units.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				String n = ((Unit) element).getName();
				return n == null ? "" : n;
			}

			@Override
			protected void setValue(Object element, Object value) {
				editor.editing().set((Unit) element, PdcaPackage.Literals.UNIT__NAME, String.valueOf(value).strip());
			}
		});
		TableViewerColumn lead = new TableViewerColumn(units, SWT.RIGHT);
		lead.getColumn().setText(UiMessages.column_leads);
		lead.getColumn().setWidth(140);
		lead.setLabelProvider(ColumnLabelProvider.createTextProvider(u -> String.valueOf(itemsLedBy((Unit) u))));
		units.setContentProvider(ArrayContentProvider.getInstance());
		refresh();
	}

	private long itemsLedBy(Unit unit) {
		List<WorkItem> items = PlanStructure.trackedItems(editor.plan());
		return items.stream().filter(i -> {
			List<Unit> owners = PlanStructure.effectiveOwners(i);
			return !owners.isEmpty() && owners.get(0) == unit;
		}).count();
	}

	private void addUnit() {
		Plan plan = editor.plan();
		if (plan.getOrganisation() == null) {
			editor.editing().set(plan, PdcaPackage.Literals.PLAN__ORGANISATION, PdcaFactory.eINSTANCE.createOrganisation());
		}
		Organisation organisation = plan.getOrganisation();
		Unit unit = PdcaFactory.eINSTANCE.createUnit();
		unit.setName(UiMessages.plan_newUnitName);
		editor.editing().addNew(organisation, PdcaPackage.Literals.ORGANISATION__UNITS, unit);
		units.refresh();
		units.editElement(unit, 0);
	}

	private void deleteUnit() {
		Object selected = ((IStructuredSelection) units.getSelection()).getFirstElement();
		if (selected instanceof Unit unit) {
			editor.getEditingDomain().getCommandStack()
					.execute(DeleteCommand.create(editor.getEditingDomain(), unit));
		}
	}

	@Override
	public org.eclipse.jface.viewers.ISelection selection() {
		return units.getSelection();
	}

	@Override
	public Control control() {
		return root;
	}

	@Override
	public void refresh() {
		Organisation org = editor.plan().getOrganisation();
		units.setInput(org == null ? List.of() : org.getUnits());
	}

	@Override
	public boolean reveal(EObject element) {
		if (element instanceof Unit) {
			units.setSelection(new StructuredSelection(element), true);
			return true;
		}
		return false;
	}
}
