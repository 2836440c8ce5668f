package pdca.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

import pdca.model.i18n.MessageBundle;
import pdca.samples.SamplePlans;
import pdca.ui.SeedPlans.Seed;
import pdca.ui.editor.PlanEditor;

/**
 * The welcome page (歡迎使用), in the editor area: the seed plans of the sample workspace, creating a plan from
 * a template, importing a plan document, the dashboard, and a few lines on what the workbench covers. It opens at
 * a workspace's first start and from Help › Welcome.
 */
public class WelcomePage extends EditorPart {

	/** Id of the welcome page (an editor). */
	public static final String ID = "pdca.ui.welcome";

	/** Instance preference of pdca.ui (per workspace): the welcome page was shown at the workspace's first start. */
	static final String SHOWN_ONCE = "welcomeShown";

	/** The New Plan wizard of this bundle. */
	static final String NEW_PLAN_WIZARD = "pdca.ui.newPlan";

	/** The plan document import wizard of bundle pdca.importer.ui, looked up by id (no dependency on that bundle). */
	static final String IMPORT_WIZARD = "pdca.importer.ui.importPlan";

	/** The dashboard view of bundle pdca.tracker.ui, looked up by id (no dependency on that bundle). */
	static final String DASHBOARD_VIEW = "pdca.tracker.ui.dashboard";

	private FormToolkit toolkit;
	private ScrolledForm form;
	private Image icon;
	private Composite seedsBody;
	private List<Seed> seeds;
	private volatile List<String> seedPaths = List.of();
	private final List<Hyperlink> seedLinks = new ArrayList<>();
	private Hyperlink newPlanLink;
	private Hyperlink importLink;
	private Hyperlink dashboardLink;
	private Hyperlink addMissingLink;
	private Job reading;
	private final IResourceChangeListener seedChanges = this::seedsChanged;

	/** Opens the welcome page in the window, or brings it forward when it is open. */
	public static WelcomePage open(IWorkbenchWindow window) throws PartInitException {
		return (WelcomePage) window.getActivePage().openEditor(WelcomeInput.INSTANCE, ID, true);
	}

	/**
	 * Opens the welcome page if this is the first start of the workspace whose preferences are {@code preferences},
	 * and remembers that it did so: a later start opens the window as the user left it.
	 *
	 * @return whether the page was opened
	 */
	static boolean openAtFirstStart(IWorkbenchWindow window, Preferences preferences) {
		if (preferences.getBoolean(SHOWN_ONCE, false)) {
			return false;
		}
		preferences.putBoolean(SHOWN_ONCE, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(WelcomePage.class).warn("Cannot save that the welcome page was shown", e);
		}
		try {
			open(window);
			return true;
		} catch (PartInitException e) {
			ILog.of(WelcomePage.class).error("The welcome page cannot be opened", e);
			return false;
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof WelcomeInput)) {
			throw new PartInitException("The welcome page has no document: " + input);
		}
		setSite(site);
		setInput(input);
		setPartName(UiMessages.welcome_name);
		setTitleToolTip(UiMessages.welcome_title);
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(UiMessages.welcome_title);
		icon = productIcon();
		if (icon != null) {
			form.setImage(icon);
		}
		toolkit.decorateFormHeading(form.getForm());
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = 2;
		layout.makeColumnsEqualWidth = true;
		layout.horizontalSpacing = 24;
		layout.verticalSpacing = 16;
		layout.leftMargin = layout.rightMargin = 16;
		layout.topMargin = 12;
		form.getBody().setLayout(layout);

		seedsBody = section(UiMessages.welcome_seedsSection, UiMessages.welcome_seedsDescription, 1);
		((TableWrapData) seedsBody.getParent().getLayoutData()).rowspan = 2;
		toolkit.createLabel(seedsBody, UiMessages.welcome_seedLoading);

		Composite start = section(UiMessages.welcome_startSection, null, 1);
		newPlanLink = action(start, UiMessages.welcome_newPlan, UiMessages.welcome_newPlanHint, this::newPlan);
		importLink = action(start, UiMessages.welcome_import, UiMessages.welcome_importHint, this::importDocument);
		dashboardLink = action(start, UiMessages.welcome_dashboard, UiMessages.welcome_dashboardHint, this::dashboard);

