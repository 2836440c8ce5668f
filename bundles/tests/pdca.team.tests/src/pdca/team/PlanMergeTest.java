package pdca.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Action;
import pdca.model.ActionStatus;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.ProgressReport;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Quarter;
import pdca.model.schedule.Schedule;
import pdca.test.support.UseLocale;

/**
 * The three-way merge of plans on the sample plans, edited through the edit layer as two officers would edit their
 * copies: what merges by itself, what is a conflict and how it is told, and that the merged file is always a sound plan
 * (saved, loaded again, no duplicated id, no new validation error).
 */
@UseLocale("en")
class PlanMergeTest {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;
	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	@TempDir
	Path folder;

	private Copies base;
	private Copies mine;
	private Copies theirs;

	private void open(Path file) throws Exception {
		base = new Copies(file);
		mine = new Copies(file);
		theirs = new Copies(file);
	}

	/** Merges, checks the merged plan is sound, and returns it as saved and loaded again. */
	private Plan merged(PlanMerge.Result result) throws Exception {
		Plan plan = result.plan();
		assertEquals(Set.of(), Copies.duplicateIds(plan), "no id twice");
		Set<String> errors = Copies.errors(plan);
		errors.removeAll(Copies.errors(base.plan));
		errors.removeAll(Copies.errors(mine.plan));
		errors.removeAll(Copies.errors(theirs.plan));
		assertEquals(Set.of(), errors, "no new validation error");
		Path file = folder.resolve("merged-" + System.nanoTime() + ".pdca");
		PlanFiles.save(plan, file);
		String text = Files.readString(file);
		assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"), "no conflict markers");
		return PlanFiles.load(file);
	}

	private PlanMerge.Result merge() {
		return PlanMerge.merge(base.plan, mine.plan, theirs.plan);
	}

	private static <T> T find(Plan plan, String id) {
		for (var it = plan.eAllContents(); it.hasNext();) {
			var e = it.next();
			if (e instanceof pdca.model.Identified i && id.equals(i.getId())) {
				@SuppressWarnings("unchecked")
				T t = (T) e;
				return t;
			}
		}
		return null;
	}

	private static List<String> texts(List<? extends PlanElement> elements) {
		return elements.stream().map(PlanElement::getText).collect(Collectors.toList());
	}

	private static List<Integer> numbers(List<? extends PlanElement> elements) {
		return elements.stream().map(PlanElement::getNumber).collect(Collectors.toList());
	}

	@Test
	void twoUnitsReportingOnDifferentItemsMergeByThemselves() throws Exception {
		open(Copies.motorVehicle());
		WorkItem first = mine.tracked().get(0);
		WorkItem other = theirs.tracked().get(5);
		Quarter q = new Quarter(106, 2);
		mine.run(mine.checkIns.setStatus(first, q, ActionStatus.DONE, "監理課 王小明"));
		mine.run(mine.checkIns.setReport(first, q, P.getProgressReport_Narrative(), "已完成流程檢討", "監理課 王小明"));
		theirs.run(theirs.checkIns.setReport(other, q, P.getProgressReport_Progress(), 60, "站務課 李小華"));

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Plan plan = merged(result);
		assertEquals(2, plan.getProgressReports().size());
		ProgressReport a = find(plan, mine.plan.getProgressReports().get(0).getId());
		ProgressReport b = find(plan, theirs.plan.getProgressReports().get(0).getId());
		assertEquals(ActionStatus.DONE, a.getStatus());
		assertEquals(100, a.getProgress());
		assertEquals("已完成流程檢討", a.getNarrative());
		assertEquals(first.getId(), ((WorkItem) a.getAction()).getId());
		assertEquals(60, b.getProgress());
		assertEquals("站務課 李小華", b.getReportedBy());
		assertEquals(other.getId(), ((WorkItem) b.getAction()).getId());
	}

