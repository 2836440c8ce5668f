package pdca.ui.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import pdca.model.Plan;
import pdca.model.i18n.MessageBundle;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanComparison;
import pdca.model.logic.Terms;
import pdca.ui.UiMessages;

/**
 * The previous versions of the plan in an editor: newest first, each with what differs from the editor's current
 * content; a version can be restored into the editor as unsaved changes (then checked and saved, or undone by
 * reloading).
 */
public class PreviousVersionsDialog extends Dialog {

	private static final int RESTORE = IDialogConstants.CLIENT_ID + 1;

	private final PlanEditor editor;
	private final List<VersionHistory.Version> versions;
	private Table table;
	private Text differences;

	public PreviousVersionsDialog(Shell parent, PlanEditor editor) {
		super(parent);
		this.editor = editor;
		this.versions = editor.history().versions(editor.file());
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(MessageBundle.bind(UiMessages.history_dialogTitle, editor.file().getName()));
		shell.setSize(1000, 600);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		SashForm sash = new SashForm(area, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new Table(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (String header : new String[] { UiMessages.history_time, UiMessages.history_planTitle, UiMessages.history_size }) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm:ss");
		for (VersionHistory.Version v : versions) {
			TableItem item = new TableItem(table, SWT.NONE);
			var local = v.time().atZone(ZoneId.systemDefault());
			item.setText(0, Terms.date(local.toLocalDate()) + " " + clock.format(local));
			item.setText(1, titleOf(v));
			item.setText(2, String.valueOf(v.file().toFile().length()));
		}
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
		differences = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		sash.setWeights(40, 60);
		table.addListener(SWT.Selection, e -> showDifferences());
		if (versions.isEmpty()) {
			differences.setText(UiMessages.history_none);
		} else {
			table.select(0);
			showDifferences();
		}
		return area;
	}

	private static String titleOf(VersionHistory.Version v) {
		try {
			Plan p = PlanFiles.load(v.file());
			return p.getTitle() == null ? "" : p.getTitle();
		} catch (PlanFileException e) {
			return e.getMessage();
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, RESTORE, UiMessages.history_restore, false).setEnabled(!versions.isEmpty());
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == RESTORE && table.getSelectionIndex() >= 0) {
			try {
				editor.showUnsaved(versions.get(table.getSelectionIndex()).file());
			} catch (PlanFileException e) {
				MessageDialog.openError(getShell(), UiMessages.history_restore, e.describe());
				return;
			}
			close();
		} else if (id == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(id);
		}
	}

	/** What differs between the selected version and the editor's content, one line per element. */
	private void showDifferences() {
		int i = table.getSelectionIndex();
		if (i < 0) {
			return;
		}
		try {
			differences.setText(String.join("\n", describe(PlanFiles.load(versions.get(i).file()), editor.plan())));
		} catch (PlanFileException e) {
			differences.setText(e.describe());
		}
	}

	/** The differences from {@code version} to {@code current}, as lines a reader understands. */
	static List<String> describe(Plan version, Plan current) {
		List<PlanComparison.Difference> all = PlanComparison.compare(version, current);
		List<String> lines = new ArrayList<>();
		lines.add(all.isEmpty() ? UiMessages.history_same : MessageBundle.bind(UiMessages.history_compared, all.size()));
		for (PlanComparison.Difference d : all) {
			lines.add(switch (d.kind()) {
				case ADDED -> MessageBundle.bind(UiMessages.history_added, d.where());
				case REMOVED -> MessageBundle.bind(UiMessages.history_removed, d.where());
				case CHANGED -> MessageBundle.bind(UiMessages.history_changed, d.where(),
						String.join(UiMessages.history_separator, d.attributes().stream().map(PreviousVersionsDialog::field).toList()));
			});
		}
		return lines;
	}

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("text", UiMessages.field_text),
			Map.entry("description", UiMessages.field_description), Map.entry("expectedBenefit", UiMessages.field_benefit),
			Map.entry("schedule", UiMessages.field_schedule), Map.entry("note", UiMessages.field_note),
			Map.entry("title", UiMessages.field_title), Map.entry("rocYear", UiMessages.field_year),
			Map.entry("versionLabel", UiMessages.field_version), Map.entry("name", UiMessages.kpi_name),
			Map.entry("target", UiMessages.kpi_target), Map.entry("baseline", UiMessages.kpi_baseline),
			Map.entry("unit", UiMessages.kpi_unit), Map.entry("definition", UiMessages.kpi_definition),
			Map.entry("status", UiMessages.checkIn_status), Map.entry("progress", UiMessages.checkIn_progress),
			Map.entry("narrative", UiMessages.checkIn_narrative), Map.entry("parent", UiMessages.history_moved));

	private static String field(String attribute) {
		return FIELDS.getOrDefault(attribute, attribute);
	}
}
