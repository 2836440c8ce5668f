package pdca.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import pdca.model.Action;
import pdca.model.ActionStatus;
import pdca.model.Agency;
import pdca.model.AgencyType;
import pdca.model.Approval;
import pdca.model.Citation;
import pdca.model.ConsequenceKind;
import pdca.model.Decision;
import pdca.model.Dimension;
import pdca.model.Evidence;
import pdca.model.Finding;
import pdca.model.GradeBand;
import pdca.model.Identified;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.KpiFrequency;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.Objective;
import pdca.model.Organisation;
import pdca.model.PdcaFactory;
import pdca.model.Period;
import pdca.model.Person;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.PlanSection;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.ScoreConsequence;
import pdca.model.ScoringScheme;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.RocDate;
import pdca.model.schedule.Schedule;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;
import pdca.test.support.PlanBuilder;

/**
 * Synthetic yearly service-quality plans of a realistic shape, for the benchmarks.
 *
 * <p>A plan has an organisation of about 20 units and a few people, strategies (in dimensions
 * for about a third of the plans) → methods → actions whose texts are Chinese sentences of 40 to
 * 120 characters built from phrases of real plans, owners (a lead unit on most actions, co-owners
 * on some, inherited from the method or strategy on others), deadlines in the forms the seed
 * plans use (107年12月, 6月完成並持續辦理, 99/1~99/12, 3月、6月、9月、12月完成 …), a few KPIs with
 * quarterly measurements, progress reports on about a third of the tracked items, two review
 * meetings with findings and improvement actions, citations, objectives, sections and a grading
 * scheme. Evaluation forms are left out.
 *
 * <p>Everything is drawn from a {@link Random} seeded by the caller, ids included, so the same
 * seed gives the same plan and the same file, byte for byte. The plans are valid: validation
 * finds no errors, only the odd warning a real plan has too (an action nobody owns, a deadline
 * written in words the parser does not know).
 */
public final class SyntheticPlans {

	/** The seed of all benchmark data. */
	public static final long SEED = 0x5EED_2024L;

	/** Actions of the single large plan. */
	public static final int LARGE_PLAN_ACTIONS = 2_000;

	/** Plans in the portfolio. */
	public static final int PORTFOLIO_PLANS = 300;

	/** Actions of each plan of the portfolio. */
	public static final int PORTFOLIO_PLAN_ACTIONS = 100;

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	private SyntheticPlans() {
	}

	/** A plan with exactly {@code actions} actions (plus a few methods tracked without actions). */
	public static Plan plan(long seed, int actions) {
		return new Generator(new Random(seed)).plan(actions);
	}

	/** Writes {@link #plan(long, int)} to {@code file} with {@link PlanFiles#save}. */
	public static Path writePlan(Path file, long seed, int actions) throws PlanFileException {
		PlanFiles.save(plan(seed, actions), file);
		return file;
	}

	/**
	 * Writes a portfolio of {@code plans} plans of {@code actionsPerPlan} actions each below
	 * {@code folder}, as {@code <rocYear>/plan-NNN.pdca}, and returns the files in order.
	 */
	public static List<Path> writePortfolio(Path folder, int plans, int actionsPerPlan, long seed) throws PlanFileException {
		Random seeds = new Random(seed);
		List<Path> files = new ArrayList<>(plans);
		for (int i = 0; i < plans; i++) {
			long planSeed = seeds.nextLong();
			Plan plan = plan(planSeed, actionsPerPlan);
			Path file = folder.resolve(String.format("%03d", plan.getRocYear())).resolve(String.format("plan-%03d.pdca", i + 1));
			PlanFiles.save(plan, file);
			files.add(file);
		}
		return files;
	}

	/** The plan files below {@code folder}, sorted. */
	public static List<Path> planFilesIn(Path folder) throws IOException {
		try (var stream = Files.walk(folder)) {
			return stream.filter(p -> p.getFileName().toString().endsWith("." + PlanFiles.EXTENSION)).sorted().toList();
		}
	}

