package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.model.Action;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.samples.SamplePlans;

/** {@code pdca templates}, {@code pdca new} and {@code pdca rollover} as a user runs them. */
class TemplateCommandsTest extends CliRunning {


	@TempDir
	Path temp;

	private static Path seed(String name) {
		return SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith(name)).findFirst()
				.orElseThrow();
	}

	// --- templates ---

	@Test
	void templatesListsIdNamesAndAgencyTypeTabSeparated() {
		assertEquals(Cli.OK, run("templates"));
		List<String> lines = out().lines().toList();
		assertEquals(List.of(
				"election-commission\t選舉委員會\tElection commission\tELECTION_COMMISSION",
				"household-registration-office\t戶政事務所\tHousehold registration office\tHOUSEHOLD_REGISTRATION_OFFICE",
				"motor-vehicle-station\t監理站\tMotor vehicle station\tMOTOR_VEHICLE_STATION",
				"county-planning-department\t縣市政府計畫處\tCounty planning department\tCOUNTY_PLANNING_DEPARTMENT",
				"test-only-library\t測試用：公共圖書館\tTest only: public library\tOTHER"), lines);
		assertTrue(err().contains("test-only-broken") && err().contains("pdca.templates.testonly"),
				"the invalid contribution is reported: " + err());
	}

	@Test
	void templatesJsonHasLevelsAndColumns() {
		assertEquals(Cli.OK, run("templates", "--json"));
		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		JsonArray templates = json.getAsJsonArray("templates");
		assertEquals(5, templates.size());
		JsonObject county = templates.get(3).getAsJsonObject();
		assertEquals("county-planning-department", county.get("id").getAsString());
		assertEquals("實施要項", county.getAsJsonArray("levels").get(0).getAsJsonObject().get("zh_TW").getAsString());
		assertEquals("承辦機關（單位）", county.getAsJsonArray("columns").get(3).getAsJsonObject().get("zh_TW").getAsString());
		assertEquals(3, templates.get(1).getAsJsonObject().get("reviewEveryMonths").getAsInt());
		assertTrue(county.get("reviewEveryMonths").isJsonNull());
	}

	// --- new ---

	@Test
	void newWritesAValidPlanOfTheAgencyForTheYear() throws Exception {
		Path file = temp.resolve("plans/114/changhua.pdca");
		int status = run("new", "--template", "county-planning-department", "--agency", "彰化縣政府計畫處", "--year", "114", "-o",
				file.toString());
		assertEquals(Cli.OK, status, out() + err());
		assertTrue(out().startsWith("Made " + file + ": 彰化縣政府計畫處114年度提升政府服務品質執行計畫"), out());
		assertTrue(out().contains("validation: 0 error(s)"), out());
		Plan plan = PlanFiles.load(file);
		assertEquals(114, plan.getRocYear());
		assertEquals("county-planning-department", plan.getTemplateId());
		assertEquals("114年12月", PlanStructure.methods(plan).get(0).getSchedule().text());
		assertEquals(Cli.OK, run("validate", "--errors-only", file.toString()));
	}

	@Test
	void newBlankWritesTheWizardsBlankPlan() throws Exception {
		Path file = temp.resolve("blank.pdca");
		assertEquals(Cli.OK, run("new", "--blank", "--agency", "臺東縣卑南鄉戶政事務所", "--year", "115", "-o", file.toString()), err());
		assertTrue(out().startsWith("Made " + file + ": 臺東縣卑南鄉戶政事務所") && out().contains("(blank, no strategies yet)"), out());
		Plan plan = PlanFiles.load(file);
		assertEquals(115, plan.getRocYear());
		assertEquals("臺東縣卑南鄉戶政事務所", plan.getAgency().getName());
		assertTrue(PlanStructure.strategies(plan).isEmpty(), "no strategies yet");
		assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(
				pdca.edit.NewPlans.blank("臺東縣卑南鄉戶政事務所", pdca.model.AgencyType.OTHER, 115).getPeriod(), plan.getPeriod()),
				"the whole year, as the wizard's blank plan");
		assertEquals(Cli.USAGE, run("new", "--blank", "-t", "election-commission", "-a", "某選委會", "-y", "115", "-o",
				temp.resolve("both.pdca").toString()));
		assertTrue(err().contains("either --template or --blank"), err());
		assertFalse(Files.exists(temp.resolve("both.pdca")));
	}

	@Test
	void newAcceptsOptionsWithEqualsAndShortNames() {
		Path file = temp.resolve("kinmen.pdca");
		assertEquals(Cli.OK, run("new", "-t", "household-registration-office", "--agency=金門縣金城鎮戶政事務所", "-y", "１１４",
				"--output=" + file), err());
		assertTrue(Files.exists(file));
		assertTrue(out().contains("Standard service: 3, Item: 6, Indicator: 15, Concrete action: 49; 0 evaluation form(s), 4 planned review meeting(s)"),
				"counts named in the template's vocabulary: " + out());
	}

	@Test
	void newRefusesAnUnknownTemplateNamingTheKnownOnes() {
		Path file = temp.resolve("x.pdca");
		assertEquals(Cli.USAGE, run("new", "--template", "fire-department", "--agency", "某消防局", "--year", "114", "-o", file.toString()));
		assertTrue(err().contains("there is no template \"fire-department\""), err());
		assertTrue(err().contains("election-commission, household-registration-office"), err());
		assertFalse(Files.exists(file));
	}

	@Test
	void newRefusesABadYear() {
		Path file = temp.resolve("x.pdca");
		for (String year : new String[] { "2025", "0", "民國114", "abc", "-5", "" }) {
			assertEquals(Cli.USAGE, run("new", "-t", "election-commission", "-a", "某選委會", "-y", year, "-o", file.toString()), year);
			assertTrue(err().contains("is not an ROC year") && err().contains("1 to 300"), err());
		}
		assertFalse(Files.exists(file));
	}

	@Test
	void newRefusesToOverwriteUnlessForced() throws IOException {
		Path file = Files.writeString(temp.resolve("taken.pdca"), "precious");
		assertEquals(Cli.USAGE, run("new", "-t", "election-commission", "-a", "某選委會", "-y", "114", "-o", file.toString()));
		assertTrue(err().contains(file + " already exists") && err().contains("--force"), err());
		assertEquals("precious", Files.readString(file));
		assertEquals(Cli.OK, run("new", "-t", "election-commission", "-a", "某選委會", "-y", "114", "-o", file.toString(), "--force"));
		assertTrue(Files.readString(file).contains("某選委會114年度"));
	}

	@Test
	void newWithMissingOrRepeatedOptionsIsAUsageError() {
		assertEquals(Cli.USAGE, run("new", "-t", "election-commission", "-y", "114", "-o", temp.resolve("x.pdca").toString()));
		assertTrue(err().contains("give --template (or --blank), --agency, --year and -o"), err());
		assertEquals(Cli.USAGE, run("new", "-t", "election-commission", "-a", "甲", "-y", "114", "-o"));
		assertTrue(err().contains("option \"-o\" needs a value"), err());
		assertEquals(Cli.USAGE, run("new", "-t", "a", "--template", "b", "-a", "甲", "-y", "114", "-o", "x.pdca"));
		assertTrue(err().contains("given twice"), err());
		assertEquals(Cli.USAGE, run("new", "-t", "election-commission", "-a", " ", "-y", "114", "-o", temp.resolve("x.pdca").toString()));
		assertTrue(err().contains("agency name is empty"), err());
	}

	@Test
	void newMessagesAreTraditionalChineseByDefault() {
		Locale.setDefault(Locale.TAIWAN);
		assertEquals(Cli.USAGE, run("new", "-t", "no-such", "-a", "甲", "-y", "114", "-o", temp.resolve("x.pdca").toString()));
		assertTrue(err().contains("沒有「no-such」這個範本"), err());
		Path file = temp.resolve("y.pdca");
		assertEquals(Cli.OK, run("new", "-t", "motor-vehicle-station", "-a", "臺北市區監理所士林監理站", "-y", "114", "-o", file.toString()));
		assertTrue(out().contains("已建立") && out().contains("範本：監理站"), out());
		assertTrue(out().contains("策略 6、方法 22、推動作法 74；評核表 0、預排檢討會議 0"), out());
	}

	// --- rollover ---

	@Test
	void rolloverMakesNextYearsPlanLinkedToThePreviousOne() throws Exception {
		Path previous = temp.resolve("106/tainan.pdca");
		Files.createDirectories(previous.getParent());
		Files.copy(seed("tainan"), previous);
		Path next = temp.resolve("107/tainan.pdca");
		int status = run("rollover", previous.toString(), "-o", next.toString());
		assertEquals(Cli.OK, status, out() + err());
		assertTrue(out().startsWith("Made " + next + ": 交通部公路總局嘉義區監理所台南監理站107年度提升服務品質執行計畫"), out());
		assertTrue(out().contains("carried over: 74 unfinished item(s), 0 open improvement action(s)"), out());
		assertTrue(out().contains("the plan has no progress reports"), out());
		Plan plan = PlanFiles.load(next);
		assertEquals(107, plan.getRocYear());
		assertEquals("../106/tainan.pdca", plan.getPreviousPlanPath());
		assertEquals(PlanFiles.load(previous).getId(), plan.getPreviousPlanId());
		assertTrue(PlanStructure.actions(plan).stream().allMatch(Action::isCarriedOver), "nothing was reported done");
	}

	@Test
	void rolloverCarriesOverWhatTheReportsAndTheReviewMeetingLeftOpen() throws Exception {
		Path previous = temp.resolve("113.pdca");
		assertEquals(Cli.OK, run("new", "-t", "household-registration-office", "-a", "臺東縣卑南鄉戶政事務所", "-y", "113", "-o",
				previous.toString()));
		Plan plan = PlanFiles.load(previous);
		List<Action> actions = PlanStructure.actions(plan);
		pdca.model.PdcaFactory f = pdca.model.PdcaFactory.eINSTANCE;
		for (int i = 0; i < 3; i++) {
			pdca.model.ProgressReport r = f.createProgressReport();
			r.setAction(actions.get(i));
			r.setRocYear(113);
			r.setQuarter(4);
			r.setStatus(i == 0 ? pdca.model.ActionStatus.ON_TRACK : pdca.model.ActionStatus.DONE);
			plan.getProgressReports().add(r);
		}
		pdca.model.ReviewMeeting q4 = plan.getReviewMeetings().get(3);
		for (pdca.model.ImprovementStatus status : pdca.model.ImprovementStatus.VALUES) {
			pdca.model.ImprovementAction a = f.createImprovementAction();
			a.setText("改善 " + status);
			a.setStatus(status);
			q4.getImprovementActions().add(a);
		}
		PlanFiles.save(plan, previous);

		Path next = temp.resolve("114.pdca");
		assertEquals(Cli.OK, run("rollover", previous.toString(), "-o", next.toString()), err());
		assertTrue(out().contains("carried over: 50 unfinished item(s), 2 open improvement action(s)"), out());
		assertTrue(out().contains("left behind: 3 progress report(s), 0 KPI measurement(s), 0 evaluation record(s), 4 review meeting(s)"), out());
		Plan rolled = PlanFiles.load(next);
		assertEquals(List.of("113年度檢討會議未結案改善措施（結轉）", "114年度第1季查核結果報告與檢討會議", "114年度第2季查核結果報告與檢討會議",
				"114年度第3季查核結果報告與檢討會議", "114年度第4季查核結果報告與檢討會議"),
				rolled.getReviewMeetings().stream().map(pdca.model.ReviewMeeting::getTitle).toList());
		assertEquals(List.of("改善 OPEN", "改善 IN_PROGRESS"), rolled.getReviewMeetings().get(0).getImprovementActions().stream()
				.map(pdca.model.ImprovementAction::getText).toList());
		assertEquals("114/1~114/12", PlanStructure.methods(rolled).get(0).getSchedule().text());
		assertEquals("113.pdca", rolled.getPreviousPlanPath());
	}

	@Test
	void rolloverOfTheCountyPlanMarksTheMethodsItTracksDirectly() throws Exception {
		Path next = temp.resolve("108.pdca");
		assertEquals(Cli.OK, run("rollover", seed("changhua").toString(), "-o", next.toString()), err());
		// the 25 推動作法, tracked without actions, none reported finished
		assertTrue(out().contains("carried over: 25 unfinished item(s)"), out());
		Plan plan = PlanFiles.load(next);
		assertTrue(pdca.model.logic.PlanStructure.trackedItems(plan).stream().allMatch(pdca.model.WorkItem::isCarriedOver));
	}

	@Test
	void rolloverRefusesToOverwriteItsInputOrAnExistingFile() throws IOException {
		Path previous = Files.copy(seed("changhua"), temp.resolve("107.pdca"));
		byte[] before = Files.readAllBytes(previous);
		assertEquals(Cli.USAGE, run("rollover", previous.toString(), "-o", previous.toString(), "--force"));
		assertTrue(err().contains("is the plan being rolled over"), err());
		Path taken = Files.writeString(temp.resolve("108.pdca"), "precious");
		assertEquals(Cli.USAGE, run("rollover", previous.toString(), "-o", taken.toString()));
		assertTrue(err().contains("already exists"), err());
		assertEquals("precious", Files.readString(taken));
		assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(previous)));
	}

	@Test
	void rolloverOfAMissingFileOrWithoutOutputIsAUsageError() {
		assertEquals(Cli.USAGE, run("rollover", temp.resolve("nowhere.pdca").toString(), "-o", temp.resolve("n.pdca").toString()));
		assertTrue(err().contains("nowhere.pdca") && err().contains("does not exist"), err());
		assertEquals(Cli.USAGE, run("rollover", seed("changhua").toString()));
		assertTrue(err().contains("give the new plan file with -o"), err());
	}

	@Test
	void helpListsTheNewCommands() {
		assertEquals(Cli.OK, run("--help"));
		assertTrue(out().contains("templates") && out().contains("new") && out().contains("rollover"), out());
		assertEquals(Cli.OK, run("new", "--help"));
		assertTrue(out().contains("--template ID") && out().contains("--force"), out());
	}
}
