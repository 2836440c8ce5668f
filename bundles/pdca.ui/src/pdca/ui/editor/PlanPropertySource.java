package pdca.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import pdca.edit.CheckInCommands;
import pdca.model.Identified;
import pdca.model.Kpi;
import pdca.model.PdcaPackage;
import pdca.model.PlanElement;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.Numbering;
import pdca.model.schedule.Schedule;
import pdca.ui.PlanTemplates;
import pdca.ui.UiMessages;

/**
 * What the Properties view shows for an element of the plan, with the editor's words. Text
 * properties are editable there; each change is an undoable command of the editor.
 */
final class PlanPropertySource implements IPropertySource {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private record Property(IPropertyDescriptor descriptor, Function<EObject, Object> value, EStructuralFeature feature) {
	}

	private final PlanEditor editor;
	private final EObject element;
	private final Map<String, Property> properties = new LinkedHashMap<>();

	PlanPropertySource(PlanEditor editor, EObject element) {
		this.editor = editor;
		this.element = element;
		String item = UiMessages.propCategory;
		if (element instanceof PlanElement) {
			readOnly("kind", UiMessages.propKind, item, e -> PlanTemplates.levelName(editor.plan(), (PlanElement) e));
			readOnly("number", UiMessages.propNumber, item, e -> Numbering.path((PlanElement) e));
			editable("text", UiMessages.fieldText, item, P.getPlanElement_Text());
		}
		if (element instanceof WorkItem) {
			editable("benefit", UiMessages.fieldBenefit, item, P.getWorkItem_ExpectedBenefit());
			editable("schedule", UiMessages.fieldSchedule, item, P.getWorkItem_Schedule());
			readOnly("lead", UiMessages.fieldLeadOwner, item, e -> name(((WorkItem) e).getLeadOwner()));
			readOnly("coOwners", UiMessages.fieldCoOwners, item,
					e -> ((WorkItem) e).getCoOwners().stream().map(Unit::getName).collect(Collectors.joining("、")));
			readOnly("kpis", UiMessages.propKpis, item,
					e -> ((WorkItem) e).getKpis().stream().map(Kpi::getName).collect(Collectors.joining("、")));
		}
		if (element instanceof PlanElement) {
			editable("note", UiMessages.fieldNote, item, P.getPlanElement_Note());
		}
		if (element instanceof Kpi) {
			editable("name", UiMessages.kpiName, item, P.getKpi_Name());
			editable("unit", UiMessages.kpiUnit, item, P.getKpi_Unit());
			readOnly("baseline", UiMessages.kpiBaseline, item, e -> number(((Kpi) e).getBaseline()));
			readOnly("target", UiMessages.kpiTarget, item, e -> number(((Kpi) e).getTarget()));
			editable("definition", UiMessages.kpiDefinition, item, P.getKpi_Definition());
		}
		if (element instanceof Unit) {
			editable("name", UiMessages.propName, item, P.getUnit_Name());
			editable("shortName", UiMessages.propShortName, item, P.getUnit_ShortName());
		}
		if (element instanceof Identified) {
			readOnly("id", UiMessages.propId, item, e -> ((Identified) e).getId());
		}
	}

	private void readOnly(String id, String label, String category, Function<EObject, Object> value) {
		PropertyDescriptor d = new PropertyDescriptor(id, label);
		d.setCategory(category);
		properties.put(id, new Property(d, value, null));
	}

	private void editable(String id, String label, String category, EStructuralFeature feature) {
		PropertyDescriptor d = new TextPropertyDescriptor(id, label);
		d.setCategory(category);
		properties.put(id, new Property(d, e -> display(e.eGet(feature)), feature));
	}

	private static String display(Object value) {
		if (value instanceof Schedule s) {
			return s.text();
		}
		return value == null ? "" : value.toString();
	}

	private static String name(Unit unit) {
		return unit == null ? "" : unit.getName();
	}

	private static String number(Double value) {
		return value == null ? "" : CheckInCommands.number(value);
	}

	@Override
	public Object getEditableValue() {
		return element;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> list = new ArrayList<>();
		properties.values().forEach(p -> list.add(p.descriptor()));
		return list.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		Property p = properties.get(id);
		Object value = p == null ? null : p.value().apply(element);
		return value == null ? "" : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// nothing has a default to go back to
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		Property p = properties.get(id);
		if (p == null || p.feature() == null) {
			return;
		}
		String text = value == null ? "" : value.toString();
		Object newValue;
		if (p.feature() == P.getWorkItem_Schedule()) {
			newValue = text.isBlank() ? null : Schedule.parse(text.strip());
		} else if (p.feature() == P.getPlanElement_Text() || p.feature() == P.getKpi_Name() || p.feature() == P.getUnit_Name()) {
			newValue = text;
		} else {
			newValue = text.isEmpty() ? null : text;
		}
		editor.editing().set(element, p.feature(), newValue);
	}
}
