import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import pdca.model.ActionStatus;
import pdca.model.AgencyType;
import pdca.model.Decision;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.Finding;
import pdca.model.FormItem;
import pdca.model.FormSection;
import pdca.model.Identified;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.KpiFrequency;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.YesNoItem;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.Schedule;
import pdca.templates.AgencyTemplate;
import pdca.templates.NewPlan;
import pdca.templates.Rollover;

/**
 * Writes the sample county portfolio of the sample workspace (project "county"): illustrative plans of agencies of
 * 彰化縣 for 107 (and 106 for two of them, rolled over into 107), each made from an agency template's starter plan
 * (the seeds' structure and phrases) with lead units, check-ins for some quarters, KPI actuals, review meetings and,
 * for the election commission, evaluation records. Every plan says in its title and version label that it is an
 * illustration. Run by releng/samples/generate.sh; the output is deterministic (element ids are derived from the
 * file name and the element's position, random choices from fixed seeds).
 */
public class CountySamples {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	private static final String MARK = "（示例）";
	private static final String LABEL = "縣府列管示例（示意資料）";

	/** How an agency did in a year: quarters reported, share of late items, units silent from a quarter on. */
	record Profile(int quartersReported, double lateShare, Set<String> silentUnits, int silentFrom, boolean kpisMissed,
			long seed) {
	}

	private static Path templates;

