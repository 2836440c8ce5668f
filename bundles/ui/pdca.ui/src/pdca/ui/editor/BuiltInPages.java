package pdca.ui.editor;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.widgets.Composite;

/**
 * The pages this bundle contributes to the plan editor, named after the colon of the contribution's class
 * ({@code pdca.ui.editor.BuiltInPages:structure}).
 */
public final class BuiltInPages implements PlanPageFactory, IExecutableExtension {

	private String kind = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		kind = data instanceof String s ? s : "";
	}

	@Override
	public PlanPage create(Composite parent, PlanEditorContext context) {
		return switch (kind) {
		case "overview" -> new OverviewPage(parent, context);
		case "structure" -> new StructurePage(parent, context);
		case "actions" -> new ActionsGridPage(parent, context);
		case "kpis" -> new KpiPage(parent, context);
		case "organisation" -> new OrganisationPage(parent, context);
		default -> throw new IllegalArgumentException("no built-in plan editor page \"" + kind + "\"");
		};
	}
}
