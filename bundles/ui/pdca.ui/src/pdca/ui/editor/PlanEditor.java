package pdca.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;

import pdca.edit.PlanCommands;
import pdca.edit.PlanItemProviders;
import pdca.edit.CheckInCommands;
import pdca.edit.PlanEditingDomain;
import pdca.model.Identified;
import pdca.model.Plan;
import pdca.model.i18n.MessageBundle;
import pdca.model.io.DiskState;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;
import pdca.ui.PlanTemplates;
import pdca.ui.UiMessages;

/**
 * The plan editor: Overview, Structure, Actions grid and Organisation pages over one plan file.
 * Every change is an EMF command on one command stack, so undo and redo work across pages; the
 * plan is validated as it is edited and the problems go on the file as markers; a double-click
 * on a problem selects the element.
 */
public class PlanEditor extends MultiPageEditorPart implements IEditingDomainProvider, IGotoMarker, PlanEditorContext {

	/** Id of this editor. */
	public static final String ID = "pdca.ui.planEditor";

	/** Marker attribute holding the id of the element a problem is about. */
	public static final String ELEMENT_ID = "pdca.elementId";

	private static final int VALIDATION_DELAY_MS = 400;

	/** How often the editor looks whether another program changed its file. */
	static final int DISK_LOOK_MS = 2000;

	/** How often unsaved work is copied to the recovery area (a crash loses at most this much). */
	public static final int AUTOSAVE_MS = 15_000;

