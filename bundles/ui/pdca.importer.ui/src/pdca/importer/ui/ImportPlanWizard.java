package pdca.importer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import pdca.importer.ImportResult;
import pdca.importer.PlanImporter;
import pdca.importer.source.DocumentException;
import pdca.model.i18n.MessageBundle;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.templates.AgencyTemplate;
import pdca.templates.TemplateRegistry;

/**
 * File › Import › PDCA › 計畫文件: choose the agency's plan document and where the plan goes, see
 * what was recognised beside the source with the uncertain parts marked, correct, then create the
 * plan and open it in the plan editor.
 */
public class ImportPlanWizard extends Wizard implements IImportWizard {

	/** The plan editor the new plan opens in. */
	static final String PLAN_EDITOR = "pdca.ui.planEditor";

	private IWorkbench workbench;
	private IContainer selected;
	private DocumentPage documentPage;
	private ReviewPage reviewPage;
	private ImportResult result;
	private IFile created;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first instanceof IResource r ? r
				: first instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
		selected = resource instanceof IContainer c ? c : resource != null ? resource.getParent() : null;
		setWindowTitle(ImportUiMessages.import_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		documentPage = new DocumentPage();
		reviewPage = new ReviewPage();
		addPage(documentPage);
		addPage(reviewPage);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (getContainer() instanceof WizardDialog dialog) {
			dialog.addPageChangingListener(reading);
		}
	}

	/** Reads the document when the officer goes on to the review; stays on the first page when it cannot be read. */
	private final IPageChangingListener reading = (PageChangingEvent event) -> {
		if (event.getCurrentPage() == documentPage && event.getTargetPage() == reviewPage) {
			event.doit = read();
		}
	};