	public static void main(String[] args) throws Exception {
		Path workspace = Path.of(args.length > 0 ? args[0] : "bundles/core/pdca.samples/workspace");
		templates = Path.of(args.length > 1 ? args[1] : "bundles/templates");
		Path county = workspace.resolve("county");

		AgencyTemplate countyTemplate = template("county-planning-department", AgencyType.COUNTY_PLANNING_DEPARTMENT,
				"pdca.templates.county/template/county-planning-department.pdca", "{agency}{year}年度提升政府服務品質執行計畫");
		AgencyTemplate household = template("household-registration-office", AgencyType.HOUSEHOLD_REGISTRATION_OFFICE,
				"pdca.templates.household/template/household-registration-office.pdca", "{agency}{year}年度提升政府服務品質執行計畫");
		AgencyTemplate station = template("motor-vehicle-station", AgencyType.MOTOR_VEHICLE_STATION,
				"pdca.templates.motorvehicle/template/motor-vehicle-station.pdca", "{agency}{year}年度提升服務品質執行計畫");
		AgencyTemplate election = template("election-commission", AgencyType.ELECTION_COMMISSION,
				"pdca.templates.election/template/election-commission.pdca", "{agency}{year}年度提升服務品質執行計畫");

		// township offices: the county template (seed 004), units renamed, some deadlines earlier in the year
		List<String> township = List.of("行政室", "民政課", "財政課", "建設課", "社會課", "本所各課室");
		Plan hemei = township(countyTemplate, "彰化縣和美鎮公所", township);
		track(hemei, new Profile(4, 0.1, Set.of(), 0, false, 1));
		kpi(hemei, 0, "臨櫃申辦案件平均等候時間", "分鐘", 8.0, 6.0, KpiDirection.LOWER_IS_BETTER, 4, new double[] { 7.2, 6.1, 5.8, 5.5 });
		kpi(hemei, 7, "民眾滿意度", "%", 85.0, 88.0, KpiDirection.HIGHER_IS_BETTER, 4, new double[] { 0, 89.5, 0, 90.2 });
		meetings(hemei, 3, 1);
		save(hemei, county.resolve("107/changhua-hemei-township-office.pdca"));

		List<String> huatan = List.of("行政室", "民政課", "農業課", "建設課", "社會課", "本所各課室");
		Plan huatanPlan = township(countyTemplate, "彰化縣花壇鄉公所", huatan);
		track(huatanPlan, new Profile(3, 0.35, Set.of("建設課"), 3, true, 2));
		kpi(huatanPlan, 0, "臨櫃申辦案件平均等候時間", "分鐘", 10.0, 7.0, KpiDirection.LOWER_IS_BETTER, 3, new double[] { 9.6, 9.1, 9.4 });
		kpi(huatanPlan, 4, "線上申辦案件數", "件/季", 120.0, 200.0, KpiDirection.HIGHER_IS_BETTER, 3, new double[] { 132, 141, 150 });
		meetings(huatanPlan, 2, 2);
		save(huatanPlan, county.resolve("107/changhua-huatan-township-office.pdca"));

		Plan xihu = township(countyTemplate, "彰化縣溪湖鎮公所", List.of("行政室", "民政課", "財政課", "建設課", "社會課", "本所各課室"));
		track(xihu, new Profile(2, 0.2, Set.of(), 0, false, 3));
		kpi(xihu, 1, "1999陳情案件平均回復天數", "天", 6.0, 5.0, KpiDirection.LOWER_IS_BETTER, 2, new double[] { 5.5, 4.8 });
		meetings(xihu, 1, 0);
		save(xihu, county.resolve("107/changhua-xihu-township-office.pdca"));

		// household registration offices (seed 002): 員林 rolled over from its 106 plan, 和美 new in 107
		List<String> householdUnits = List.of("戶籍課", "行政課", "資訊小組");
		Plan yuanlin106 = household(household, "彰化縣員林戶政事務所", 106, householdUnits);
		track(yuanlin106, new Profile(4, 0.1, Set.of(), 0, false, 4));
		kpi(yuanlin106, 0, "臨櫃平均等候時間", "分鐘", 9.0, 8.0, KpiDirection.LOWER_IS_BETTER, 4, new double[] { 8.4, 7.9, 7.6, 7.5 });
		meetings(yuanlin106, 4, 1);
		Path yuanlin106File = county.resolve("106/changhua-yuanlin-household-registration.pdca");
		save(yuanlin106, yuanlin106File);
		Plan yuanlin = rollover(yuanlin106, "../106/" + yuanlin106File.getFileName());
		track(yuanlin, new Profile(4, 0.25, Set.of("資訊小組"), 4, true, 5));
		kpi(yuanlin, 0, "臨櫃平均等候時間", "分鐘", 7.5, 7.0, KpiDirection.LOWER_IS_BETTER, 4, new double[] { 7.8, 8.6, 8.9, 8.1 });
		kpi(yuanlin, 5, "跨機關通報案件數", "件/季", 40.0, 60.0, KpiDirection.HIGHER_IS_BETTER, 4, new double[] { 44, 51, 48, 55 });
		meetings(yuanlin, 3, 2);
		save(yuanlin, county.resolve("107/changhua-yuanlin-household-registration.pdca"));

		Plan hemeiHousehold = household(household, "彰化縣和美戶政事務所", 107, householdUnits);
		track(hemeiHousehold, new Profile(4, 0.05, Set.of("行政課"), 4, false, 6));
		kpi(hemeiHousehold, 0, "臨櫃平均等候時間", "分鐘", 8.0, 7.0, KpiDirection.LOWER_IS_BETTER, 4, new double[] { 6.8, 6.5, 6.9, 7.4 });
		meetings(hemeiHousehold, 2, 0);
		save(hemeiHousehold, county.resolve("107/changhua-hemei-household-registration.pdca"));

		// the motor vehicle station in the county (seed 003)
		Plan changhuaStation = NewPlan.fromStarter(station.loadStarterPlan(), station, "交通部公路總局臺中區監理所彰化監理站", 107);
		units(changhuaStation, List.of("監理課", "考驗課", "牌照課", "綜合業務課"));
		leads(changhuaStation, List.of("監理課", "考驗課", "牌照課", "綜合業務課"));
		illustrative(changhuaStation);
		track(changhuaStation, new Profile(4, 0.15, Set.of("考驗課"), 4, true, 7));
		kpi(changhuaStation, 0, "窗口平均等候時間", "分鐘", 12.0, 10.0, KpiDirection.LOWER_IS_BETTER, 4,
				new double[] { 12.8, 11.9, 13.1, 12.2 });
		kpi(changhuaStation, 2, "電話禮貌測試平均分數", "分", 85.0, 90.0, KpiDirection.HIGHER_IS_BETTER, 4, new double[] { 88, 91, 86, 84 });
		kpi(changhuaStation, 6, "線上申辦件數", "件/季", 1100.0, 1500.0, KpiDirection.HIGHER_IS_BETTER, 4,
				new double[] { 1320, 1490, 1610, 1575 });
		meetings(changhuaStation, 3, 2);
		save(changhuaStation, county.resolve("107/changhua-motor-vehicle-station.pdca"));

		// the election commission (seeds 000 and 001): evaluation records, 106 rolled over into 107
		List<String> electionUnits = List.of("第一組", "第四組", "行政室", "人事室", "會計室", "政風室");
		Plan election106 = NewPlan.fromStarter(election.loadStarterPlan(), election, "彰化縣選舉委員會", 106);
		electionSchedules(election106);
		leads(election106, electionUnits.subList(0, 3));
		illustrative(election106);
		track(election106, new Profile(4, 0.0, Set.of(), 0, false, 8));
		evaluations(election106, new int[] { 1, 0, 1, 0 });
		meetings(election106, 2, 0);
		Path election106File = county.resolve("106/changhua-county-election-commission.pdca");
		save(election106, election106File);
		Plan election107 = rollover(election106, "../106/" + election106File.getFileName());
		track(election107, new Profile(4, 0.2, Set.of("第四組"), 4, false, 9));
		evaluations(election107, new int[] { 2, 3, 3, 2 });
		kpi(election107, 5, "人民陳情案件平均回復天數", "天", 4.0, 3.0, KpiDirection.LOWER_IS_BETTER, 4, new double[] { 3.4, 2.9, 3.8, 3.1 });
		meetings(election107, 2, 1);
		save(election107, county.resolve("107/changhua-county-election-commission.pdca"));

		Files.writeString(county.resolve("README.md"), README, StandardCharsets.UTF_8);
		Files.writeString(county.resolve(".project"), PROJECT, StandardCharsets.UTF_8);
		Files.createDirectories(county.resolve(".settings"));
		Files.writeString(county.resolve(".settings/org.eclipse.core.resources.prefs"),
				"eclipse.preferences.version=1\nencoding/<project>=UTF-8\n", StandardCharsets.UTF_8);
		System.out.println("county samples written to " + county);
	}

