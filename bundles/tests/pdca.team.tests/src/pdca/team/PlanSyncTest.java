package pdca.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.test.support.Locales;

/**
 * {@link PlanSync} with JGit: two workspaces cloned from one bare repository on disk, each committing, fetching,
 * merging plan files element by element and pushing.
 */
class PlanSyncTest {

	@TempDir
	Path folder;

	private Path remote;

	private Path workspace(String name, String user) throws Exception {
		Path dir = folder.resolve(name);
		if (remote == null) {
			remote = folder.resolve("remote.git");
			Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
		}
		Git git;
		if (name.equals("office")) {
			git = Git.init().setInitialBranch("main").setDirectory(dir.toFile()).call();
			git.remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
		} else {
			git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(dir.toFile()).call();
		}
		StoredConfig config = git.getRepository().getConfig();
		config.setString("user", null, "name", user);
		config.setString("user", null, "email", "unit@example.org");
		config.save();
		git.close();
		return dir;
	}

	/** The sample plan of 106 saved as plans/plan.pdca in the workspace {@code office}, not yet recorded. */
	private static Path samplePlanIn(Path office) throws Exception {
		Path plan = office.resolve("plans/plan.pdca");
		Files.createDirectories(plan.getParent());
		PlanFiles.save(PlanFiles.load(Copies.motorVehicle()), plan);
		return plan;
	}

	private static void edit(Path file, Consumer<Plan> change) throws Exception {
		Plan plan = PlanFiles.load(file);
		change.accept(plan);
		PlanFiles.save(plan, file);
	}

	private static Method method(Plan plan, int s, int m) {
		return plan.getStrategies().get(s).getMethods().get(m);
	}

	@Test
	void twoWorkspacesSyncTheirEditsOfOneMethodThroughABareRepository() throws Exception {
		Path office = workspace("office", "計畫室");
		Path plan = samplePlanIn(office);
		PlanSync.Outcome first = PlanSync.sync(office, "核定版");
		assertTrue(first.committed() && first.pushed(), first.toString());

		Path unit = workspace("unit", "監理課");
		Path unitPlan = unit.resolve("plans/plan.pdca");
		assertTrue(Files.exists(unitPlan));

		edit(plan, p -> method(p, 0, 0).setText("計畫室改寫的方法"));
		assertEquals(PlanSync.State.SYNCED, PlanSync.sync(office, "計畫室修訂").state());
		edit(unitPlan, p -> method(p, 0, 0).setSchedule(Schedule.parse("9月完成並持續辦理")));

		PlanSync.Outcome merged = PlanSync.sync(unit, "監理課修訂");

		assertEquals(PlanSync.State.SYNCED, merged.state(), merged.toString());
		assertTrue(merged.received() && merged.pushed());
		assertEquals(List.of("plans/plan.pdca"), merged.mergedPlans());
		Method m = method(PlanFiles.load(unitPlan), 0, 0);
		assertEquals("計畫室改寫的方法", m.getText());
		assertEquals("9月完成並持續辦理", m.getSchedule().text());

		PlanSync.Outcome back = PlanSync.sync(office, "");
		assertEquals(PlanSync.State.SYNCED, back.state(), back.toString());
		Method o = method(PlanFiles.load(plan), 0, 0);
		assertEquals("計畫室改寫的方法", o.getText());
		assertEquals("9月完成並持續辦理", o.getSchedule().text());
		assertEquals(PlanSync.State.UP_TO_DATE, PlanSync.sync(office, "").state());
	}

	@Test
	void aBaselineIsSentWithTheNextSyncAndReceivedByTheOtherWorkspace() throws Exception {
		Path office = workspace("office", "計畫室");
		Path plan = samplePlanIn(office);
		PlanSync.sync(office, "計畫初稿");
		Path unit = workspace("unit", "監理課");

		PlanBaselines.tag(office, "核定版", "116年度核定");
		PlanSync.Outcome sent = PlanSync.sync(office, "");

		assertEquals(PlanSync.State.SYNCED, sent.state(), "nothing committed, but the baseline was sent: " + sent);
		assertTrue(sent.pushed());
		try (Git remoteGit = Git.open(remote.toFile())) {
			assertTrue(remoteGit.getRepository().exactRef("refs/tags/核定版") != null, "the remote has the baseline");
		}
		assertEquals(List.of(), PlanBaselines.list(unit));
		PlanSync.sync(unit, "");
		List<PlanBaselines.Baseline> received = PlanBaselines.list(unit);
		assertEquals(List.of("核定版"), received.stream().map(PlanBaselines.Baseline::name).toList());
		assertEquals("116年度核定", received.get(0).message());
		assertEquals(PlanSync.State.UP_TO_DATE, PlanSync.sync(office, "").state(), "a baseline is sent once");
	}

