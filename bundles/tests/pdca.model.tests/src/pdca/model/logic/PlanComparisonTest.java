package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.logic.PlanComparison.Difference;
import pdca.model.logic.PlanComparison.Kind;
import pdca.model.seeds.Seed;

/** Two versions of seed 106 compared element by element, matched by id. */
class PlanComparisonTest {

	@Test
	void aCopyIsTheSame() {
		Plan plan = Seed.MOTOR_VEHICLE_106.load();
		assertEquals(List.of(), PlanComparison.compare(plan, EcoreUtil.copy(plan)));
	}

	@Test
	void anEditAMoveAnAdditionAndARemovalAreOneDifferenceEach() {
		Plan older = Seed.MOTOR_VEHICLE_106.load();
		Plan newer = EcoreUtil.copy(older);
		List<Method> methods = PlanStructure.strategies(newer).get(0).getMethods();
		Action edited = methods.get(0).getActions().get(0);
		edited.setText("修改後的作法");
		Action moved = methods.get(0).getActions().get(1);
		methods.get(1).getActions().add(0, moved); // to another method: renumbers both lists
		Action removed = methods.get(2).getActions().get(0);
		String removedId = removed.getId();
		EcoreUtil.remove(removed);
		Action added = PdcaFactory.eINSTANCE.createAction();
		added.setId("new-action");
		added.setText("新增的作法");
		methods.get(3).getActions().add(added);

		List<Difference> differences = PlanComparison.compare(older, newer);

		assertEquals(4, differences.size(), differences.toString());
		Difference text = differences.stream().filter(d -> d.element() == edited).findFirst().orElseThrow();
		assertEquals(Kind.CHANGED, text.kind());
		assertEquals(List.of("text"), text.attributes());
		Difference move = differences.stream().filter(d -> d.element() == moved).findFirst().orElseThrow();
		assertEquals(List.of("parent"), move.attributes(), "a move is one change, the renumbering none");
		Difference addition = differences.stream().filter(d -> d.kind() == Kind.ADDED).findFirst().orElseThrow();
		assertSame(added, addition.element());
		assertTrue(addition.where().contains("新增的作法"), addition.where());
		Difference removal = differences.get(differences.size() - 1);
		assertEquals(Kind.REMOVED, removal.kind());
		assertEquals(removedId, ((Action) removal.element()).getId());
	}
}