	/**
	 * Writes the benchmark data for inspection (or for {@link PortfolioMemory}).
	 *
	 * <pre>
	 * SyntheticPlans plan      FILE [ACTIONS]        one plan (default 2,000 actions)
	 * SyntheticPlans portfolio FOLDER [PLANS [ACTIONS]]  a portfolio (default 300 × 100)
	 * </pre>
	 *
	 * Prints what was written and what validation finds in it.
	 */
	public static void main(String[] args) throws Exception {
		if (args.length < 2 || !(args[0].equals("plan") || args[0].equals("portfolio"))) {
			System.err.println("usage: SyntheticPlans plan FILE [ACTIONS] | portfolio FOLDER [PLANS [ACTIONS]]");
			System.exit(2);
		}
		Path target = Path.of(args[1]);
		List<Path> files;
		if (args[0].equals("plan")) {
			int actions = args.length > 2 ? Integer.parseInt(args[2]) : LARGE_PLAN_ACTIONS;
			files = List.of(writePlan(target, SEED, actions));
		} else {
			int plans = args.length > 2 ? Integer.parseInt(args[2]) : PORTFOLIO_PLANS;
			int actions = args.length > 3 ? Integer.parseInt(args[3]) : PORTFOLIO_PLAN_ACTIONS;
			files = writePortfolio(target, plans, actions, SEED);
		}
		long bytes = 0;
		Map<String, Integer> problems = new TreeMap<>();
		for (Path file : files) {
			bytes += Files.size(file);
			for (Problem p : PlanValidation.validate(PlanFiles.load(file))) {
				problems.merge(p.severity() + " code " + p.code(), 1, Integer::sum);
			}
		}
		System.out.printf("wrote %d plan file(s), %,d bytes, to %s%n", files.size(), bytes, target.toAbsolutePath());
		System.out.println("validation: " + (problems.isEmpty() ? "no problems" : problems));
	}

	/** Draws one plan. */
	private static final class Generator {

		private final Random rnd;
		private int rocYear;
		private final List<Unit> units = new ArrayList<>();
		private final List<Person> people = new ArrayList<>();

		Generator(Random rnd) {
			this.rnd = rnd;
		}

