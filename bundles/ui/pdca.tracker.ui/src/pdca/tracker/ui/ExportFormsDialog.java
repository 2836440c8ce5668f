package pdca.tracker.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import pdca.forms.CheckInForms;
import pdca.forms.FormException;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;

/**
 * 匯出季填報表: the quarter (first the one the dashboard opens on), the units (all ticked), the folder and whether the
 * forms go into one zip; then writes them and says what was written.
 */
final class ExportFormsDialog extends TitleAreaDialog {

	private static final String FOLDER = "checkInForms.folder";
	private static final String ZIP = "checkInForms.zip";
	private static final String FORMAT = "checkInForms.format";

	private final Plan plan;
	private final int year;
	private final List<Unit> units;
	private Combo quarterCombo;
	private Table unitTable;
	private Text folderText;
	private Button zipButton;
	private Combo formatCombo;
	private List<CheckInForms.Written> written = List.of();

	ExportFormsDialog(Shell shell, Plan plan) {
		super(shell);
		this.plan = plan;
		this.year = PlanEditors.year(plan);
		this.units = CheckInForms.reportingUnits(plan);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TrackerMessages.forms_exportTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(TrackerMessages.forms_exportTitle);
		setMessage(MessageBundle.bind(TrackerMessages.forms_exportMessage, plan.getTitle() == null ? "" : plan.getTitle()));
		Composite c = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(c);

		new Label(c, SWT.NONE).setText(TrackerMessages.forms_quarter);
		quarterCombo = new Combo(c, SWT.READ_ONLY);
		for (int q = 1; q <= 4; q++) {
			quarterCombo.add(Terms.quarter(new Quarter(year, q)));
		}
		Quarter first = TrackerStatus.defaultQuarter(plan, java.time.LocalDate.now());
		quarterCombo.select(first.rocYear() == year ? first.quarter() - 1 : 0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(quarterCombo);

		Label unitsLabel = new Label(c, SWT.NONE);
		unitsLabel.setText(TrackerMessages.forms_units);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(unitsLabel);
		unitTable = new Table(c, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		unitTable.setHeaderVisible(true);
		unitTable.setLinesVisible(true);
		TableColumn name = new TableColumn(unitTable, SWT.LEFT);
		name.setText(TrackerMessages.forms_unitColumn);
		name.setWidth(260);
		TableColumn count = new TableColumn(unitTable, SWT.RIGHT);
		count.setText(TrackerMessages.forms_itemsColumn);
		count.setWidth(110);
		Map<Unit, Integer> counts = CheckInForms.itemCounts(plan);
		for (Unit u : units) {
			TableItem item = new TableItem(unitTable, SWT.NONE);
			item.setText(new String[] { CheckInForms.unitName(u), String.valueOf(counts.getOrDefault(u, 0)) });
			item.setChecked(true);
			item.setData(u);
		}
		unitTable.addListener(SWT.Selection, e -> validate());
		GridDataFactory.fillDefaults().grab(true, true).hint(400, Math.min(10, Math.max(4, units.size())) * 28).applyTo(unitTable);
		Composite unitButtons = new Composite(c, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(unitButtons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(unitButtons);
		button(unitButtons, TrackerMessages.forms_selectAll, () -> checkAll(true));
		button(unitButtons, TrackerMessages.forms_selectNone, () -> checkAll(false));

		new Label(c, SWT.NONE).setText(TrackerMessages.forms_folder);
		folderText = new Text(c, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
		String folder = settings().get(FOLDER);
		folderText.setText(folder != null ? folder : System.getProperty("user.home"));
		folderText.addListener(SWT.Modify, e -> validate());
		button(c, TrackerMessages.forms_browse, () -> {
			DirectoryDialog d = new DirectoryDialog(getShell());
			d.setFilterPath(folderText.getText());
			String chosen = d.open();
			if (chosen != null) {
				folderText.setText(chosen);
			}
		});

		new Label(c, SWT.NONE).setText(TrackerMessages.forms_format);
		formatCombo = new Combo(c, SWT.READ_ONLY);
		formatCombo.add(TrackerMessages.forms_formatOds);
		formatCombo.add(TrackerMessages.forms_formatXlsx);
		formatCombo.select(CheckInForms.Format.XLSX.name().equals(settings().get(FORMAT)) ? 1 : 0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(formatCombo);

		new Label(c, SWT.NONE);
		zipButton = new Button(c, SWT.CHECK);
		zipButton.setText(TrackerMessages.forms_zip);
		zipButton.setSelection(settings().getBoolean(ZIP));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(zipButton);
		return area;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		GridDataFactory.fillDefaults().applyTo(b);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, TrackerMessages.forms_exportButton, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private void checkAll(boolean checked) {
		for (TableItem i : unitTable.getItems()) {
			i.setChecked(checked);
		}
		validate();
	}

	private boolean validate() {
		String error = null;
		if (chosenUnits().isEmpty()) {
			error = TrackerMessages.forms_noUnit;
		} else if (folderText.getText().isBlank()) {
			error = TrackerMessages.forms_noFolder;
		}
		setErrorMessage(error);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(error == null);
		}
		return error == null;
	}

	List<Unit> chosenUnits() {
		List<Unit> chosen = new ArrayList<>();
		for (TableItem i : unitTable.getItems()) {
			if (i.getChecked()) {
				chosen.add((Unit) i.getData());
			}
		}
		return chosen;
	}

	@Override
	protected void okPressed() {
		if (!validate()) {
			return;
		}
		Quarter quarter = quarter();
		Path folder = Path.of(folderText.getText().strip());
		String generator = "PDCA workbench " + FrameworkUtil.getBundle(getClass()).getVersion();
		try {
			written = zipButton.getSelection() ? CheckInForms.exportZip(plan, quarter, folder, chosenUnits(), generator, format())
					: CheckInForms.export(plan, quarter, folder, chosenUnits(), generator, format());
		} catch (FormException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		settings().put(FOLDER, folder.toString());
		settings().put(ZIP, zipButton.getSelection());
		settings().put(FORMAT, format().name());
		Shell parent = getParentShell();
		super.okPressed();
		report(parent, quarter, folder);
	}

	/** Says what was written: the folder, each unit's file (or the zip) and what it holds. */
	private void report(Shell parent, Quarter quarter, Path folder) {
		StringBuilder b = new StringBuilder();
		for (CheckInForms.Written w : written) {
			b.append(MessageBundle.bind(TrackerMessages.forms_writtenLine,
					new Object[] { w.unitName(), w.file().getFileName(), w.items(), w.kpis() })).append('\n');
		}
		MessageDialog.openInformation(parent, TrackerMessages.forms_exportTitle, MessageBundle.bind(TrackerMessages.forms_written,
				new Object[] { written.size(), Terms.quarter(quarter), folder, b.toString().strip() }));
	}

	Quarter quarter() {
		return new Quarter(year, quarterCombo.getSelectionIndex() + 1);
	}

	CheckInForms.Format format() {
		return formatCombo.getSelectionIndex() == 1 ? CheckInForms.Format.XLSX : CheckInForms.Format.ODS;
	}

	List<CheckInForms.Written> written() {
		return written;
	}

	/** For tests: what the user would choose. */
	void choose(int quarter, List<String> unitNames, Path folder, boolean zip) {
		choose(quarter, unitNames, folder, zip, CheckInForms.Format.ODS);
	}

	/** For tests: what the user would choose, the forms' format included. */
	void choose(int quarter, List<String> unitNames, Path folder, boolean zip, CheckInForms.Format format) {
		formatCombo.select(format == CheckInForms.Format.XLSX ? 1 : 0);
		quarterCombo.select(quarter - 1);
		for (TableItem i : unitTable.getItems()) {
			i.setChecked(unitNames == null || unitNames.contains(i.getText(0)));
		}
		folderText.setText(folder.toString());
		zipButton.setSelection(zip);
		validate();
	}

	/** For tests: a button of the dialog pressed. */
	void press(int buttonId) {
		buttonPressed(buttonId);
	}

	private IDialogSettings settings() {
		return DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportFormsDialog.class)).getDialogSettings(), "checkInForms");
	}
}