	private static final String PROJECT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<projectDescription>
				<name>county</name>
				<comment></comment>
				<projects>
				</projects>
				<buildSpec>
				</buildSpec>
				<natures>
				</natures>
			</projectDescription>
			""";

	private static final String README = """
			# County portfolio sample (illustrative data)

			Plans of agencies of 彰化縣 as a county planning department (seed 004) oversees them, so that the
			portfolio view (Tracker › 計畫總覽), `pdca portfolio` and the presentation mode have a county to
			show. **Everything here is illustrative, not from the seeds or from any agency**: each plan's
			title ends in （示例） and its version label says 縣府列管示例（示意資料）. Each plan was made from an agency
			template's starter plan (the structure and phrases of the seeds) with lead units, check-ins,
			KPI actuals, review meetings and, for the election commission, evaluation records. The files
			are written by `releng/samples/generate.sh` (`releng/samples/CountySamples.java`).

			- 107: three township offices (和美鎮, 花壇鄉, 溪湖鎮; county template), two household registration
			  offices (員林, 和美; household template), the motor vehicle station (彰化監理站; motor vehicle
			  template) and the election commission (election template). They reported for different
			  quarters (溪湖 only the first two, 花壇 three with 建設課 silent in the third, some units of
			  others silent in the fourth), with late
			  items, missed KPIs and late improvement actions in some.
			- 106: the plans of 員林戶政事務所 and 彰化縣選舉委員會, rolled over into their 107 plans (which
			  link back to them), for the comparison with last year.
			""";

	// ===== making the plans =====

	private static AgencyTemplate template(String id, AgencyType type, String starter, String titlePattern) {
		return AgencyTemplate.builder(id).name(id, id).agencyType(type).starterPlan(templates.resolve(starter))
				.titlePattern(titlePattern).build();
	}

	private static Plan township(AgencyTemplate template, String agency, List<String> unitNames) throws Exception {
		Plan plan = NewPlan.fromStarter(template.loadStarterPlan(), template, agency, 107);
		plan.getAgency().setType(AgencyType.OTHER);
		plan.getAgency().setSuperior("彰化縣政府");
		plan.setTargetDescription("本所各課室。");
		units(plan, unitNames);
		// the county's 107年12月 for everything, brought forward for some measures as the office planned them
		List<Method> methods = PlanStructure.methods(plan);
		for (int i = 0; i < methods.size(); i++) {
			String text = switch (i % 5) {
				case 0 -> "107年6月";
				case 1 -> "3月、6月、9月、12月完成";
				case 2 -> "107年9月";
				case 3 -> "6月完成並持續辦理";
				default -> null;
			};
			if (text != null && methods.get(i).getActions().isEmpty()) {
				methods.get(i).setSchedule(Schedule.parse(text));
			}
		}
		illustrative(plan);
		return plan;
	}

	private static Plan household(AgencyTemplate template, String agency, int year, List<String> unitNames) throws Exception {
		Plan plan = NewPlan.fromStarter(template.loadStarterPlan(), template, agency, year);
		plan.getAgency().setSuperior("彰化縣政府民政處");
		units(plan, unitNames);
		leads(plan, unitNames);
		illustrative(plan);
		return plan;
	}

	private static Plan rollover(Plan previous, String path) {
		Plan plan = Rollover.nextYear(previous, path).plan();
		illustrative(plan);
		return plan;
	}

	/** The title says the plan is an illustration, and so does its version label. */
	private static void illustrative(Plan plan) {
		if (!plan.getTitle().endsWith(MARK)) {
			plan.setTitle(plan.getTitle() + MARK);
		}
		plan.setVersionLabel(LABEL);
	}

	/** The starter's units renamed (and more added) to the agency's own; the starter's references follow the rename. */
	private static void units(Plan plan, List<String> names) {
		List<Unit> units = plan.getOrganisation().getUnits();
		for (int i = 0; i < names.size(); i++) {
			if (i < units.size()) {
				units.get(i).setName(names.get(i));
				units.get(i).setShortName(null);
			} else {
				Unit u = F.createUnit();
				u.setName(names.get(i));
				units.add(u);
			}
		}
		plan.getTargetUnits().clear();
		plan.getTargetUnits().addAll(units.subList(0, names.size()));
	}

	/** Lead units for the strategies (the items below inherit them), in turn, where the starter names none. */
	private static void leads(Plan plan, List<String> names) {
		List<Strategy> strategies = PlanStructure.strategies(plan);
		for (int i = 0; i < strategies.size(); i++) {
			Strategy s = strategies.get(i);
			if (s.getLeadOwner() == null) {
				String name = names.get(i % names.size());
				s.setLeadOwner(plan.getOrganisation().getUnits().stream().filter(u -> name.equals(u.getName())).findFirst()
						.orElseThrow());
			}
		}
	}

	/** The election template has no deadlines; the county asks for quarterly work and some due by mid-year. */
	private static void electionSchedules(Plan plan) {
		List<Method> methods = PlanStructure.methods(plan);
		for (int i = 0; i < methods.size(); i++) {
			methods.get(i).setSchedule(Schedule.parse(i % 3 == 0 ? "3月、6月、9月、12月完成" : i % 3 == 1 ? "6月完成並持續辦理" : "9月完成並持續辦理"));
		}
	}

	// ===== the year's records =====

	/** Check-ins of each tracked item for the quarters reported, by the item's lead unit. */
	private static void track(Plan plan, Profile profile) {
		Random random = new Random(profile.seed());
		int year = plan.getRocYear();
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			List<Unit> owners = PlanStructure.effectiveOwners(item);
			String unit = owners.isEmpty() ? "承辦人" : owners.get(0).getName();
			boolean late = random.nextDouble() < profile.lateShare();
			boolean caughtUp = random.nextBoolean();
			Schedule s = PlanStructure.effectiveSchedule(item);
			Set<Integer> due = s == null ? Set.of() : s.dueQuarters(year);
			int lastDue = due.isEmpty() ? 0 : due.stream().mapToInt(Integer::intValue).max().getAsInt();
			for (int q = 1; q <= profile.quartersReported(); q++) {
				if (profile.silentUnits().contains(unit) && q >= profile.silentFrom()) {
					continue;
				}
				Schedule.Kind kind = s == null ? Schedule.Kind.ONGOING : s.kind();
				switch (kind) {
					case RECURRING -> {
						if (late && q == Math.min(profile.quartersReported(), 2 + (int) (profile.seed() % 2))) {
							report(plan, item, q, ActionStatus.AT_RISK, 20 * q, "人力調度不及，本季作業未完成。", unit);
						} else {
							report(plan, item, q, ActionStatus.ONGOING, 25 * q, "第" + q + "季已辦理並完成紀錄。", unit);
						}
					}
					case BY_MONTH, RANGE, DONE_THEN_ONGOING -> {
						boolean ongoing = kind == Schedule.Kind.DONE_THEN_ONGOING;
						if (q < lastDue) {
							report(plan, item, q, late ? ActionStatus.AT_RISK : ActionStatus.ON_TRACK, Math.min(90, 20 + 20 * q),
									late ? "承辦人員異動，進度稍落後。" : "依規劃辦理中。", unit);
						} else if (q == lastDue || !late) {
							if (late) {
								report(plan, item, q, ActionStatus.DELAYED, 70, "尚待相關單位配合，預計下季完成。", unit);
							} else {
								report(plan, item, q, q == lastDue || !ongoing ? ActionStatus.DONE : ActionStatus.ONGOING, 100,
										q == lastDue ? "已完成並公告周知。" : "已完成，持續辦理中。", unit);
							}
						} else if (caughtUp && q == lastDue + 1) {
							report(plan, item, q, ActionStatus.DONE, 100, "已於本季補辦完成。", unit);
						} else if (caughtUp) {
							report(plan, item, q, ongoing ? ActionStatus.ONGOING : ActionStatus.DONE, 100, "已完成。", unit);
						} else {
							report(plan, item, q, ActionStatus.DELAYED, 85, "仍在辦理中。", unit);
						}
					}
					default -> report(plan, item, q, ActionStatus.ONGOING, 100, "持續辦理，按月檢視辦理情形。", unit);
				}
			}
		}
	}

	private static void report(Plan plan, WorkItem item, int quarter, ActionStatus status, int progress, String narrative,
			String unit) {
		ProgressReport r = F.createProgressReport();
		r.setAction(item);
		r.setRocYear(plan.getRocYear());
		r.setQuarter(quarter);
		r.setStatus(status);
		r.setProgress(progress);
		r.setNarrative(narrative);
		r.setReportedBy(unit + " 承辦人");
		r.setReportedOn(quarter == 4 ? LocalDate.of(1912 + plan.getRocYear(), 1, 8)
				: LocalDate.of(1911 + plan.getRocYear(), 3 * quarter + 1, 8));
		plan.getProgressReports().add(r);
	}

	/** A KPI on the {@code methodIndex}th method with an actual for each quarter reported (0 for none that quarter). */
	private static void kpi(Plan plan, int methodIndex, String name, String unit, double baseline, double target,
			KpiDirection direction, int quarters, double[] actuals) {
		Kpi k = F.createKpi();
		k.setName(name);
		k.setUnit(unit);
		k.setBaseline(baseline);
		k.setTarget(target);
		k.setDirection(direction);
		k.setFrequency(KpiFrequency.QUARTERLY);
		k.setDefinition(name + "（各季統計）");
		PlanStructure.methods(plan).get(methodIndex).getKpis().add(k);
		for (int q = 1; q <= quarters; q++) {
			if (actuals[q - 1] == 0) {
				continue;
			}
			Measurement m = F.createMeasurement();
			m.setRocYear(plan.getRocYear());
			m.setQuarter(q);
			m.setValue(actuals[q - 1]);
			k.getMeasurements().add(m);
		}
	}

	private static final String[][] FINDINGS = {
			{ "臨櫃尖峰時段等候時間偏長，民眾反映叫號不清楚。", "尖峰時段增開臨時櫃台並檢修叫號系統" },
			{ "機關網站常見問答內容與現行規定不符。", "網站常見問答全面檢視更新" },
			{ "電話禮貌測試接聽速度扣分，午休時段無人接聽。", "午休時段排定代理人接聽電話" },
			{ "民眾意見來源分類統計未按季更新公告。", "民眾意見分類統計改為每季更新並公告" },
			{ "服務台動線指示不清，民眾常走錯櫃台。", "服務動線指示牌重新設計並更換" },
	};

	/**
	 * Review meetings after each of the first {@code meetings} quarters, each with a finding and an improvement action
	 * due a month later; the last {@code open} of them are still open (so late, once their due date has passed).
	 */
	private static void meetings(Plan plan, int meetings, int open) {
		List<Unit> units = plan.getOrganisation().getUnits();
		int year = plan.getRocYear();
		for (int q = 1; q <= meetings; q++) {
			ReviewMeeting m = F.createReviewMeeting();
			m.setTitle(year + "年度第" + q + "季查核結果報告與檢討會議");
			m.setRocYear(year);
			m.setQuarter(q);
			LocalDate date = LocalDate.of(1911 + year, 3 * q, 1).plusMonths(1).withDayOfMonth(12);
			m.setDate(date);
			m.setChair(plan.getAgency().getType() == AgencyType.MOTOR_VEHICLE_STATION ? "站長" : "機關首長");
			m.getAttendees().addAll(units.stream().map(Unit::getName).limit(4).toList());
			String[] f = FINDINGS[(q + year + units.size()) % FINDINGS.length];
			Finding finding = F.createFinding();
			finding.setText(f[0]);
			m.getFindings().add(finding);
			Decision d = F.createDecision();
			d.setText("由權責單位提出改善措施，於下次會議報告辦理情形。");
			m.getDecisions().add(d);
			ImprovementAction a = F.createImprovementAction();
			a.setText(f[1]);
			a.setOwner(units.get(q % units.size()));
			a.setDueDate(date.plusMonths(1).withDayOfMonth(28));
			a.setFinding(finding);
			if (q > meetings - open) {
				a.setStatus(q == meetings ? ImprovementStatus.OPEN : ImprovementStatus.IN_PROGRESS);
			} else {
				a.setStatus(ImprovementStatus.CLOSED);
				a.setClosedOn(date.plusDays(20));
				a.setClosureNote("已改善完成，於下次會議報告。");
			}
			m.getImprovementActions().add(a);
			plan.getReviewMeetings().add(m);
		}
	}

	/**
	 * Evaluation records on the election template's three forms, one round a quarter: full marks less
	 * {@code misses[q - 1]} yes/no items of the first form, and the phone test less as many points.
	 */
	private static void evaluations(Plan plan, int[] misses) {
		List<Unit> units = plan.getOrganisation().getUnits();
		List<EvaluationForm> forms = plan.getEvaluationForms();
		for (int q = 1; q <= misses.length; q++) {
			LocalDate date = LocalDate.of(1911 + plan.getRocYear(), 3 * q, 15);
			EvaluationRecord registration = TrackingSamples.record(plan, forms.get(0), units.get(0), date, "研考人員");
			TrackingSamples.full(registration, forms.get(0));
			int missed = 0;
			for (FormSection s : forms.get(0).getSections()) {
				for (FormItem item : s.getItems()) {
					if (item instanceof YesNoItem && missed < misses[q - 1]) {
						TrackingSamples.answer(registration, item).setChecked(false);
						missed++;
					}
				}
			}
			EvaluationRecord phone = TrackingSamples.record(plan, forms.get(2), units.get(2), date.plusDays(3), "研考人員");
			phone.getAppliedRules().add(forms.get(2).getRules().get(0));
			TrackingSamples.full(phone, forms.get(2));
			FormSection speed = forms.get(2).getSections().get(0).getSections().get(1);
			TrackingSamples.answer(phone, speed.getItems().get(0)).setPoints(10.0 - 2 * misses[q - 1]);
		}
	}

	// ===== saving =====

	/** Saves with ids made from the file's name and each element's place, so that a rerun writes the same ids. */
	private static void save(Plan plan, Path file) throws Exception {
		String key = file.getParent().getFileName() + "/" + file.getFileName();
		List<Identified> all = new ArrayList<>();
		all.add(plan);
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified i) {
				all.add(i);
			}
		}
		for (int i = 0; i < all.size(); i++) {
			all.get(i).setId(UUID.nameUUIDFromBytes((key + "#" + i).getBytes(StandardCharsets.UTF_8)).toString());
		}
		Files.createDirectories(file.getParent());
		PlanFiles.save(plan, file);
	}
}
