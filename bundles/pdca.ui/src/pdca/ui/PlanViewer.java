package pdca.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import pdca.model.Dimension;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;

/**
 * A read-only view of a plan file: its heading and the tree dimension → strategy → method →
 * action with deadlines, owners and expected benefits. Opening it validates the plan and puts
 * the problems on the file as markers (Problems view). Editing comes with the plan editor.
 */
public class PlanViewer extends EditorPart {

	/** Id of this editor. */
	public static final String ID = "pdca.ui.planViewer";

	private Plan plan;
	private String loadError;
	private TreeViewer tree;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		Path path = input.getAdapter(IFile.class) != null ? input.getAdapter(IFile.class).getLocation().toPath() : null;
		if (path == null) {
			throw new PartInitException(UiMessages.viewerNotAFile);
		}
		try {
			plan = PlanFiles.load(path);
		} catch (PlanFileException e) {
			loadError = e.describe();
		}
		if (input instanceof IFileEditorInput fileInput) {
			updateMarkers(fileInput.getFile());
		}
	}

	private void updateMarkers(IFile file) {
		try {
			file.deleteMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
			if (plan == null) {
				IMarker marker = file.createMarker(IMarker.PROBLEM);
				marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
				marker.setAttribute(IMarker.MESSAGE, loadError);
				return;
			}
			for (Problem p : PlanValidation.validate(plan)) {
				IMarker marker = file.createMarker(IMarker.PROBLEM);
				marker.setAttribute(IMarker.SEVERITY, switch (p.severity()) {
					case ERROR -> IMarker.SEVERITY_ERROR;
					case WARNING -> IMarker.SEVERITY_WARNING;
					default -> IMarker.SEVERITY_INFO;
				});
				marker.setAttribute(IMarker.MESSAGE, p.message());
				marker.setAttribute(IMarker.LOCATION, p.path());
			}
		} catch (CoreException e) {
			ILog.of(getClass()).error("Cannot update the problem markers of " + file, e);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Label heading = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		if (plan == null) {
			heading.setText(loadError == null ? "" : loadError);
			return;
		}
		heading.setText(plan.getTitle() + "\n" + (plan.getAgency() == null ? "" : plan.getAgency().getName()) + "　"
				+ UiMessages.bind(UiMessages.viewerYear, plan.getRocYear()));
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());

		tree = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getTree());
		column(UiMessages.columnItem, 520, e -> Numbering.label(e) + " " + oneLine(e.getText()));
		column(UiMessages.columnDeadline, 170, e -> e instanceof WorkItem w && w.getSchedule() != null ? w.getSchedule().text() : "");
		column(UiMessages.columnOwners, 200, e -> e instanceof WorkItem w ? owners(w) : "");
		column(UiMessages.columnBenefit, 420, e -> e instanceof WorkItem w ? oneLine(w.getExpectedBenefit()) : "");
		tree.setContentProvider(new PlanTreeContent());
		tree.setInput(plan);
		tree.expandToLevel(2);
		getSite().setSelectionProvider(tree);
	}

	private void column(String title, int width, java.util.function.Function<PlanElement, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof PlanElement e ? text.apply(e) : "";
			}
		});
	}

	private static String owners(WorkItem item) {
		List<Unit> own = item.getLeadOwner() == null && item.getCoOwners().isEmpty() ? List.of()
				: PlanStructure.effectiveOwners(item);
		return own.stream().map(Unit::getName).collect(Collectors.joining("、"));
	}

	private static String oneLine(String s) {
		return s == null ? "" : s.replaceAll("\\s+", " ");
	}

	/** Tree content: dimensions or strategies at the top, then methods and actions. */
	private static final class PlanTreeContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			Plan p = (Plan) input;
			return p.getDimensions().isEmpty() ? p.getStrategies().toArray() : p.getDimensions().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Dimension d) {
				return d.getStrategies().toArray();
			}
			if (parent instanceof Strategy s) {
				return s.getMethods().toArray();
			}
			if (parent instanceof Method m) {
				return m.getActions().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof PlanElement e ? e.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	@Override
	public void setFocus() {
		if (tree != null) {
			tree.getTree().setFocus();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
