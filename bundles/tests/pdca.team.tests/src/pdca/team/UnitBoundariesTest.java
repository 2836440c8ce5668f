package pdca.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Action;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.test.support.UseLocale;

/**
 * {@link UnitBoundaries}: in the tracking sample of 106 with two methods led by two units, the 監理課's unrecorded edits
 * of the other unit's method (its deadline, an action under it, a check-in of that action) are told, its edits of its
 * own method are not; the planning office, which leads no row, and an author without a unit are never told.
 */
@UseLocale("zh-TW")
class UnitBoundariesTest {

	@TempDir
	Path folder;

	private Path plan;
	private String own;
	private String other;

	@BeforeEach
	void setUp() throws Exception {
		Path ws = folder.resolve("ws");
		plan = ws.resolve("plans/plan.pdca");
		Files.createDirectories(plan.getParent());
		Plan p = PlanFiles.load(pdca.samples.SamplePlans.workspaceFolder().resolve("tracking/106/tainan-motor-vehicle-station.pdca"));
		List<Unit> units = p.getOrganisation().getUnits();
		own = units.get(0).getName();
		other = units.get(1).getName();
		method(p, 0).setLeadOwner(units.get(0));
		method(p, 1).setLeadOwner(units.get(1));
		PlanFiles.save(p, plan);
		try (Git git = Git.init().setInitialBranch("main").setDirectory(ws.toFile()).call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("核定版").setAuthor("計畫室", "office@example.org").setCommitter("計畫室", "office@example.org").call();
		}
	}

	private static Method method(Plan p, int m) {
		return p.getStrategies().get(0).getMethods().get(m);
	}

	@Test
	void editsOfAnotherUnitsRowsAreToldAndOwnRowsAreNot() throws Exception {
		Plan p = PlanFiles.load(plan);
		method(p, 0).setNote("本課的備註");
		method(p, 1).setSchedule(Schedule.parse("12月"));
		Action action = method(p, 1).getActions().get(0);
		action.setText(action.getText() + "（監理課補充）");
		PlanFiles.save(p, plan);

		List<UnitBoundaries.Edit> edits = UnitBoundaries.check(folder.resolve("ws"), new PlanSync.Author("李小華", own, ""));

		assertEquals(2, edits.size(), edits.toString());
		for (UnitBoundaries.Edit e : edits) {
			assertEquals(other, e.unit());
			assertEquals("plans/plan.pdca", e.file());
			assertTrue(e.message().startsWith("〔" + other + "〕 修改 一、（二）"), e.message());
		}
		assertTrue(edits.stream().anyMatch(e -> e.message().contains("完成期限") && e.message().contains("12月")), edits.toString());

		assertEquals(List.of(), UnitBoundaries.check(folder.resolve("ws"), new PlanSync.Author("王小明", "研考科", "")),
				"the planning office leads no row and edits every row");
		assertEquals(List.of(), UnitBoundaries.check(folder.resolve("ws"), PlanSync.Author.FROM_GIT_CONFIG),
				"no unit given nor configured: nothing to check");
		assertEquals(0, UnitBoundaries.check(folder.resolve("ws"), new PlanSync.Author("", other, "")).stream()
				.filter(e -> e.unit().equals(other)).count(), "the other unit's own edits are its own");
	}
}
