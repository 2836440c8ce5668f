import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;

import pdca.model.Action;
import pdca.model.ActionStatus;
import pdca.model.ChoiceItem;
import pdca.model.Decision;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.Evidence;
import pdca.model.Finding;
import pdca.model.FormGroup;
import pdca.model.FormItem;
import pdca.model.FormSection;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.ItemAnswer;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.KpiFrequency;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.ScoreItem;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.YesNoItem;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.Schedule;

/**
 * Writes the tracking samples of the sample workspace: copies of seed plans 105 and 106 with illustrative check-ins,
 * KPI measurements, review meetings and evaluation records (project "tracking"). The seed plans themselves are not
 * changed. Run by releng/samples/generate.sh; the output is deterministic.
 */
public class TrackingSamples {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	public static void main(String[] args) throws Exception {
		Path workspace = Path.of(args.length > 0 ? args[0] : "bundles/core/pdca.samples/workspace");
		Path plans = workspace.resolve("plans");
		Path tracking = workspace.resolve("tracking");
		Files.createDirectories(tracking.resolve("105"));
		Files.createDirectories(tracking.resolve("106"));
		Plan station = PlanFiles.load(plans.resolve("106/tainan-motor-vehicle-station.pdca"));
		Set<String> seedIds = ids(station);
		motorVehicleStation(station);
		stableIds(station, seedIds, "106/tainan-motor-vehicle-station.pdca");
		PlanFiles.save(station, tracking.resolve("106/tainan-motor-vehicle-station.pdca"));
		Plan keelung = PlanFiles.load(plans.resolve("105/keelung-city-election-commission.pdca"));
		Plan chiayi = PlanFiles.load(plans.resolve("100/chiayi-county-election-commission.pdca"));
		seedIds = ids(keelung);
		electionCommission(keelung, chiayi);
		stableIds(keelung, seedIds, "105/keelung-city-election-commission.pdca");
		PlanFiles.save(keelung, tracking.resolve("105/keelung-city-election-commission.pdca"));
		System.out.println("tracking samples written to " + tracking);
	}

	private static Set<String> ids(Plan plan) {
		Set<String> ids = new java.util.HashSet<>();
		plan.eAllContents().forEachRemaining(o -> {
			if (o instanceof pdca.model.Identified i) {
				ids.add(i.getId());
			}
		});
		ids.add(plan.getId());
		return ids;
	}