		Plan plan(int actionCount) {
			String planId = newId();
			rocYear = 99 + rnd.nextInt(15); // 民國99年 to 113年, as the seeds span 99 to 107
			AgencyType type = pick(AgencyType.ELECTION_COMMISSION, AgencyType.HOUSEHOLD_REGISTRATION_OFFICE,
					AgencyType.MOTOR_VEHICLE_STATION, AgencyType.COUNTY_PLANNING_DEPARTMENT);
			String agencyName = agencyName(type);
			// the head as the tests build it: agency, year, the usual title, the whole year as period
			Plan plan = PlanBuilder.plan(agencyName, rocYear).agencyType(type).wholeYear().build();
			plan.setId(planId);
			plan.setFormatVersion(1);
			plan.setTemplateId(type.getName().toLowerCase().replace('_', '-'));
			plan.setVersionLabel("核定版");
			plan.getAgency().setSuperior(superior(type, agencyName));
			plan.getPeriod().setText(rocYear + "年1月至12月");

			Approval approval = F.createApproval();
			approval.setDate(LocalDate.of(RocDate.toGregorian(rocYear), 1 + rnd.nextInt(3), 1 + rnd.nextInt(28)));
			approval.setDocumentNumber(documentNumber());
			plan.setApproval(approval);

			for (int i = 0, n = 2 + rnd.nextInt(3); i < n; i++) {
				Citation c = F.createCitation();
				id(c);
				c.setIssuer(pick(ISSUERS));
				c.setDate(LocalDate.of(RocDate.toGregorian(rocYear) - rnd.nextInt(2), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
				c.setDocumentNumber(documentNumber());
				c.setTitle(pick(CITATION_TITLES));
				if (rnd.nextBoolean()) {
					c.setRemark(pick("函頒", "函訂", "函"));
				}
				plan.getBasis().add(c);
			}
			for (int i = 0; i < 3; i++) {
				Objective o = F.createObjective();
				id(o);
				o.setText(sentence(24, 48));
				plan.getObjectives().add(o);
			}

			Organisation organisation = F.createOrganisation();
			plan.setOrganisation(organisation);
			List<String> unitNames = new ArrayList<>(UNIT_NAMES);
			Collections.shuffle(unitNames, rnd);
			int unitCount = 18 + rnd.nextInt(5);
			for (int i = 0; i < unitCount; i++) {
				Unit u = F.createUnit();
				id(u);
				u.setName(unitNames.get(i));
				u.setShortName(unitNames.get(i).substring(0, 2));
				if (i > 3 && rnd.nextInt(5) == 0) {
					u.setParent(units.get(rnd.nextInt(4)));
				}
				organisation.getUnits().add(u);
				units.add(u);
			}
			Unit everyone = F.createUnit();
			id(everyone);
			everyone.setName("本機關各單位");
			organisation.getUnits().add(everyone);
			plan.getTargetUnits().add(everyone);
			plan.setTargetDescription("本機關各單位及第一線服務人員。");
			for (int i = 0, n = 8 + rnd.nextInt(6); i < n; i++) {
				Person p = F.createPerson();
				id(p);
				p.setName(personName());
				p.setJobTitle(pick("科長", "課長", "主任", "專員", "科員", "組員", "研考人員"));
				p.setUnit(pick(units));
				p.setEmail("staff" + (1000 + rnd.nextInt(9000)) + "@example.gov.tw");
				p.setPhone("(0" + (2 + rnd.nextInt(7)) + ")" + (2000_0000 + rnd.nextInt(7000_0000)));
				organisation.getPeople().add(p);
				people.add(p);
			}

			plan.setStrategyPreamble(sentence(60, 120));
			for (String heading : List.of("壹、依據", "貳、計畫目標", "參、實施對象")) {
				PlanSection s = F.createPlanSection();
				id(s);
				s.setHeading(heading);
				s.setBody(sentence(80, 120) + sentence(60, 120));
				plan.getSections().add(s);
			}

			List<Strategy> strategies = structure(actionCount);
			if (rnd.nextInt(3) == 0 && strategies.size() >= 3) {
				int dimensions = Math.min(3, strategies.size());
				List<Dimension> ds = new ArrayList<>();
				for (int i = 0; i < dimensions; i++) {
					Dimension d = F.createDimension();
					id(d);
					d.setText(DIMENSIONS.get(i));
					ds.add(d);
				}
				for (int i = 0; i < strategies.size(); i++) {
					ds.get(i * dimensions / strategies.size()).getStrategies().add(strategies.get(i));
				}
				plan.getDimensions().addAll(ds);
				for (Dimension d : ds) {
					renumber(d.getStrategies());
				}
				renumber(ds);
			} else {
				plan.getStrategies().addAll(strategies);
				renumber(strategies);
			}

			progressReports(plan);
			reviewMeetings(plan);
			scoringScheme(plan);
			return plan;
		}

		/** Strategies → methods → exactly {@code actionCount} actions, with owners, deadlines and KPIs. */
		private List<Strategy> structure(int actionCount) {
			double root = Math.cbrt(actionCount);
			int strategyCount = clamp((int) Math.round(root * 1.1), 4, 12);
			int perMethod = clamp((int) Math.round(root), 3, 15);
			int methodCount = Math.max(strategyCount, (actionCount + perMethod - 1) / perMethod);

			List<Strategy> strategies = new ArrayList<>();
			for (int i = 0; i < strategyCount; i++) {
				Strategy s = F.createStrategy();
				id(s);
				s.setText(sentence(10, 24).replace("。", ""));
				workItem(s, 30, 0);
				if (rnd.nextInt(10) < 7) {
					s.getKpis().add(kpi());
				}
				strategies.add(s);
			}
			// every strategy gets a method, the rest go anywhere; likewise actions to methods
			List<Method> methods = new ArrayList<>();
			for (int i = 0; i < methodCount; i++) {
				Method m = method();
				(i < strategyCount ? strategies.get(i) : pick(strategies)).getMethods().add(m);
				methods.add(m);
			}
			for (int i = 0; i < actionCount; i++) {
				Action a = F.createAction();
				id(a);
				a.setText(sentence(40, 120));
				if (rnd.nextInt(4) == 0) {
					a.setExpectedBenefit(sentence(30, 80));
				}
				if (rnd.nextInt(20) == 0) {
					a.setNote("原列於預期效益欄");
				}
				a.setCarriedOver(rnd.nextInt(10) == 0);
				workItem(a, 85, 50);
				if (rnd.nextInt(33) == 0) {
					a.getKpis().add(kpi());
				}
				(i < methodCount ? methods.get(i) : pick(methods)).getActions().add(a);
			}
			// a few methods are tracked directly, without actions (as in the county planning department's plan)
			for (Strategy s : strategies) {
				if (rnd.nextInt(3) == 0) {
					Method m = method();
					if (m.getLeadOwner() == null) {
						m.setLeadOwner(pick(units));
					}
					if (m.getSchedule() == null) {
						m.setSchedule(Schedule.parse(scheduleText()));
					}
					s.getMethods().add(rnd.nextInt(s.getMethods().size() + 1), m);
				}
				renumber(s.getMethods());
				for (Method m : s.getMethods()) {
					renumber(m.getActions());
				}
			}
			return strategies;
		}

		private Method method() {
			Method m = F.createMethod();
			id(m);
			m.setText(sentence(40, 120));
			m.setExpectedBenefit(sentence(30, 80));
			if (rnd.nextInt(5) == 0) {
				m.setDescription(sentence(40, 100));
			}
			workItem(m, 50, 60);
			return m;
		}

		/** Owners (lead in {@code leadPercent}% of items, a third of those with co-owners) and a deadline. */
		private void workItem(WorkItem item, int leadPercent, int schedulePercent) {
			if (rnd.nextInt(100) < leadPercent) {
				Unit lead = pick(units);
				item.setLeadOwner(lead);
				if (rnd.nextInt(3) == 0) {
					for (int i = 0, n = 1 + rnd.nextInt(2); i < n; i++) {
						Unit co = pick(units);
						if (co != lead && !item.getCoOwners().contains(co)) {
							item.getCoOwners().add(co);
						}
					}
				}
			}
			if (rnd.nextInt(100) < schedulePercent) {
				item.setSchedule(Schedule.parse(scheduleText()));
			}
		}

		/** A deadline in one of the forms of the seed plans, weighted roughly as there. */
		private String scheduleText() {
			int r = rnd.nextInt(1000);
			int y = rocYear;
			if (r < 330) {
				return y + "年12月";
			} else if (r < 530) {
				return pick(3, 4, 6, 8, 10) + "月完成並持續辦理";
			} else if (r < 650) {
				return y + "/1~" + y + "/12";
			} else if (r < 730) {
				return "3月、6月、9月、12月完成";
			} else if (r < 810) {
				return (1 + rnd.nextInt(12)) + "月完成";
			} else if (r < 870) {
				return "持續辦理";
			} else if (r < 900) {
				return "已完成並持續辦理";
			} else if (r < 920) {
				return "每年或半年辦理（6月或12月底）";
			} else if (r < 950) {
				return y + "年" + (1 + rnd.nextInt(6)) + "月至12月";
			} else if (r < 975) {
				return "6月、12月完成";
			} else if (r < 995) {
				return y + " 年 " + (6 + rnd.nextInt(7)) + "\n月"; // as left by PDF extraction
			} else {
				return "視業務需要隨時辦理"; // not a deadline form: a warning, as in real plans
			}
		}

		private Kpi kpi() {
			Kpi k = F.createKpi();
			id(k);
			String[] kind = pick(KPIS);
			k.setName(kind[0]);
			k.setDefinition(kind[1]);
			k.setUnit(kind[2]);
			boolean lower = kind[3].equals("-");
			k.setDirection(lower ? KpiDirection.LOWER_IS_BETTER : KpiDirection.HIGHER_IS_BETTER);
			double base = kind[2].equals("%") ? 70 + rnd.nextInt(20) : 5 + rnd.nextInt(40);
			k.setBaseline(base);
			k.setTarget(lower ? Math.max(1, base - 1 - rnd.nextInt(5)) : base + 1 + rnd.nextInt(5));
			boolean quarterly = rnd.nextInt(4) != 0;
			k.setFrequency(quarterly ? KpiFrequency.QUARTERLY : KpiFrequency.YEARLY);
			int quarters = quarterly ? 1 + rnd.nextInt(4) : 1;
			for (int q = 1; q <= quarters; q++) {
				Measurement m = F.createMeasurement();
				m.setRocYear(rocYear);
				m.setQuarter(quarterly ? q : 0);
				m.setValue(Math.round((base + (rnd.nextDouble() * 6 - 2) * (lower ? -1 : 1)) * 10) / 10.0);
				if (rnd.nextInt(4) == 0) {
					m.setNote(sentence(20, 40));
				}
				k.getMeasurements().add(m);
			}
			return k;
		}

		/** Reports for the first quarters on about a third of the tracked items. */
		private void progressReports(Plan plan) {
			int year = RocDate.toGregorian(rocYear);
			for (WorkItem item : PlanStructure.trackedItems(plan)) {
				if (rnd.nextInt(3) != 0) {
					continue;
				}
				int progress = 0;
				for (int q = 1, n = 1 + rnd.nextInt(3); q <= n; q++) {
					ProgressReport r = F.createProgressReport();
					id(r);
					r.setAction(item);
					r.setRocYear(rocYear);
					r.setQuarter(q);
					progress = Math.min(100, progress + 10 + rnd.nextInt(35));
					r.setProgress(progress);
					r.setStatus(progress == 100 ? ActionStatus.DONE
							: pick(ActionStatus.ON_TRACK, ActionStatus.ON_TRACK, ActionStatus.ON_TRACK, ActionStatus.ONGOING,
									ActionStatus.AT_RISK, ActionStatus.DELAYED));
					r.setNarrative(sentence(40, 120));
					r.setReportedBy(pick(people).getName());
					r.setReportedOn(LocalDate.of(year, q * 3, 1).plusMonths(1).plusDays(rnd.nextInt(10)));
					for (int e = 0, m = rnd.nextInt(3); e < m; e++) {
						Evidence ev = F.createEvidence();
						ev.setTitle(pick("簽到單", "成果照片", "會議紀錄", "滿意度調查結果", "公文影本"));
						ev.setLocation("evidence/" + rocYear + "Q" + q + "/" + r.getId().substring(0, 8) + "-" + e + ".pdf");
						r.getEvidence().add(ev);
					}
					plan.getProgressReports().add(r);
				}
			}
		}

		private void reviewMeetings(Plan plan) {
			List<Action> actions = PlanStructure.actions(plan);
			int year = RocDate.toGregorian(rocYear);
			for (int q = 1; q <= 2; q++) {
				ReviewMeeting m = F.createReviewMeeting();
				id(m);
				m.setTitle(rocYear + "年第" + q + "季提升服務品質工作推動小組會議");
				m.setRocYear(rocYear);
				m.setQuarter(q);
				m.setDate(LocalDate.of(year, q * 3 + 1, 10 + rnd.nextInt(10)));
				m.setChair(pick(people).getName());
				for (int i = 0, n = 4 + rnd.nextInt(6); i < n; i++) {
					m.getAttendees().add(pick(people).getName());
				}
				for (int i = 0, n = 2 + rnd.nextInt(4); i < n; i++) {
					Finding f = F.createFinding();
					id(f);
					f.setText(sentence(30, 80));
					f.setSubject(actions.isEmpty() ? null : pick(actions));
					m.getFindings().add(f);
					if (rnd.nextBoolean()) {
						ImprovementAction a = F.createImprovementAction();
						id(a);
						a.setText(sentence(30, 80));
						a.setOwner(pick(units));
						a.setFinding(f);
						a.setDueDate(m.getDate().plusMonths(2));
						ImprovementStatus status = pick(ImprovementStatus.OPEN, ImprovementStatus.IN_PROGRESS, ImprovementStatus.CLOSED);
						a.setStatus(status);
						if (status == ImprovementStatus.CLOSED) {
							a.setClosedOn(m.getDate().plusMonths(1));
							a.setClosureNote(sentence(20, 40));
						}
						m.getImprovementActions().add(a);
					}
				}
				for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
					Decision d = F.createDecision();
					id(d);
					d.setText(sentence(20, 60));
					m.getDecisions().add(d);
				}
				plan.getReviewMeetings().add(m);
			}
		}

		private void scoringScheme(Plan plan) {
			ScoringScheme scheme = F.createScoringScheme();
			id(scheme);
			scheme.setName("考評等第");
			String[] names = { "優等", "甲等", "乙等", "丙等", "丁等" };
			double[] mins = { 90, 80, 70, 60, 0 };
			for (int i = 0; i < names.length; i++) {
				GradeBand b = F.createGradeBand();
				id(b);
				b.setName(names[i]);
				b.setMinScore(mins[i]);
				scheme.getBands().add(b);
			}
			ScoreConsequence reward = F.createScoreConsequence();
			id(reward);
			reward.setBand(scheme.getBands().get(0));
			reward.setKind(ConsequenceKind.REWARD);
			reward.setText("承辦人員記嘉獎二次");
			scheme.getConsequences().add(reward);
			ScoreConsequence sanction = F.createScoreConsequence();
			id(sanction);
			sanction.setBand(scheme.getBands().get(4));
			sanction.setKind(ConsequenceKind.SANCTION);
			sanction.setText("列入追蹤管考並限期改善");
			scheme.getConsequences().add(sanction);
			plan.setScoringScheme(scheme);
		}

		/** A sentence of about {@code min} to {@code max} characters, from phrases of real plans. */
		private String sentence(int min, int max) {
			int target = min + rnd.nextInt(max - min + 1);
			StringBuilder sb = new StringBuilder(max + 8);
			while (sb.length() < target) {
				String phrase = pick(PHRASES);
				if (sb.length() >= min && sb.length() + phrase.length() + 1 > max) {
					break;
				}
				if (sb.length() > 0) {
					sb.append(rnd.nextInt(4) == 0 ? "；" : "，");
				}
				sb.append(phrase);
			}
			if (sb.length() > max) {
				sb.setLength(max);
			}
			return sb.append('。').toString();
		}

		private String agencyName(AgencyType type) {
			String city = pick(CITIES);
			return switch (type) {
				case ELECTION_COMMISSION -> city + "選舉委員會";
				case HOUSEHOLD_REGISTRATION_OFFICE -> city + pick("中正區", "東區", "北區", "卑南鄉", "大安區", "鳳山區", "員林市") + "戶政事務所";
				case MOTOR_VEHICLE_STATION -> "交通部公路總局" + pick("臺北區", "新竹區", "臺中區", "嘉義區", "高雄區") + "監理所" + city.substring(0, 2) + "監理站";
				case COUNTY_PLANNING_DEPARTMENT -> city + "政府計畫處";
				default -> city + "政府";
			};
		}

		private String superior(AgencyType type, String name) {
			return switch (type) {
				case ELECTION_COMMISSION -> "中央選舉委員會";
				case HOUSEHOLD_REGISTRATION_OFFICE -> name.substring(0, 3) + "政府民政局";
				case MOTOR_VEHICLE_STATION -> name.substring(0, name.indexOf("監理所") + 3);
				default -> name.substring(0, 3) + "政府";
			};
		}

		private String documentNumber() {
			return pick("院授發社字", "府計研字", "路秘研字", "選一字", "民戶字") + "第" + rocYear + (1000000 + rnd.nextInt(9000000)) + "號";
		}

		private String personName() {
			return pick(SURNAMES) + pick(GIVEN) + pick(GIVEN);
		}

		private void id(Identified element) {
			element.setId(newId());
		}

		/** A version 4 UUID drawn from the generator's random numbers, so that the plans come out the same each time. */
		private String newId() {
			long hi = (rnd.nextLong() & ~0xF000L) | 0x4000L; // version 4
			long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
			return new UUID(hi, lo).toString();
		}

		private static void renumber(List<? extends PlanElement> siblings) {
			for (int i = 0; i < siblings.size(); i++) {
				siblings.get(i).setNumber(i + 1);
			}
		}

		private <T> T pick(List<T> list) {
			return list.get(rnd.nextInt(list.size()));
		}

		@SafeVarargs
		private <T> T pick(T... values) {
			return values[rnd.nextInt(values.length)];
		}

		private static int clamp(int v, int min, int max) {
			return Math.max(min, Math.min(max, v));
		}
	}

