package pdca.export.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import pdca.export.ExportFormat;

/** The one page of the packet export: which plans, which formats, where to. */
final class PacketExportPage extends WizardPage {

	private static final String DESTINATION = "destination", ZIP = "zip", FORMATS = "formats";

	private final List<IFile> preselected;
	private final IDialogSettings settings;
	private CheckboxTableViewer plans;
	private Button pdf, odt, ods, zip, revisions;
	private org.eclipse.swt.widgets.Combo baseline;
	private Text destination;

	PacketExportPage(List<IFile> preselected, IDialogSettings settings) {
		super("packet");
		this.preselected = preselected;
		this.settings = settings;
		setTitle(ExportMessages.export_pageTitle);
		setDescription(ExportMessages.export_pageDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(root);

		Label plansLabel = new Label(root, SWT.NONE);
		plansLabel.setText(ExportMessages.export_plans);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(plansLabel);
		plans = CheckboxTableViewer.newCheckList(root, SWT.BORDER | SWT.V_SCROLL);
		plans.setContentProvider(ArrayContentProvider.getInstance());
		plans.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IFile) element).getFullPath().makeRelative().toString();
			}
		});
		List<IFile> all = planFiles();
		plans.setInput(all);
		plans.setCheckedElements(preselected.toArray());
		plans.addCheckStateListener(e -> validate());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(460, 200).applyTo(plans.getTable());
		Composite buttons = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, ExportMessages.export_selectAll, () -> plans.setAllChecked(true));
		button(buttons, ExportMessages.export_selectNone, () -> plans.setAllChecked(false));

		Group formats = new Group(root, SWT.NONE);
		formats.setText(ExportMessages.export_formats);
		GridLayoutFactory.swtDefaults().applyTo(formats);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(formats);
		String saved = settings.get(FORMATS);
		Set<ExportFormat> chosen = saved == null ? EnumSet.allOf(ExportFormat.class) : parse(saved);
		pdf = check(formats, ExportMessages.format_pdf, chosen.contains(ExportFormat.PDF));
		odt = check(formats, ExportMessages.format_odt, chosen.contains(ExportFormat.ODT));
		ods = check(formats, ExportMessages.format_ods, chosen.contains(ExportFormat.ODS));
		zip = check(root, ExportMessages.export_zip, settings.getBoolean(ZIP));
		GridDataFactory.fillDefaults().span(3, 1).applyTo(zip);

		// a 修正對照表 of each plan since a baseline of its shared workspace (核定版), beside the packet
		revisions = check(root, ExportMessages.export_revisions, false);
		revisions.setToolTipText(ExportMessages.export_revisionsTooltip);
		baseline = new org.eclipse.swt.widgets.Combo(root, SWT.DROP_DOWN);
		baseline.setToolTipText(ExportMessages.export_revisionsTooltip);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(baseline);
		baseline.addListener(SWT.Modify, e -> validate());
		plans.addCheckStateListener(e -> offerBaselines());
		offerBaselines();

		new Label(root, SWT.NONE).setText(ExportMessages.export_destination);
		destination = new Text(root, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(destination);
		String dest = settings.get(DESTINATION);
		destination.setText(dest != null ? dest : Path.of(System.getProperty("user.home"), "pdca-packets").toString());
		destination.addListener(SWT.Modify, e -> validate());
		button(root, ExportMessages.export_browse, () -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage(ExportMessages.export_chooseDestination);
			dialog.setFilterPath(destination.getText());
			String d = dialog.open();
			if (d != null) {
				destination.setText(d);
			}
		});
		if (all.isEmpty()) {
			setMessage(ExportMessages.export_noPlansInWorkspace, WARNING);
		}
		setControl(root);
		validate();
	}

	private static Set<ExportFormat> parse(String saved) {
		try {
			return ExportFormat.parseList(saved);
		} catch (IllegalArgumentException e) {
			return EnumSet.allOf(ExportFormat.class);
		}
	}

	private Button check(Composite parent, String text, boolean selected) {
		Button b = new Button(parent, SWT.CHECK);
		b.setText(text);
		b.setSelection(selected);
		b.addListener(SWT.Selection, e -> validate());
		return b;
	}

	private void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		GridDataFactory.fillDefaults().applyTo(b);
		b.addListener(SWT.Selection, e -> {
			action.run();
			validate();
		});
	}

	/** Every plan file in the open projects of the workspace, by path. */
	static List<IFile> planFiles() {
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(resource -> {
				if (resource instanceof IFile f && "pdca".equals(f.getFileExtension())) {
					files.add(f);
				}
				return true;
			});
		} catch (CoreException e) {
			// a project that cannot be read has no plans to offer
		}
		files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return files;
	}

	/**
	 * The baselines of the shared workspace of the first plan chosen, newest first, 核定版 offered first when there is
	 * one; the option is off and greyed when that plan is in no shared workspace or it has no baseline.
	 */
	private void offerBaselines() {
		List<String> names = new ArrayList<>();
		Object[] checked = plans.getCheckedElements();
		if (checked.length > 0 && ((IFile) checked[0]).getLocation() != null) {
			Path tree = workTree(((IFile) checked[0]).getLocation().toPath());
			if (tree != null) {
				try {
					List<pdca.team.PlanBaselines.Baseline> list = pdca.team.PlanBaselines.list(tree);
					for (int i = list.size() - 1; i >= 0; i--) {
						names.add(list.get(i).name());
					}
				} catch (java.io.IOException e) {
					// no baselines to offer
				}
			}
		}
		String typed = baseline.getText();
		baseline.setItems(names.toArray(String[]::new));
		boolean any = !names.isEmpty();
		revisions.setEnabled(any);
		baseline.setEnabled(any);
		if (!any) {
			revisions.setSelection(false);
			baseline.setText("");
		} else if (typed.isBlank() || !names.contains(typed)) {
			baseline.setText(names.stream().filter(n -> n.startsWith("核定版")).findFirst().orElse(names.get(0)));
		}
	}

	/** The git work tree a plan file lies in, or null. */
	private static Path workTree(Path file) {
		for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
			if (java.nio.file.Files.exists(p.resolve(".git"))) {
				return p;
			}
		}
		return null;
	}

	private void validate() {
		if (destination == null) {
			return; // the page is still being made: a field above the destination changed as it was filled
		}
		String error = null;
		if (plans.getCheckedElements().length == 0) {
			error = ExportMessages.export_noPlan;
		} else if (revisions != null && revisions.getSelection() && baseline.getText().isBlank()) {
			error = ExportMessages.export_noBaseline;
		} else if (formats().isEmpty()) {
			error = ExportMessages.export_noFormat;
		} else if (destination.getText().isBlank()) {
			error = ExportMessages.export_noDestination;
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	List<IFile> chosenPlans() {
		List<IFile> list = new ArrayList<>();
		for (Object o : plans.getCheckedElements()) {
			list.add((IFile) o);
		}
		return list;
	}

	Set<ExportFormat> formats() {
		Set<ExportFormat> set = EnumSet.noneOf(ExportFormat.class);
		if (pdf.getSelection()) {
			set.add(ExportFormat.PDF);
		}
		if (odt.getSelection()) {
			set.add(ExportFormat.ODT);
		}
		if (ods.getSelection()) {
			set.add(ExportFormat.ODS);
		}
		return set;
	}

	boolean zip() {
		return zip.getSelection();
	}

	/** The baseline to compare each plan with for its 修正對照表, or null for none. */
	String revisionsSince() {
		return revisions.getSelection() && !baseline.getText().isBlank() ? baseline.getText().strip() : null;
	}

	/** Where the packets go (for tests). */
	Text destinationField() {
		return destination;
	}

	/** The option and the baseline's field (for tests). */
	Control[] revisionControls() {
		return new Control[] { revisions, baseline };
	}

	Path destination() {
		return Path.of(destination.getText().strip());
	}

	/** Remembers the choices for the next export. */
	void remember() {
		settings.put(DESTINATION, destination.getText().strip());
		settings.put(ZIP, zip.getSelection());
		settings.put(FORMATS, String.join(",", formats().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList()));
	}
}
