package pdca.nl.zh_TW.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pdca.nl.zh_TW.tests.LanguageFragments.Translation;

/**
 * The workbench started with {@code -nl zh_TW} (as {@code ./workbench} does) shows the platform's
 * views of the Planning perspective in the fragments' words. Expected texts are read from the
 * fragments' files, never written here, and must differ from the host's English.
 */
class PlatformInChineseTest {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	private IWorkbenchPage page;

	@BeforeEach
	void planningPerspective() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		page.resetPerspective();
		runPendingEvents();
	}

	@Test
	void theWorkbenchRunsInTraditionalChinese() {
		assertEquals("zh_TW", Platform.getNL());
		assertEquals(Locale.TAIWAN, Locale.getDefault(), "Equinox sets the default locale from -nl");
	}

	@Test
	void theProblemsViewNamesItsColumnsInChinese() throws Exception {
		Translation markers = translation("org.eclipse.ui.ide", "org/eclipse/ui/views/markers/internal/messages.properties");
		List<String> keys = List.of("description_message", "description_resource", "description_folder",
				"description_lineNumber", "description_type");
		IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Tree tree = await(() -> find(widget(problems), Tree.class, t -> t.getColumnCount() >= keys.size()));
		assertNotNull(tree, "the Problems view shows its markers in a tree with columns");
		List<String> columns = new ArrayList<>();
		for (TreeColumn column : tree.getColumns()) {
			columns.add(column.getText());
		}
		assertEquals(expected(markers, keys), columns);
		assertEquals(expected(markers, keys), nlsFields(markers, "org.eclipse.ui.views.markers.internal.MarkerMessages", keys),
				"MarkerMessages, the NLS class the view reads, holds the fragment's words");
	}

	@Test
	void theViewsOfThePlanningPerspectiveHaveChineseTitles() throws Exception {
		assertTitle(PROJECT_EXPLORER, "org.eclipse.ui.navigator.resources", "Common_Resource_Navigator");
		assertTitle(IPageLayout.ID_PROBLEM_VIEW, "org.eclipse.ui.ide", "Views.Problem");
		assertTitle(IPageLayout.ID_PROP_SHEET, "org.eclipse.ui.views", "Views.PropertySheet");
		assertTitle(IPageLayout.ID_OUTLINE, "org.eclipse.ui.views", "Views.ContentOutline");
	}

	@Test
	void theOutlineWithoutAnEditorSaysSoInChinese() throws Exception {
		Translation outline = translation("org.eclipse.ui.views",
				"org/eclipse/ui/internal/views/contentoutline/messages.properties");
		String message = expected(outline, List.of("ContentOutline_noOutline")).get(0);
		IViewPart view = page.showView(IPageLayout.ID_OUTLINE);
		assertNotNull(await(() -> find(widget(view), Label.class, label -> label.getText().equals(message))),
				"the Outline shows: " + message);
	}

	@Test
	void theProjectExplorerOfAnEmptyWorkspaceExplainsItInChinese() throws Exception {
		Translation navigator = translation("org.eclipse.ui.ide", "org/eclipse/ui/internal/views/navigator/messages.properties");
		String message = expected(navigator, List.of("EmptyWorkspaceHelper_noProjectsAvailable")).get(0);
		assertEquals(0, ResourcesPlugin.getWorkspace().getRoot().getProjects().length,
				"the test workspace has no projects");
		IViewPart view = page.showView(PROJECT_EXPLORER);
		assertNotNull(await(() -> find(widget(view), Link.class, link -> link.getText().equals(message))),
				"the Project Explorer shows: " + message);
	}

	private void assertTitle(String viewId, String host, String key) throws Exception {
		Translation plugin = translation(host, "plugin.properties");
		String title = expected(plugin, List.of(key)).get(0);
		page.showView(viewId);
		assertEquals(title, page.findViewReference(viewId).getPartName(), viewId + ": the tab shows");
		assertEquals(title, PlatformUI.getWorkbench().getViewRegistry().find(viewId).getLabel(), viewId);
	}

	/** The fragment's texts for {@code keys}, each checked to differ from the host's English. */
	private static List<String> expected(Translation translation, List<String> keys) {
		Map<String, String> chinese = translation.translated();
		Map<String, String> english = translation.english();
		List<String> texts = new ArrayList<>();
		for (String key : keys) {
			String text = chinese.get(key);
			assertNotNull(text, translation.path() + " translates " + key);
			assertNotEquals(english.get(key), text, key + " is translated");
			texts.add(text);
		}
		return texts;
	}

	/** The values of the NLS class's fields named {@code keys}, as the host's code reads them. */
	private static List<String> nlsFields(Translation translation, String className, List<String> keys) throws Exception {
		Class<?> messages = translation.host().loadClass(className);
		List<String> values = new ArrayList<>();
		for (String key : keys) {
			Field field = messages.getField(key);
			values.add((String) field.get(null));
		}
		return values;
	}

	private static Translation translation(String host, String englishPath) {
		return LanguageFragments.translations().stream()
				.filter(t -> t.host().getSymbolicName().equals(host) && t.englishPath().equals(englishPath)).findFirst()
				.orElseThrow(() -> new AssertionError("no translation of " + host + " " + englishPath));
	}

	private static Composite widget(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		assertNotNull(part, "the view's model part");
		return (Composite) part.getWidget();
	}

	private static <T extends Control> T find(Control control, Class<T> type, Predicate<T> wanted) {
		if (type.isInstance(control) && wanted.test(type.cast(control))) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Runs the event loop until {@code widget} finds something (views fill in asynchronously), at most 10 s. */
	private static <T> T await(Supplier<T> widget) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 10_000;
		T found = widget.get();
		while (found == null && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
			found = widget.get();
		}
		return found;
	}

	private static void runPendingEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// until the queue is empty
		}
	}
}
