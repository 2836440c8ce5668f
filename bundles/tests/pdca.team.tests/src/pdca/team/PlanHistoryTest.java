package pdca.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Action;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.team.PlanHistory.Change;
import pdca.team.PlanHistory.Kind;
import pdca.test.support.UseLocale;

/**
 * {@link PlanHistory}: a repository built with JGit in which four people record versions of a sample plan (a deadline
 * changed, an action added, two methods reordered, a text changed); the history lists exactly those changes in the
 * users' words, newest first, and reverts one of them on the current plan.
 */
@UseLocale("zh-TW")
class PlanHistoryTest {

	static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@TempDir
	Path folder;

	private Git git;
	private Path plan;

	@AfterEach
	void closeRepository() {
		if (git != null) {
			git.close();
		}
	}

	/** A work tree with the sample plan of 106 recorded by the planning office on 2026-11-01. */
	private void share() throws Exception {
		git = Git.init().setInitialBranch("main").setDirectory(folder.resolve("ws").toFile()).call();
		plan = folder.resolve("ws/plans/106/plan.pdca");
		Files.createDirectories(plan.getParent());
		PlanFiles.save(PlanFiles.load(Copies.motorVehicle()), plan);
		commit("計畫室", 2026, 11, 1, 9, 0);
	}

	private void commit(String author, int year, int month, int day, int hour, int minute) throws Exception {
		PersonIdent who = new PersonIdent(author, "unit@example.org",
				LocalDateTime.of(year, month, day, hour, minute).atZone(TAIPEI).toInstant(), TAIPEI);
		git.add().addFilepattern(".").call();
		git.commit().setMessage("計畫修訂").setAuthor(who).setCommitter(who).call();
	}

	/** Edits the plan file through the edit layer, as the editor does, and saves it. */
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

	/** The four people's edits of the shared plan, one version each. */
	private void fourVersions() throws Exception {
		share();
		edit(c -> c.commands.set(c.method(0, 1), PdcaPackage.Literals.WORK_ITEM__SCHEDULE, Schedule.parse("8月完成並持續辦理")));
		commit("王小明", 2026, 11, 2, 10, 30);
		edit(c -> c.commands.add(c.method(0, 0), PdcaPackage.Literals.METHOD__ACTIONS, action("建置線上預約叫號系統")));
		commit("李小華", 2026, 11, 15, 16, 0);
		edit(c -> c.commands.move(c.method(1, 1), -1));
		commit("陳大同", 2026, 11, 20, 8, 45);
		edit(c -> c.commands.set(c.action(0, 0, 1), PdcaPackage.Literals.PLAN_ELEMENT__TEXT, "落實走動式服務"));
		commit("王小明", 2026, 11, 30, 14, 5);
	}

	private static List<String> lines(List<Change> changes) {
		return changes.stream().map(Change::toString).toList();
	}

	@Test
	void listsEachPersonsChangeInTheirWordsNewestFirstAndAReorderingAsOneChange() throws Exception {
		fourVersions();

		List<Change> history = PlanHistory.of(plan);

		assertEquals(List.of(
				"2026-11-30 14:05 王小明 修改 一、（一）2. 落實走動式服務 內容：落實走動式服務，午休或尖峰時段，調整服務人員值班時間（延後或縮短午休時間）或配置… → 落實走動式服務",
				"2026-11-20 08:45 陳大同 調整 二、 " + strategyExcerpt(1) + " 具體做法順序：（一） （二） … → （二） （一） …",
				"2026-11-15 16:00 李小華 新增 一、（一）6. 建置線上預約叫號系統",
				"2026-11-02 10:30 王小明 修改 一、（二） 提供民眾易讀、易懂、易用的服務申… 完成期限：6月完成並持續辦理 → 8月完成並持續辦理",
				"2026-11-01 09:00 計畫室 建立計畫"), lines(history));
		Change deadline = history.get(3);
		assertEquals(Kind.CHANGED, deadline.kind());
		assertEquals("王小明", deadline.author());
		assertEquals("完成期限", deadline.feature());
		assertEquals("6月完成並持續辦理", deadline.oldValue());
		assertEquals("8月完成並持續辦理", deadline.newValue());
		assertEquals("f04c05f0-9b62-4284-a5c3-e93f9c0df4c9", deadline.elementId());
		assertTrue(deadline.id().matches("[0-9a-f]{7}\\.1"), deadline.id());
		assertEquals(deadline, PlanHistory.find(history, deadline.id()));
		assertEquals(Kind.REORDERED, history.get(1).kind());
		assertEquals(Kind.ADDED, history.get(2).kind());
		assertEquals(Kind.CREATED, history.get(4).kind());

		assertEquals(2, PlanHistory.of(plan, 2).size(), "two commits, one change each");
	}

	@Test
	void tellsTheChangesInEnglish() throws Exception {
		fourVersions();
		Locale.setDefault(Locale.ENGLISH);
		List<Change> history = PlanHistory.of(plan);
		assertTrue(history.get(3).message().startsWith("changed 一、（二） "), history.get(3).message());
		assertTrue(history.get(3).message().endsWith(" deadline: 6月完成並持續辦理 → 8月完成並持續辦理"), history.get(3).message());
		assertTrue(history.get(1).message().contains(" Method order: （一） （二） … → （二） （一） …"), history.get(1).message());
		assertEquals("created the plan", history.get(4).message());
	}