	@Test
	void bothStartingTheSameItemsReportOfAQuarterMakeOneReport() throws Exception {
		open(Copies.motorVehicle());
		Quarter q = new Quarter(106, 3);
		WorkItem item = mine.tracked().get(3);
		mine.run(mine.checkIns.setReport(item, q, P.getProgressReport_Narrative(), "已辦理說明會", "甲"));
		theirs.run(theirs.checkIns.setReport(theirs.byId(item.getId()), q, P.getProgressReport_Progress(), 40, "甲"));

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Plan plan = merged(result);
		assertEquals(1, plan.getProgressReports().size(), "one report, not two for one item and quarter");
		ProgressReport report = plan.getProgressReports().get(0);
		assertEquals("已辦理說明會", report.getNarrative());
		assertEquals(40, report.getProgress());
	}

	@Test
	void editingAMethodsTextWhileTheOtherAddsAnActionUnderItMerges() throws Exception {
		open(Copies.motorVehicle());
		Method method = mine.method(1, 0);
		int actions = method.getActions().size();
		mine.run(org.eclipse.emf.edit.command.SetCommand.create(mine.domain, method, P.getPlanElement_Text(), "新的方法內容"));
		Action added = F.createAction();
		added.setText("新增的具體作法");
		added.setSchedule(Schedule.parse("9月"));
		theirs.commands.add(theirs.byId(method.getId()), P.getMethod_Actions(), added);

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Method merged = find(merged(result), method.getId());
		assertEquals("新的方法內容", merged.getText());
		assertEquals(actions + 1, merged.getActions().size());
		Action last = merged.getActions().get(actions);
		assertEquals(added.getId(), last.getId());
		assertEquals("新增的具體作法", last.getText());
		assertEquals(actions + 1, last.getNumber());
	}

	@Test
	void differentValuesOfOneElementMerge() throws Exception {
		open(Copies.county());
		Method method = mine.method(0, 0);
		mine.method(0, 0).setText("訂定辦理期限");
		theirs.method(0, 0).setSchedule(Schedule.parse("107年8月"));
		Unit unit = theirs.plan.getOrganisation().getUnits().get(2);
		theirs.method(0, 0).setLeadOwner(unit);

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Method merged = find(merged(result), method.getId());
		assertEquals("訂定辦理期限", merged.getText());
		assertEquals("107年8月", merged.getSchedule().text());
		assertEquals(unit.getId(), merged.getLeadOwner().getId());
		assertEquals(unit.getName(), merged.getLeadOwner().getName());
	}

	@Test
	void theSameValueChangedByBothIsAConflictInTheUsersWords() throws Exception {
		open(Copies.county());
		String id = mine.method(1, 0).getId();
		base.method(1, 0).setSchedule(Schedule.parse("7月")); // as if the common version had said 7月
		mine.method(1, 0).setSchedule(Schedule.parse("6月"));
		theirs.method(1, 0).setSchedule(Schedule.parse("8月"));
		theirs.method(1, 0).setNote("對方的備註");
		Locale.setDefault(Locale.TAIWAN);

		PlanMerge.Result result = merge();

		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		Conflict c = result.conflicts().get(0);
		assertEquals(Conflict.Kind.VALUE, c.kind());
		assertEquals(id, c.id());
		assertEquals("完成期限", c.feature());
		assertEquals("6月", c.mine());
		assertEquals("8月", c.theirs());
		assertEquals("7月", c.base());
		assertTrue(c.message().startsWith("二、（一） "), c.message());
		assertTrue(c.message().contains("完成期限：我的 6月／對方的 8月（原為 7月）"), c.message());
		Method merged = find(merged(result), id);
		assertEquals("6月", merged.getSchedule().text(), "mine at a conflict");
		assertEquals("對方的備註", merged.getNote(), "their other change is kept");

		Locale.setDefault(Locale.ENGLISH);
		assertTrue(merge().conflicts().get(0).message().contains("deadline: mine 6月 / theirs 8月 (was 7月)"));
	}