	private static final List<String> PHRASES = List.of(
			"檢討並簡化臨櫃及非臨櫃案件之申辦流程", "提供民眾更便捷之服務", "落實走動式服務",
			"於午休及尖峰時段調整服務人員值班時間", "配置較多人力以維持服務人力符合窗口等待人數之比例",
			"建立業務標準作業流程", "維持服務措施處理一致性", "確保問題回應及申辦案件處理的正確性",
			"提供案件承辦資訊、標準處理程序及辦理時限", "於服務場所及機關網站公布標準處理流程", "主動告知申請人處理程序",
			"受理案件後提供申請人收件確認訊息", "提供多元管道方便民眾查詢案件處理進度", "定期辦理電話禮貌測試並將結果送各單位參考改進",
			"每季辦理服務人員專業知識測驗", "設置服務台並提供免費無線上網及飲水機等設施", "定期檢查洽公環境之無障礙設施",
			"建置常見問答資料庫並定期更新", "推動跨機關服務及單一窗口", "擴大網路申辦及行動支付服務項目",
			"運用社群媒體主動發布業務宣導訊息", "辦理民眾滿意度調查並分析改善", "檢討民眾抱怨及陳情案件之處理時效",
			"結合民間資源辦理志工服務", "盤點業務資料並公開於政府資料開放平臺", "強化資訊安全管理並定期辦理資安演練",
			"提供外語及手語等友善服務", "落實個人資料保護", "依據上年度執行成果檢討修正本年度作法", "提升同仁為民服務之熱忱與效率",
			"減少民眾臨櫃頻率及等候時間", "以簡明、易讀易懂之形式呈現公開資訊", "每月彙整辦理情形陳報首長",
			"針對高齡及身心障礙者提供到府服務", "推廣電子公文及線上簽核", "辦理創新服務提案競賽", "簡化行政作業及申辦案件流程",
			"塑造專業、親切、高效率的服務形象", "強化第一線服務人員之應對禮儀", "建立服務品質自我評核機制", "落實首長信箱限期回復",
			"整合各項便民措施並持續推動", "定期更新機關網站資訊並確保連結有效", "提供夜間及假日延長服務", "辦理業務講習提升同仁專業知能");