	private String strategyExcerpt(int s) throws Exception {
		String text = PlanFiles.load(plan).getStrategies().get(s).getText();
		return text.length() <= 16 ? text : text.substring(0, 16) + "…";
	}

	@Test
	void revertingTheDeadlineRestoresItAndLeavesTheOtherChanges() throws Exception {
		fourVersions();
		Change deadline = PlanHistory.of(plan).get(3);

		Plan current = PlanFiles.load(plan);
		PlanHistory.revert(current, deadline);

		assertEquals("6月完成並持續辦理", current.getStrategies().get(0).getMethods().get(1).getSchedule().text());
		assertEquals("落實走動式服務", current.getStrategies().get(0).getMethods().get(0).getActions().get(1).getText());
		assertEquals(6, current.getStrategies().get(0).getMethods().get(0).getActions().size());
		assertEquals("建置線上預約叫號系統", current.getStrategies().get(0).getMethods().get(0).getActions().get(5).getText());
		Plan original = PlanFiles.load(Copies.motorVehicle());
		assertEquals(original.getStrategies().get(1).getMethods().get(1).getId(),
				current.getStrategies().get(1).getMethods().get(0).getId(), "the reordering stays");

		PlanHistory.RevertRefused again = assertThrows(PlanHistory.RevertRefused.class,
				() -> PlanHistory.revert(current, deadline));
		assertTrue(again.getMessage().contains("完成期限 已經是 6月完成並持續辦理"), again.getMessage());
	}

	@Test
	void aRevertIsRefusedWhenTheValueChangedAgainOrTheElementIsGone() throws Exception {
		fourVersions();
		edit(c -> c.commands.set(c.method(0, 1), PdcaPackage.Literals.WORK_ITEM__SCHEDULE, Schedule.parse("10月")));
		commit("李小華", 2026, 12, 1, 9, 0);
		List<Change> history = PlanHistory.of(plan);
		Change first = history.get(4);
		assertEquals("8月完成並持續辦理", first.newValue());

		Plan current = PlanFiles.load(plan);
		PlanHistory.RevertRefused refused = assertThrows(PlanHistory.RevertRefused.class,
				() -> PlanHistory.revert(current, first));
		assertTrue(refused.getMessage().contains("完成期限 之後又有修改（8月完成並持續辦理，現在是 10月）"), refused.getMessage());
		assertEquals("10月", current.getStrategies().get(0).getMethods().get(1).getSchedule().text(), "nothing changed");

		PlanHistory.revert(current, history.get(0)); // the latest deadline change can be
		assertEquals("8月完成並持續辦理", current.getStrategies().get(0).getMethods().get(1).getSchedule().text());

		Change added = history.get(3);
		assertEquals(Kind.ADDED, added.kind());
		assertFalse(added.revertible());
		assertThrows(PlanHistory.RevertRefused.class, () -> PlanHistory.revert(current, added));

		Change text = history.get(1);
		current.getStrategies().get(0).getMethods().get(0).getActions().remove(1);
		PlanHistory.RevertRefused gone = assertThrows(PlanHistory.RevertRefused.class,
				() -> PlanHistory.revert(current, text));
		assertTrue(gone.getMessage().contains("已不在計畫中"), gone.getMessage());
	}

	@Test
	void aMergeListsOnlyWhatItChangedItself() throws Exception {
		share();
		git.branchCreate().setName("unit").call();
		edit(c -> c.commands.set(c.method(0, 1), PdcaPackage.Literals.WORK_ITEM__SCHEDULE, Schedule.parse("8月")));
		commit("計畫室", 2026, 11, 2, 9, 0);
		git.checkout().setName("unit").call();
		edit(c -> c.commands.set(c.method(0, 2), PdcaPackage.Literals.PLAN_ELEMENT__TEXT, "監理課改寫"));
		commit("監理課", 2026, 11, 3, 9, 0);
		git.checkout().setName("main").call();
		git.merge().include(git.getRepository().resolve("unit")).setCommit(false)
				.setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).call();
		// the merged plan gets one value of the merge's own before it is recorded
		Plan m = PlanFiles.load(plan);
		assertEquals("監理課改寫", m.getStrategies().get(0).getMethods().get(2).getText());
		m.getStrategies().get(0).getMethods().get(1).setExpectedBenefit("合併時補上的效益");
		PlanFiles.save(m, plan);
		commit("計畫室", 2026, 11, 4, 9, 0);
		assertNotNull(git.getRepository().resolve("HEAD^2"), "a merge commit");

		List<String> lines = lines(PlanHistory.of(plan));

		assertEquals(4, lines.size(), lines.toString());
		assertTrue(lines.get(0).startsWith("2026-11-04 09:00 計畫室 修改 一、（二）") && lines.get(0).contains(" 預期效益："), lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("2026-11-03 09:00 監理課 修改 一、（三）")), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("2026-11-02 09:00 計畫室 修改 一、（二）") && l.endsWith("→ 8月")),
				lines.toString());
		assertEquals("2026-11-01 09:00 計畫室 建立計畫", lines.get(3));
	}

	@Test
	void aFileOutsideAnyWorkTreeHasNoHistory() throws Exception {
		Path lone = folder.resolve("lone/plan.pdca");
		Files.createDirectories(lone.getParent());
		Files.copy(Copies.motorVehicle(), lone);
		PlanHistory.NotShared e = assertThrows(PlanHistory.NotShared.class, () -> PlanHistory.of(lone));
		assertTrue(e.getMessage().contains(lone.toString()) && e.getMessage().contains("pdca sync"), e.getMessage());
	}
}
