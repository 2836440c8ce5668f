package pdca.tracker.ui.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import pdca.edit.CheckInCommands;
import pdca.model.ActionStatus;
import pdca.model.Evidence;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Quarter;
import pdca.model.logic.StatusRollup;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;
import pdca.model.schedule.RocDate;
import pdca.model.schedule.Schedule;
import pdca.ui.editor.PlanPage;
import pdca.ui.editor.PlanEditorContext;
import pdca.ui.editor.Texts;
import pdca.ui.editor.Clipboards;
import pdca.ui.editor.StatusColours;

/**
 * Check-ins (Do): for a chosen quarter one row per tracked item with its status, progress,
 * narrative, KPI actual values, evidence and who reported it when; the previous quarter's entry
 * is shown beside it. A unit filter narrows the grid to one unit's items so a unit fills its
 * rows in one go; several rows get a status at once. Every entry is an undoable command.
 */
public class CheckInPage implements PlanPage {

	/** Columns of the grid. */
	public static final int NUMBER = 0, TEXT = 1, DEADLINE = 2, PREVIOUS = 3, STATUS = 4, PROGRESS = 5, NARRATIVE = 6, KPI = 7,
			EVIDENCE = 8, REPORTED_BY = 9, REPORTED_ON = 10, OWNERS = 11;
	private static final int COLUMNS = 12;
	private static final int[] EDITABLE = { STATUS, PROGRESS, NARRATIVE, KPI, EVIDENCE, REPORTED_BY, REPORTED_ON };
	private static final String OVERDUE_LABEL = "OVERDUE", STATUS_LABEL = "STATUS_", READ_ONLY_LABEL = "READ_ONLY";
	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private final PlanEditorContext editor;
	private final Composite root;
	private final Combo quarterChoice;
	private final Combo unitChoice;
	private final Text reporter;
	private final Combo bulkStatus;
	private final Label summary;
	private final NatTable table;
	private final SelectionLayer selection;
	private final ViewportLayer viewport;
	private final List<WorkItem> rows = new ArrayList<>();
	private final String[] headers = { PageMessages.page_gridNumber, PageMessages.column_item, PageMessages.column_deadline,
			PageMessages.checkIn_previous, PageMessages.checkIn_status, PageMessages.checkIn_progress, PageMessages.checkIn_narrative,
			PageMessages.checkIn_kpiActual, PageMessages.checkIn_evidence, PageMessages.checkIn_reportedBy, PageMessages.checkIn_reportedOn,
			PageMessages.column_owners };
	private Quarter quarter;
	private StatusRollup status;
	private CheckInCommands checkIns;

	CheckInPage(Composite parent, PlanEditorContext editor) {
		this.editor = editor;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);

		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(10).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(PageMessages.checkIn_quarter);
		quarterChoice = new Combo(bar, SWT.READ_ONLY);
		quarterChoice.addListener(SWT.Selection, e -> refresh());
		new Label(bar, SWT.NONE).setText(PageMessages.checkIn_unit);
		unitChoice = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(unitChoice);
		unitChoice.addListener(SWT.Selection, e -> refresh());
		new Label(bar, SWT.NONE).setText(PageMessages.checkIn_reporter);
		reporter = new Text(bar, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(reporter);
		bulkStatus = new Combo(bar, SWT.READ_ONLY);
		bulkStatus.setItems(statusNames());
		bulkStatus.select(1);
		Button setStatus = new Button(bar, SWT.PUSH);
		setStatus.setText(PageMessages.checkIn_setStatus);
		setStatus.addListener(SWT.Selection, e -> setStatusOfSelection(ActionStatus.get(bulkStatus.getSelectionIndex())));
		Button attach = new Button(bar, SWT.PUSH);
		attach.setText(PageMessages.checkIn_attach);
		attach.addListener(SWT.Selection, e -> attachEvidence());
		summary = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(summary);

		IDataProvider body = new RowData();
		DataLayer bodyData = new DataLayer(body);
		int[] widths = { 110, 250, 110, 220, 110, 70, 320, 130, 200, 90, 110, 160 };
		for (int i = 0; i < widths.length; i++) {
			bodyData.setColumnWidthByPosition(i, widths[i]);
		}
		bodyData.setDefaultRowHeight(26);
		bodyData.setConfigLabelAccumulator(new Labels());
		selection = new SelectionLayer(bodyData);
		selection.addLayerListener(event -> {
			if (event instanceof org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent) {
				editor.pageSelectionChanged(this, selection());
			}
		});
		viewport = new ViewportLayer(selection);
		IDataProvider headerData = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return column == PREVIOUS && quarter != null ? MessageBundle.bind(PageMessages.checkIn_previousOf, pdca.model.logic.Terms.quarter(quarter.previous())) : headers[column];
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				// headers are not edited
			}

