package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.samples.SamplePlans;

/** {@code pdca history}: the changes of a plan recorded in a git repository built with JGit, and a revert of one. */
class HistoryCommandTest extends CliRunning {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@TempDir
	Path folder;

	private Git git;
	private Path plan;

	@AfterEach
	void close() {
		if (git != null) {
			git.close();
		}
	}

	private void commit(String author, int day, int hour, int minute) throws Exception {
		PersonIdent who = new PersonIdent(author, "unit@example.org",
				LocalDateTime.of(2026, 11, day, hour, minute).atZone(TAIPEI).toInstant(), TAIPEI);
		git.add().addFilepattern(".").call();
		git.commit().setMessage("計畫修訂").setAuthor(who).setCommitter(who).call();
	}

	private void edit(Consumer<Plan> change) throws Exception {
		Plan p = PlanFiles.load(plan);
		change.accept(p);
		PlanFiles.save(p, plan);
	}

	private static Method method(Plan p, int s, int m) {
		return p.getStrategies().get(s).getMethods().get(m);
	}

	/** The sample plan of 106 recorded by the planning office, its deadline changed by 王小明, a text by 李小華. */
	private void threeVersions() throws Exception {
		git = Git.init().setInitialBranch("main").setDirectory(folder.resolve("ws").toFile()).call();
		plan = folder.resolve("ws/plans/106/plan.pdca");
		Files.createDirectories(plan.getParent());
		PlanFiles.save(PlanFiles.load(SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca")), plan);
		commit("計畫室", 1, 9, 0);
		edit(p -> method(p, 0, 1).setSchedule(Schedule.parse("8月")));
		commit("王小明", 30, 14, 5);
		edit(p -> method(p, 2, 0).setText("簡化申辦流程"));
		commit("李小華", 30, 16, 20);
	}

	private List<String> lines() {
		return out().lines().toList();
	}

	@Test
	void listsTheChangesNewestFirstWithWhoAndWhen() throws Exception {
		threeVersions();

		assertEquals(Cli.OK, run("history", plan.toString()), err());

		List<String> lines = lines();
		assertEquals(3, lines.size(), out());
		assertTrue(lines.get(0).matches("[0-9a-f]{7}\\.1  2026-11-30 16:20 李小華 changed 三、（一） 簡化申辦流程 text: .+ → 簡化申辦流程"),
				lines.get(0));
		assertTrue(lines.get(1).matches("[0-9a-f]{7}\\.1  2026-11-30 14:05 王小明 changed 一、（二） \\S+ deadline: 6月完成並持續辦理 → 8月"),
				lines.get(1));
		assertTrue(lines.get(2).matches("[0-9a-f]{7}\\.1  2026-11-01 09:00 計畫室 created the plan"), lines.get(2));

		assertEquals(Cli.OK, run("history", plan.toString(), "--limit", "1"));
		assertEquals(1, lines().size(), out());
		assertTrue(lines().get(0).contains("李小華"), out());
		assertEquals(Cli.USAGE, run("history", plan.toString(), "--limit", "0"));
		assertTrue(err().contains("\"0\" is not a number of versions"), err());
	}

	@Test
	void speaksTraditionalChineseByDefault() throws Exception {
		threeVersions();
		Locale.setDefault(Locale.TRADITIONAL_CHINESE);
		assertEquals(Cli.OK, run("history", plan.toString()), err());
		assertTrue(lines().get(1).matches("[0-9a-f]{7}\\.1  2026-11-30 14:05 王小明 修改 一、（二） \\S+ 完成期限：6月完成並持續辦理 → 8月"),
				out());
		assertTrue(lines().get(2).endsWith(" 計畫室 建立計畫"), out());
	}

	@Test
	void writesTheChangesAsJson() throws Exception {
		threeVersions();
		assertEquals(Cli.OK, run("history", plan.toString(), "--json"), err());
		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals(1, json.get("schema").getAsInt());
		JsonArray changes = json.getAsJsonArray("changes");
		assertEquals(3, changes.size());
		JsonObject deadline = changes.get(1).getAsJsonObject();
		assertEquals("changed", deadline.get("kind").getAsString());
		assertEquals("王小明", deadline.get("author").getAsString());
		assertEquals("2026-11-30T14:05+08:00", deadline.get("time").getAsString());
		assertEquals("deadline", deadline.get("feature").getAsString());
		assertEquals("6月完成並持續辦理", deadline.get("old").getAsString());
		assertEquals("8月", deadline.get("new").getAsString());
		assertEquals("f04c05f0-9b62-4284-a5c3-e93f9c0df4c9", deadline.get("elementId").getAsString());
		assertTrue(deadline.get("revertible").getAsBoolean());
		assertEquals("created", changes.get(2).getAsJsonObject().get("kind").getAsString());
	}

	@Test
	void revertsOneChangeInTheFileAndRefusesItTwice() throws Exception {
		threeVersions();
		run("history", plan.toString());
		String id = lines().get(1).substring(0, 9);

		assertEquals(Cli.OK, run("history", plan.toString(), "--revert", id), err());

		assertTrue(out().startsWith("Reverted " + id + ": 一、（二） "), out());
		assertTrue(out().contains(" deadline is 6月完成並持續辦理 again; saved " + plan), out());
		Plan reverted = PlanFiles.load(plan);
		assertEquals("6月完成並持續辦理", method(reverted, 0, 1).getSchedule().text());
		assertEquals("簡化申辦流程", method(reverted, 2, 0).getText(), "the later change stays");

		byte[] before = Files.readAllBytes(plan);
		assertEquals(Cli.FOUND_ERRORS, run("history", plan.toString(), "--revert", id));
		assertTrue(err().contains("deadline is 6月完成並持續辦理 already: nothing to revert"), err());
		assertArrayEquals(before, Files.readAllBytes(plan));
	}

	@Test
	void refusesARevertWhenTheValueChangedAgainSince() throws Exception {
		threeVersions();
		edit(p -> method(p, 0, 1).setSchedule(Schedule.parse("10月")));
		commit("李小華", 30, 17, 0);
		run("history", plan.toString());
		String id = lines().get(2).substring(0, 9);
		assertTrue(lines().get(2).contains("王小明"), out());
		byte[] before = Files.readAllBytes(plan);

		assertEquals(Cli.FOUND_ERRORS, run("history", plan.toString(), "--revert", id));

		assertTrue(err().contains("deadline has changed again since (8月, now 10月): the change is not reverted"), err());
		assertArrayEquals(before, Files.readAllBytes(plan), "the file is untouched");
		assertEquals(Cli.USAGE, run("history", plan.toString(), "--revert", "0000000.9"));
		assertTrue(err().contains("no change 0000000.9 in the history of " + plan), err());
		run("history", plan.toString());
		String created = lines().get(lines().size() - 1).substring(0, 9);
		assertEquals(Cli.FOUND_ERRORS, run("history", plan.toString(), "--revert", created));
		assertTrue(err().contains("Only a change of a value can be reverted"), err());
	}

	@Test
	void aFileOutsideAGitWorkTreeIsToldWhatToDo() throws Exception {
		Path lone = folder.resolve("lone/plan.pdca");
		Files.createDirectories(lone.getParent());
		Files.copy(SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca"), lone);

		assertEquals(Cli.USAGE, run("history", lone.toString()));

		assertTrue(err().startsWith("pdca history: " + lone + " is not in a shared workspace (a git work tree)"), err());
		assertTrue(err().contains("pdca sync"), err());
		assertEquals("", out());
		assertEquals(Cli.USAGE, run("history", folder.resolve("missing.pdca").toString()));
		assertTrue(err().contains("no such plan file"), err());
	}

	@Test
	void aPlanNotYetRecordedHasNoHistory() throws Exception {
		git = Git.init().setInitialBranch("main").setDirectory(folder.resolve("ws").toFile()).call();
		plan = folder.resolve("ws/plan.pdca");
		Files.copy(SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca"), plan);
		assertEquals(Cli.OK, run("history", plan.toString()), err());
		assertTrue(out().contains("no recorded version yet. Record one with pdca sync"), out());
	}
}
