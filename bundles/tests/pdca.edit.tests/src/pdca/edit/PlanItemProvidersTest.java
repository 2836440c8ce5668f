package pdca.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.model.Action;
import pdca.model.AgencyType;
import pdca.model.Kpi;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.test.support.UseLocale;

/**
 * What the Outline, the Structure tree and the Properties view show of a plan comes from the item providers: the
 * numbered structure, labels on one line, properties named in the user's language, texts edited as undoable
 * commands, computed figures not editable.
 */
@UseLocale("zh-TW")
class PlanItemProvidersTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private PlanEditingDomain domain;
	private PlanItemProviders providers;
	private Plan plan;
	private Strategy strategy;
	private Method method;
	private Action action;

	@BeforeEach
	void plan() {
		providers = new PlanItemProviders((p, e) -> e instanceof Strategy ? "策略" : e instanceof Method ? "方法" : "執行項目");
		domain = new PlanEditingDomain(providers, new org.eclipse.emf.common.command.BasicCommandStack(),
				pdca.model.io.PlanFiles.newResourceSet());
		plan = NewPlans.blank("基隆市選舉委員會", AgencyType.ELECTION_COMMISSION, 113);
		domain.getResourceSet().createResource(URI.createFileURI("/plans/113.pdca")).getContents().add(plan);
		PlanCommands commands = new PlanCommands(domain);
		strategy = F.createStrategy();
		strategy.setText("提升選務\n服務品質");
		commands.add(plan, P.getPlan_Strategies(), strategy);
		method = F.createMethod();
		method.setText("便民服務");
		commands.add(strategy, P.getStrategy_Methods(), method);
		action = F.createAction();
		action.setText("設置  無障礙投票所");
		commands.add(method, P.getMethod_Actions(), action);
		Unit unit = F.createUnit();
		unit.setName("選務課");
		plan.getOrganisation().getUnits().add(unit);
		action.setLeadOwner(unit);
		Kpi kpi = F.createKpi();
		kpi.setName("投票所無障礙比率");
		kpi.setTarget(100.0);
		action.getKpis().add(kpi);
		domain.getCommandStack().flush();
	}

	@Test
	void theTreeIsTheNumberedStructureOnOneLine() {
		ITreeItemContentProvider tree = (ITreeItemContentProvider) providers.adapt(plan, ITreeItemContentProvider.class);
		assertEquals(List.of(strategy), List.copyOf(tree.getChildren(plan)));
		ITreeItemContentProvider ofAction = (ITreeItemContentProvider) providers.adapt(action, ITreeItemContentProvider.class);
		assertEquals(List.of(), List.copyOf(ofAction.getChildren(action)), "KPIs and reports are not in the structure tree");
		assertEquals(method, ofAction.getParent(action));
		IItemLabelProvider labels = (IItemLabelProvider) providers.adapt(strategy, IItemLabelProvider.class);
		assertEquals("一、 提升選務 服務品質", labels.getText(strategy));
		assertEquals("（一） 便民服務", labels.getText(method));
		assertEquals("1. 設置 無障礙投票所", labels.getText(action));
	}

	@Test
	void propertiesAreNamedInTheUsersLanguageAndShowTheComputedFigures() {
		assertEquals("類別", descriptor(action, "kind").getDisplayName(action));
		assertEquals("執行項目", value(action, "kind"));
		assertEquals("一、（一）1.", value(action, "number"));
		assertEquals("選務課", value(action, "leadOwner"));
		assertEquals("投票所無障礙比率", value(action, "kpis"));
		assertEquals("100", value(action.getKpis().get(0), "kpiTarget"));
		assertFalse(descriptor(action, "number").canSetProperty(action));
		assertTrue(descriptor(action, "text").canSetProperty(action));

		Locale.setDefault(Locale.ENGLISH);
		assertEquals("Expected benefit", descriptor(action, "benefit").getDisplayName(action));
	}

	@Test
	void aPropertySetIsAnUndoableCommandOfThePlansDomain() {
		descriptor(action, "text").setPropertyValue(action, "設置無障礙投票所\u0000");
		assertEquals("設置無障礙投票所", action.getText(), "through the plan's domain: control characters left out");
		descriptor(action, "schedule").setPropertyValue(action, " 113年6月30日前 ");
		assertEquals("113年6月30日前", action.getSchedule().text());
		descriptor(action, "note").setPropertyValue(action, "");
		assertNull(action.getNote(), "an empty optional text is none");
		domain.getCommandStack().undo();
		assertNull(action.getSchedule());
		assertEquals("設置無障礙投票所", action.getText());
		domain.getCommandStack().undo();
		assertEquals("設置  無障礙投票所", action.getText());
		assertFalse(domain.getCommandStack().canUndo(), "two edits, two steps: setting an empty note to empty was none");
	}

	private IItemPropertyDescriptor descriptor(Object object, String id) {
		IItemPropertySource source = (IItemPropertySource) providers.adapt(object, IItemPropertySource.class);
		return source.getPropertyDescriptors(object).stream().filter(d -> d.getId(object).equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no property " + id));
	}

	private Object value(Object object, String id) {
		return descriptor(object, id).getPropertyValue(object);
	}
}
