package pdca.model.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import pdca.model.Action;
import pdca.model.Choice;
import pdca.model.ChoiceItem;
import pdca.model.Citation;
import pdca.model.Dimension;
import pdca.model.EvaluationRecord;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.FormSection;
import pdca.model.GradeBand;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.ProgressReport;
import pdca.model.ScoringScheme;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.i18n.Messages;
import pdca.model.io.OutsideReferences;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.RocDate;
import pdca.model.schedule.Schedule;

/**
 * The validation rules of a plan, as an EMF validator: EMF's own checks (multiplicities,
 * unresolved references, unique ids) plus the rules a planning office cares about. Messages
 * say what is wrong and what to do, in Traditional Chinese or English.
 */
public class PlanValidator extends EObjectValidator {

	/** Diagnostic source of these rules. */
	public static final String SOURCE = "pdca.model";

	public static final int PLAN_TITLE_EMPTY = 1;
	public static final int AGENCY_NAME_EMPTY = 2;
	public static final int ROC_YEAR_INVALID = 3;
	public static final int PERIOD_REVERSED = 4;
	public static final int TEXT_EMPTY = 5;
	public static final int NUMBER_DUPLICATE = 6;
	public static final int NUMBER_GAP = 7;
	public static final int NO_OWNER = 8;
	public static final int OWNER_OUTSIDE_ORGANISATION = 9;
	public static final int SCHEDULE_UNPARSED = 10;
	public static final int DEADLINE_OUTSIDE_PERIOD = 11;
	public static final int KPI_NO_TARGET = 12;
	public static final int KPI_NO_NAME = 13;
	public static final int NO_STRATEGIES = 14;
	public static final int PROGRESS_OUT_OF_RANGE = 15;
	public static final int QUARTER_INVALID = 16;
	public static final int REPORT_WITHOUT_ITEM = 17;
	public static final int IMPROVEMENT_NO_OWNER = 18;
	public static final int IMPROVEMENT_NO_DUE_DATE = 19;
	public static final int IMPROVEMENT_CLOSED_WITHOUT_DATE = 20;
	public static final int FORM_POINTS_MISMATCH = 21;
	public static final int CHOICE_RANGE_INVALID = 22;
	public static final int GRADE_BANDS_DUPLICATE = 23;
	public static final int LEAD_ALSO_CO_OWNER = 24;
	public static final int CITATION_INCOMPLETE = 25;
	public static final int RECORD_WITHOUT_FORM = 26;
	public static final int KPI_THRESHOLDS_INVALID = 27;
	public static final int OUTSIDE_REFERENCE = 28;
	public static final int VALUE_NOT_FINITE = 29;
	public static final int DATE_BEFORE_ROC = 30;

	/** The first day of the ROC calendar (民國1年1月1日); no date of a plan lies before it. */
	public static final LocalDate FIRST_ROC_DAY = LocalDate.of(RocDate.YEAR_OFFSET + 1, 1, 1);

	/** The shared instance, registered for the plan package by {@link PlanValidation}. */
	public static final PlanValidator INSTANCE = new PlanValidator();

	private static final double EPSILON = 0.001;

	@Override
	protected org.eclipse.emf.ecore.EPackage getEPackage() {
		return PdcaPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// EMF's own checks (unique ids, dangling references, ...). super.validate(EClass, ...) would run them only
		// for the class whose classifier id happens to equal EcorePackage.EOBJECT, since getEPackage() is ours.
		boolean ok = validate_EveryDefaultConstraint(object, diagnostics, context);
		List<Diagnostic> found = new ArrayList<>();
		check(object, found);
		if (diagnostics != null) {
			found.forEach(diagnostics::add);
		}
		return ok && found.stream().noneMatch(d -> d.getSeverity() == Diagnostic.ERROR);
	}

