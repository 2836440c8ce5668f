package pdca.cli;

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
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * {@code pdca baseline} and {@code pdca compare}: a workspace built with JGit holding the sample plan of 106, named
 * 核定版, then edited (a deadline moved, an action deleted, two methods reordered); compared with 核定版 line by line,
 * in English and in Traditional Chinese, with the exit statuses of an unknown version, a taken name and a file outside
 * a work tree.
 */
class BaselineCommandTest extends CliRunning {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

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
		config.setString("user", null, "email", "ming@example.org");
		config.save();
		plan = ws.resolve("plans/106/plan.pdca");
		Files.createDirectories(plan.getParent());
		PlanFiles.save(PlanFiles.load(SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca")), plan);
		commit(1);
	}

	@AfterEach
	void close() {
		git.close();
	}

	private void commit(int day) throws Exception {
		PersonIdent who = new PersonIdent("計畫室", "unit@example.org",
				LocalDateTime.of(2026, 11, day, 9, 0).atZone(TAIPEI).toInstant(), TAIPEI);
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

	/** A deadline moved from 6月 to 8月, the third action of 一、（一） deleted, the first two methods of 二、 swapped. */
	private void threeEdits() throws Exception {
		edit(p -> {
			method(p, 0, 1).setSchedule(Schedule.parse("8月"));
			method(p, 0, 0).getActions().remove(2);
			p.getStrategies().get(1).getMethods().move(0, 1);
		});
	}

	private List<String> lines() {
		return out().lines().toList();
	}

	@Test
	void namesABaselineListsItAndComparesThePlanWithIt() throws Exception {
		assertEquals(Cli.OK, run("baseline", ws.toString(), "--tag", "核定版", "-m", "116年度計畫核定"), err());
		assertTrue(out().startsWith("Baseline 核定版 names the version "), out());
		assertTrue(out().contains("pdca sync"), "tells how to send it: " + out());

		assertEquals(Cli.OK, run("baseline", ws.toString(), "--list"), err());
		assertEquals(1, lines().size(), out());
		assertTrue(lines().get(0).matches("核定版  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  [0-9a-f]{7}  王小明  116年度計畫核定"), out());

		threeEdits();
		assertEquals(Cli.OK, run("compare", plan.toString(), "--from", "核定版"), err());
		List<String> lines = lines();
		assertEquals(3, lines.size(), out());
		assertTrue(lines.get(0).matches("changed 一、（二） \\S+ deadline: 6月完成並持續辦理 → 8月"), lines.get(0));
		assertTrue(lines.get(1).matches("reordered 二、 \\S+ Method order: （一） （二） … → （二） （一） …"), lines.get(1));
		assertTrue(lines.get(2).startsWith("deleted 一、（一）3. "), lines.get(2));
		assertEquals(Cli.OK, run("diff", plan.toString(), "--from", "核定版"), err());
		assertEquals(lines, lines(), "pdca diff is pdca compare");

		assertEquals(Cli.OK, run("compare", plan.toString(), "--from", "核定版", "--to", "HEAD"), err());
		assertEquals(plan + ": no change from 核定版 to HEAD.", out().strip(), "HEAD is still 核定版");
	}

	@Test
	void comparesTwoBaselinesInTraditionalChineseAndAsJson() throws Exception {
		run("baseline", ws.toString(), "--tag", "核定版");
		threeEdits();
		commit(20);
		Locale.setDefault(Locale.TRADITIONAL_CHINESE);
		assertEquals(Cli.OK, run("baseline", ws.toString(), "--tag", "第3季檢討", "-m", "第3季管考會議"), err());
		assertTrue(out().matches("已將版本 [0-9a-f]{7} 命名為 第3季檢討。請以 pdca sync 送給其他人。\\R"), out());

		assertEquals(Cli.OK, run("compare", plan.toString(), "--from", "核定版", "--to", "第3季檢討"), err());
		List<String> lines = lines();
		assertEquals(3, lines.size(), out());
		assertTrue(lines.get(0).matches("修改 一、（二） \\S+ 完成期限：6月完成並持續辦理 → 8月"), lines.get(0));
		assertTrue(lines.get(1).startsWith("調整 二、 "), lines.get(1));
		assertTrue(lines.get(2).startsWith("刪除 一、（一）3. "), lines.get(2));

		assertEquals(Cli.OK, run("baseline", ws.toString(), "--list"), err());
		assertEquals(2, lines().size(), out());
		assertTrue(lines().get(0).startsWith("核定版  "), out());
		assertTrue(lines().get(1).startsWith("第3季檢討  ") && lines().get(1).endsWith("第3季管考會議"), out());

		assertEquals(Cli.OK, run("compare", plan.toString(), "--from", "第3季檢討"), err());
		assertEquals(plan + "：自 第3季檢討 至 目前 沒有變更。", out().strip());

		assertEquals(Cli.OK, run("compare", plan.toString(), "--from", "核定版", "--json"), err());
		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals("核定版", json.get("from").getAsString());
		assertTrue(json.get("to").isJsonNull(), "to: the file now");
		JsonArray changes = json.getAsJsonArray("changes");
		assertEquals(3, changes.size());
		JsonObject deadline = changes.get(0).getAsJsonObject();
		assertEquals("changed", deadline.get("kind").getAsString());
		assertTrue(deadline.get("deadline").getAsBoolean());
		assertEquals("6月完成並持續辦理", deadline.get("old").getAsString());
		assertEquals("8月", deadline.get("new").getAsString());
		assertEquals("reordered", changes.get(1).getAsJsonObject().get("kind").getAsString());
		assertEquals("removed", changes.get(2).getAsJsonObject().get("kind").getAsString());
	}

	@Test
	void refusesAnUnknownVersionATakenNameAndAFileOutsideAWorkTree() throws Exception {
		run("baseline", ws.toString(), "--tag", "核定版");

		assertEquals(Cli.USAGE, run("compare", plan.toString(), "--from", "核定版-115"));
		assertTrue(err().contains("No version \"核定版-115\"") && err().contains("pdca baseline --list"), err());
		assertEquals(Cli.USAGE, run("compare", plan.toString(), "--from", "核定版", "--to", "deadbeef"));
		assertTrue(err().contains("No version \"deadbeef\""), err());

		assertEquals(Cli.USAGE, run("baseline", ws.toString(), "--tag", "核定版", "-m", "again"));
		assertTrue(err().contains("There is a baseline named 核定版 already"), err());

		Path outside = folder.resolve("outside.pdca");
		Files.copy(plan, outside);
		assertEquals(Cli.USAGE, run("compare", outside.toString(), "--from", "核定版"));
		assertTrue(err().contains("is not in a shared workspace"), err());
		assertEquals(Cli.USAGE, run("baseline", folder.toString(), "--list"));
		assertTrue(err().contains("is not a git repository"), err());

		assertEquals(Cli.USAGE, run("compare", plan.toString()));
		assertTrue(err().contains("--from REV"), err());
		assertEquals(Cli.USAGE, run("baseline", ws.toString()));
		assertTrue(err().contains("give one of --tag NAME and --list"), err());

		Locale.setDefault(Locale.TRADITIONAL_CHINESE);
		assertEquals(Cli.USAGE, run("compare", plan.toString(), "--from", "核定版-115"));
		assertTrue(err().contains("沒有「核定版-115」這個版本"), err());
		assertEquals(Cli.USAGE, run("baseline", ws.toString(), "--tag", "核定版"));
		assertTrue(err().contains("已有名為 核定版 的核定版"), err());
	}

	@Test
	void theHelpTellsThatBaselinesAreSentWithSync() {
		assertEquals(Cli.OK, run("baseline", "--help"));
		assertTrue(out().contains("sent to the others and received from them with pdca sync"), out());
		assertEquals(Cli.OK, run("sync", "--help"));
		assertTrue(out().contains("with the baselines (pdca baseline) both ways"), out());
		assertEquals(Cli.OK, run("--help"));
		assertTrue(out().contains("baseline") && out().contains("compare"), out());
	}
}