	@Test
	void aBaselineNameTakenOnTheRemoteForAnotherVersionKeepsTheRemotesAndTheSyncGoesOn() throws Exception {
		Path office = workspace("office", "計畫室");
		Path plan = samplePlanIn(office);
		PlanSync.sync(office, "計畫初稿");
		Path unit = workspace("unit", "監理課");
		PlanBaselines.tag(office, "核定版", "計畫室的核定版");
		PlanSync.sync(office, "");

		edit(unit.resolve("plans/plan.pdca"), p -> method(p, 0, 0).setText("監理課改寫的方法"));
		PlanSync.sync(unit, "監理課修訂");
		try (Git unitGit = Git.open(unit.toFile())) {
			unitGit.tagDelete().setTags("核定版").call();
		}
		PlanBaselines.tag(unit, "核定版", "監理課的核定版");
		edit(unit.resolve("plans/plan.pdca"), p -> method(p, 0, 1).setText("再改寫的方法"));

		PlanSync.Outcome outcome = PlanSync.sync(unit, "再修訂");

		assertEquals(PlanSync.State.SYNCED, outcome.state(), outcome.toString());
		assertTrue(outcome.pushed(), "the commits are sent, whatever became of the baseline");
		try (Git remoteGit = Git.open(remote.toFile())) {
			var remoteTag = remoteGit.getRepository().getRefDatabase().peel(remoteGit.getRepository().exactRef("refs/tags/核定版"));
			try (Git officeGit = Git.open(office.toFile())) {
				assertEquals(officeGit.getRepository().resolve("HEAD~0").getName(), remoteTag.getPeeledObjectId().getName(),
						"the remote keeps the baseline sent first");
			}
		}
	}

	@Test
	void theWorkbenchsOwnFilesAreNeverShared() throws Exception {
		Path office = workspace("office", "計畫室");
		Path plan = samplePlanIn(office);
		Path history = office.resolve(".metadata/.plugins/pdca.ui/history/1/20261130.pdca");
		Files.createDirectories(history.getParent());
		Files.writeString(history, "a previous version, kept on this machine");
		Path temporary = office.resolve("plans/.plan.pdca.123.tmp");
		Files.writeString(temporary, "half a save");
		assertTrue(PlanSync.sync(office, "核定版").pushed());
		Path unit = workspace("unit", "監理課");
		assertTrue(Files.exists(unit.resolve("plans/plan.pdca")), "the plan is shared");
		assertFalse(Files.exists(unit.resolve(".metadata")), "the workspace's metadata is not");
		assertFalse(Files.exists(unit.resolve("plans/.plan.pdca.123.tmp")), "nor a save's temporary file");
		assertEquals(PlanSync.State.UP_TO_DATE, PlanSync.sync(office, "").state(), "and they are no change to send");
	}

	@Test
	void aConflictIsReturnedWithMyPlanWholeAndNothingPushed() throws Exception {
		Locales.with(Locale.ENGLISH, () -> {
			Path office = workspace("office", "計畫室");
			Path plan = samplePlanIn(office);
			PlanSync.sync(office, "核定版");
			Path unit = workspace("unit", "監理課");
			Path unitPlan = unit.resolve("plans/plan.pdca");

			edit(plan, p -> method(p, 1, 0).setSchedule(Schedule.parse("6月")));
			PlanSync.sync(office, "6月");
			edit(unitPlan, p -> method(p, 1, 0).setSchedule(Schedule.parse("8月")));
			byte[] mine = Files.readAllBytes(unitPlan);

			PlanSync.Outcome outcome = PlanSync.sync(unit, "8月");

			assertEquals(PlanSync.State.CONFLICTS, outcome.state(), outcome.toString());
			assertFalse(outcome.pushed());
			List<Conflict> conflicts = outcome.conflicts().get("plans/plan.pdca");
			assertEquals(1, conflicts.size());
			assertTrue(conflicts.get(0).message().contains("deadline: mine 8月 / theirs 6月"), conflicts.toString());
			assertArrayEquals(mine, Files.readAllBytes(unitPlan), "my version whole, no conflict markers");
		});
	}