	private AdapterFactoryEditingDomain domain;
	private PlanItemProviders itemProviders;
	private PlanCommands editing;
	private Plan plan;
	private IFile file;
	private final List<PlanPage> pages = new ArrayList<>();
	/** The pages' contributions, in the order of {@link #pages}. */
	private final List<PlanEditorPages.Contribution> contributions = new ArrayList<>();
	private long savedStamp = IResource.NULL_STAMP;
	/** What the file held when the plan was read or last saved: save compares it with the disk. */
	private DiskState loaded = DiskState.ABSENT;
	/** Size and time of the file at the last look, to notice changes made by other programs. */
	private String lastSeen = "";
	private Function<String, SaveConflict> askOnConflict = this::askSaveConflict;
	private Recovery recovery;
	private VersionHistory history;
	/** Changes made since the editor opened, and how many of them the recovery copy holds. */
	private long changes;
	private long changesKept;
	/** The plan shown was recovered from a crash and is not saved yet. */
	private boolean restored;
	private boolean validationPending;
	private final Action undo = new Action(UiMessages.action_undo) {
		@Override
		public void run() {
			domain.getCommandStack().undo();
		}
	};
	private final Action redo = new Action(UiMessages.action_redo) {
		@Override
		public void run() {
			domain.getCommandStack().redo();
		}
	};
	private final Action delete = editAction(UiMessages.action_delete, PlanPage::canDelete, PlanPage::delete);
	private final Action copy = editAction(UiMessages.action_copy, PlanPage::canCopy, PlanPage::copy);
	private final Action paste = editAction(UiMessages.action_paste, PlanPage::canPaste, PlanPage::paste);
	private final Action selectAll = editAction(UiMessages.action_selectAll, PlanPage::canSelectAll, PlanPage::selectAll);
	private final IResourceChangeListener diskWatcher = this::resourceChanged;
	private final EditorSelection selection = new EditorSelection();
	private PlanOutlinePage outline;
	private PropertySheetPage properties;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException(UiMessages.plan_viewerNotAFile);
		}
		super.init(site, input);
		site.setSelectionProvider(selection);
		file = fileInput.getFile();
		setPartName(file.getName());
		recovery = Recovery.ofWorkspace();
		// the editor's key bindings (Alt+↑/↓) hold while it is active
		org.eclipse.ui.contexts.IContextService contexts = site.getService(org.eclipse.ui.contexts.IContextService.class);
		if (contexts != null) {
			contexts.activateContext("pdca.ui.planEditorContext");
		}
		history = VersionHistory.ofWorkspace();
		itemProviders = new PlanItemProviders(PlanTemplates::levelName);
		ComposedAdapterFactory factory = new ComposedAdapterFactory(itemProviders);
		BasicCommandStack stack = new BasicCommandStack();
		ResourceSet resources = PlanFiles.newResourceSet();
		PlanEditingDomain planDomain = new PlanEditingDomain(factory, stack, resources);
		planDomain.onNote(note -> getEditorSite().getActionBars().getStatusLineManager().setMessage(note));
		domain = planDomain;
		editing = new PlanCommands(domain);
		try {
			plan = PlanFiles.load(path(), resources);
		} catch (PlanFileException e) {
			throw new PartInitException(e.describe(), e);
		}
		savedStamp = file.getModificationStamp();
		loaded = diskState();
		lastSeen = quickLook();
		stack.addCommandStackListener(event -> {
			Display display = getSite().getShell().getDisplay();
			if (Display.getCurrent() == display) {
				commandStackChanged();
			} else {
				display.asyncExec(this::commandStackChanged);
			}
		});
		ResourcesPlugin.getWorkspace().addResourceChangeListener(diskWatcher, IResourceChangeEvent.POST_CHANGE);
		updateUndoRedo();
	}

	private Path path() {
		return file.getLocation().toPath();
	}

	/** What to do when the file on disk changed since it was read and the user saves. */
	public enum SaveConflict {
		/** Write this version over the other. */
		OVERWRITE,
		/** Drop this version and read the file again. */
		RELOAD,
		/** Write this version to another file, leaving the changed one as it is. */
		SAVE_AS,
		/** Do not save. */
		CANCEL
	}

	/** Who decides a save conflict (a dialog; tests answer it themselves). */
	void askOnConflict(Function<String, SaveConflict> asker) {
		askOnConflict = asker;
	}

	private SaveConflict askSaveConflict(String fileName) {
		int choice = new MessageDialog(getSite().getShell(), UiMessages.saveConflict_title, null,
				MessageBundle.bind(UiMessages.saveConflict_message, fileName), MessageDialog.WARNING, 3,
				UiMessages.saveConflict_overwrite, UiMessages.saveConflict_reload, UiMessages.saveConflict_saveAs,
				IDialogConstants.CANCEL_LABEL).open();
		return switch (choice) {
			case 0 -> SaveConflict.OVERWRITE;
			case 1 -> SaveConflict.RELOAD;
			case 2 -> SaveConflict.SAVE_AS;
			default -> SaveConflict.CANCEL;
		};
	}

	private DiskState diskState() {
		try {
			return DiskState.of(path());
		} catch (IOException e) {
			ILog.of(getClass()).warn("Cannot read " + path() + " to compare it", e);
			return DiskState.ABSENT;
		}
	}

	/** The file's size and modification time: cheap enough to look every few seconds. */
	private String quickLook() {
		try {
			Path p = path();
			return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
		} catch (IOException | RuntimeException e) {
			return "";
		}
	}

	/**
	 * Looks at the file every {@link #DISK_LOOK_MS} ms; when another program changed it, the workspace is told, so
	 * that a clean editor reloads and a dirty one asks (without waiting for the workspace's own refresh).
	 */
	private void lookAtDisk() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		String now = quickLook();
		if (!now.equals(lastSeen)) {
			lastSeen = now;
			try {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				ILog.of(getClass()).warn("Cannot refresh " + file, e);
			}
		}
		Display.getCurrent().timerExec(DISK_LOOK_MS, this::lookAtDisk);
	}

	@Override
	protected void createPages() {
		int initial = 0;
		for (PlanEditorPages.Contribution contribution : PlanEditorPages.contributions()) {
			PlanPage page;
			try {
				page = contribution.factory().create(getContainer(), this);
			} catch (CoreException | RuntimeException e) {
				ILog.of(getClass()).error("The plan editor page " + contribution.id() + " of "
						+ contribution.element().getContributor().getName() + " could not be made", e);
				continue;
			}
			if (contribution.initial()) {
				initial = pages.size();
			}
			add(page, contribution);
		}
		if (!pages.isEmpty()) {
			setActivePage(initial);
		}
		validateNow();
		Display.getCurrent().timerExec(DISK_LOOK_MS, this::lookAtDisk);
		Display.getCurrent().timerExec(AUTOSAVE_MS, this::autosave);
	}

	private void autosave() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (isDirty() && changesKept != changes) {
			keepUnsavedWork();
		}
		Display.getCurrent().timerExec(AUTOSAVE_MS, this::autosave);
	}

	/** Copies the unsaved plan to the recovery area now. */
	void keepUnsavedWork() {
		try {
			recovery.store(file, plan);
			changesKept = changes;
		} catch (PlanFileException | RuntimeException e) {
			ILog.of(getClass()).warn("Cannot keep a recovery copy of " + file, e);
		}
	}

	/** The previous versions of the plan files. */
	public VersionHistory history() {
		return history;
	}

	/** The plan file shown. */
	public IFile file() {
		return file;
	}

	/** The recovery area this editor keeps its unsaved work in. */
	Recovery recovery() {
		return recovery;
	}

	/**
	 * Shows the unsaved state of an earlier session (recovered after a crash) instead of the file's content: the
	 * editor is dirty until it is saved, and the recovered state stays kept until then.
	 */
	public void restore(Recovery.Entry entry) throws PlanFileException {
		showUnsaved(entry.plan());
	}

	/**
	 * Shows the plan of {@code source} (a recovered state, a previous version) as unsaved changes of this file:
	 * the editor is dirty until saved, and saving writes it to this file.
	 */
	public void showUnsaved(Path source) throws PlanFileException {
		replacePlan(source);
		plan.eResource().setURI(org.eclipse.emf.common.util.URI.createFileURI(path().toString()));
		restored = true;
		changesKept = changes;
		firePropertyChange(PROP_DIRTY);
	}

	private void add(PlanPage page, PlanEditorPages.Contribution contribution) {
		int index = addPage(page.control());
		setPageText(index, contribution.name());
		pages.add(page);
		contributions.add(contribution);
	}

	/** Tells the workbench (Properties view, Outline) what the active page has selected. */
	@Override
	public void pageSelectionChanged(PlanPage page, ISelection selected) {
		if (pages.indexOf(page) == getActivePage() || getActivePage() < 0) {
			selection.setSelection(selected);
			if (outline != null && selected instanceof IStructuredSelection structured) {
				outline.follow(structured);
			}
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		updateEditActions();
		if (newPageIndex >= 0 && newPageIndex < pages.size()) {
			selection.setSelection(pages.get(newPageIndex).selection());
		}
	}

	/** Shows {@code element} on the Structure page. */
	public void revealInStructure(EObject element) {
		StructurePage structure = page(StructurePage.class);
		if (structure != null && structure.reveal(element)) {
			setActivePage(pages.indexOf(structure));
		}
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new PlanOutlinePage(this);
			}
			return type.cast(outline);
		}
		if (type == IPropertySheetPage.class) {
			if (properties == null || properties.getControl() == null || properties.getControl().isDisposed()) {
				properties = new PropertySheetPage();
				properties.setPropertySourceProvider(
						o -> o instanceof EObject e && e.eResource() != null ? ItemProviderViews.properties(itemProviders, e) : null);
			}
			return type.cast(properties);
		}
		if (type == Plan.class) {
			return type.cast(plan);
		}
		return super.getAdapter(type);
	}

	/** The item providers of the plan's elements: labels, the structure tree, properties. */
	@Override
	public PlanItemProviders itemProviders() {
		return itemProviders;
	}

	/** The plan being edited. */
	public Plan plan() {
		return plan;
	}

	/** The undoable edits of this editor. */
	public PlanCommands editing() {
		return editing;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** Shows {@code message} as an error on the status line; null clears it. */
	@Override
	public void statusError(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
	}

	/**
	 * The command that sets a date typed as 113年3月31日, 113/3/31 or 2024-03-31 (empty clears it),
	 * or null when it changes nothing or is not a date; then the status line says what to write.
	 */
	@Override
	public Command dateCommand(EObject owner, EStructuralFeature feature, String text) {
		try {
			LocalDate date = CheckInCommands.parseDate(text);
			statusError(null);
			return editing.setCommand(owner, feature, date);
		} catch (CheckInCommands.BadValue e) {
			statusError(e.getMessage());
			return null;
		}
	}




	/** The first page of {@code type}, or null. */
	public <T extends PlanPage> T page(Class<T> type) {
		return pages.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

	@Override
	public EObject selectedStructureElement() {
		StructurePage structure = page(StructurePage.class);
		return structure == null ? null
				: ((IStructuredSelection) structure.tree().getSelection()).getFirstElement() instanceof EObject e ? e : null;
	}

	/** The plan file on disk. */
	public Path planFile() {
		return path();
	}

	/** Lets the workspace see files written next to the plan (evidence copied in). */
	@Override
	public void refreshWorkspaceFolder() {
		try {
			file.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			ILog.of(getClass()).warn("Cannot refresh " + file.getParent(), e);
		}
	}

	/** The Structure page, or null. */
	public StructurePage structurePage() {
		return page(StructurePage.class);
	}

	List<PlanPage> pages() {
		return pages;
	}

	Action undoAction() {
		return undo;
	}

	Action redoAction() {
		return redo;
	}

	@Override
	public boolean showPage(String id) {
		for (int i = 0; i < contributions.size(); i++) {
			if (contributions.get(i).id().equals(id)) {
				setActivePage(i);
				return true;
			}
		}
		return false;
	}

	/** The id of the page shown, or null. */
	public String activePageId() {
		int i = getActivePage();
		return i >= 0 && i < contributions.size() ? contributions.get(i).id() : null;
	}

	private void commandStackChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		changes++;
		firePropertyChange(PROP_DIRTY);
		updateUndoRedo();
		pages.forEach(PlanPage::refresh);
		refreshViews();
		scheduleValidation();
	}

	private void refreshViews() {
		if (outline != null) {
			outline.refresh();
		}
		if (properties != null && properties.getControl() != null && !properties.getControl().isDisposed()) {
			properties.refresh();
		}
	}

	/**
	 * An Edit action (Delete, Copy, Paste, Select All) that works on what has the keyboard focus: in a text field
	 * (a form field, a grid cell being edited) the text's own operation, else the active page's.
	 */
	private Action editAction(String label, java.util.function.Predicate<PlanPage> can,
			java.util.function.Consumer<PlanPage> run) {
		return new Action(label) {
			{
				setActionDefinitionId(label.equals(UiMessages.action_delete) ? org.eclipse.ui.IWorkbenchCommandConstants.EDIT_DELETE
						: label.equals(UiMessages.action_copy) ? org.eclipse.ui.IWorkbenchCommandConstants.EDIT_COPY
								: label.equals(UiMessages.action_paste) ? org.eclipse.ui.IWorkbenchCommandConstants.EDIT_PASTE
										: org.eclipse.ui.IWorkbenchCommandConstants.EDIT_SELECT_ALL);
			}

			@Override
			public void run() {
				if (Display.getCurrent() != null && Display.getCurrent().getFocusControl() instanceof Text text) {
					onText(this, text);
					return;
				}
				PlanPage page = activePlanPage();
				if (page != null && can.test(page)) {
					run.accept(page);
				}
			}
		};
	}

	private void onText(Action action, Text text) {
		if (action == copy) {
			text.copy();
		} else if (action == paste) {
			text.paste();
		} else if (action == selectAll) {
			text.selectAll();
		} else if (action == delete && text.getEditable()) {
			// the Delete key in a text: the selected text, or the character after the caret
			if (text.getSelectionCount() == 0) {
				int caret = text.getCaretPosition();
				if (caret >= text.getCharCount()) {
					return;
				}
				text.setSelection(caret, caret + 1);
			}
			text.insert("");
		}
	}

	/** The page shown, or null. */
	PlanPage activePlanPage() {
		int i = getActivePage();
		return i >= 0 && i < pages.size() ? pages.get(i) : null;
	}

	/** Edit > Delete, Copy, Paste, Select All follow the page shown and its selection. */
	private void updateEditActions() {
		PlanPage page = activePlanPage();
		// a text field may have the focus: the actions stay available and act on it
		delete.setEnabled(page != null);
		copy.setEnabled(page != null);
		paste.setEnabled(page != null);
		selectAll.setEnabled(page != null);
	}

	Action deleteAction() {
		return delete;
	}

	Action copyAction() {
		return copy;
	}

	Action pasteAction() {
		return paste;
	}

	Action selectAllAction() {
		return selectAll;
	}

	private void updateUndoRedo() {
		undo.setEnabled(domain.getCommandStack().canUndo());
		redo.setEnabled(domain.getCommandStack().canRedo());
	}

	private void scheduleValidation() {
		if (validationPending) {
			return;
		}
		validationPending = true;
		Display.getCurrent().timerExec(VALIDATION_DELAY_MS, () -> {
			validationPending = false;
			if (getContainer() != null && !getContainer().isDisposed()) {
				validateNow();
			}
		});
	}

	/** Validates the plan and replaces the file's problem markers. */
	public void validateNow() {
		List<Problem> problems = PlanValidation.validate(plan);
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				file.deleteMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
				for (Problem p : problems) {
					IMarker marker = file.createMarker(IMarker.PROBLEM);
					marker.setAttributes(markerAttributes(p));
				}
			}, file, 0, null);
		} catch (CoreException e) {
			ILog.of(getClass()).error("Cannot update the problem markers of " + file, e);
		}
	}

	private static java.util.Map<String, Object> markerAttributes(Problem p) {
		java.util.Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, switch (p.severity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		});
		attributes.put(IMarker.MESSAGE, p.message());
		attributes.put(IMarker.LOCATION, p.path());
		if (p.element() instanceof Identified identified && identified.getId() != null) {
			attributes.put(ELEMENT_ID, identified.getId());
		}
		return attributes;
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String id = marker.getAttribute(ELEMENT_ID, null);
		EObject element = id == null ? null : plan.eResource().getEObject(id);
		if (element != null) {
			reveal(element);
		}
	}

	/** Shows {@code element} on the first page that can show it, asking the pages in their reveal order. */
	@Override
	public void reveal(EObject element) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			order.add(i);
		}
		order.sort(java.util.Comparator.comparingInt(i -> contributions.get(i).revealOrder()));
		for (int i : order) {
			if (pages.get(i).reveal(element)) {
				setActivePage(i);
				return;
			}
		}
	}

	@Override
	public boolean isDirty() {
		return domain != null && (restored || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
	}

	/**
	 * Saves the plan, unless the file on disk was changed since it was read: then the user decides whether to
	 * overwrite it, reload it, save under another name, or not save.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		DiskState now = diskState();
		if (now.exists() && !now.equals(loaded)) {
			switch (askOnConflict.apply(file.getName())) {
				case OVERWRITE -> {
					// the user decided: this version replaces the other
				}
				case RELOAD -> {
					reload();
					cancel(monitor);
					return;
				}
				case SAVE_AS -> {
					doSaveAs();
					return;
				}
				default -> {
					cancel(monitor);
					return;
				}
			}
		}
		try {
			history.keep(file);
			PlanFiles.save(plan, path());
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			restored = false;
			recovery.discard(file);
			loaded = diskState();
			lastSeen = quickLook();
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
			savedStamp = file.getModificationStamp();
			firePropertyChange(PROP_DIRTY);
		} catch (PlanFileException e) {
			MessageDialog.openError(getSite().getShell(), UiMessages.plan_saveFailedTitle, e.describe());
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		} catch (CoreException e) {
			ILog.of(getClass()).error("Cannot refresh " + file, e);
		}
	}

	private static void cancel(IProgressMonitor monitor) {
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	/** Saves the plan to another file of the workspace, which the editor then shows; the old file stays as it is. */
	@Override
	public void doSaveAs() {
		SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
		dialog.setOriginalFile(file);
		if (dialog.open() != Window.OK || dialog.getResult() == null) {
			return;
		}
		org.eclipse.core.runtime.IPath target = dialog.getResult();
		if (target.getFileExtension() == null) {
			target = target.addFileExtension(PlanFiles.EXTENSION);
		}
		saveAs(ResourcesPlugin.getWorkspace().getRoot().getFile(target));
	}

	/** Writes the plan to {@code target} and shows that file from now on. */
	void saveAs(IFile target) {
		try {
			PlanFiles.save(plan, target.getLocation().toPath());
			target.refreshLocal(IResource.DEPTH_ZERO, null);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			restored = false;
			recovery.discard(file);
			file = target;
			loaded = diskState();
			lastSeen = quickLook();
			savedStamp = target.getModificationStamp();
			setInputWithNotify(new FileEditorInput(target));
			setPartName(target.getName());
			firePropertyChange(PROP_DIRTY);
			validateNow();
		} catch (PlanFileException e) {
			MessageDialog.openError(getSite().getShell(), UiMessages.plan_saveFailedTitle, e.describe());
		} catch (CoreException e) {
			ILog.of(getClass()).error("Cannot refresh " + target, e);
		}
	}

	private void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta == null) {
			return;
		}
		Display display = getSite().getShell().getDisplay();
		if (delta.getKind() == IResourceDelta.REMOVED) {
			if ((delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
				IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath());
				display.asyncExec(() -> movedTo(moved));
			} else {
				display.asyncExec(this::deleted);
			}
			return;
		}
		if ((delta.getFlags() & IResourceDelta.CONTENT) == 0 || file.getModificationStamp() == savedStamp) {
			return;
		}
		display.asyncExec(this::changedOnDisk);
	}

	/** The file was renamed or moved: the editor follows it. */
	private void movedTo(IFile moved) {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		file = moved;
		savedStamp = moved.getModificationStamp();
		lastSeen = quickLook();
		setInputWithNotify(new FileEditorInput(moved));
		setPartName(moved.getName());
		validateNow();
	}

	/** The file was deleted: a clean editor closes; unsaved work stays open and can be saved again. */
	private void deleted() {
		if (getContainer() == null || getContainer().isDisposed() || file.exists()) {
			return;
		}
		if (!isDirty()) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		MessageDialog.openWarning(getSite().getShell(), UiMessages.plan_fileDeletedTitle,
				MessageBundle.bind(UiMessages.plan_fileDeletedMessage, file.getName()));
	}

	private void changedOnDisk() {
		if (getContainer() == null || getContainer().isDisposed() || file.getModificationStamp() == savedStamp) {
			return;
		}
		savedStamp = file.getModificationStamp();
		DiskState now = diskState();
		if (now.equals(loaded) || !now.exists()) {
			return; // touched, or written back with the same content: nothing to reload
		}
		if (!isDirty()) {
			reload();
			getEditorSite().getActionBars().getStatusLineManager().setMessage(UiMessages.plan_reloadedFromDisk);
			return;
		}
		int choice = new MessageDialog(getSite().getShell(), UiMessages.plan_changedOnDiskTitle, null,
				MessageBundle.bind(UiMessages.plan_changedOnDiskMessage, file.getName()), MessageDialog.QUESTION,
				0, UiMessages.plan_keepMine, UiMessages.plan_reloadFromDisk).open();
		if (choice == 1) {
			reload();
		} else {
			loaded = now; // the user keeps this version knowingly: saving replaces the other one without asking again
		}
	}

	/** Replaces the plan by the file's content, dropping unsaved changes and the undo history. */
	public void reload() {
		try {
			replacePlan(path());
			restored = false;
			recovery.discard(file);
			savedStamp = file.getModificationStamp();
			loaded = diskState();
			lastSeen = quickLook();
			firePropertyChange(PROP_DIRTY);
		} catch (PlanFileException e) {
			MessageDialog.openError(getSite().getShell(), UiMessages.plan_changedOnDiskTitle, e.describe());
		}
	}

	/** Shows the plan read from {@code source}, with a fresh undo history. */
	private void replacePlan(Path source) throws PlanFileException {
		ResourceSet resources = domain.getResourceSet();
		resources.getResources().clear();
		plan = PlanFiles.load(source, resources);
		domain.getCommandStack().flush();
		updateUndoRedo();
		pages.forEach(PlanPage::refresh);
		refreshViews();
		validateNow();
	}

	@Override
	public void dispose() {
		if (recovery != null && isDirty()) {
			recovery.discard(file); // closed without saving: the user chose to drop the changes
		}
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(diskWatcher);
		if (domain != null) {
			((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
		}
		super.dispose();
	}
}