	@Test
	void aValueConflictDecidedForTheirsTakesTheirValueAndKeepsEveryOtherChange() throws Exception {
		open(Copies.county());
		String id = mine.method(1, 0).getId();
		base.method(1, 0).setSchedule(Schedule.parse("7月"));
		mine.method(1, 0).setSchedule(Schedule.parse("6月"));
		mine.method(1, 0).setNote("我的備註");
		theirs.method(1, 0).setSchedule(Schedule.parse("8月"));
		theirs.method(0, 0).setText("對方改寫的策略下作法");
		Conflict c = merge().conflicts().get(0);
		assertTrue(c.theirsPossible());

		PlanMerge.Result theirsTaken = PlanMerge.merge(base.plan, mine.plan, theirs.plan, Map.of(c.ref(), Conflict.Choice.THEIRS));

		assertTrue(theirsTaken.clean(), theirsTaken.conflicts().toString());
		Plan plan = merged(theirsTaken);
		Method merged = find(plan, id);
		assertEquals("8月", merged.getSchedule().text(), "their value, as decided");
		assertEquals("我的備註", merged.getNote(), "my other change kept");
		assertEquals("對方改寫的策略下作法", ((Method) find(plan, theirs.method(0, 0).getId())).getText(), "their other change kept");

		PlanMerge.Result mineTaken = PlanMerge.merge(base.plan, mine.plan, theirs.plan, Map.of(c.ref(), Conflict.Choice.MINE));
		assertTrue(mineTaken.clean(), mineTaken.conflicts().toString());
		assertEquals("6月", ((Method) find(merged(mineTaken), id)).getSchedule().text());

		// a decision on something the merge did not report changes nothing
		PlanMerge.Result unrelated = PlanMerge.merge(base.plan, mine.plan, theirs.plan, Map.of("id:nothing#deadline", Conflict.Choice.THEIRS));
		assertEquals(List.of(c.message()), unrelated.conflicts().stream().map(Conflict::message).toList());
	}

	@Test
	void aDeletionDecidedForTheDeleterDeletesWhatTheOtherAddedUnderItToo() throws Exception {
		open(Copies.motorVehicle());
		Method method = mine.method(2, 1);
		String id = method.getId();
		mine.commands.delete(method);
		Action added = F.createAction();
		added.setText("新作法");
		theirs.commands.add(theirs.byId(id), P.getMethod_Actions(), added);
		Conflict c = merge().conflicts().get(0);
		assertEquals(Conflict.Kind.DELETED_BY_ME, c.kind());

		Plan deleted = merged(PlanMerge.merge(base.plan, mine.plan, theirs.plan, Map.of(c.ref(), Conflict.Choice.MINE)));
		assertNull(find(deleted, id), "deleted, as I decided");
		assertNull(find(deleted, added.getId()), "with what they added under it");
		assertEquals(mine.method(2, 0).getId(), ((Method) find(deleted, mine.method(2, 0).getId())).getId(), "its sibling stays");

		PlanMerge.Result kept = PlanMerge.merge(base.plan, mine.plan, theirs.plan, Map.of(c.ref(), Conflict.Choice.THEIRS));
		assertTrue(kept.clean(), kept.conflicts().toString());
		Method back = find(merged(kept), id);
		assertNotNull(back, "kept, as they had it");
		assertTrue(texts(back.getActions()).contains("新作法"));

		// their deletion of what I changed, decided for them: gone
		open(Copies.motorVehicle());
		String actionId = mine.action(0, 1, 0).getId();
		theirs.commands.delete(theirs.action(0, 1, 0));
		mine.action(0, 1, 0).setSchedule(Schedule.parse("10月"));
		Conflict theirsDeleted = merge().conflicts().get(0);
		assertEquals(Conflict.Kind.DELETED_BY_THEM, theirsDeleted.kind());
		assertNull(find(merged(PlanMerge.merge(base.plan, mine.plan, theirs.plan, Map.of(theirsDeleted.ref(), Conflict.Choice.THEIRS))), actionId));
		assertNotNull(find(merged(PlanMerge.merge(base.plan, mine.plan, theirs.plan, Map.of(theirsDeleted.ref(), Conflict.Choice.MINE))), actionId));
	}

