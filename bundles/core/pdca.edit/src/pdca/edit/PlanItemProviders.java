package pdca.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import pdca.model.Dimension;
import pdca.model.Identified;
import pdca.model.Kpi;
import pdca.model.Method;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.Figures;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.Schedule;
import pdca.model.validation.ElementPaths;

/**
 * The item providers of the plan model, in the EMF.Edit tradition: what a tree shows of an element (its label and
 * its children) and which properties it has, with their names in the user's language. The Outline, the Structure
 * page's tree and the Properties view draw these answers; a property set through them is an undoable command of the
 * element's editing domain, made by {@link PlanCommands}.
 * <p>
 * The tree is the plan's structure: dimensions (where the plan has them) and strategies, their methods and
 * actions. An element's label is its printed number and its text on one line ("二、便民服務").
 */
public final class PlanItemProviders extends ReflectiveItemProviderAdapterFactory {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private final BiFunction<Plan, PlanElement, String> kinds;
	private final PlanItemProvider provider = new PlanItemProvider(this);

	/** Item providers that name an element's kind in the model's generic words (策略, 具體做法, …). */
	public PlanItemProviders() {
		this((plan, element) -> ElementPaths.kind(element));
	}

	/**
	 * Item providers that name an element's kind with {@code kinds}: the editor passes the words of the plan's agency
	 * template (策略 / 方法 for one, 構面 / 策略 / 措施 for another).
	 */
	public PlanItemProviders(BiFunction<Plan, PlanElement, String> kinds) {
		this.kinds = kinds;
	}

	@Override
	public Adapter createAdapter(Notifier target) {
		return provider;
	}

	/** The label of {@code element} in trees and lists: number and text on one line, a KPI's or unit's name. */
	public static String label(Object element) {
		if (element instanceof PlanElement e) {
			return Numbering.label(e) + " " + oneLine(e.getText());
		}
		if (element instanceof Kpi k) {
			return oneLine(k.getName());
		}
		if (element instanceof Unit u) {
			return ElementPaths.unitName(u);
		}
		if (element instanceof Plan p) {
			return oneLine(p.getTitle());
		}
		return element instanceof EObject o ? ElementPaths.describe(o) : String.valueOf(element);
	}

	/** {@code s} on one line (line breaks and runs of spaces become one space); null becomes "". */
	public static String oneLine(String s) {
		return s == null ? "" : s.replaceAll("\\s+", " ");
	}

	private static final class PlanItemProvider extends ReflectiveItemProvider {

		private final PlanItemProviders factory;

		PlanItemProvider(PlanItemProviders factory) {
			super(factory);
			this.factory = factory;
		}

		@Override
		public String getText(Object object) {
			return label(object);
		}

		@Override
		protected Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
			if (object instanceof Plan) {
				return List.of(P.getPlan_Dimensions(), P.getPlan_Strategies());
			}
			if (object instanceof Dimension) {
				return List.of(P.getDimension_Strategies());
			}
			if (object instanceof Strategy) {
				return List.of(P.getStrategy_Methods());
			}
			if (object instanceof Method) {
				return List.of(P.getMethod_Actions());
			}
			return List.of();
		}

