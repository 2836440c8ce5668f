package pdca.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Action;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.team.PlanHistory.Change;
import pdca.team.PlanHistory.Kind;
import pdca.test.support.UseLocale;

/**
 * {@link PlanBaselines}: a workspace (a JGit repository in a temporary folder) with the sample plan of 106 named 核定版;
 * then a deadline changed, an action added, one deleted and two methods reordered. Comparing 核定版 with the plan now
 * lists exactly those changes in the users' words, as does comparing 核定版 with a later baseline; an unknown version and
 * a name already taken are refused.
 */
@UseLocale("zh-TW")
class PlanBaselinesTest {

	static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@TempDir
	Path folder;

	private Git git;
	private Path ws;
	private Path plan;

	@BeforeEach
	void workspace() throws Exception {
		ws = folder.resolve("ws");
		git = Git.init().setInitialBranch("main").setDirectory(ws.toFile()).call();
		StoredConfig config = git.getRepository().getConfig();
		config.setString("user", null, "name", "王小明");
		config.setString("pdca", null, "unit", "研考科");
		config.setString("user", null, "email", "ming@example.org");
		config.save();
		plan = ws.resolve("plans/106/plan.pdca");
		Files.createDirectories(plan.getParent());
		PlanFiles.save(PlanFiles.load(Copies.motorVehicle()), plan);
		commit(2026, 11, 1);
	}

	@AfterEach
	void closeRepository() {
		git.close();
	}

	private void commit(int year, int month, int day) throws Exception {
		PersonIdent who = new PersonIdent("計畫室", "unit@example.org",
				LocalDateTime.of(year, month, day, 9, 0).atZone(TAIPEI).toInstant(), TAIPEI);
		git.add().addFilepattern(".").call();
		git.commit().setMessage("計畫修訂").setAuthor(who).setCommitter(who).call();
	}

	private void edit(Consumer<Copies> change) throws Exception {
		Copies copy = new Copies(plan);
		change.accept(copy);
		PlanFiles.save(copy.plan, plan);
	}

	private static Action action(String text) {
		Action a = PdcaFactory.eINSTANCE.createAction();
		a.setText(text);
		return a;
	}

	/** The four edits after approval, unrecorded (the plan file as it is now). */
	private void fourEdits() throws Exception {
		edit(c -> c.commands.set(c.method(0, 1), PdcaPackage.Literals.WORK_ITEM__SCHEDULE, Schedule.parse("8月完成並持續辦理")));
		edit(c -> c.commands.add(c.method(0, 0), PdcaPackage.Literals.METHOD__ACTIONS, action("建置線上預約叫號系統")));
		edit(c -> c.commands.delete(c.action(0, 0, 2)));
		edit(c -> c.commands.move(c.method(1, 1), -1));
	}

	private static List<String> messages(List<Change> changes) {
		return changes.stream().map(Change::message).toList();
	}

	private String strategyExcerpt(int s) throws Exception {
		String text = PlanFiles.load(plan).getStrategies().get(s).getText();
		return text.length() <= 16 ? text : text.substring(0, 16) + "…";
	}

	private String deletedAction() throws Exception {
		return new Copies(plan).action(0, 0, 2).getText();
	}

	@Test
	void comparingTheApprovedVersionWithThePlanNowListsExactlyWhatChanged() throws Exception {
		PlanBaselines.Baseline approved = PlanBaselines.tag(ws, "核定版", "116年度計畫核定");
		assertEquals("核定版", approved.name());
		assertEquals("王小明（研考科）", approved.tagger());
		String deleted = deletedAction();
		fourEdits();

		List<Change> changes = PlanBaselines.compare(plan, "核定版", null);

		String deletedExcerpt = deleted.length() <= 40 ? deleted : deleted.substring(0, 40);
		List<String> lines = messages(changes);
		assertEquals(4, lines.size(), lines.toString());
		assertEquals("新增 一、（一）5. 建置線上預約叫號系統", lines.get(0));
		assertEquals("修改 一、（二） 提供民眾易讀、易懂、易用的服務申… 完成期限：6月完成並持續辦理 → 8月完成並持續辦理", lines.get(1));
		assertEquals("調整 二、 " + strategyExcerpt(1) + " 具體做法順序：（一） （二） … → （二） （一） …", lines.get(2));
		assertTrue(lines.get(3).startsWith("刪除 一、（一）3. " + deletedExcerpt.substring(0, 8)), lines.get(3));
		assertEquals(List.of(Kind.ADDED, Kind.CHANGED, Kind.REORDERED, Kind.REMOVED), changes.stream().map(Change::kind).toList());
		Change deadline = changes.get(1);
		assertTrue(deadline.deadline(), "a change of 完成期限 is a deadline shift");
		assertEquals("6月完成並持續辦理", deadline.oldValue());
		assertEquals("8月完成並持續辦理", deadline.newValue());
		assertEquals(List.of("1", "2", "3", "4"), changes.stream().map(Change::id).toList());
		assertEquals("", deadline.commit(), "the plan as it is now is no recorded version");
	}