	@Test
	void anElementMovedByBothGoesWhereTheDecisionSays() throws Exception {
		open(Copies.motorVehicle());
		String id = mine.action(0, 0, 0).getId();
		mine.commands.relocate(mine.byId(id), mine.method(1, 0), P.getMethod_Actions(), 0);
		theirs.commands.relocate(theirs.byId(id), theirs.method(2, 0), P.getMethod_Actions(), 0);
		Conflict c = merge().conflicts().get(0);
		assertTrue(c.theirsPossible());

		Plan plan = merged(PlanMerge.merge(base.plan, mine.plan, theirs.plan, Map.of(c.ref(), Conflict.Choice.THEIRS)));
		assertEquals(1, Copies.elements(plan).stream().filter(e -> id.equals(e.getId())).count());
		assertEquals(theirs.method(2, 0).getId(), ((Method) ((Action) find(plan, id)).eContainer()).getId());
	}

	@Test
	void deletingWhatTheOtherChangedIsAConflictAndKeepsTheChange() throws Exception {
		open(Copies.motorVehicle());
		Action action = mine.action(0, 1, 0);
		String id = action.getId();
		mine.commands.delete(action);
		Action theirsAction = theirs.byId(id);
		theirsAction.setText("對方改寫的作法");

		PlanMerge.Result result = merge();

		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals(Conflict.Kind.DELETED_BY_ME, result.conflicts().get(0).kind());
		assertEquals(id, result.conflicts().get(0).id());
		Action kept = find(merged(result), id);
		assertNotNull(kept);
		assertEquals("對方改寫的作法", kept.getText());

		// the other way round: their deletion, my change
		open(Copies.motorVehicle());
		theirs.commands.delete(theirs.action(0, 1, 0));
		mine.action(0, 1, 0).setSchedule(Schedule.parse("10月"));
		result = merge();
		assertEquals(Conflict.Kind.DELETED_BY_THEM, result.conflicts().get(0).kind());
		assertEquals("10月", ((Action) find(merged(result), id)).getSchedule().text());
	}

	@Test
	void deletingAMethodWhileTheOtherAddsAnActionUnderItKeepsTheMethodWhole() throws Exception {
		open(Copies.motorVehicle());
		Method method = mine.method(2, 1);
		String id = method.getId();
		int actions = method.getActions().size();
		mine.commands.delete(method);
		Action added = F.createAction();
		added.setText("新作法");
		theirs.commands.add(theirs.byId(id), P.getMethod_Actions(), added);

		PlanMerge.Result result = merge();

		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		Method kept = find(merged(result), id);
		assertEquals(actions + 1, kept.getActions().size(), "the method with its actions and the new one");
	}

	@Test
	void aDeletionTheOtherDidNotTouchIsTakenAndTheListRenumbered() throws Exception {
		open(Copies.motorVehicle());
		Method method = mine.method(0, 0);
		List<String> before = texts(method.getActions());
		mine.commands.delete(method.getActions().get(1));
		theirs.action(0, 0, 3).setNote("對方的備註");

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Method merged = find(merged(result), method.getId());
		List<String> expected = new ArrayList<>(before);
		expected.remove(1);
		assertEquals(expected, texts(merged.getActions()));
		assertEquals("對方的備註", merged.getActions().get(2).getNote());
		for (int i = 0; i < merged.getActions().size(); i++) {
			assertEquals(i + 1, merged.getActions().get(i).getNumber());
		}
	}

