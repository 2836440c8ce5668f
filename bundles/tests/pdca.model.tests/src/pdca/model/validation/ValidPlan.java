package pdca.model.validation;

import java.time.LocalDate;

import pdca.model.Action;
import pdca.model.Agency;
import pdca.model.AgencyType;
import pdca.model.ActionStatus;
import pdca.model.Choice;
import pdca.model.ChoiceItem;
import pdca.model.Citation;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.FormSection;
import pdca.model.GradeBand;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.KpiFrequency;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.Organisation;
import pdca.model.PdcaFactory;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.ScoreItem;
import pdca.model.ScoringScheme;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.YesNoItem;
import pdca.model.schedule.Schedule;

/**
 * A small 107 plan with one of everything the rules look at, and nothing wrong with it. Tests break one thing
 * at a time. Owners sit on the actions (the method above them has none) and on the method without actions.
 *
 * <pre>
 * 一、服務一致及正確
 *   （一）訂定各項人民申請案件之辦理期限        KPI 案件逾期率 ≤ 1 %
 *     1. 每月檢視作業流程          研考科            107年6月
 *     2. 網頁提供申請案件透明化查詢  資訊科 (協辦 研考科) 3月、6月、9月、12月完成
 * 二、服務友善性
 *   （一）建置FAQ資料庫                        資訊科            6月完成並持續辦理
 * </pre>
 */
public final class ValidPlan {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	public final Plan plan;
	public final Citation basis;
	public final Unit research;
	public final Unit information;
	public final Strategy strategy1;
	public final Method method11;
	public final Action action1;
	public final Action action2;
	public final Kpi kpi;
	public final Strategy strategy2;
	public final Method method21;
	public final ProgressReport report;
	public final ReviewMeeting meeting;
	public final ImprovementAction improvement;
	public final EvaluationForm form;
	public final FormSection speedSection;
	public final YesNoItem answeredWithinTenSeconds;
	public final FormSection courtesySection;
	public final ChoiceItem greeting;
	public final ScoreItem answerContent;
	public final EvaluationRecord record;
	public final ScoringScheme scheme;

