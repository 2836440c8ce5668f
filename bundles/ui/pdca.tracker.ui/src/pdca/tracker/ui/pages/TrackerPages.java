package pdca.tracker.ui.pages;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.widgets.Composite;

import pdca.ui.editor.PlanEditorContext;
import pdca.ui.editor.PlanPage;
import pdca.ui.editor.PlanPageFactory;

/**
 * The tracker's pages of the plan editor (the Do, Check and Act of the plan: quarterly check-ins, review meetings,
 * evaluations), contributed through {@code pdca.ui.planEditorPages} and named after the colon of the contribution's
 * class ({@code pdca.tracker.ui.pages.TrackerPages:checkIns}).
 */
public final class TrackerPages implements PlanPageFactory, IExecutableExtension {

	public static final String CHECK_INS = "pdca.tracker.ui.page.checkIns";
	public static final String MEETINGS = "pdca.tracker.ui.page.meetings";
	public static final String EVALUATIONS = "pdca.tracker.ui.page.evaluations";

	private String kind = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		kind = data instanceof String s ? s : "";
	}

	@Override
	public PlanPage create(Composite parent, PlanEditorContext context) {
		return switch (kind) {
		case "checkIns" -> new CheckInPage(parent, context);
		case "meetings" -> new ReviewMeetingPage(parent, context);
		case "evaluations" -> new EvaluationPage(parent, context);
		default -> throw new IllegalArgumentException("no tracker page \"" + kind + "\"");
		};
	}
}