	@Test
	void aReorderingIsOneChangeAndMergesWithTheOthersEdits() throws Exception {
		open(Copies.motorVehicle());
		List<String> ids = mine.plan.getStrategies().stream().map(Strategy::getId).toList();
		// mine: the last strategy first
		mine.commands.relocate(mine.strategy(ids.size() - 1), mine.plan, P.getPlan_Strategies(), 0);
		// theirs: a text of the second and a new one at the end
		theirs.strategy(1).setText("對方改寫的策略");
		Strategy added = F.createStrategy();
		added.setText("對方新增的策略");
		theirs.commands.add(theirs.plan, P.getPlan_Strategies(), added);

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Plan plan = merged(result);
		List<String> expected = new ArrayList<>();
		expected.add(ids.get(ids.size() - 1));
		expected.addAll(ids.subList(0, ids.size() - 1));
		expected.add(added.getId());
		assertEquals(expected, plan.getStrategies().stream().map(Strategy::getId).toList());
		assertEquals("對方改寫的策略", plan.getStrategies().get(2).getText());
		List<Integer> oneToN = new ArrayList<>();
		for (int i = 1; i <= expected.size(); i++) {
			oneToN.add(i);
		}
		assertEquals(oneToN, numbers(plan.getStrategies()));
	}

	@Test
	void reorderingsOfDifferentElementsOfOneListByBothMerge() throws Exception {
		open(Copies.motorVehicle());
		Method method = mine.method(0, 0);
		List<String> ids = method.getActions().stream().map(Action::getId).toList();
		assertTrue(ids.size() >= 5);
		// mine: the first action down to third place; theirs: the last action up to first place
		mine.commands.move(method.getActions().get(0), 1);
		mine.commands.move(method.getActions().get(1), 1);
		Method other = theirs.byId(method.getId());
		theirs.commands.relocate(other.getActions().get(ids.size() - 1), other, P.getMethod_Actions(), 0);

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Method merged = find(merged(result), method.getId());
		List<String> expected = new ArrayList<>(ids);
		expected.remove(ids.get(ids.size() - 1));
		expected.add(0, ids.get(ids.size() - 1));
		expected.remove(ids.get(0));
		expected.add(expected.indexOf(ids.get(2)) + 1, ids.get(0));
		assertEquals(expected, merged.getActions().stream().map(Action::getId).toList());
	}

	@Test
	void reorderingsThatCannotBothHoldAreAConflictAndCopyNothing() throws Exception {
		open(Copies.motorVehicle());
		Method method = mine.method(0, 0);
		List<String> ids = method.getActions().stream().map(Action::getId).toList();
		// mine: the first after the third; theirs: the third before the second
		mine.commands.relocate(method.getActions().get(0), method, P.getMethod_Actions(), 3);
		Method other = theirs.byId(method.getId());
		theirs.commands.relocate(other.getActions().get(2), other, P.getMethod_Actions(), 1);

		PlanMerge.Result result = merge();

		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals(Conflict.Kind.MOVED_BY_BOTH, result.conflicts().get(0).kind());
		Method merged = find(merged(result), method.getId());
		List<String> order = merged.getActions().stream().map(Action::getId).toList();
		assertEquals(Set.copyOf(ids), Set.copyOf(order));
		assertEquals(ids.size(), order.size(), "each action once");
	}

	@Test
	void anElementMovedByBothEndsUpOnceWhereIPutIt() throws Exception {
		open(Copies.motorVehicle());
		Action action = mine.action(0, 0, 0);
		String id = action.getId();
		Method mineTarget = mine.method(1, 0);
		Method theirsTarget = theirs.method(2, 0);
		mine.commands.relocate(action, mineTarget, P.getMethod_Actions(), 0);
		theirs.commands.relocate(theirs.byId(id), theirsTarget, P.getMethod_Actions(), 0);

		PlanMerge.Result result = merge();

		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals(Conflict.Kind.MOVED_BY_BOTH, result.conflicts().get(0).kind());
		Plan plan = merged(result);
		long copies = Copies.elements(plan).stream().filter(e -> id.equals(e.getId())).count();
		assertEquals(1, copies, "neither duplicated nor lost");
		assertEquals(mineTarget.getId(), ((Method) ((Action) find(plan, id)).eContainer()).getId());

		// both moved it to the same place: no conflict, once
		open(Copies.motorVehicle());
		mine.commands.relocate(mine.byId(id), mine.method(1, 0), P.getMethod_Actions(), 0);
		theirs.commands.relocate(theirs.byId(id), theirs.method(1, 0), P.getMethod_Actions(), 0);
		theirs.method(1, 0).getActions().get(1).setText("另一個修改");
		result = merge();
		assertTrue(result.clean(), result.conflicts().toString());
		plan = merged(result);
		assertEquals(1, Copies.elements(plan).stream().filter(e -> id.equals(e.getId())).count());
		assertEquals(0, ((Method) find(plan, mine.method(1, 0).getId())).getActions().stream().map(Action::getId).toList()
				.indexOf(id));
	}

