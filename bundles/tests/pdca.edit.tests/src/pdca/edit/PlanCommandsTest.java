package pdca.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.AgencyType;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.Strategy;

/**
 * The structure edits every surface runs: numbers follow the order after adding, deleting and moving (also to
 * another parent), new elements get ids, and each edit is one step that undo takes back whole.
 */
class PlanCommandsTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private PlanEditingDomain domain;
	private PlanCommands commands;
	private CommandStack stack;
	private Plan plan;
	private Method first;
	private Method second;

	@BeforeEach
	void plan() {
		domain = PlanEditingDomain.headless();
		commands = new PlanCommands(domain);
		stack = domain.getCommandStack();
		plan = NewPlans.blank("臺東縣卑南鄉戶政事務所", AgencyType.HOUSEHOLD_REGISTRATION_OFFICE, 113);
		Strategy strategy = F.createStrategy();
		strategy.setText("提升服務品質");
		assertTrue(commands.add(plan, P.getPlan_Strategies(), strategy));
		first = F.createMethod();
		first.setText("便民服務");
		second = F.createMethod();
		second.setText("網路服務");
		commands.add(strategy, P.getStrategy_Methods(), first);
		commands.add(strategy, P.getStrategy_Methods(), second);
		for (String text : List.of("甲", "乙", "丙", "丁")) {
			Action a = F.createAction();
			a.setText(text);
			commands.add(first, P.getMethod_Actions(), a);
		}
		Action other = F.createAction();
		other.setText("戊");
		commands.add(second, P.getMethod_Actions(), other);
		stack.flush();
	}

	@Test
	void anAddedElementIsNumberedLastAndHasAnId() {
		Action added = F.createAction();
		added.setText("己");
		assertTrue(commands.add(first, P.getMethod_Actions(), added));
		assertEquals(5, added.getNumber());
		assertNotNull(added.getId());
		assertFalse(added.getId().isBlank());
		stack.undo();
		assertEquals(List.of("甲", "乙", "丙", "丁"), texts(first));
	}

	@Test
	void deletingRenumbersTheFollowingSiblingsAndUndoRestoresThem() {
		Action second = first.getActions().get(1);
		assertTrue(commands.delete(second));
		assertEquals(List.of("甲", "丙", "丁"), texts(first));
		assertEquals(List.of(1, 2, 3), numbers(first));
		stack.undo();
		assertEquals(List.of("甲", "乙", "丙", "丁"), texts(first));
		assertEquals(List.of(1, 2, 3, 4), numbers(first));
		assertSame(second, first.getActions().get(1));
		assertFalse(stack.canUndo(), "the delete and its renumbering were one step");
	}

	@Test
	void movingSwapsPlacesAndNumbersAndStopsAtTheEnds() {
		Action last = first.getActions().get(3);
		assertTrue(commands.move(last, -1));
		assertEquals(List.of("甲", "乙", "丁", "丙"), texts(first));
		assertEquals(List.of(1, 2, 3, 4), numbers(first));
		assertFalse(commands.move(first.getActions().get(0), -1), "the first cannot move up");
		stack.undo();
		assertEquals(List.of("甲", "乙", "丙", "丁"), texts(first));
		assertEquals(List.of(1, 2, 3, 4), numbers(first));
	}

	@Test
	void movingToAnotherParentRenumbersBothLists() {
		Action moved = first.getActions().get(1);
		assertTrue(commands.relocate(moved, second, P.getMethod_Actions(), 0));
		assertEquals(List.of("甲", "丙", "丁"), texts(first));
		assertEquals(List.of(1, 2, 3), numbers(first));
		assertEquals(List.of("乙", "戊"), texts(second));
		assertEquals(List.of(1, 2), numbers(second));
		stack.undo();
		assertEquals(List.of("甲", "乙", "丙", "丁"), texts(first));
		assertEquals(List.of(1, 2, 3, 4), numbers(first));
		assertEquals(List.of("戊"), texts(second));
		assertEquals(List.of(1), numbers(second));
	}

	@Test
	void movingWithinTheListToAnIndexCountsTheIndexBeforeTheMove() {
		Action a = first.getActions().get(0);
		assertTrue(commands.relocate(a, first, P.getMethod_Actions(), 3)); // before 丁
		assertEquals(List.of("乙", "丙", "甲", "丁"), texts(first));
		assertEquals(List.of(1, 2, 3, 4), numbers(first));
		assertFalse(commands.relocate(first.getActions().get(2), first, P.getMethod_Actions(), 3), "to where it is: nothing");
	}

	@Test
	void aMethodMovesToAnotherStrategyWithItsActions() {
		Strategy other = F.createStrategy();
		other.setText("強化機關形象");
		commands.add(plan, P.getPlan_Strategies(), other);
		assertTrue(commands.relocate(second, other, P.getStrategy_Methods(), 0));
		assertEquals(List.of(first), plan.getStrategies().get(0).getMethods());
		assertEquals(List.of(second), other.getMethods());
		assertEquals(1, second.getNumber());
		assertEquals(List.of("戊"), texts(second));
		stack.undo();
		assertEquals(List.of(first, second), plan.getStrategies().get(0).getMethods());
		assertEquals(List.of(1, 2), List.of(first.getNumber(), second.getNumber()));
	}

	@Test
	void settingATextLeavesOutControlCharactersAndSaysSo() {
		List<String> notes = new ArrayList<>();
		domain.onNote(notes::add);
		Action a = first.getActions().get(0);
		assertTrue(commands.set(a, P.getPlanElement_Text(), "辦理\u0007說明會\u0000"));
		assertEquals("辦理說明會", a.getText());
		assertFalse(commands.set(a, P.getPlanElement_Text(), "辦理說明會"), "the same value again is no edit");
		stack.undo();
		assertEquals("甲", a.getText());
		// the check of the domain itself, for callers that make their own set commands (the Properties view)
		stack.execute(org.eclipse.emf.edit.command.SetCommand.create(domain, a, P.getPlanElement_Text(), "A\u0001B"));
		assertEquals("AB", a.getText());
		assertEquals(1, notes.size(), notes.toString());
		assertEquals(EditMessages.get("text.controlCharactersRemoved"), notes.get(0));
	}

	private static List<String> texts(Method method) {
		return method.getActions().stream().map(Action::getText).toList();
	}

	private static List<Integer> numbers(Method method) {
		return method.getActions().stream().map(PlanElement::getNumber).toList();
	}
}