		@Override
		public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
			List<IItemPropertyDescriptor> list = new ArrayList<>();
			if (object instanceof PlanElement) {
				list.add(computed("kind", e -> {
					Plan plan = PlanStructure.planOf(e);
					return plan == null ? ElementPaths.kind(e) : factory.kinds.apply(plan, (PlanElement) e);
				}));
				list.add(computed("number", e -> Numbering.path((PlanElement) e)));
				list.add(text("text", P.getPlanElement_Text(), true));
			}
			if (object instanceof WorkItem) {
				list.add(text("benefit", P.getWorkItem_ExpectedBenefit(), false));
				list.add(text("schedule", P.getWorkItem_Schedule(), false));
				list.add(computed("leadOwner", e -> name(((WorkItem) e).getLeadOwner())));
				list.add(computed("coOwners", e -> ((WorkItem) e).getCoOwners().stream().map(PlanItemProviders::name)
						.collect(Collectors.joining("、"))));
				list.add(computed("kpis", e -> ((WorkItem) e).getKpis().stream().map(k -> oneLine(k.getName()))
						.collect(Collectors.joining("、"))));
			}
			if (object instanceof PlanElement) {
				list.add(text("note", P.getPlanElement_Note(), false));
			}
			if (object instanceof Kpi) {
				list.add(text("kpiName", P.getKpi_Name(), true));
				list.add(text("kpiUnit", P.getKpi_Unit(), false));
				list.add(computed("kpiBaseline", e -> number(((Kpi) e).getBaseline())));
				list.add(computed("kpiTarget", e -> number(((Kpi) e).getTarget())));
				list.add(text("kpiDefinition", P.getKpi_Definition(), false));
			}
			if (object instanceof Unit) {
				list.add(text("name", P.getUnit_Name(), true));
				list.add(text("shortName", P.getUnit_ShortName(), false));
			}
			if (object instanceof Identified) {
				list.add(computed("id", e -> ((Identified) e).getId()));
			}
			return list;
		}

		private IItemPropertyDescriptor text(String id, EStructuralFeature feature, boolean required) {
			return new TextProperty(factory, id, feature, required);
		}

		private IItemPropertyDescriptor computed(String id, Function<EObject, String> value) {
			return new ComputedProperty(factory, id, value);
		}
	}

	private static String name(Unit unit) {
		return unit == null ? "" : oneLine(unit.getName());
	}

	private static String number(Double value) {
		return value == null ? "" : Figures.exact(value);
	}

	/** A text of the element, edited in place: a deadline is parsed as the plans write it, an empty optional text is none. */
	private static final class TextProperty extends ItemPropertyDescriptor {

		private final String id;
		private final boolean required;

		TextProperty(AdapterFactory factory, String id, EStructuralFeature feature, boolean required) {
			super(factory, null, EditMessages.get("property." + id), EditMessages.get("property." + id), feature, true, false, false,
					null, EditMessages.get("property.category"), null);
			this.id = id;
			this.required = required;
		}

		@Override
		public String getId(Object object) {
			return id;
		}

		@Override
		public Object getPropertyValue(Object object) {
			Object value = ((EObject) object).eGet(feature);
			return value instanceof Schedule s ? s.text() : value == null ? "" : value.toString();
		}

		@Override
		public boolean isPropertySet(Object object) {
			return false;
		}

		@Override
		public void setPropertyValue(Object object, Object value) {
			EObject owner = (EObject) object;
			String text = value == null ? "" : value.toString();
			Object newValue;
			if (feature == P.getWorkItem_Schedule()) {
				newValue = text.isBlank() ? null : Schedule.parse(text.strip());
			} else if (required) {
				newValue = text;
			} else {
				newValue = text.isEmpty() ? null : text;
			}
			EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(owner);
			if (domain == null) {
				owner.eSet(feature, newValue); // an element of no editor (a test, a copy)
			} else {
				new PlanCommands(domain).set(owner, feature, newValue);
			}
		}
	}

	/** A figure of the element shown for reference, computed from the plan (its number, owners, KPIs): not edited here. */
	private static final class ComputedProperty extends ItemPropertyDescriptor {

		private final String id;
		private final Function<EObject, String> value;

		ComputedProperty(AdapterFactory factory, String id, Function<EObject, String> value) {
			super(factory, null, EditMessages.get("property." + id), EditMessages.get("property." + id), (EStructuralFeature) null,
					false, false, false, null, EditMessages.get("property.category"), null);
			this.id = id;
			this.value = value;
		}

		@Override
		public String getId(Object object) {
			return id;
		}

		@Override
		public Object getPropertyValue(Object object) {
			String v = value.apply((EObject) object);
			return v == null ? "" : v;
		}

		@Override
		public boolean canSetProperty(Object object) {
			return false;
		}

		@Override
		public boolean isPropertySet(Object object) {
			return false;
		}

		@Override
		public void setPropertyValue(Object object, Object value) {
			// computed: changed where it comes from
		}

		@Override
		public void resetPropertyValue(Object object) {
			// computed: nothing to reset
		}
	}
}