	private static final List<String> DIMENSIONS = List.of("基礎服務", "服務遞送", "服務量能");

	private static final List<String> UNIT_NAMES = List.of(
			"秘書室", "人事室", "會計室", "政風室", "資訊室", "研考科", "綜合企劃科", "法制科", "總務科", "公關科",
			"第一課", "第二課", "第三課", "戶籍課", "行政課", "服務課", "監理課", "駕照課", "稽查課", "檢驗課",
			"選務課", "管制考核科", "研究發展科", "資訊科", "綜合規劃科", "社會課", "工程科", "服務台", "檔案室", "統計室");

	private static final List<String> CITIES = List.of(
			"臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市", "新竹縣", "苗栗縣",
			"彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣", "臺東縣", "澎湖縣", "金門縣", "連江縣");

	private static final List<String> ISSUERS = List.of("行政院", "國家發展委員會", "交通部", "內政部", "中央選舉委員會", "縣政府");

	private static final List<String> CITATION_TITLES = List.of(
			"政府服務躍升方案", "政府服務創新精進方案", "提升服務品質實施計畫", "政府服務品質獎評獎作業要點", "為民服務工作實施要點");

	private static final List<String> SURNAMES = List.of("陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪");

	private static final List<String> GIVEN = List.of("淑", "美", "志", "明", "雅", "婷", "俊", "宏", "怡", "君", "建", "國", "家", "豪", "惠", "玲");

	/** name, definition, unit, direction (+ higher is better, - lower is better). */
	private static final List<String[]> KPIS = List.of(
			new String[] { "民眾滿意度", "滿意度調查中表示滿意及非常滿意者之比率", "%", "+" },
			new String[] { "案件平均處理時間", "申辦案件自收件至結案之平均分鐘數", "分鐘", "-" },
			new String[] { "電話禮貌測試成績", "年度電話禮貌測試之平均分數", "分", "+" },
			new String[] { "線上申辦比率", "線上申辦件數占總申辦件數之比率", "%", "+" },
			new String[] { "陳情案件逾期件數", "未於期限內回復之陳情案件數", "件", "-" },
			new String[] { "專業知識測驗及格率", "服務人員專業知識測驗及格者之比率", "%", "+" });
}
