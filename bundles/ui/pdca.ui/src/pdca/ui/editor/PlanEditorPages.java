package pdca.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/**
 * The pages of the plan editor as contributed through {@code pdca.ui.planEditorPages}, in their order, with the ids
 * of the pages this bundle contributes.
 */
public final class PlanEditorPages {

	public static final String POINT = "pdca.ui.planEditorPages";
	public static final String OVERVIEW = "pdca.ui.page.overview";
	public static final String STRUCTURE = "pdca.ui.page.structure";
	public static final String ACTIONS = "pdca.ui.page.actions";
	public static final String KPIS = "pdca.ui.page.kpis";
	public static final String ORGANISATION = "pdca.ui.page.organisation";

	/** One contributed page. */
	public record Contribution(String id, String name, int order, int revealOrder, boolean initial, IConfigurationElement element) {

		/** Makes the page's factory (the contribution's class). */
		public PlanPageFactory factory() throws CoreException {
			return (PlanPageFactory) element.createExecutableExtension("class");
		}
	}

	private PlanEditorPages() {
	}

	/** The contributed pages, in their tab order; a contribution without an id, a name or a class is left out and logged. */
	public static List<Contribution> contributions() {
		List<Contribution> list = new ArrayList<>();
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(POINT)) {
			String id = e.getAttribute("id");
			String name = e.getAttribute("name");
			if (id == null || name == null || e.getAttribute("class") == null) {
				ILog.of(PlanEditorPages.class).warn("A plan editor page of " + e.getContributor().getName() + " lacks its id, name or class");
				continue;
			}
			list.add(new Contribution(id, name, number(e.getAttribute("order"), Integer.MAX_VALUE),
					number(e.getAttribute("revealOrder"), Integer.MAX_VALUE), Boolean.parseBoolean(e.getAttribute("initial")), e));
		}
		list.sort(Comparator.comparingInt(Contribution::order).thenComparing(Contribution::id));
		return list;
	}

	private static int number(String text, int otherwise) {
		try {
			return text == null ? otherwise : Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return otherwise;
		}
	}
}