	@Test
	void comparesTwoBaselinesAndACommitIdAndListsThemWithTheirMessages() throws Exception {
		PlanBaselines.tag(ws, "核定版", "116年度計畫核定");
		fourEdits();
		commit(2026, 12, 1);
		PlanBaselines.tag(ws, "第3季檢討", "");

		List<String> between = messages(PlanBaselines.compare(plan, "核定版", "第3季檢討"));
		assertEquals(messages(PlanBaselines.compare(plan, "核定版", null)), between, "nothing changed since 第3季檢討");
		assertEquals(4, between.size());
		assertEquals(List.of(), PlanBaselines.compare(plan, "第3季檢討", null));

		String head = git.getRepository().resolve("HEAD").getName();
		assertEquals(between, messages(PlanBaselines.compare(plan, "核定版", head.substring(0, 7))));

		Locale.setDefault(Locale.ENGLISH);
		List<String> back = messages(PlanBaselines.compare(plan, "第3季檢討", "核定版"));
		assertEquals(4, back.size(), back.toString());
		assertTrue(back.contains("changed 一、（二） 提供民眾易讀、易懂、易用的服務申… deadline: 8月完成並持續辦理 → 6月完成並持續辦理"), back.toString());

		List<PlanBaselines.Baseline> list = PlanBaselines.list(ws);
		assertEquals(List.of("核定版", "第3季檢討"), list.stream().map(PlanBaselines.Baseline::name).toList());
		assertEquals("116年度計畫核定", list.get(0).message());
		assertEquals(git.getRepository().resolve("refs/tags/第3季檢討^{commit}").getName(), list.get(1).commit());
		assertEquals(head, list.get(1).commit());
	}

	@Test
	void anUnknownVersionAndATakenNameAreRefusedWithWhatToDo() throws Exception {
		PlanBaselines.tag(ws, "核定版", "");

		PlanBaselines.Refused unknown = assertThrows(PlanBaselines.Refused.class,
				() -> PlanBaselines.compare(plan, "核定版-115", null));
		assertEquals("沒有「核定版-115」這個版本：請給核定版名稱（pdca baseline --list 列出）或版本編號（pdca history 列出）。",
				unknown.getMessage());
		PlanBaselines.Refused taken = assertThrows(PlanBaselines.Refused.class, () -> PlanBaselines.tag(ws, "核定版", "again"));
		assertTrue(taken.getMessage().startsWith("已有名為 核定版 的核定版"), taken.getMessage());
		assertEquals(1, PlanBaselines.list(ws).size(), "the baseline is kept as it was");
		assertThrows(PlanBaselines.Refused.class, () -> PlanBaselines.tag(ws, "核定 版", ""));
		Path outside = folder.resolve("outside.pdca");
		Files.copy(plan, outside);
		assertThrows(PlanHistory.NotShared.class, () -> PlanBaselines.compare(outside, "核定版", null),
				"a plan outside the workspace");
	}

	@Test
	void aPlanRenamedSinceTheBaselineIsComparedUnderTheNameItHadThen() throws Exception {
		PlanBaselines.tag(ws, "核定版", "116年度計畫核定");
		Path renamed = ws.resolve("plans/106/tainan-motor-vehicle-station.pdca");
		Files.move(plan, renamed);
		git.add().addFilepattern(".").call();
		git.rm().addFilepattern("plans/106/plan.pdca").call();
		commit(2026, 11, 10);
		plan = renamed;
		edit(c -> c.commands.set(c.method(0, 1), PdcaPackage.Literals.WORK_ITEM__SCHEDULE, Schedule.parse("8月完成並持續辦理")));

		List<Change> changes = PlanBaselines.compare(renamed, "核定版", null);

		assertEquals(1, changes.size(), messages(changes).toString());
		assertEquals(Kind.CHANGED, changes.get(0).kind());
		assertTrue(changes.get(0).deadline(), changes.get(0).message());
		assertTrue(changes.get(0).message().contains("8月完成並持續辦理"), changes.get(0).message());
	}
}