	@Test
	void movingAnActionWhileTheOtherEditsItKeepsBoth() throws Exception {
		open(Copies.motorVehicle());
		Action action = mine.action(0, 0, 2);
		String id = action.getId();
		mine.commands.relocate(action, mine.method(3, 0), P.getMethod_Actions(), 1);
		theirs.<Action>byId(id).setText("對方改寫");

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Plan plan = merged(result);
		Action merged = find(plan, id);
		assertEquals("對方改寫", merged.getText());
		assertEquals(mine.method(3, 0).getId(), ((Method) merged.eContainer()).getId());
		assertEquals(2, merged.getNumber());
	}

	@Test
	void additionsOfBothAtTheEndOfOneListAreBothThereNumberedApart() throws Exception {
		open(Copies.motorVehicle());
		String methodId = mine.method(1, 1).getId();
		int n = mine.method(1, 1).getActions().size();
		Action a = F.createAction();
		a.setText("我新增的");
		mine.commands.add(mine.method(1, 1), P.getMethod_Actions(), a);
		Action b = F.createAction();
		b.setText("對方新增的");
		theirs.commands.add(theirs.method(1, 1), P.getMethod_Actions(), b);

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Method merged = find(merged(result), methodId);
		assertEquals(n + 2, merged.getActions().size());
		assertEquals("我新增的", merged.getActions().get(n).getText());
		assertEquals("對方新增的", merged.getActions().get(n + 1).getText());
		assertEquals(List.of(n + 1, n + 2), List.of(merged.getActions().get(n).getNumber(), merged.getActions().get(n + 1).getNumber()));
	}

	@Test
	void aUnitDeletedByOneAndGivenAsOwnerByTheOtherStaysSoNoReferenceDangles() throws Exception {
		open(Copies.county());
		// a unit of the common version that no element names yet; mine deletes it
		String unitId = PlanFiles.newId();
		for (Copies c : List.of(base, mine, theirs)) {
			Unit u = F.createUnit();
			u.setId(unitId);
			u.setName("本處人事室");
			c.plan.getOrganisation().getUnits().add(u);
		}
		Unit unit = mine.byId(unitId);
		mine.plan.getOrganisation().getUnits().remove(unit);
		theirs.method(0, 1).getCoOwners().add(theirs.byId(unitId));

		PlanMerge.Result result = merge();

		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals(Conflict.Kind.DELETED_BY_ME, result.conflicts().get(0).kind());
		Plan plan = merged(result);
		Method method = find(plan, theirs.method(0, 1).getId());
		assertEquals(unitId, method.getCoOwners().get(0).getId());
		assertSame(plan, org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(method.getCoOwners().get(0)));
	}

	@Test
	void coOwnersAddedByBothAreAllThere() throws Exception {
		open(Copies.county());
		String id = mine.method(0, 0).getId();
		mine.method(0, 0).getCoOwners().add(mine.plan.getOrganisation().getUnits().get(1));
		theirs.method(0, 0).getCoOwners().add(theirs.plan.getOrganisation().getUnits().get(2));

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Method merged = find(merged(result), id);
		assertEquals(List.of(mine.plan.getOrganisation().getUnits().get(1).getId(),
				theirs.plan.getOrganisation().getUnits().get(2).getId()),
				merged.getCoOwners().stream().map(Unit::getId).toList());
	}