		Composite help = section(UiMessages.welcome_helpSection, null, 2);
		step(help, UiMessages.welcome_planStep, UiMessages.welcome_plan);
		step(help, UiMessages.welcome_doStep, UiMessages.welcome_do);
		step(help, UiMessages.welcome_checkStep, UiMessages.welcome_check);
		step(help, UiMessages.welcome_actStep, UiMessages.welcome_act);
		step(help, UiMessages.welcome_workspaceStep,
				MessageBundle.bind(UiMessages.welcome_workspace, ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString()));
		step(help, "", UiMessages.welcome_reopen);

		ResourcesPlugin.getWorkspace().addResourceChangeListener(seedChanges, IResourceChangeEvent.POST_CHANGE);
		readSeeds();
	}

	/** A titled section in the form's body; returns its client. */
	private Composite section(String title, String description, int columns) {
		Section section = toolkit.createSection(form.getBody(),
				ExpandableComposite.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP));
		Composite client = toolkit.createComposite(section);
		TableWrapLayout layout = new TableWrapLayout();
		layout.numColumns = columns;
		layout.verticalSpacing = 4;
		layout.horizontalSpacing = 12;
		client.setLayout(layout);
		section.setClient(client);
		return client;
	}

	private Hyperlink action(Composite parent, String text, String hint, Runnable run) {
		Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
		link.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				run.run();
			}
		});
		// left-aligned: the focus rectangle goes round the words, not the whole column
		link.setLayoutData(new TableWrapData(TableWrapData.LEFT));
		Label label = toolkit.createLabel(parent, hint, SWT.WRAP);
		TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
		data.indent = 12;
		label.setLayoutData(data);
		spacer(parent);
		return link;
	}

	private void step(Composite parent, String name, String text) {
		Label step = toolkit.createLabel(parent, name);
		step.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		step.setLayoutData(new TableWrapData(TableWrapData.LEFT, TableWrapData.TOP));
		Label label = toolkit.createLabel(parent, text, SWT.WRAP);
		label.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
	}

	private void spacer(Composite parent) {
		Label spacer = toolkit.createLabel(parent, "");
		TableWrapData data = new TableWrapData();
		data.heightHint = 6;
		spacer.setLayoutData(data);
	}

	private Image productIcon() {
		Bundle bundle = FrameworkUtil.getBundle(WelcomePage.class);
		URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString("icons/pdca-32.png"));
		return url == null ? null : ImageDescriptor.createFromURL(url).createImage(false);
	}

	/** Reads the seed plans in the background, then shows them. */
	private void readSeeds() {
		if (reading != null) {
			reading.cancel();
		}
		Job job = Job.create(UiMessages.welcome_reading, (IProgressMonitor monitor) -> {
			List<Seed> read = SeedPlans.read(ResourcesPlugin.getWorkspace().getRoot());
			seedPaths = SeedPlans.paths();
			if (!monitor.isCanceled() && form != null && !form.isDisposed()) {
				form.getDisplay().asyncExec(() -> showSeeds(read));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		reading = job;
		job.schedule();
	}

	/** The seed plans are read again when the project or one of their files comes, goes or changes. */
	private void seedsChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		IResourceDelta project = delta == null ? null : delta.findMember(IPath.fromPortableString(SamplePlans.PROJECT));
		if (project == null) {
			return;
		}
		boolean relevant = project.getKind() != IResourceDelta.CHANGED || (project.getFlags() & IResourceDelta.OPEN) != 0;
		for (String path : seedPaths) {
			relevant |= project.findMember(IPath.fromPortableString(path)) != null;
		}
		if (relevant) {
			readSeeds();
		}
	}

	private void showSeeds(List<Seed> read) {
		if (form == null || form.isDisposed()) {
			return;
		}
		seeds = read;
		seedLinks.clear();
		for (Control child : seedsBody.getChildren()) {
			child.dispose();
		}
		for (Seed seed : read) {
			if (seed.missing()) {
				Label missing = toolkit.createLabel(seedsBody, MessageBundle.bind(UiMessages.welcome_seedMissing, seed.path()), SWT.WRAP);
				missing.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				missing.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
			} else if (!seed.readable()) {
				Label unreadable = toolkit.createLabel(seedsBody,
						MessageBundle.bind(UiMessages.welcome_seedUnreadable, seed.path(), seed.problem()), SWT.WRAP);
				unreadable.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				unreadable.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
			} else {
				Hyperlink link = action(seedsBody, seed.agency(),
						MessageBundle.bind(UiMessages.welcome_seedLine, seed.rocYear(), seed.title()), () -> openSeed(seed));
				link.setToolTipText(seed.path());
				seedLinks.add(link);
				continue;
			}
			spacer(seedsBody);
		}
		addMissingLink = null;
		if (read.stream().anyMatch(Seed::missing)) {
			addMissingLink = action(seedsBody, UiMessages.welcome_addMissing, UiMessages.welcome_addMissingHint, this::addMissing);
		}
		form.reflow(true);
	}

	private void addMissing() {
		try {
			SeedPlans.addMissing(ResourcesPlugin.getWorkspace().getRoot());
			form.setMessage(null, IMessageProvider.NONE);
		} catch (CoreException e) {
			warn(e.getStatus().getMessage());
		}
		// the resource change shows the copied plans; read again in case nothing changed
		readSeeds();
	}

	private void openSeed(Seed seed) {
		if (!seed.file().exists()) {
			warn(MessageBundle.bind(UiMessages.welcome_seedMissing, seed.path()));
			readSeeds();
			return;
		}
		try {
			IDE.openEditor(getSite().getPage(), seed.file(), PlanEditor.ID, true);
		} catch (PartInitException e) {
			warn(e.getMessage());
		}
	}

	private void newPlan() {
		openWizard(getSite().getWorkbenchWindow().getWorkbench().getNewWizardRegistry().findWizard(NEW_PLAN_WIZARD),
				UiMessages.welcome_newPlan);
	}

	private void importDocument() {
		openWizard(getSite().getWorkbenchWindow().getWorkbench().getImportWizardRegistry().findWizard(IMPORT_WIZARD),
				UiMessages.welcome_import);
	}

	private void openWizard(IWizardDescriptor descriptor, String action) {
		if (descriptor == null) {
			warn(MessageBundle.bind(UiMessages.welcome_notInstalled, strip(action)));
			return;
		}
		try {
			IWorkbenchWizard wizard = descriptor.createWizard();
			IWorkbench workbench = getSite().getWorkbenchWindow().getWorkbench();
			wizard.init(workbench, wizardSelection());
			form.setMessage(null, IMessageProvider.NONE);
			WizardDialog dialog = new WizardDialog(getSite().getShell(), wizard);
			dialog.create();
			dialog.open();
		} catch (CoreException e) {
			warn(e.getMessage());
		}
	}

	/** New plans and imported ones go to the seed plans' project when the workspace has it. */
	private static IStructuredSelection wizardSelection() {
		IProject plans = ResourcesPlugin.getWorkspace().getRoot().getProject(SamplePlans.PROJECT);
		return plans.isOpen() ? new StructuredSelection(plans) : StructuredSelection.EMPTY;
	}

	private void dashboard() {
		IWorkbenchPage page = getSite().getPage();
		if (page.getWorkbenchWindow().getWorkbench().getViewRegistry().find(DASHBOARD_VIEW) == null) {
			warn(MessageBundle.bind(UiMessages.welcome_notInstalled, strip(UiMessages.welcome_dashboard)));
			return;
		}
		try {
			form.setMessage(null, IMessageProvider.NONE);
			page.showView(DASHBOARD_VIEW);
		} catch (PartInitException e) {
			warn(e.getMessage());
		}
	}

	private static String strip(String action) {
		return action.replace("\u2026", "").replace("...", "");
	}

	private void warn(String message) {
		form.setMessage(message, IMessageProvider.WARNING);
	}

	// for tests: what the page shows

	/** The seed plans as last read, or {@code null} while they are read. */
	List<Seed> seeds() {
		return seeds;
	}

	/** The links of the seed plans the workspace has, in the order of {@link #seeds()} less the missing ones. */
	List<Hyperlink> seedLinks() {
		return seedLinks;
	}

	Hyperlink newPlanLink() {
		return newPlanLink;
	}

	Hyperlink importLink() {
		return importLink;
	}

	Hyperlink dashboardLink() {
		return dashboardLink;
	}

	/** The link that copies the missing seed plans into the workspace, or {@code null} when none is missing. */
	Hyperlink addMissingLink() {
		return addMissingLink;
	}

	/** The warning in the page's heading, or {@code null}. */
	String message() {
		return form.getMessage();
	}

	ScrolledForm form() {
		return form;
	}

	@Override
	public void setFocus() {
		if (form != null && !form.isDisposed()) {
			form.setFocus();
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(seedChanges);
		if (reading != null) {
			reading.cancel();
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		if (icon != null) {
			icon.dispose();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public void doSaveAs() {
		// nothing to save
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