	/**
	 * Left to {@link #OUTSIDE_REFERENCE}: a reference to an element of another document is reported in the user's
	 * language, naming the reference, and without trying to resolve it (EMF's own check would, and would then say
	 * "contains an unresolved proxy" in English).
	 */
	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private void check(EObject object, List<Diagnostic> out) {
		checkOutsideReferences(object, out);
		checkValues(object, out);
		if (object instanceof Plan plan) {
			checkPlan(plan, out);
		}
		if (object instanceof PlanElement element) {
			checkElement(element, out);
		}
		if (object instanceof WorkItem item) {
			checkWorkItem(item, out);
		}
		if (object instanceof Kpi kpi) {
			checkKpi(kpi, out);
		}
		if (object instanceof Measurement m && (m.getQuarter() < 0 || m.getQuarter() > 4)) {
			out.add(error(QUARTER_INVALID, m, PdcaPackage.Literals.MEASUREMENT__QUARTER, "rule.quarterInvalid", m.getQuarter()));
		}
		if (object instanceof ProgressReport report) {
			checkReport(report, out);
		}
		if (object instanceof ImprovementAction action) {
			checkImprovement(action, out);
		}
		if (object instanceof FormGroup group) {
			checkFormGroup(group, out);
		}
		if (object instanceof ChoiceItem item) {
			checkChoices(item, out);
		}
		if (object instanceof ScoringScheme scheme) {
			checkScheme(scheme, out);
		}
		if (object instanceof Citation citation) {
			checkCitation(citation, out);
		}
		if (object instanceof EvaluationRecord record && record.getForm() == null) {
			out.add(error(RECORD_WITHOUT_FORM, record, PdcaPackage.Literals.EVALUATION_RECORD__FORM, "rule.recordWithoutForm"));
		}
	}

	private void checkPlan(Plan plan, List<Diagnostic> out) {
		checkKpiThresholds(plan, out);
		if (isBlank(plan.getTitle())) {
			out.add(error(PLAN_TITLE_EMPTY, plan, PdcaPackage.Literals.PLAN__TITLE, "rule.planTitleEmpty"));
		}
		if (plan.getAgency() == null || isBlank(plan.getAgency().getName())) {
			out.add(error(AGENCY_NAME_EMPTY, plan, PdcaPackage.Literals.PLAN__AGENCY, "rule.agencyNameEmpty"));
		}
		if (!validRocYear(plan.getRocYear())) {
			out.add(error(ROC_YEAR_INVALID, plan, PdcaPackage.Literals.PLAN__ROC_YEAR, "rule.rocYearInvalid",
					String.valueOf(plan.getRocYear()))); // as typed: "2018", not "2,018"
		}
		if (plan.getPeriod() != null && plan.getPeriod().getStart() != null && plan.getPeriod().getEnd() != null
				&& plan.getPeriod().getEnd().isBefore(plan.getPeriod().getStart())) {
			out.add(error(PERIOD_REVERSED, plan, PdcaPackage.Literals.PLAN__PERIOD, "rule.periodReversed",
					date(plan.getPeriod().getStart()), date(plan.getPeriod().getEnd())));
		}
		if (plan.getStrategies().isEmpty() && plan.getDimensions().stream().allMatch(d -> d.getStrategies().isEmpty())) {
			out.add(warning(NO_STRATEGIES, plan, PdcaPackage.Literals.PLAN__STRATEGIES, "rule.noStrategies"));
		}
		for (Unit unit : plan.getTargetUnits()) {
			if (!inOrganisation(plan, unit)) {
				out.add(error(OWNER_OUTSIDE_ORGANISATION, plan, PdcaPackage.Literals.PLAN__TARGET_UNITS,
						"rule.targetUnitOutside", ElementPaths.unitName(unit)));
			}
		}
		checkNumbering(plan.getDimensions(), out);
		checkNumbering(plan.getStrategies(), out);
	}

	private void checkElement(PlanElement element, List<Diagnostic> out) {
		if (isBlank(element.getText())) {
			out.add(error(TEXT_EMPTY, element, PdcaPackage.Literals.PLAN_ELEMENT__TEXT, "rule.textEmpty"));
		}
		if (element instanceof Dimension d) {
			checkNumbering(d.getStrategies(), out);
		} else if (element instanceof Strategy s) {
			checkNumbering(s.getMethods(), out);
		} else if (element instanceof Method m) {
			checkNumbering(m.getActions(), out);
		}
	}

