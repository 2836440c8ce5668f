package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.samples.SamplePlans;

/** {@code pdca sync}: two workspaces sharing a bare repository on disk, through the command line. */
class SyncCommandTest extends CliRunning {

	@TempDir
	Path folder;

	private Path remote;

	private Path workspace(String name) throws Exception {
		Path dir = folder.resolve(name);
		Git git;
		if (remote == null) {
			remote = folder.resolve("remote.git");
			Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
			git = Git.init().setInitialBranch("main").setDirectory(dir.toFile()).call();
			git.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
		} else {
			git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(dir.toFile()).call();
		}
		StoredConfig config = git.getRepository().getConfig();
		config.setString("user", null, "name", name);
		config.setString("user", null, "email", name + "@example.org");
		config.save();
		git.close();
		return dir;
	}

	private static void edit(Path file, Consumer<Plan> change) throws Exception {
		Plan plan = PlanFiles.load(file);
		change.accept(plan);
		PlanFiles.save(plan, file);
	}

	private static Method method(Path file, int s, int m) throws Exception {
		return PlanFiles.load(file).getStrategies().get(s).getMethods().get(m);
	}

	@Test
	void twoUnitsSyncEditsOfOneMethodAndAConflictStopsWithTheirWords() throws Exception {
		Path office = workspace("office");
		Path plan = office.resolve("plans/106/plan.pdca");
		Files.createDirectories(plan.getParent());
		PlanFiles.save(PlanFiles.load(SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca")), plan);
		assertEquals(Cli.OK, run("sync", office.toString(), "-m", "核定版"), err());
		assertTrue(out().contains("Synced: changes committed, nothing received, commits sent."), out());
		Path unit = workspace("unit");
		Path unitPlan = unit.resolve("plans/106/plan.pdca");

		edit(plan, p -> p.getStrategies().get(0).getMethods().get(0).setText("計畫室改寫"));
		assertEquals(Cli.OK, run("sync", office.toString()), err());
		edit(unitPlan, p -> p.getStrategies().get(0).getMethods().get(0).setSchedule(Schedule.parse("9月")));
		assertEquals(Cli.OK, run("sync", unit.toString(), "--message", "監理課"), err());
		assertTrue(out().contains("plans/106/plan.pdca: merged element by element"), out());
		assertEquals("計畫室改寫", method(unitPlan, 0, 0).getText());
		assertEquals("9月", method(unitPlan, 0, 0).getSchedule().text());
		assertEquals(Cli.OK, run("sync", office.toString()), err());
		assertEquals("9月", method(plan, 0, 0).getSchedule().text());
		assertEquals(Cli.OK, run("sync", office.toString()));
		assertTrue(out().contains("Up to date"), out());

		edit(plan, p -> p.getStrategies().get(1).getMethods().get(0).setSchedule(Schedule.parse("6月")));
		assertEquals(Cli.OK, run("sync", office.toString()), err());
		edit(unitPlan, p -> p.getStrategies().get(1).getMethods().get(0).setSchedule(Schedule.parse("8月")));
		byte[] mine = Files.readAllBytes(unitPlan);
		assertEquals(Cli.FOUND_ERRORS, run("sync", unit.toString()));
		assertTrue(err().contains("plans/106/plan.pdca: 1 conflict(s)"), err());
		assertTrue(err().contains("deadline: mine 8月 / theirs 6月"), err());
		assertTrue(err().contains("nothing was pushed"), err());
		assertTrue(err().contains("  [1] "), "conflicts numbered for --take: " + err());
		assertArrayEquals(mine, Files.readAllBytes(unitPlan));

		// decided on the command line: a number that is not a conflict is refused, then theirs taken
		assertEquals(Cli.USAGE, run("sync", unit.toString(), "--take", "2=theirs"));
		assertTrue(err().contains("from 1 to 1"), err());
		assertArrayEquals(mine, Files.readAllBytes(unitPlan), "nothing changed by a refused decision");
		assertEquals(Cli.OK, run("sync", unit.toString(), "--take", "1=對方的"), err());
		assertEquals("6月", method(unitPlan, 1, 0).getSchedule().text());
		assertEquals("計畫室改寫", method(unitPlan, 0, 0).getText());
		assertEquals(Cli.OK, run("sync", office.toString()), err());
		assertTrue(out().contains("changes received"), "the decided merge was sent to the office: " + out());
		assertEquals("6月", method(plan, 1, 0).getSchedule().text());
	}

	@Test
	void thePlanningOfficeSharesOnceAndAUnitClonesThenTheySync() throws Exception {
		Path shared = folder.resolve("shared.git");
		// made as git init --bare makes it on most systems: HEAD names master, which the share never sends
		Git.init().setBare(true).setInitialBranch("master").setDirectory(shared.toFile()).call().close();
		Path office = folder.resolve("office");
		Path plan = office.resolve("plans/106/plan.pdca");
		Files.createDirectories(plan.getParent());
		PlanFiles.save(PlanFiles.load(SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca")), plan);

		assertEquals(Cli.OK, run("share", office.toString(), shared.toString(), "--author", "王小明", "--unit", "研考科"), err());
		assertTrue(out().contains("is shared through") && out().contains("pdca clone"), out());
		try (Git git = Git.open(shared.toFile())) {
			var head = git.log().add(git.getRepository().resolve("refs/heads/main")).call().iterator().next();
			assertEquals("王小明（研考科）", head.getAuthorIdent().getName(), "the plans were recorded and sent");
		}

		// a second workspace cannot be shared into it, and the first one not elsewhere
		Path other = folder.resolve("other");
		Files.createDirectories(other);
		assertEquals(Cli.USAGE, run("share", other.toString(), shared.toString()));
		assertTrue(err().contains("holds a plan workspace already"), err());
		assertTrue(Files.notExists(other.resolve(".git")), "a refused share leaves the folder as it was");
		assertEquals(Cli.USAGE, run("share", office.toString(), folder.resolve("elsewhere.git").toString()));
		assertTrue(err().contains("is shared already, through"), err());

		Path unit = folder.resolve("unit");
		assertEquals(Cli.OK, run("clone", shared.toString(), unit.toString()), err());
		Path unitPlan = unit.resolve("plans/106/plan.pdca");
		assertTrue(Files.isRegularFile(unitPlan), "the unit has the plan");
		assertEquals(Cli.USAGE, run("clone", shared.toString(), unit.toString()));
		assertTrue(err().contains("is not empty"), err());

		try (Git git = Git.open(unit.toFile())) {
			StoredConfig config = git.getRepository().getConfig();
			config.setString("user", null, "name", "李小華");
			config.save();
		}
		edit(unitPlan, p -> p.getStrategies().get(0).getMethods().get(0).setSchedule(Schedule.parse("9月")));
		assertEquals(Cli.OK, run("sync", unit.toString()), err());
		assertEquals(Cli.OK, run("sync", office.toString()), err());
		assertEquals("9月", method(plan, 0, 0).getSchedule().text(), "the unit's edit reached the office");
	}

	@Test
	void aFolderThatIsNotARepositoryIsRefused() {
		assertEquals(Cli.USAGE, run("sync", folder.toString()));
		assertTrue(err().contains("is not a git repository"), err());
	}

	@Test
	void theAuthorAndUnitGivenAreWhatTheVersionCarries() throws Exception {
		Path office = workspace("office");
		Path plan = office.resolve("plans/106/plan.pdca");
		Files.createDirectories(plan.getParent());
		PlanFiles.save(PlanFiles.load(SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca")), plan);
		assertEquals(Cli.OK, run("sync", office.toString(), "-m", "核定版", "--author", "王小明", "--unit", "研考科"), err());
		try (Git git = Git.open(office.toFile())) {
			var head = git.log().setMaxCount(1).call().iterator().next().getAuthorIdent();
			assertEquals("王小明（研考科）", head.getName());
			assertEquals("office@example.org", head.getEmailAddress(), "the e-mail address from the git configuration");
		}
	}
}