	public ValidPlan() {
		plan = F.createPlan();
		plan.setTitle("測試機關107年度提升服務品質執行計畫");
		Agency agency = F.createAgency();
		agency.setName("測試機關");
		agency.setType(AgencyType.OTHER);
		plan.setAgency(agency);
		plan.setRocYear(107);
		Period period = F.createPeriod();
		period.setStart(LocalDate.of(2018, 1, 1));
		period.setEnd(LocalDate.of(2018, 12, 31));
		plan.setPeriod(period);

		basis = F.createCitation();
		basis.setIssuer("行政院");
		basis.setDate(LocalDate.of(2017, 1, 9));
		basis.setDocumentNumber("院授發社字第1061300008號");
		basis.setTitle("政府服務躍升方案");
		plan.getBasis().add(basis);

		Organisation organisation = F.createOrganisation();
		research = unit("研考科");
		information = unit("資訊科");
		organisation.getUnits().add(research);
		organisation.getUnits().add(information);
		plan.setOrganisation(organisation);
		plan.getTargetUnits().add(research);
		plan.getTargetUnits().add(information);

		strategy1 = strategy(1, "服務一致及正確");
		method11 = method(strategy1, 1, "訂定各項人民申請案件之辦理期限");
		action1 = action(method11, 1, "每月檢視作業流程", research, "107年6月");
		action2 = action(method11, 2, "網頁提供申請案件透明化查詢", information, "3月、6月、9月、12月完成");
		action2.getCoOwners().add(research);
		kpi = F.createKpi();
		kpi.setName("案件逾期率");
		kpi.setUnit("%");
		kpi.setBaseline(2.0);
		kpi.setTarget(1.0);
		kpi.setDirection(KpiDirection.LOWER_IS_BETTER);
		kpi.setFrequency(KpiFrequency.QUARTERLY);
		Measurement measurement = F.createMeasurement();
		measurement.setRocYear(107);
		measurement.setQuarter(1);
		measurement.setValue(0.8);
		kpi.getMeasurements().add(measurement);
		method11.getKpis().add(kpi);

		strategy2 = strategy(2, "服務友善性");
		method21 = method(strategy2, 1, "建置FAQ資料庫");
		method21.setLeadOwner(information);
		method21.setSchedule(Schedule.parse("6月完成並持續辦理"));

		report = F.createProgressReport();
		report.setAction(action1);
		report.setRocYear(107);
		report.setQuarter(1);
		report.setStatus(ActionStatus.ON_TRACK);
		report.setProgress(50);
		plan.getProgressReports().add(report);

		meeting = F.createReviewMeeting();
		meeting.setRocYear(107);
		meeting.setQuarter(1);
		meeting.setDate(LocalDate.of(2018, 3, 30));
		improvement = F.createImprovementAction();
		improvement.setText("補充FAQ題目");
		improvement.setOwner(research);
		improvement.setDueDate(LocalDate.of(2018, 6, 30));
		improvement.setStatus(ImprovementStatus.OPEN);
		meeting.getImprovementActions().add(improvement);
		plan.getReviewMeetings().add(meeting);

		form = F.createEvaluationForm();
		form.setLabel("一、");
		form.setText("電話禮貌");
		form.setMaxPoints(100);
		speedSection = section("（一）", "接聽速度", 60);
		answeredWithinTenSeconds = F.createYesNoItem();
		answeredWithinTenSeconds.setLabel("1.");
		answeredWithinTenSeconds.setText("十秒內接聽");
		answeredWithinTenSeconds.setMaxPoints(30);
		speedSection.getItems().add(answeredWithinTenSeconds);
		YesNoItem noSecondRing = F.createYesNoItem();
		noSecondRing.setLabel("2.");
		noSecondRing.setText("無連打二次無人接聽");
		noSecondRing.setMaxPoints(30);
		speedSection.getItems().add(noSecondRing);
		courtesySection = section("（二）", "電話禮貌", 40);
		greeting = F.createChoiceItem();
		greeting.setLabel("1.");
		greeting.setText("接話應對情形");
		greeting.setMaxPoints(20);
		greeting.getChoices().add(choice("（1）", "清晰報明單位名稱", 16, 20));
		greeting.getChoices().add(choice("（2）", "未報明單位名稱", 0, 15));
		courtesySection.getItems().add(greeting);
		answerContent = F.createScoreItem();
		answerContent.setLabel("2.");
		answerContent.setText("答話內容");
		answerContent.setMaxPoints(20);
		answerContent.setMinPoints(0);
		courtesySection.getItems().add(answerContent);
		form.getSections().add(speedSection);
		form.getSections().add(courtesySection);
		plan.getEvaluationForms().add(form);

		record = F.createEvaluationRecord();
		record.setForm(form);
		record.setUnit(research);
		record.setDate(LocalDate.of(2018, 4, 10));
		plan.getEvaluationRecords().add(record);

		scheme = F.createScoringScheme();
		scheme.setName("評核成績等第");
		for (String band : new String[] { "優等:90", "甲等:80", "乙等:70", "丙等:60", "丁等:0" }) {
			GradeBand b = F.createGradeBand();
			b.setName(band.split(":")[0]);
			b.setMinScore(Double.parseDouble(band.split(":")[1]));
			scheme.getBands().add(b);
		}
		plan.setScoringScheme(scheme);
	}

	/** A unit in no organisation of this plan, e.g. one of another plan. */
	public static Unit unit(String name) {
		Unit unit = F.createUnit();
		unit.setName(name);
		return unit;
	}

	private Strategy strategy(int number, String text) {
		Strategy s = F.createStrategy();
		s.setNumber(number);
		s.setText(text);
		plan.getStrategies().add(s);
		return s;
	}

	private static Method method(Strategy strategy, int number, String text) {
		Method m = F.createMethod();
		m.setNumber(number);
		m.setText(text);
		strategy.getMethods().add(m);
		return m;
	}

	/** Adds an action with an owner and a deadline to {@code method}. */
	public static Action action(Method method, int number, String text, Unit owner, String schedule) {
		Action a = F.createAction();
		a.setNumber(number);
		a.setText(text);
		a.setLeadOwner(owner);
		a.setSchedule(Schedule.parse(schedule));
		method.getActions().add(a);
		return a;
	}

	private static FormSection section(String label, String text, double points) {
		FormSection s = F.createFormSection();
		s.setLabel(label);
		s.setText(text);
		s.setMaxPoints(points);
		return s;
	}

	private static Choice choice(String label, String text, double min, double max) {
		Choice c = F.createChoice();
		c.setLabel(label);
		c.setText(text);
		c.setMinPoints(min);
		c.setMaxPoints(max);
		return c;
	}
}