	/** Siblings must be numbered 1, 2, 3, … in order. */
	private void checkNumbering(List<? extends PlanElement> siblings, List<Diagnostic> out) {
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < siblings.size(); i++) {
			PlanElement e = siblings.get(i);
			if (!seen.add(e.getNumber())) {
				out.add(error(NUMBER_DUPLICATE, e, PdcaPackage.Literals.PLAN_ELEMENT__NUMBER, "rule.numberDuplicate", e.getNumber()));
			} else if (e.getNumber() != i + 1) {
				out.add(warning(NUMBER_GAP, e, PdcaPackage.Literals.PLAN_ELEMENT__NUMBER, "rule.numberGap", e.getNumber(), i + 1));
			}
		}
	}

	private void checkWorkItem(WorkItem item, List<Diagnostic> out) {
		Plan plan = PlanStructure.planOf(item);
		if (plan == null) {
			return;
		}
		boolean tracked = item instanceof Action || (item instanceof Method m && m.getActions().isEmpty());
		if (tracked && PlanStructure.effectiveOwners(item).isEmpty()) {
			out.add(warning(NO_OWNER, item, PdcaPackage.Literals.WORK_ITEM__LEAD_OWNER, "rule.noOwner"));
		}
		if (item.getLeadOwner() != null && !inOrganisation(plan, item.getLeadOwner())) {
			out.add(error(OWNER_OUTSIDE_ORGANISATION, item, PdcaPackage.Literals.WORK_ITEM__LEAD_OWNER, "rule.ownerOutside",
					ElementPaths.unitName(item.getLeadOwner())));
		}
		for (Unit unit : item.getCoOwners()) {
			if (!inOrganisation(plan, unit)) {
				out.add(error(OWNER_OUTSIDE_ORGANISATION, item, PdcaPackage.Literals.WORK_ITEM__CO_OWNERS, "rule.ownerOutside",
						ElementPaths.unitName(unit)));
			}
			if (unit == item.getLeadOwner()) {
				out.add(warning(LEAD_ALSO_CO_OWNER, item, PdcaPackage.Literals.WORK_ITEM__CO_OWNERS, "rule.leadAlsoCoOwner",
						ElementPaths.unitName(unit)));
			}
		}
		Schedule schedule = item.getSchedule();
		if (schedule != null) {
			if (!schedule.isParsed()) {
				out.add(warning(SCHEDULE_UNPARSED, item, PdcaPackage.Literals.WORK_ITEM__SCHEDULE, "rule.scheduleUnparsed",
						schedule.text()));
			} else {
				checkDeadlineInPeriod(plan, item, schedule, out);
			}
		}
	}

	private void checkDeadlineInPeriod(Plan plan, WorkItem item, Schedule schedule, List<Diagnostic> out) {
		if (!validRocYear(plan.getRocYear())) {
			return; // deadlines without a year cannot be placed; ROC_YEAR_INVALID says what to fix
		}
		LocalDate start;
		LocalDate end;
		if (plan.getPeriod() != null && plan.getPeriod().getStart() != null && plan.getPeriod().getEnd() != null) {
			start = plan.getPeriod().getStart();
			end = plan.getPeriod().getEnd();
		} else if (plan.getRocYear() > 0) {
			start = LocalDate.of(RocDate.toGregorian(plan.getRocYear()), 1, 1);
			end = LocalDate.of(RocDate.toGregorian(plan.getRocYear()), 12, 31);
		} else {
			return;
		}
		List<LocalDate> dates = new ArrayList<>(schedule.dueDates(plan.getRocYear()));
		if (schedule.from() != null) {
			dates.add(schedule.from().atDay(1));
		}
		for (LocalDate d : dates) {
			if (d.isBefore(start) || d.isAfter(end)) {
				out.add(error(DEADLINE_OUTSIDE_PERIOD, item, PdcaPackage.Literals.WORK_ITEM__SCHEDULE, "rule.deadlineOutside",
						schedule.text(), date(start), date(end)));
				return;
			}
		}
	}

	private void checkKpi(Kpi kpi, List<Diagnostic> out) {
		if (isBlank(kpi.getName())) {
			out.add(error(KPI_NO_NAME, kpi, PdcaPackage.Literals.KPI__NAME, "rule.kpiNoName"));
		}
		if (kpi.getTarget() == null) {
			out.add(error(KPI_NO_TARGET, kpi, PdcaPackage.Literals.KPI__TARGET, "rule.kpiNoTarget"));
		}
	}

	private void checkReport(ProgressReport report, List<Diagnostic> out) {
		if (report.getAction() == null) {
			out.add(error(REPORT_WITHOUT_ITEM, report, PdcaPackage.Literals.PROGRESS_REPORT__ACTION, "rule.reportWithoutItem"));
		}
		if (report.getQuarter() < 1 || report.getQuarter() > 4) {
			out.add(error(QUARTER_INVALID, report, PdcaPackage.Literals.PROGRESS_REPORT__QUARTER, "rule.quarterInvalid",
					report.getQuarter()));
		}
		if (report.getProgress() < 0 || report.getProgress() > 100) {
			out.add(error(PROGRESS_OUT_OF_RANGE, report, PdcaPackage.Literals.PROGRESS_REPORT__PROGRESS, "rule.progressOutOfRange",
					report.getProgress()));
		}
	}

	private void checkImprovement(ImprovementAction action, List<Diagnostic> out) {
		if (action.getOwner() == null) {
			out.add(warning(IMPROVEMENT_NO_OWNER, action, PdcaPackage.Literals.IMPROVEMENT_ACTION__OWNER, "rule.improvementNoOwner"));
		} else {
			Plan plan = PlanStructure.planOf(action);
			if (plan != null && !inOrganisation(plan, action.getOwner())) {
				out.add(error(OWNER_OUTSIDE_ORGANISATION, action, PdcaPackage.Literals.IMPROVEMENT_ACTION__OWNER,
						"rule.ownerOutside", ElementPaths.unitName(action.getOwner())));
			}
		}
		if (action.getDueDate() == null && action.getStatus() != ImprovementStatus.CLOSED
				&& action.getStatus() != ImprovementStatus.DROPPED) {
			out.add(warning(IMPROVEMENT_NO_DUE_DATE, action, PdcaPackage.Literals.IMPROVEMENT_ACTION__DUE_DATE,
					"rule.improvementNoDueDate"));
		}
		if (action.getStatus() == ImprovementStatus.CLOSED && action.getClosedOn() == null) {
			out.add(warning(IMPROVEMENT_CLOSED_WITHOUT_DATE, action, PdcaPackage.Literals.IMPROVEMENT_ACTION__CLOSED_ON,
					"rule.improvementClosedWithoutDate"));
		}
	}

	/** A group's stated points must equal what its parts add up to (the largest part if exclusive). */
	private void checkFormGroup(FormGroup group, List<Diagnostic> out) {
		if (group.getMaxPoints() <= 0 || (group.getItems().isEmpty() && group.getSections().isEmpty())) {
			return;
		}
		double parts;
		if (group.isExclusive()) {
			parts = 0;
			for (FormItem i : group.getItems()) {
				parts = Math.max(parts, i.getMaxPoints());
			}
			for (FormSection s : group.getSections()) {
				parts = Math.max(parts, s.getMaxPoints());
			}
		} else {
			parts = group.getItems().stream().mapToDouble(FormItem::getMaxPoints).sum()
					+ group.getSections().stream().mapToDouble(FormSection::getMaxPoints).sum();
		}
		if (Math.abs(parts - group.getMaxPoints()) > EPSILON) {
			out.add(error(FORM_POINTS_MISMATCH, group, PdcaPackage.Literals.FORM_NODE__MAX_POINTS, "rule.formPointsMismatch",
					fmt(group.getMaxPoints()), fmt(parts)));
		}
	}

	private void checkChoices(ChoiceItem item, List<Diagnostic> out) {
		for (Choice c : item.getChoices()) {
			if (c.getMinPoints() > c.getMaxPoints() || c.getMaxPoints() > item.getMaxPoints() + EPSILON || c.getMinPoints() < 0) {
				out.add(error(CHOICE_RANGE_INVALID, item, PdcaPackage.Literals.CHOICE_ITEM__CHOICES, "rule.choiceRangeInvalid",
						nullToEmpty(c.getLabel()), fmt(c.getMinPoints()), fmt(c.getMaxPoints()), fmt(item.getMaxPoints())));
			}
		}
	}

	private void checkScheme(ScoringScheme scheme, List<Diagnostic> out) {
		Set<Double> mins = new HashSet<>();
		for (GradeBand band : scheme.getBands()) {
			if (!mins.add(band.getMinScore())) {
				out.add(error(GRADE_BANDS_DUPLICATE, scheme, PdcaPackage.Literals.SCORING_SCHEME__BANDS, "rule.gradeBandsDuplicate",
						fmt(band.getMinScore())));
			}
		}
	}

	private void checkCitation(Citation citation, List<Diagnostic> out) {
		if (isBlank(citation.getIssuer()) || citation.getDate() == null || isBlank(citation.getTitle())) {
			out.add(warning(CITATION_INCOMPLETE, citation, PdcaPackage.Literals.CITATION__TITLE, "rule.citationIncomplete"));
		}
	}

	/** A reference to an element of another document: never followed, always an error (see {@link OutsideReferences}). */
	private void checkOutsideReferences(EObject object, List<Diagnostic> out) {
		for (OutsideReferences.Reference r : OutsideReferences.on(object)) {
			out.add(error(OUTSIDE_REFERENCE, object, r.reference(), "rule.outsideReference", featureLabel(r.reference()),
					r.target()));
		}
	}

	/**
	 * Numbers must be numbers (NaN and infinities parse from a file but mean nothing and turn every sum and ratio
	 * into nonsense); dates must lie in the ROC calendar, from 民國1年1月1日 on.
	 */
	private void checkValues(EObject object, List<Diagnostic> out) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.isMany() || !object.eIsSet(attribute) || attribute == PdcaPackage.Literals.PLAN__KPI_GREEN_PERCENT
					|| attribute == PdcaPackage.Literals.PLAN__KPI_AMBER_PERCENT) {
				continue; // the KPI thresholds have their own rule
			}
			Object value = object.eGet(attribute);
			if (value instanceof Double d && !Double.isFinite(d)) {
				out.add(error(VALUE_NOT_FINITE, object, attribute, "rule.valueNotFinite", featureLabel(attribute),
						Double.toString(d)));
			} else if (value instanceof LocalDate d && d.isBefore(FIRST_ROC_DAY)) {
				out.add(error(DATE_BEFORE_ROC, object, attribute, "rule.dateBeforeRoc", featureLabel(attribute), d.toString()));
			}
		}
	}

	/** The name of a feature in the user's language, e.g. "The lead owner" or 「主辦單位」. */
	private static String featureLabel(EStructuralFeature feature) {
		String label = Messages.get("feature." + feature.getEContainingClass().getName() + "." + feature.getName());
		return label.startsWith("!") ? Messages.get("feature.other") : label;
	}

	/** A date as the plans write it (106年2月17日), or ISO when it lies before the ROC calendar. */
	private static String date(LocalDate date) {
		return date.isBefore(FIRST_ROC_DAY) ? date.toString() : pdca.model.logic.Terms.date(date);
	}

	private static boolean validRocYear(int rocYear) {
		return rocYear >= 1 && rocYear <= 300;
	}

	private static boolean inOrganisation(Plan plan, Unit unit) {
		return unit != null && !unit.eIsProxy() && plan.getOrganisation() != null
				&& unit.eContainer() == plan.getOrganisation();
	}

	/** KPI thresholds in per cent: each above 0 (and at most 1000), amber not above green. */
	private void checkKpiThresholds(Plan plan, List<Diagnostic> out) {
		Double green = plan.getKpiGreenPercent();
		Double amber = plan.getKpiAmberPercent();
		if (green != null && (green.isNaN() || green <= 0 || green > 1000)) {
			out.add(error(KPI_THRESHOLDS_INVALID, plan, PdcaPackage.Literals.PLAN__KPI_GREEN_PERCENT, "rule.kpiThresholdRange",
					green));
		} else if (amber != null && (amber.isNaN() || amber <= 0 || amber > 1000)) {
			out.add(error(KPI_THRESHOLDS_INVALID, plan, PdcaPackage.Literals.PLAN__KPI_AMBER_PERCENT, "rule.kpiThresholdRange",
					amber));
		} else if (amber != null && amber > (green == null ? 100.0 : green)) {
			out.add(error(KPI_THRESHOLDS_INVALID, plan, PdcaPackage.Literals.PLAN__KPI_AMBER_PERCENT, "rule.kpiAmberAboveGreen",
					amber, green == null ? 100.0 : green));
		}
	}

	private static Diagnostic error(int code, EObject object, EStructuralFeature feature, String key, Object... args) {
		return diagnostic(Diagnostic.ERROR, code, object, feature, key, args);
	}

	private static Diagnostic warning(int code, EObject object, EStructuralFeature feature, String key, Object... args) {
		return diagnostic(Diagnostic.WARNING, code, object, feature, key, args);
	}

	/** Texts of the plan quoted in a message are cut to this many characters: a pasted page must not make a page-long message. */
	private static final int QUOTED = 80;

	private static Diagnostic diagnostic(int severity, int code, EObject object, EStructuralFeature feature, String key,
			Object... args) {
		Object[] shown = args.clone();
		for (int i = 0; i < shown.length; i++) {
			if (shown[i] instanceof String text && text.length() > QUOTED) {
				shown[i] = ElementPaths.excerpt(text, QUOTED);
			}
		}
		return new BasicDiagnostic(severity, SOURCE, code, Messages.format(key, shown), new Object[] { object, feature });
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private static String fmt(double d) {
		return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
	}
}