			@Override
			public int getColumnCount() {
				return COLUMNS;
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
		ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(headerData, 100, 28), viewport, selection);
		DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DataLayer(rowHeaderData, 40, 26), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader, header);
		table = new NatTable(root, new GridLayer(viewport, header, rowHeader, corner), false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				for (int column : EDITABLE) {
					registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
							DisplayMode.EDIT, "COLUMN_" + column);
				}
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR,
						new ComboBoxCellEditor(Arrays.asList(statusNames())), DisplayMode.EDIT, "COLUMN_" + STATUS);
				Style left = new Style();
				left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, GridRegion.BODY);
				Style readOnly = new Style();
				readOnly.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				readOnly.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, readOnly, DisplayMode.NORMAL, READ_ONLY_LABEL);
				Style overdue = new Style();
				overdue.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				overdue.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, new Color(160, 0, 0));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, overdue, DisplayMode.NORMAL, OVERDUE_LABEL);
				for (ActionStatus s : ActionStatus.VALUES) {
					Style st = new Style();
					st.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
					st.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, StatusColours.background(s));
					registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, st, DisplayMode.NORMAL, STATUS_LABEL + s.getName());
				}
			}
		});
		table.configure();
		Clipboards.gridMenu(editor, table, "pdca.ui.checkInGrid");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		refresh();
	}

	private static String[] statusNames() {
		return ActionStatus.VALUES.stream().map(CheckInCommands::statusName).toArray(String[]::new);
	}

	/** Labels that style cells: read-only columns grey, overdue deadlines red, status coloured. */
	private final class Labels implements IConfigLabelAccumulator {
		@Override
		public void accumulateConfigLabels(LabelStack labels, int column, int row) {
			labels.addLabel("COLUMN_" + column);
			if (row >= rows.size()) {
				return;
			}
			WorkItem item = rows.get(row);
			if (column == DEADLINE && status.statusOf(item).overdue()) {
				labels.addLabelOnTop(OVERDUE_LABEL);
			} else if (column == STATUS) {
				labels.addLabelOnTop(STATUS_LABEL + status.statusOf(item).effective().getName());
			} else if (Arrays.stream(EDITABLE).noneMatch(c -> c == column)) {
				labels.addLabelOnTop(READ_ONLY_LABEL);
			}
		}
	}

	private final class RowData implements IDataProvider {
		@Override
		public Object getDataValue(int column, int row) {
			WorkItem item = rows.get(row);
			ProgressReport report = checkIns.report(item, quarter);
			return switch (column) {
				case NUMBER -> Numbering.path(item);
				case TEXT -> Texts.oneLine(item.getText());
				case OWNERS -> PlanStructure.effectiveOwners(item).stream().map(Unit::getName).reduce((a, b) -> a + "、" + b).orElse("");
				case DEADLINE -> deadline(item);
				case PREVIOUS -> previous(checkIns.previous(item, quarter));
				case STATUS -> report == null ? CheckInCommands.statusName(status.statusOf(item).effective()) + "…"
						: CheckInCommands.statusName(report.getStatus());
				case PROGRESS -> report == null ? "" : Integer.toString(report.getProgress());
				case NARRATIVE -> report == null ? "" : Texts.oneLine(report.getNarrative());
				case KPI -> CheckInCommands.kpiActuals(item, quarter);
				case EVIDENCE -> CheckInCommands.evidence(report);
				case REPORTED_BY -> report == null || report.getReportedBy() == null ? "" : report.getReportedBy();
				case REPORTED_ON -> report == null || report.getReportedOn() == null ? "" : pdca.model.logic.Terms.date(report.getReportedOn());
				default -> "";
			};
		}

		@Override
		public void setDataValue(int column, int row, Object value) {
			enter(rows.get(row), column, value == null ? "" : value.toString());
		}

		@Override
		public int getColumnCount() {
			return COLUMNS;
		}

		@Override
		public int getRowCount() {
			return rows.size();
		}
	}

	private String deadline(WorkItem item) {
		Schedule s = PlanStructure.effectiveSchedule(item);
		String text = s == null ? "" : s.text();
		return status.statusOf(item).overdue() ? MessageBundle.bind(PageMessages.checkIn_deadlineOverdue, text, Terms.overdue()) : text;
	}

	private static String previous(ProgressReport r) {
		if (r == null) {
			return "";
		}
		String narrative = Texts.oneLine(r.getNarrative());
		return narrative.isEmpty() ? MessageBundle.bind(PageMessages.checkIn_previousEntry, CheckInCommands.statusName(r.getStatus()), r.getProgress())
				: MessageBundle.bind(PageMessages.checkIn_previousEntryNarrative, new Object[] { CheckInCommands.statusName(r.getStatus()),
						r.getProgress(), narrative });
	}

	/**
	 * Enters a value into a cell as the user typed it. Returns false, with the reason on the status
	 * line, when the value cannot be taken.
	 */
	public boolean enter(WorkItem item, int column, String value) {
		String who = reporter.getText();
		try {
			List<Command> commands = new ArrayList<>();
			switch (column) {
				case STATUS -> {
					ActionStatus s = CheckInCommands.statusNamed(value.replace("…", "").strip());
					if (s != null) {
						add(commands, checkIns.setStatus(item, quarter, s, who));
					}
				}
				case PROGRESS -> add(commands, checkIns.setReport(item, quarter, P.getProgressReport_Progress(), CheckInCommands.parseProgress(value), who));
				case NARRATIVE -> add(commands, checkIns.setReport(item, quarter, P.getProgressReport_Narrative(), value.isBlank() ? null : value, who));
				case KPI -> commands.addAll(checkIns.setKpiActuals(item, quarter, value));
				case EVIDENCE -> add(commands, checkIns.setEvidence(item, quarter, value, who));
				case REPORTED_BY -> add(commands, checkIns.setReport(item, quarter, P.getProgressReport_ReportedBy(), value.isBlank() ? null : value.strip(), who));
				case REPORTED_ON -> add(commands, checkIns.setReport(item, quarter, P.getProgressReport_ReportedOn(), CheckInCommands.parseDate(value), who));
				default -> {
					return false;
				}
			}
			statusLine(null);
			return commands.isEmpty() || editor.editing().runAll(PageMessages.page_checkIns, commands);
		} catch (CheckInCommands.BadValue e) {
			statusLine(e.getMessage());
			return false;
		}
	}

	private static void add(List<Command> commands, Command c) {
		if (c != null) {
			commands.add(c);
		}
	}

	private void statusLine(String error) {
		editor.statusError(error);
	}

	private void setStatusOfSelection(ActionStatus s) {
		List<WorkItem> items = selectedItems();
		if (items.isEmpty()) {
			statusLine(PageMessages.checkIn_selectRow);
			return;
		}
		List<Command> commands = new ArrayList<>();
		for (WorkItem item : items) {
			add(commands, checkIns.setStatus(item, quarter, s, reporter.getText()));
		}
		if (!commands.isEmpty()) {
			editor.editing().runAll(PageMessages.checkIn_setStatus, commands);
		}
	}

	/** Copies a file into the plan's folder (evidence/ROC-year-Qn/) and lists it as evidence of the selected item. */
	private void attachEvidence() {
		List<WorkItem> items = selectedItems();
		if (items.size() != 1) {
			statusLine(PageMessages.checkIn_selectRow);
			return;
		}
		FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
		String chosen = dialog.open();
		if (chosen != null) {
			attach(items.get(0), Path.of(chosen));
		}
	}

	/**
	 * Copies through a hidden temporary file and a rename, so a crash or a full disk never leaves a half-copied
	 * file under the evidence's name.
	 */
	static void copyAtomically(Path source, Path target) throws IOException {
		Path temp = Files.createTempFile(target.getParent(), ".evidence-", ".tmp");
		try {
			Files.copy(source, temp, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
			try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			} catch (java.nio.file.AtomicMoveNotSupportedException e) {
				Files.move(temp, target);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Copies {@code source} next to the plan and adds it to the item's evidence this quarter. */
	boolean attach(WorkItem item, Path source) {
		Path planFolder = editor.planFile().getParent();
		String folder = "evidence/" + quarter.rocYear() + "Q" + quarter.quarter();
		try {
			Path dir = Files.createDirectories(planFolder.resolve(folder));
			String name = source.getFileName().toString();
			Path target = dir.resolve(name);
			for (int i = 2; Files.exists(target) && !Files.isSameFile(target, source); i++) {
				int dot = name.lastIndexOf('.');
				target = dir.resolve(dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i);
			}
			if (!Files.exists(target)) {
				copyAtomically(source, target);
			}
			Evidence e = PdcaFactory.eINSTANCE.createEvidence();
			e.setTitle(source.getFileName().toString());
			e.setLocation(folder + "/" + target.getFileName());
			ProgressReport report = checkIns.report(item, quarter);
			Command command = report == null
					? checkIns.setReport(item, quarter, P.getProgressReport_Evidence(), List.of(e), reporter.getText())
					: AddCommand.create(editor.getEditingDomain(), report, P.getProgressReport_Evidence(), e);
			editor.refreshWorkspaceFolder();
			return editor.editing().runAll(PageMessages.checkIn_attach, List.of(command));
		} catch (IOException ex) {
			MessageDialog.openError(root.getShell(), PageMessages.checkIn_attach,
					MessageBundle.bind(PageMessages.checkIn_attachFailed, source, ex.getMessage()));
			return false;
		}
	}

	List<WorkItem> selectedItems() {
		List<WorkItem> items = new ArrayList<>();
		for (int row : selection.getFullySelectedRowPositions()) {
			items.add(rows.get(row));
		}
		for (var cell : selection.getSelectedCellPositions()) {
			WorkItem item = rows.get(cell.rowPosition);
			if (!items.contains(item)) {
				items.add(item);
			}
		}
		return items;
	}

	/**
	 * Types {@code text} into the cell of {@code item}'s row as a user does (the row and column are
	 * scrolled into view first, and the value goes through the grid's update command). Returns
	 * whether the grid took it.
	 */
	public boolean typeIntoCell(WorkItem item, int column, String text) {
		int row = rows.indexOf(item);
		if (row < 0) {
			return false;
		}
		viewport.moveRowPositionIntoViewport(row);
		viewport.moveColumnPositionIntoViewport(column);
		int rowOnScreen = viewport.getRowPositionByIndex(row) + 1; // + 1: the column header row
		int columnOnScreen = viewport.getColumnPositionByIndex(column) + 1; // + 1: the row header column
		return table.doCommand(new org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand(table, columnOnScreen,
				rowOnScreen, text));
	}

	@Override
	public boolean canCopy() {
		return true;
	}

	@Override
	public void copy() {
		Clipboards.copyCells(table);
	}

	@Override
	public boolean canSelectAll() {
		return true;
	}

	@Override
	public void selectAll() {
		table.doCommand(new org.eclipse.nebula.widgets.nattable.selection.command.SelectAllCommand());
	}

	/** The quarter shown. */
	public Quarter quarter() {
		return quarter;
	}

	/** Shows the check-ins of {@code q} (a quarter of the plan's year). */
	public void showQuarter(int q) {
		quarterChoice.select(q - 1);
		refresh();
	}

	/** How many rows the grid shows. */
	public int rowCount() {
		return rows.size();
	}

	/** The item on a row as shown. */
	public WorkItem itemAt(int row) {
		return rows.get(row);
	}

	/** What a cell shows. */
	public String cellText(int column, int row) {
		return String.valueOf(new RowData().getDataValue(column, row));
	}

	/** The NatTable, for tests. */
	public NatTable table() {
		return table;
	}

	@Override
	public Control control() {
		return root;
	}

	@Override
	public org.eclipse.jface.viewers.ISelection selection() {
		return new org.eclipse.jface.viewers.StructuredSelection(selectedItems());
	}

	@Override
	public void refresh() {
		Plan plan = editor.plan();
		checkIns = new CheckInCommands(plan, editor.getEditingDomain());
		Quarter opening = TrackerStatus.defaultQuarter(plan);
		int year = opening.rocYear();
		String[] quarters = new String[4];
		for (int q = 1; q <= 4; q++) {
			quarters[q - 1] = Terms.quarter(new Quarter(year, q));
		}
		int chosenQuarter = quarterChoice.getSelectionIndex();
		if (!Arrays.equals(quarters, quarterChoice.getItems())) {
			quarterChoice.setItems(quarters);
		}
		if (chosenQuarter < 0) {
			chosenQuarter = opening.quarter() - 1;
		}
		quarterChoice.select(chosenQuarter);
		quarter = new Quarter(year, chosenQuarter + 1);
		status = new StatusRollup(plan, quarter);

		List<Unit> units = plan.getOrganisation() == null ? List.of() : plan.getOrganisation().getUnits();
		String[] unitNames = new String[units.size() + 1];
		unitNames[0] = PageMessages.checkIn_allUnits;
		for (int i = 0; i < units.size(); i++) {
			unitNames[i + 1] = units.get(i).getName();
		}
		int chosenUnit = Math.max(0, unitChoice.getSelectionIndex());
		if (!Arrays.equals(unitNames, unitChoice.getItems())) {
			unitChoice.setItems(unitNames);
		}
		unitChoice.select(Math.min(chosenUnit, unitNames.length - 1));
		Unit unit = unitChoice.getSelectionIndex() <= 0 ? null : units.get(unitChoice.getSelectionIndex() - 1);

		rows.clear();
		int reported = 0, overdue = 0;
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			if (unit == null || PlanStructure.effectiveOwners(item).contains(unit)) {
				rows.add(item);
				if (checkIns.report(item, quarter) != null) {
					reported++;
				}
				if (status.statusOf(item).overdue()) {
					overdue++;
				}
			}
		}
		summary.setText(MessageBundle.bind(PageMessages.checkIn_summary, new Object[] { rows.size(), reported, overdue }));
		summary.getParent().layout(true);
		table.refresh();
	}

	@Override
	public boolean reveal(EObject element) {
		EObject target = element instanceof ProgressReport r ? r.getAction() : element;
		int row = rows.indexOf(target);
		if (row < 0 || !(element instanceof ProgressReport)) {
			return false;
		}
		selection.selectRow(0, row, false, false);
		return true;
	}
}
