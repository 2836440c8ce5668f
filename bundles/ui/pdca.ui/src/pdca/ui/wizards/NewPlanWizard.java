package pdca.ui.wizards;

import java.time.LocalDate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import pdca.model.AgencyType;
import pdca.edit.NewPlans;
import pdca.model.Plan;
import pdca.model.i18n.MessageBundle;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.RocDate;
import pdca.templates.AgencyTemplate;
import pdca.templates.NewPlan;
import pdca.templates.TemplateException;
import pdca.ui.PlanTemplates;
import pdca.ui.UiMessages;
import pdca.ui.editor.PlanEditor;

/** File › New › Plan: a blank plan for an agency and ROC year, saved and opened in the plan editor. */
public class NewPlanWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage filePage;
	private AgencyPage agencyPage;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle(UiMessages.newPlan_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		agencyPage = new AgencyPage();
		addPage(agencyPage);
		filePage = new WizardNewFileCreationPage("file", selection);
		filePage.setTitle(UiMessages.newPlan_fileTitle);
		filePage.setDescription(UiMessages.newPlan_fileDescription);
		filePage.setFileExtension(PlanFiles.EXTENSION);
		addPage(filePage);
	}

	@Override
	public boolean performFinish() {
		filePage.setFileName(filePage.getFileName().isBlank() ? agencyPage.year() + "-plan" : filePage.getFileName());
		IFile file = filePage.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			AgencyTemplate template = agencyPage.template();
			Plan plan = template == null ? NewPlans.blank(agencyPage.agency(), agencyPage.type(), agencyPage.year())
					: NewPlan.fromTemplate(template, agencyPage.agency(), agencyPage.year());
			PlanFiles.save(plan, file.getLocation().toPath());
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, PlanEditor.ID, true);
			return true;
		} catch (PlanFileException e) {
			MessageDialog.openError(getShell(), UiMessages.plan_saveFailedTitle, e.describe());
		} catch (CoreException | TemplateException | IllegalArgumentException e) {
			MessageDialog.openError(getShell(), UiMessages.newPlan_title, e.getMessage());
		}
		return false;
	}

	/** Agency name, agency type and ROC year. */
	private static final class AgencyPage extends WizardPage {
		private Text agency;
		private Text year;
		private Combo type;
		private Combo template;
		private Label templateDescription;
		private final java.util.List<AgencyTemplate> templates = PlanTemplates.registry().templates();

		AgencyPage() {
			super("agency");
			setTitle(UiMessages.newPlan_agencyTitle);
			setDescription(UiMessages.newPlan_agencyDescription);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
			new Label(c, SWT.NONE).setText(UiMessages.newPlan_template);
			template = new Combo(c, SWT.READ_ONLY);
			template.add(UiMessages.newPlan_blank);
			for (AgencyTemplate t : templates) {
				template.add(t.name().get(java.util.Locale.getDefault()));
			}
			template.select(0);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(template);
			new Label(c, SWT.NONE);
			templateDescription = new Label(c, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(templateDescription);
			new Label(c, SWT.NONE).setText(UiMessages.field_agency);
			agency = new Text(c, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(agency);
			new Label(c, SWT.NONE).setText(UiMessages.newPlan_agencyType);
			type = new Combo(c, SWT.READ_ONLY);
			type.setItems(UiMessages.agencyType_other, UiMessages.agencyType_election, UiMessages.agencyType_household,
					UiMessages.agencyType_motorVehicle, UiMessages.agencyType_county);
			type.select(0);
			new Label(c, SWT.NONE).setText(UiMessages.field_year);
			year = new Text(c, SWT.BORDER);
			year.setText(String.valueOf(RocDate.toRoc(LocalDate.now().getYear() + 1)));
			GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(year);
			template.addListener(SWT.Selection, e -> templateChosen());
			agency.addListener(SWT.Modify, e -> check());
			year.addListener(SWT.Modify, e -> check());
			setControl(c);
		}

		private void templateChosen() {
			AgencyTemplate t = template();
			templateDescription.setText(t == null ? "" : t.description().map(d -> d.get(java.util.Locale.getDefault())).orElse(""));
			if (t != null) {
				type.select(t.agencyType().getValue());
			}
			type.setEnabled(t == null);
			templateDescription.getParent().layout(true);
		}

		AgencyTemplate template() {
			int i = template.getSelectionIndex();
			return i <= 0 ? null : templates.get(i - 1);
		}

		private void check() {
			String message = null;
			if (agency.getText().isBlank()) {
				message = UiMessages.newPlan_needAgency;
			} else if (year() < 1 || year() > 300) {
				message = MessageBundle.bind(UiMessages.plan_badYear, year.getText());
			}
			setErrorMessage(message);
			setPageComplete(message == null);
		}

		String agency() {
			return agency.getText().strip();
		}

		AgencyType type() {
			return AgencyType.get(type.getSelectionIndex());
		}

		int year() {
			try {
				return Integer.parseInt(year.getText().strip());
			} catch (NumberFormatException e) {
				return -1;
			}
		}
	}
}