	private boolean read() {
		Path file = documentPage.document();
		DocumentException[] failure = new DocumentException[1];
		ImportResult[] read = new ImportResult[1];
		BusyIndicator.showWhile(getShell() == null ? null : getShell().getDisplay(), () -> {
			try {
				read[0] = PlanImporter.importFile(file);
			} catch (DocumentException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			documentPage.setErrorMessage(failure[0].getMessage());
			return false;
		}
		result = read[0];
		AgencyTemplate template = documentPage.template();
		if (template != null) {
			result.plan().setTemplateId(template.id());
		}
		reviewPage.show(result);
		return true;
	}

	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == reviewPage && result != null;
	}

	@Override
	public boolean performFinish() {
		IContainer folder = documentPage.folder();
		IFile file = folder.getFile(new org.eclipse.core.runtime.Path(documentPage.fileName()));
		if (file.exists()) {
			documentPage.setErrorMessage(MessageBundle.bind(ImportUiMessages.import_fileExists, file.getName(), folder.getFullPath()));
			return false;
		}
		try {
			PlanFiles.save(result.plan(), file.getLocation().toPath());
			file.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (PlanFileException e) {
			MessageDialog.openError(getShell(), ImportUiMessages.import_saveFailed, e.describe());
			return false;
		} catch (CoreException e) {
			MessageDialog.openError(getShell(), ImportUiMessages.import_saveFailed, e.getMessage());
			return false;
		}
		created = file;
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
			try {
				if (page != null) {
					IDE.openEditor(page, file, PLAN_EDITOR, true);
				}
			} catch (PartInitException e) {
				MessageDialog.openError(getShell(), ImportUiMessages.import_title, e.getMessage());
			}
		}
		return true;
	}

	/** What the document gave, once read (null before). */
	public ImportResult result() {
		return result;
	}

	/** The plan file made by Finish (null before). */
	public IFile created() {
		return created;
	}

	/** The first page, for tests. */
	public DocumentPage documentPage() {
		return documentPage;
	}

	/** The review page, for tests. */
	public ReviewPage reviewPage() {
		return reviewPage;
	}

	/** The wizard in a dialog that tests (and commands) can open and drive page by page. */
	public static final class Dialog extends WizardDialog {
		private final ImportPlanWizard wizard;

		public Dialog(Shell parent, ImportPlanWizard wizard) {
			super(parent, wizard);
			this.wizard = wizard;
		}

		public ImportPlanWizard wizard() {
			return wizard;
		}

		/** Presses a button of the wizard (Back, Next, Finish, Cancel) as the officer would. */
		public void press(int id) {
			buttonPressed(id);
		}
	}

	/** The document, the template and where the plan goes. */
	public final class DocumentPage extends WizardPage {
		private Text document;
		private Combo template;
		private Combo folder;
		private Text fileName;
		private final List<AgencyTemplate> templates = templates();
		private final List<IContainer> folders = new ArrayList<>();
		private boolean nameTyped;

		DocumentPage() {
			super("document");
			setTitle(ImportUiMessages.import_documentTitle);
			setDescription(ImportUiMessages.import_documentDescription);
			setPageComplete(false);
		}

		private static List<AgencyTemplate> templates() {
			try {
				return TemplateRegistry.fromExtensions().templates();
			} catch (RuntimeException e) {
				return List.of();
			}
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
			new Label(c, SWT.NONE).setText(ImportUiMessages.import_document);
			document = new Text(c, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(document);
			Button browse = new Button(c, SWT.PUSH);
			browse.setText(ImportUiMessages.import_browse);
			browse.addListener(SWT.Selection, e -> browse());
			new Label(c, SWT.NONE).setText(ImportUiMessages.import_template);
			template = new Combo(c, SWT.READ_ONLY);
			template.add(ImportUiMessages.import_templateSuggested);
			for (AgencyTemplate t : templates) {
				template.add(t.name().get(Locale.getDefault()));
			}
			template.select(0);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(template);
			new Label(c, SWT.NONE).setText(ImportUiMessages.import_folder);
			folder = new Combo(c, SWT.READ_ONLY);
			if (selected != null && !(selected instanceof IProject)) {
				folders.add(selected);
			}
			for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				if (p.isOpen()) {
					folders.add(p);
				}
			}
			for (IContainer f : folders) {
				folder.add(f.getFullPath().makeRelative().toString());
			}
			int index = selected == null ? 0 : Math.max(0, folders.indexOf(selected));
			if (!folders.isEmpty()) {
				folder.select(index);
			}
			GridDataFactory.fillDefaults().span(2, 1).applyTo(folder);
			new Label(c, SWT.NONE).setText(ImportUiMessages.import_fileName);
			fileName = new Text(c, SWT.BORDER);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(fileName);
			document.addListener(SWT.Modify, e -> {
				if (!nameTyped) {
					String name = document.getText().strip();
					name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
					int dot = name.lastIndexOf('.');
					fileName.setText(name.isEmpty() ? "" : (dot > 0 ? name.substring(0, dot) : name) + "." + PlanFiles.EXTENSION);
					nameTyped = false;
				}
				check();
			});
			fileName.addListener(SWT.KeyDown, e -> nameTyped = true);
			fileName.addListener(SWT.Modify, e -> check());
			folder.addListener(SWT.Selection, e -> check());
			setControl(c);
		}

		private void browse() {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.odt;*.docx;*.pdf;*.txt", "*.*" });
			String chosen = dialog.open();
			if (chosen != null) {
				document.setText(chosen);
			}
		}

		private void check() {
			String message = null;
			if (document.getText().isBlank()) {
				message = ImportUiMessages.import_needDocument;
			} else if (!Files.isRegularFile(document())) {
				message = MessageBundle.bind(ImportUiMessages.import_noSuchDocument, document.getText().strip());
			} else if (folders.isEmpty() || folder.getSelectionIndex() < 0) {
				message = ImportUiMessages.import_needFolder;
			} else if (fileName.getText().isBlank()) {
				message = ImportUiMessages.import_needFileName;
			} else if (folder().getFile(new org.eclipse.core.runtime.Path(fileName())).exists()) {
				message = MessageBundle.bind(ImportUiMessages.import_fileExists, fileName(), folder().getFullPath().makeRelative());
			}
			setErrorMessage(message);
			setPageComplete(message == null);
		}

		/** Chooses the document (as typing its path would). */
		public void setDocument(Path file) {
			document.setText(file.toString());
		}

		Path document() {
			return Path.of(document.getText().strip());
		}

		AgencyTemplate template() {
			int i = template.getSelectionIndex();
			return i <= 0 ? null : templates.get(i - 1);
		}

		IContainer folder() {
			return folders.get(Math.max(0, folder.getSelectionIndex()));
		}

		String fileName() {
			String name = fileName.getText().strip();
			return name.endsWith("." + PlanFiles.EXTENSION) ? name : name + "." + PlanFiles.EXTENSION;
		}
	}
}
