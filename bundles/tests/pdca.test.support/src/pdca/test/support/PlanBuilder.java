package pdca.test.support;

import java.time.LocalDate;

import pdca.model.Action;
import pdca.model.Agency;
import pdca.model.AgencyType;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.Method;
import pdca.model.Organisation;
import pdca.model.PdcaFactory;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.schedule.Schedule;

/**
 * A plan for a test, written as the plan reads: strategies, their methods and actions in order, each numbered
 * from 1 within its parent; owners, deadlines and KPIs go to the item added last. Only what is asked for is set.
 *
 * <pre>
 * Plan plan = PlanBuilder.plan("測試機關", 107).wholeYear()
 *         .strategy("服務一致及正確")
 *         .method("訂定各項人民申請案件之辦理期限").kpi("案件逾期率", 1.0, KpiDirection.LOWER_IS_BETTER)
 *         .action("每月檢視作業流程").owner("研考科").deadline("107年6月")
 *         .build();
 * </pre>
 */
public final class PlanBuilder {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	private final Plan plan = F.createPlan();
	private Strategy strategy;
	private Method method;
	private WorkItem last;

	private PlanBuilder() {
	}

	/** A plan with nothing set. */
	public static PlanBuilder plan() {
		return new PlanBuilder();
	}

	/**
	 * The plan of {@code agency} for ROC year {@code rocYear}: the agency, the year and the usual title
	 * ({@code 測試機關107年度提升服務品質執行計畫}).
	 */
	public static PlanBuilder plan(String agency, int rocYear) {
		PlanBuilder b = new PlanBuilder();
		Agency a = F.createAgency();
		a.setName(agency);
		b.plan.setAgency(a);
		b.plan.setRocYear(rocYear);
		b.plan.setTitle(agency + rocYear + "年度提升服務品質執行計畫");
		return b;
	}

	public PlanBuilder title(String title) {
		plan.setTitle(title);
		return this;
	}

	public PlanBuilder rocYear(int rocYear) {
		plan.setRocYear(rocYear);
		return this;
	}

	/** The agency's type; the agency must be there ({@link #plan(String, int)}). */
	public PlanBuilder agencyType(AgencyType type) {
		plan.getAgency().setType(type);
		return this;
	}

	/** The plan's period: the whole of its ROC year. */
	public PlanBuilder wholeYear() {
		Period period = F.createPeriod();
		int year = plan.getRocYear() + 1911;
		period.setStart(LocalDate.of(year, 1, 1));
		period.setEnd(LocalDate.of(year, 12, 31));
		plan.setPeriod(period);
		return this;
	}

	/** A unit of the agency's organisation (made when the plan has none). */
	public PlanBuilder unit(String name) {
		unitNamed(name);
		return this;
	}

	/** A strategy after the others; methods added next belong to it. */
	public PlanBuilder strategy(String text) {
		strategy = F.createStrategy();
		strategy.setNumber(plan.getStrategies().size() + 1);
		strategy.setText(text);
		plan.getStrategies().add(strategy);
		method = null;
		last = strategy;
		return this;
	}

	/** A method of the strategy added last; actions added next belong to it. */
	public PlanBuilder method(String text) {
		if (strategy == null) {
			throw new IllegalStateException("a method belongs to a strategy: add one first");
		}
		method = F.createMethod();
		method.setNumber(strategy.getMethods().size() + 1);
		method.setText(text);
		strategy.getMethods().add(method);
		last = method;
		return this;
	}

	/** An action of the method added last. */
	public PlanBuilder action(String text) {
		if (method == null) {
			throw new IllegalStateException("an action belongs to a method: add one first");
		}
		Action action = F.createAction();
		action.setNumber(method.getActions().size() + 1);
		action.setText(text);
		method.getActions().add(action);
		last = action;
		return this;
	}

	/** The unit that leads the item added last; a unit not yet in the organisation is added to it. */
	public PlanBuilder owner(String unit) {
		item().setLeadOwner(unitNamed(unit));
		return this;
	}

	/** A unit that helps with the item added last. */
	public PlanBuilder coOwner(String unit) {
		item().getCoOwners().add(unitNamed(unit));
		return this;
	}

	/** The deadline of the item added last, as a plan writes it ({@code 107年6月}, {@code 6月完成並持續辦理}). */
	public PlanBuilder deadline(String schedule) {
		item().setSchedule(Schedule.parse(schedule));
		return this;
	}

	/** A KPI of the item added last, with its target (or none) and direction. */
	public PlanBuilder kpi(String name, Double target, KpiDirection direction) {
		Kpi kpi = F.createKpi();
		kpi.setName(name);
		kpi.setTarget(target);
		kpi.setDirection(direction);
		item().getKpis().add(kpi);
		return this;
	}

	public Plan build() {
		return plan;
	}

	private WorkItem item() {
		if (last == null) {
			throw new IllegalStateException("no strategy, method or action yet");
		}
		return last;
	}

	private Unit unitNamed(String name) {
		if (plan.getOrganisation() == null) {
			Organisation organisation = F.createOrganisation();
			plan.setOrganisation(organisation);
		}
		for (Unit u : plan.getOrganisation().getUnits()) {
			if (name.equals(u.getName())) {
				return u;
			}
		}
		Unit unit = F.createUnit();
		unit.setName(name);
		plan.getOrganisation().getUnits().add(unit);
		return unit;
	}
}