	@Test
	void evidenceAndReportsOfTheTrackingSampleMerge() throws Exception {
		open(Copies.tracking());
		ProgressReport mineReport = mine.plan.getProgressReports().get(0);
		String id = mineReport.getId();
		int evidence = mineReport.getEvidence().size();
		pdca.model.Evidence e = F.createEvidence();
		e.setTitle("簽到表");
		e.setLocation("evidence/sign-in.pdf");
		mineReport.getEvidence().add(e);
		ProgressReport theirsReport = theirs.byId(id);
		theirsReport.setNarrative("對方補充的執行情形");
		theirs.plan.getProgressReports().remove(theirs.plan.getProgressReports().size() - 1);
		int reports = mine.plan.getProgressReports().size();

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Plan plan = merged(result);
		assertEquals(reports - 1, plan.getProgressReports().size());
		ProgressReport merged = find(plan, id);
		assertEquals(evidence + 1, merged.getEvidence().size());
		assertEquals("簽到表", merged.getEvidence().get(evidence).getTitle());
		assertEquals("對方補充的執行情形", merged.getNarrative());
	}

	@Test
	void kpiValuesOfAQuarterAreOneValueWhoeverEntersThem() throws Exception {
		open(Copies.tracking());
		List<pdca.model.Kpi> kpis = new ArrayList<>();
		mine.plan.eAllContents().forEachRemaining(e -> {
			if (e instanceof pdca.model.Kpi k) {
				kpis.add(k);
			}
		});
		assertTrue(kpis.size() >= 2);
		pdca.model.Kpi first = kpis.get(0);
		pdca.model.Kpi second = kpis.get(1);
		Quarter q = new Quarter(106, 4);
		int measurements = first.getMeasurements().size();
		// both enter the same value for the first KPI; only the other enters the second
		mine.run(mine.checkIns.setKpiActual(first, q, 92));
		theirs.run(theirs.checkIns.setKpiActual(theirs.byId(first.getId()), q, 92));
		theirs.run(theirs.checkIns.setKpiActual(theirs.byId(second.getId()), q, 8));

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Plan plan = merged(result);
		pdca.model.Kpi merged = find(plan, first.getId());
		assertEquals(measurements + 1, merged.getMeasurements().size(), "one value for the quarter, not two");
		assertEquals(8.0, pdca.edit.CheckInCommands.measurement(find(plan, second.getId()), q).getValue());

		// different values for one KPI and quarter: a conflict naming the value
		open(Copies.tracking());
		mine.run(mine.checkIns.setKpiActual(mine.byId(first.getId()), q, 92));
		theirs.run(theirs.checkIns.setKpiActual(theirs.byId(first.getId()), q, 88));
		result = merge();
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		assertEquals("92", result.conflicts().get(0).mine());
		assertEquals("88", result.conflicts().get(0).theirs());
		assertEquals(92.0, pdca.edit.CheckInCommands.measurement(find(merged(result), first.getId()), q).getValue());
	}

	@Test
	void anUnchangedSideGivesTheOtherSideExactly() throws Exception {
		open(Copies.motorVehicle());
		String deleted = mine.action(1, 0, 0).getId();
		mine.commands.delete(mine.action(1, 0, 0));
		mine.strategy(0).setText("改過的策略");

		PlanMerge.Result result = merge();

		assertTrue(result.clean(), result.conflicts().toString());
		Plan plan = merged(result);
		assertEquals(List.of(), pdca.model.logic.PlanComparison.compare(mine.plan, plan).stream()
				.map(d -> d.kind() + " " + d.where() + " " + d.attributes()).toList());
		assertNull(find(plan, deleted));
		assertEquals("改過的策略", plan.getStrategies().get(0).getText());
	}
}