	@Test
	void aSyncStoppedOnAConflictIsFinishedByTheDecisionAndLosesNoneOfTheOthersChanges() throws Exception {
		Path office = workspace("office", "計畫室");
		Path plan = samplePlanIn(office);
		PlanSync.sync(office, "核定版");
		Path unit = workspace("unit", "監理課");
		Path unitPlan = unit.resolve("plans/plan.pdca");

		// the office changes a deadline and, in the same version, a text; the unit the same deadline
		edit(plan, p -> {
			method(p, 1, 0).setSchedule(Schedule.parse("6月"));
			method(p, 2, 0).setText("計畫室改寫的方法");
		});
		PlanSync.sync(office, "6月");
		edit(unitPlan, p -> method(p, 1, 0).setSchedule(Schedule.parse("8月")));
		PlanSync.Outcome stopped = PlanSync.sync(unit, "8月");
		assertEquals(PlanSync.State.CONFLICTS, stopped.state());
		Conflict conflict = stopped.conflicts().get("plans/plan.pdca").get(0);

		// syncing again without a decision changes nothing and records nothing: the other's text is not lost
		String head = head(unit);
		PlanSync.Outcome again = PlanSync.sync(unit, "again");
		assertEquals(PlanSync.State.CONFLICTS, again.state());
		assertEquals(List.of(conflict.message()), again.conflicts().get("plans/plan.pdca").stream().map(Conflict::message).toList());
		assertEquals(head, head(unit), "nothing recorded while undecided");

		// an edit made meanwhile in my version is kept through the decision
		edit(unitPlan, p -> method(p, 0, 0).setNote("監理課的備註"));
		PlanSync.Outcome done = PlanSync.sync(unit, "依對方期限",
				PlanSync.Author.FROM_GIT_CONFIG, Map.of("plans/plan.pdca", Map.of(conflict.ref(), Conflict.Choice.THEIRS)));

		assertEquals(PlanSync.State.SYNCED, done.state(), done.toString());
		assertTrue(done.pushed() && done.received(), done.toString());
		Plan merged = PlanFiles.load(unitPlan);
		assertEquals("6月", method(merged, 1, 0).getSchedule().text(), "their deadline, as decided");
		assertEquals("計畫室改寫的方法", method(merged, 2, 0).getText(), "their other change received");
		assertEquals("監理課的備註", method(merged, 0, 0).getNote(), "my edit made while deciding");

		PlanSync.sync(office, "");
		Plan atOffice = PlanFiles.load(plan);
		assertEquals("6月", method(atOffice, 1, 0).getSchedule().text());
		assertEquals("監理課的備註", method(atOffice, 0, 0).getNote(), "the decided merge reached the office");
		assertFalse(Files.exists(unit.resolve(".git/PDCA_MERGE_CONFLICTS")));
	}

	@Test
	void aConflictDecidedForMineRecordsTheMergeEvenWhenItIsMyVersionAsItWas() throws Exception {
		Path office = workspace("office", "計畫室");
		Path plan = samplePlanIn(office);
		PlanSync.sync(office, "核定版");
		Path unit = workspace("unit", "監理課");
		Path unitPlan = unit.resolve("plans/plan.pdca");
		edit(plan, p -> method(p, 1, 0).setSchedule(Schedule.parse("6月")));
		PlanSync.sync(office, "6月");
		edit(unitPlan, p -> method(p, 1, 0).setSchedule(Schedule.parse("8月")));
		Conflict conflict = PlanSync.sync(unit, "8月").conflicts().get("plans/plan.pdca").get(0);

		PlanSync.Outcome done = PlanSync.sync(unit, "保留監理課期限", PlanSync.Author.FROM_GIT_CONFIG,
				Map.of("plans/plan.pdca", Map.of(conflict.ref(), Conflict.Choice.MINE)));

		assertEquals(PlanSync.State.SYNCED, done.state(), done.toString());
		assertTrue(done.pushed());
		PlanSync.sync(office, "");
		assertEquals("8月", method(PlanFiles.load(plan), 1, 0).getSchedule().text(), "my deadline reached the office");
	}

	private static String head(Path workTree) throws Exception {
		try (Git git = Git.open(workTree.toFile())) {
			return git.getRepository().resolve("HEAD").name();
		}
	}

	@Test
	void versionsCarryTheAuthorsNameAndUnitFromThePreferencesOrTheGitConfiguration() throws Exception {
		Path office = workspace("office", "計畫室");
		Path plan = samplePlanIn(office);
		PlanSync.sync(office, "核定版", new PlanSync.Author("王小明", "研考科", "wang@example.gov.tw"));

		Path unit = workspace("unit", "李小華");
		try (Git git = Git.open(unit.toFile())) {
			StoredConfig config = git.getRepository().getConfig();
			config.setString("pdca", null, "unit", "監理課");
			config.save();
		}
		Path unitPlan = unit.resolve("plans/plan.pdca");
		edit(unitPlan, p -> method(p, 0, 0).setText("監理課改寫的方法"));
		PlanSync.sync(unit, "監理課修訂");
		edit(unitPlan, p -> method(p, 0, 1).setText("只有姓名"));
		PlanSync.sync(unit, "再修訂", new PlanSync.Author("", "", "li@example.gov.tw"));

		try (Git git = Git.open(unit.toFile())) {
			List<RevCommit> log = new java.util.ArrayList<>();
			git.log().call().forEach(log::add);
			assertEquals("李小華（監理課）", log.get(0).getAuthorIdent().getName(), "empty parts come from the git configuration");
			assertEquals("li@example.gov.tw", log.get(0).getAuthorIdent().getEmailAddress());
			assertEquals("李小華（監理課）", log.get(1).getAuthorIdent().getName());
			assertEquals("unit@example.org", log.get(1).getAuthorIdent().getEmailAddress());
			assertEquals("王小明（研考科）", log.get(2).getAuthorIdent().getName(), "the given name and unit");
			assertEquals("wang@example.gov.tw", log.get(2).getAuthorIdent().getEmailAddress());
		}
		assertEquals("王小明", PlanSync.recordedName("王小明", " "));
		assertEquals("王小明（研考科）", PlanSync.recordedName("王小明（研考科）", "研考科"), "a unit already in the name is not repeated");
	}
}