	/**
	 * The elements this generator added (their ids are random when made) get ids derived from the file and their
	 * order, so that writing the samples again gives the same files; the seed's elements keep theirs.
	 */
	private static void stableIds(Plan plan, Set<String> seedIds, String key) {
		int n = 0;
		for (var it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof pdca.model.Identified i && !seedIds.contains(i.getId())) {
				i.setId(java.util.UUID.nameUUIDFromBytes(("tracking/" + key + "#" + n++).getBytes(java.nio.charset.StandardCharsets.UTF_8))
						.toString());
			}
		}
	}

	// ===== 106 台南監理站: check-ins Q1–Q3, KPIs, two review meetings =====

	static void motorVehicleStation(Plan plan) {
		plan.setVersionLabel("追蹤範例（示意資料）");
		Unit licensing = unit(plan, "監理課");
		Unit testing = unit(plan, "考驗課");
		Unit plates = unit(plan, "牌照課");
		Unit general = unit(plan, "綜合業務課");
		List<Strategy> strategies = PlanStructure.strategies(plan);
		Method standard = strategies.get(0).getMethods().get(0);
		Method politeness = strategies.get(0).getMethods().get(2);
		Method survey = strategies.get(1).getMethods().get(2);
		Method online = strategies.get(2).getMethods().get(1);

		Kpi waiting = kpi(standard, "窗口平均等候時間", "分鐘", 12.0, 10.0, KpiDirection.LOWER_IS_BETTER,
				"臨櫃民眾自抽號至叫號之平均等候時間（取號系統統計）");
		measure(waiting, 1, 12.5, "1至3月");
		measure(waiting, 2, 9.8, "5月起尖峰時段增開臨時櫃台");
		measure(waiting, 3, 10.6, "7、8月暑期考照人潮");
		Kpi phone = kpi(politeness, "電話禮貌測試平均分數", "分", 85.0, 90.0, KpiDirection.HIGHER_IS_BETTER,
				"每季秘密客電話禮貌測試之平均分數");
		measure(phone, 1, 88, null);
		measure(phone, 2, 84, "業務單位接聽速度扣分較多");
		measure(phone, 3, 86, null);
		Kpi satisfaction = kpi(survey, "民眾滿意度", "%", 82.0, 85.0, KpiDirection.HIGHER_IS_BETTER,
				"臨櫃滿意度問卷「滿意」與「非常滿意」比率（半年調查一次）");
		satisfaction.setFrequency(KpiFrequency.HALF_YEARLY);
		measure(satisfaction, 2, 88.4, "上半年問卷 412 份");
		Kpi applications = kpi(online, "線上申辦件數", "件/季", 1100.0, 1500.0, KpiDirection.HIGHER_IS_BETTER,
				"監理服務網線上申辦之案件數");
		measure(applications, 1, 1210, null);
		measure(applications, 2, 1380, null);
		measure(applications, 3, 1290, "系統維護停機3日");

		Random random = new Random(106);
		List<Action> actions = PlanStructure.actions(plan);
		int index = 0;
		for (Action a : actions) {
			index++;
			Schedule s = PlanStructure.effectiveSchedule(a);
			String reporter = List.of("監理課", "考驗課", "牌照課", "綜合業務課").get(index % 4) + " 承辦人";
			if (index == 40) { // one action dropped after the first quarter
				report(plan, a, 1, ActionStatus.ON_TRACK, 20, "已蒐集跨機關服務流程資料。", reporter);
				report(plan, a, 2, ActionStatus.CANCELLED, 20, "經第1季檢討會議決議併入三、（一）單一窗口作法辦理，本項停止。", reporter);
				continue;
			}
			switch (s.kind()) {
				case RECURRING -> recurring(plan, a, s, index, reporter);
				case DONE_THEN_ONGOING -> doneThenOngoing(plan, a, s, random, reporter);
				default -> {
					for (int q = 1; q <= 3; q++) {
						report(plan, a, q, ActionStatus.ONGOING, 100, "持續辦理，按月檢視辦理情形。", reporter);
					}
				}
			}
		}

		ReviewMeeting first = meeting(plan, 1, LocalDate.of(2017, 4, 12));
		Finding longWait = finding(first, "窗口平均等候時間第1季為12.5分鐘，高於目標10分鐘；中午尖峰時段等候最久。", standard);
		Finding opinions = finding(first, "民眾意見來源分類統計未按季更新公告。", strategies.get(1).getMethods().get(1));
		Finding signs = finding(first, "新設全功能櫃台之動線指示不清，民眾常走錯櫃台。", strategies.get(2).getMethods().get(0));
		decision(first, "自5月起於11:30至13:30尖峰時段增開臨時櫃台一處，試辦三個月後檢討。");
		decision(first, "三、（二）所列跨機關服務流程整合作法併入三、（一）單一窗口作法辦理。");
		improvement(first, "尖峰時段增開臨時櫃台一處（試辦）", licensing, LocalDate.of(2017, 5, 31), ImprovementStatus.CLOSED,
				LocalDate.of(2017, 5, 26), "5月1日起試辦，5月平均等候時間降為9.6分鐘。", longWait);
		improvement(first, "民眾意見分類統計改為每季更新並公告於本站網站", general, LocalDate.of(2017, 6, 30),
				ImprovementStatus.IN_PROGRESS, null, null, opinions);
		improvement(first, "全功能櫃台動線指示牌重新設計並更換", plates, LocalDate.of(2017, 6, 15), ImprovementStatus.OPEN, null,
				null, signs);

		ReviewMeeting second = meeting(plan, 2, LocalDate.of(2017, 7, 11));
		Finding courtesy = finding(second, "電話禮貌測試第2季平均84分，未達90分目標；業務單位接聽速度扣分較多。", politeness);
		Finding faq = finding(second, "網站常見問答內容與現行規定不符（機車考照預約方式已改）。", strategies.get(4).getMethods().get(0));
		decision(second, "各課電話於鈴響四聲內接聽，由綜合業務課每月抽測並於下次會議報告。");
		improvement(second, "辦理電話禮貌加強訓練（各課至少2人次）", general, LocalDate.of(2017, 9, 30), ImprovementStatus.OPEN,
				null, null, courtesy);
		improvement(second, "網站常見問答全面檢視更新", licensing, LocalDate.of(2017, 8, 31), ImprovementStatus.CLOSED,
				LocalDate.of(2017, 8, 18), "8月18日更新32則問答。", faq);
		improvement(second, "暑期考照人潮分流：增開假日考照場次", testing, LocalDate.of(2017, 8, 31), ImprovementStatus.OPEN, null,
				null, longWait);
	}

	/** 3月、6月、9月、12月: reported each quarter; a few miss a quarter and show as late. */
	private static void recurring(Plan plan, Action a, Schedule s, int index, String reporter) {
		for (int q = 1; q <= 3; q++) {
			boolean halfYearly = !s.months().contains(3);
			if (halfYearly) { // 6月或12月: done in June, under way after
				if (q == 2 && index % 3 == 0) {
					report(plan, a, q, ActionStatus.AT_RISK, 70, "問卷回收率偏低，延長調查期間至7月。", reporter);
				} else {
					report(plan, a, q, q == 2 ? ActionStatus.DONE : ActionStatus.ON_TRACK, q == 2 ? 100 : 40,
							q == 2 ? "上半年調查完成，結果已簽陳站長。" : "調查規劃中。", reporter);
				}
				continue;
			}
			if (q == 3 && index % 4 == 1) {
				continue; // September not reported: late at the third review
			}
			if (q == 2 && index % 5 == 0) {
				continue; // June not reported
			}
			report(plan, a, q, ActionStatus.ONGOING, 25 * q, "第" + q + "季已辦理並完成紀錄。", reporter);
		}
	}

	/** 6月完成並持續辦理 (or 4月, 8月): most done by the deadline, some late. */
	private static void doneThenOngoing(Plan plan, Action a, Schedule s, Random random, String reporter) {
		int month = s.months().isEmpty() ? 0 : s.months().get(0);
		if (month == 0) { // 已完成並持續辦理
			for (int q = 1; q <= 3; q++) {
				report(plan, a, q, ActionStatus.ONGOING, 100, "已完成，持續辦理中。", reporter);
			}
			return;
		}
		int dueQuarter = (month - 1) / 3 + 1;
		int roll = random.nextInt(10);
		for (int q = 1; q <= 3; q++) {
			if (q < dueQuarter) {
				if (roll == 0 && q == 1) {
					continue; // first quarter not reported
				}
				report(plan, a, q, roll < 2 ? ActionStatus.AT_RISK : ActionStatus.ON_TRACK, 30 + 15 * q + roll,
						roll < 2 ? "人力不足，進度落後。" : "依規劃辦理中。", reporter);
			} else if (q == dueQuarter) {
				if (roll < 2) {
					report(plan, a, q, ActionStatus.DELAYED, 70 + roll * 5, "尚待資訊室配合修改系統，預計下季完成。", reporter);
				} else {
					ProgressReport r = report(plan, a, q, ActionStatus.DONE, 100, "已完成並公告周知。", reporter);
					if (roll % 3 == 0) {
						Evidence e = F.createEvidence();
						e.setTitle("辦理情形照片及簽到表");
						e.setLocation("evidence/" + (Numbering(a)) + "-q" + q + ".pdf");
						r.getEvidence().add(e);
					}
				}
			} else if (roll == 0) {
				report(plan, a, q, ActionStatus.DELAYED, 85, "仍在辦理中。", reporter); // still late
			} else if (roll == 1) {
				report(plan, a, q, ActionStatus.DONE, 100, "已於本季補辦完成。", reporter); // done late
			} else {
				report(plan, a, q, ActionStatus.ONGOING, 100, "已完成，持續辦理中。", reporter);
			}
		}
	}

	private static String Numbering(PlanElement e) {
		return pdca.model.logic.Numbering.path(e).replaceAll("[、（）.]", "-").replaceAll("-+", "-").replaceAll("-$", "");
	}

	// ===== 105 基隆市選舉委員會: evaluation records on the three forms, check-ins, a meeting =====

	static void electionCommission(Plan plan, Plan gradesFrom) {
		plan.setVersionLabel("追蹤範例（示意資料）");
		plan.setScoringScheme(EcoreUtil.copy(gradesFrom.getScoringScheme())); // the election template's grade bands
		List<Unit> units = plan.getOrganisation().getUnits();
		Unit first = units.get(0); // 第一組
		Unit fourth = units.get(1); // 第四組
		Unit admin = units.get(2); // 行政室
		EvaluationForm registration = plan.getEvaluationForms().get(0);
		EvaluationForm petition = plan.getEvaluationForms().get(1);
		EvaluationForm phone = plan.getEvaluationForms().get(2);

		// 一、候選人登記服務, 第一組: 90 in March, 94 in June, 83 in September (fell)
		EvaluationRecord r = record(plan, registration, first, LocalDate.of(2016, 3, 20), "研考人員");
		full(r, registration);
		no(r, registration.getSections().get(0).getItems().get(5));
		r = record(plan, registration, first, LocalDate.of(2016, 6, 18), "研考人員");
		full(r, registration);
		no(r, registration.getSections().get(1).getItems().get(1));
		r = record(plan, registration, first, LocalDate.of(2016, 9, 22), "研考人員");
		full(r, registration);
		no(r, registration.getSections().get(0).getItems().get(2));
		no(r, registration.getSections().get(2).getItems().get(1));
		r.setNote("登記期間服務櫃台人員臨時調派，服裝儀容未統一。");

		// 二、人民陳情之處理, 第四組: 58, 83, 95.3 (（四） not applicable in September)
		r = record(plan, petition, fourth, LocalDate.of(2016, 3, 15), "研考人員");
		yes(r, petition.getItems().get(0));
		no(r, petition.getItems().get(1));
		choose(r, (ChoiceItem) petition.getItems().get(2), 1, 8.0);
		yes(r, petition.getItems().get(3));
		r = record(plan, petition, fourth, LocalDate.of(2016, 6, 20), "研考人員");
		yes(r, petition.getItems().get(0));
		yes(r, petition.getItems().get(1));
		choose(r, (ChoiceItem) petition.getItems().get(2), 0, 13.0);
		no(r, petition.getItems().get(3));
		r = record(plan, petition, fourth, LocalDate.of(2016, 9, 10), "研考人員");
		yes(r, petition.getItems().get(0));
		yes(r, petition.getItems().get(1));
		choose(r, (ChoiceItem) petition.getItems().get(2), 0, 12.0);
		answer(r, petition.getItems().get(3)).setNotApplicable(true);
		r.setNote("本季無陳情獲改善之案例，（四）不適用。");

		// 三、電話禮貌, 行政室 (the switchboard) each quarter; the office has no voice system, so the rule applies
		for (int q = 1; q <= 3; q++) {
			r = record(plan, phone, admin, LocalDate.of(2016, 3 * q, 10 + q), "秘密客（他機關互測）");
			r.getAppliedRules().add(phone.getRules().get(0));
			full(r, phone);
			FormSection operator = phone.getSections().get(0);
			FormSection speed = operator.getSections().get(1);
			choose(r, (ChoiceItem) speed.getItems().get(0), 0, q == 2 ? 6.0 : 9.0); // rang longer in June
			if (q != 1) {
				no(r, operator.getSections().get(2).getItems().get(1));
			}
		}

		// check-ins: the methods are tracked themselves (no actions, no deadlines in the seed)
		Random random = new Random(105);
		int index = 0;
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			index++;
			for (int q = 1; q <= 3; q++) {
				int roll = random.nextInt(10);
				ActionStatus status = roll < 6 ? ActionStatus.ONGOING : roll < 8 ? ActionStatus.ON_TRACK
						: roll < 9 ? ActionStatus.DONE : ActionStatus.AT_RISK;
				int progress = status == ActionStatus.DONE ? 100 : Math.min(95, 20 * q + roll * 3);
				String note = switch (status) {
					case AT_RISK -> "選務工作繁重，本項進度受影響。";
					case DONE -> "已完成。";
					case ON_TRACK -> "依計畫辦理中。";
					default -> "持續辦理。";
				};
				ProgressReport p = report(plan, item, q, status, progress, note, index % 2 == 0 ? "第一組" : "行政室");
				p.setRocYear(105);
				p.setReportedOn(LocalDate.of(2016, 3 * q + 1, 5));
			}
		}
		Kpi days = kpi(PlanStructure.strategies(plan).get(1).getMethods().get(0), "人民陳情案件平均回復天數", "天", 4.5,
				3.0, KpiDirection.LOWER_IS_BETTER, "陳情案件自收文至回復之平均日數");
		measure(days, 105, 1, 4.2, null);
		measure(days, 105, 2, 3.1, null);
		measure(days, 105, 3, 2.8, null);

		ReviewMeeting meeting = F.createReviewMeeting();
		meeting.setTitle("105年第2季服務品質檢討會議");
		meeting.setRocYear(105);
		meeting.setQuarter(2);
		meeting.setDate(LocalDate.of(2016, 7, 8));
		meeting.setChair("主任委員");
		meeting.getAttendees().addAll(List.of("總幹事", "第一組組長", "第四組組長", "行政室主任"));
		plan.getReviewMeetings().add(meeting);
		Finding f = finding(meeting, "總機電話禮貌測試第2季接聽速度僅得6分（鈴響七聲）。", null);
		decision(meeting, "總機午休時段由行政室排定代理人接聽。");
		improvement(meeting, "總機午休代理人輪值表", admin, LocalDate.of(2016, 8, 31), ImprovementStatus.CLOSED,
				LocalDate.of(2016, 7, 20), "7月20日起實施。", f);
		improvement(meeting, "候選人登記櫃台人員服裝儀容規範", first, LocalDate.of(2016, 9, 30), ImprovementStatus.OPEN, null, null,
				null);
	}

	// ===== helpers =====

	private static Unit unit(Plan plan, String name) {
		Unit u = F.createUnit();
		u.setName(name);
		plan.getOrganisation().getUnits().add(u);
		return u;
	}

	private static Kpi kpi(WorkItem item, String name, String unit, Double baseline, double target, KpiDirection direction,
			String definition) {
		Kpi k = F.createKpi();
		k.setName(name);
		k.setUnit(unit);
		k.setBaseline(baseline);
		k.setTarget(target);
		k.setDirection(direction);
		k.setFrequency(KpiFrequency.QUARTERLY);
		k.setDefinition(definition);
		item.getKpis().add(k);
		return k;
	}

	private static void measure(Kpi kpi, int quarter, double value, String note) {
		measure(kpi, 106, quarter, value, note);
	}

	private static void measure(Kpi kpi, int year, int quarter, double value, String note) {
		Measurement m = F.createMeasurement();
		m.setRocYear(year);
		m.setQuarter(quarter);
		m.setValue(value);
		m.setNote(note);
		kpi.getMeasurements().add(m);
	}

	private static ProgressReport report(Plan plan, WorkItem item, int quarter, ActionStatus status, int progress,
			String narrative, String reporter) {
		ProgressReport r = F.createProgressReport();
		r.setAction(item);
		r.setRocYear(plan.getRocYear());
		r.setQuarter(quarter);
		r.setStatus(status);
		r.setProgress(progress);
		r.setNarrative(narrative);
		r.setReportedBy(reporter);
		r.setReportedOn(LocalDate.of(1911 + plan.getRocYear(), 3 * quarter + 1, 6));
		plan.getProgressReports().add(r);
		return r;
	}

	private static ReviewMeeting meeting(Plan plan, int quarter, LocalDate date) {
		ReviewMeeting m = F.createReviewMeeting();
		m.setTitle("106年第" + quarter + "季查核結果報告與檢討會議");
		m.setRocYear(106);
		m.setQuarter(quarter);
		m.setDate(date);
		m.setChair("站長");
		m.getAttendees().addAll(List.of("監理課課長", "考驗課課長", "牌照課課長", "綜合業務課課長", "提升服務品質工作推動小組"));
		plan.getReviewMeetings().add(m);
		return m;
	}

	private static Finding finding(ReviewMeeting m, String text, PlanElement subject) {
		Finding f = F.createFinding();
		f.setText(text);
		f.setSubject(subject);
		m.getFindings().add(f);
		return f;
	}

	private static void decision(ReviewMeeting m, String text) {
		Decision d = F.createDecision();
		d.setText(text);
		m.getDecisions().add(d);
	}

	private static ImprovementAction improvement(ReviewMeeting m, String text, Unit owner, LocalDate due,
			ImprovementStatus status, LocalDate closedOn, String closureNote, Finding finding) {
		ImprovementAction a = F.createImprovementAction();
		a.setText(text);
		a.setOwner(owner);
		a.setDueDate(due);
		a.setStatus(status);
		a.setClosedOn(closedOn);
		a.setClosureNote(closureNote);
		a.setFinding(finding);
		m.getImprovementActions().add(a);
		return a;
	}

	/** An evaluation of {@code unit} on {@code form} (the county samples make theirs with it too). */
	static EvaluationRecord record(Plan plan, EvaluationForm form, Unit unit, LocalDate date, String evaluator) {
		EvaluationRecord r = F.createEvaluationRecord();
		r.setForm(form);
		r.setUnit(unit);
		r.setDate(date);
		r.setEvaluator(evaluator);
		plan.getEvaluationRecords().add(r);
		return r;
	}

	static ItemAnswer answer(EvaluationRecord r, FormItem item) {
		r.getAnswers().removeIf(a -> a.getItem() == item);
		ItemAnswer a = F.createItemAnswer();
		a.setItem(item);
		r.getAnswers().add(a);
		return a;
	}

	private static void yes(EvaluationRecord r, FormItem item) {
		answer(r, item).setChecked(true);
	}

	private static void no(EvaluationRecord r, FormItem item) {
		answer(r, item).setChecked(false);
	}

	private static void choose(EvaluationRecord r, ChoiceItem item, int choice, Double points) {
		ItemAnswer a = answer(r, item);
		a.setChoice(item.getChoices().get(choice));
		a.setPoints(points);
	}

	/** Full marks on every item (in an either-or group the first alternative only). */
	static void full(EvaluationRecord r, FormGroup group) {
		List<FormItem> items = group.isExclusive() && !group.getItems().isEmpty() ? group.getItems().subList(0, 1)
				: group.getItems();
		for (FormItem item : items) {
			if (item instanceof YesNoItem) {
				yes(r, item);
			} else if (item instanceof ChoiceItem c && !c.getChoices().isEmpty()) {
				choose(r, c, 0, null);
			} else if (item instanceof ScoreItem) {
				answer(r, item).setPoints(item.getMaxPoints());
			}
		}
		for (FormSection s : group.getSections()) {
			full(r, s);
		}
	}
}
