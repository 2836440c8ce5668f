package pdca.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;

import pdca.model.Method;
import pdca.templates.AgencyTemplate;
import pdca.templates.PlanColumn;
import pdca.ui.PlanTemplates;
import pdca.model.PdcaPackage;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.Schedule;
import pdca.ui.UiMessages;

/**
 * The Actions grid (NatTable): every tracked item of the plan on one row with its strategy and
 * method, text, owners, deadline and expected benefit. Text, deadline and benefit are edited in
 * place; several rows get an owner or a deadline at once; rows are filtered by a search text;
 * Ctrl+C copies the selected cells as tab-separated text and Ctrl+V pastes from a spreadsheet.
 */
public class ActionsGridPage implements PlanPage {

	static final int STRATEGY = 0, METHOD = 1, NUMBER = 2, TEXT = 3, OWNERS = 4, DEADLINE = 5, BENEFIT = 6;
	private static final int[] EDITABLE = { TEXT, DEADLINE, BENEFIT };

	private final PlanEditorContext editor;
	private final Composite root;
	private final List<WorkItem> rows = new ArrayList<>();
	private final NatTable table;
	private final SelectionLayer selection;
	private final ColumnReorderLayer reorder;
	private final Text filter;
	private final Combo owner;
	private final String[] headers;
	private final IDataProvider headerData = new IDataProvider() {
		@Override
		public Object getDataValue(int column, int row) {
			return headers[column] + (column != sortColumn ? "" : descending ? " ▼" : " ▲");
		}

		@Override
		public void setDataValue(int column, int row, Object value) {
			// headers are not edited
		}

		@Override
		public int getColumnCount() {
			return headers.length;
		}

		@Override
		public int getRowCount() {
			return 1;
		}
	};
	private int sortColumn = -1;
	private boolean descending;
	private final Text deadline;

	ActionsGridPage(Composite parent, PlanEditorContext editor) {
		this.editor = editor;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);

		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(UiMessages.grid_filter);
		filter = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Modify, e -> refresh());
		owner = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(owner);
		Button setOwner = new Button(bar, SWT.PUSH);
		setOwner.setText(UiMessages.grid_setOwner);
		setOwner.addListener(SWT.Selection, e -> setOwnerOfSelection());
		deadline = new Text(bar, SWT.BORDER);
		deadline.setMessage("107年12月");
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(deadline);
		Button setDeadline = new Button(bar, SWT.PUSH);
		setDeadline.setText(UiMessages.grid_setDeadline);
		setDeadline.addListener(SWT.Selection, e -> setDeadlineOfSelection());

		pdca.model.Plan plan = editor.plan();
		headers = new String[] { pdca.ui.PlanTemplates.levelName(plan, pdca.templates.Vocabulary.Level.STRATEGY),
				pdca.ui.PlanTemplates.levelName(plan, pdca.templates.Vocabulary.Level.METHOD), UiMessages.grid_number,
				pdca.ui.PlanTemplates.levelName(plan, pdca.templates.Vocabulary.Level.ACTION),
				UiMessages.column_owners, UiMessages.column_deadline, UiMessages.column_benefit };
		IDataProvider body = new RowData();
		DataLayer bodyData = new DataLayer(body);
		int[] widths = { 130, 150, 80, 420, 150, 160, 320 };
		for (int i = 0; i < widths.length; i++) {
			bodyData.setColumnWidthByPosition(i, widths[i]);
		}
		bodyData.setDefaultRowHeight(26);
		bodyData.setConfigLabelAccumulator(new ColumnLabelAccumulator());
		reorder = new ColumnReorderLayer(bodyData);
		applyColumnOrder(columnOrder(PlanTemplates.of(plan).map(AgencyTemplate::columns).orElse(List.of())));
		selection = new SelectionLayer(reorder);
		selection.addLayerListener(event -> {
			if (event instanceof org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent) {
				editor.pageSelectionChanged(this, selection());
			}
		});
		ViewportLayer viewport = new ViewportLayer(selection);
		ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(headerData, 100, 28), viewport, selection);
		DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DataLayer(rowHeaderData, 50, 26), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader, header);
		GridLayer grid = new GridLayer(viewport, header, rowHeader, corner);
		table = new NatTable(root, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				for (int column : EDITABLE) {
					registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
							DisplayMode.EDIT, ColumnLabelAccumulator.COLUMN_LABEL_PREFIX + column);
				}
				Style left = new Style();
				left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, GridRegion.BODY);
				Style readOnly = new Style();
				readOnly.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				readOnly.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR,
						root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				for (int column : new int[] { STRATEGY, METHOD, NUMBER, OWNERS }) {
					registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, readOnly, DisplayMode.NORMAL,
							ColumnLabelAccumulator.COLUMN_LABEL_PREFIX + column);
				}
			}
		});
		table.addConfiguration(new AbstractUiBindingConfiguration() {
			@Override
			public void configureUiBindings(UiBindingRegistry registry) {
				registry.registerFirstSingleClickBinding(MouseEventMatcher.columnHeaderLeftClick(SWT.NONE),
						(natTable, event) -> sortBy(natTable.getColumnIndexByPosition(natTable.getColumnPositionByX(event.x))));
			}
		});
		table.configure();
		Clipboards.gridMenu(editor, table, "pdca.ui.actionsGrid");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		refresh();
	}

	/**
	 * The grid's columns in the order of the template's plan table: the columns the template lists
	 * come in its order; the levels, the number and the text it does not list keep their place
	 * after the column they follow by default; other columns it does not list go last.
	 */
	static int[] columnOrder(List<PlanColumn> templateColumns) {
		java.util.Map<String, Integer> byId = java.util.Map.of(PlanColumn.STRATEGY, STRATEGY, PlanColumn.METHOD, METHOD,
				PlanColumn.ACTION, TEXT, PlanColumn.OWNER, OWNERS, PlanColumn.SCHEDULE, DEADLINE, PlanColumn.EXPECTED_BENEFIT, BENEFIT);
		List<Integer> order = new ArrayList<>();
		for (PlanColumn c : templateColumns) {
			Integer column = byId.get(c.id());
			if (column != null && !order.contains(column)) {
				order.add(column);
			}
		}
		int[] defaults = { STRATEGY, METHOD, NUMBER, TEXT, OWNERS, DEADLINE, BENEFIT };
		for (int i = 0; i < defaults.length; i++) {
			if (order.contains(defaults[i])) {
				continue;
			}
			if (defaults[i] == OWNERS || defaults[i] == DEADLINE || defaults[i] == BENEFIT) {
				order.add(defaults[i]);
			} else {
				order.add(i == 0 ? 0 : order.indexOf(defaults[i - 1]) + 1, defaults[i]);
			}
		}
		return order.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Shows the columns in {@code order} (column indexes, left to right). */
	private void applyColumnOrder(int[] order) {
		for (int position = 0; position < order.length; position++) {
			int from = reorder.getColumnPositionByIndex(order[position]);
			if (from != position) {
				reorder.reorderColumnPosition(from, position);
			}
		}
	}

	/** The column shown at {@code position} (0 = first after the row numbers). */
	int columnAt(int position) {
		return reorder.getColumnIndexByPosition(position);
	}

	/** The rows of the grid, each a tracked item of the plan. */
	private final class RowData implements IDataProvider {
		@Override
		public Object getDataValue(int column, int row) {
			WorkItem item = rows.get(row);
			return switch (column) {
				case STRATEGY -> strategyOf(item) == null ? "" : Numbering.label(strategyOf(item)) + Texts.oneLine(strategyOf(item).getText());
				case METHOD -> methodOf(item) == null ? "" : Numbering.label(methodOf(item)) + Texts.oneLine(methodOf(item).getText());
				case NUMBER -> Numbering.path(item);
				case TEXT -> Texts.oneLine(item.getText());
				case OWNERS -> PlanStructure.effectiveOwners(item).stream().map(Unit::getName).reduce((a, b) -> a + "、" + b).orElse("");
				case DEADLINE -> PlanStructure.effectiveSchedule(item) == null ? "" : PlanStructure.effectiveSchedule(item).text();
				case BENEFIT -> Texts.oneLine(item.getExpectedBenefit());
				default -> "";
			};
		}

		@Override
		public void setDataValue(int column, int row, Object value) {
			Command command = edit(rows.get(row), column, value == null ? "" : value.toString());
			if (command != null) {
				editor.editing().runAll(UiMessages.page_actions, List.of(command));
			}
		}

		@Override
		public int getColumnCount() {
			return 7;
		}

		@Override
		public int getRowCount() {
			return rows.size();
		}
	}

	private Command edit(WorkItem item, int column, String value) {
		PdcaPackage p = PdcaPackage.eINSTANCE;
		return switch (column) {
			case TEXT -> SetCommand.create(editor.getEditingDomain(), item, p.getPlanElement_Text(), value);
			case BENEFIT -> SetCommand.create(editor.getEditingDomain(), item, p.getWorkItem_ExpectedBenefit(), value.isBlank() ? null : value);
			case DEADLINE -> SetCommand.create(editor.getEditingDomain(), item, p.getWorkItem_Schedule(),
					value.isBlank() ? null : Schedule.parse(value));
			default -> null;
		};
	}

	private static Strategy strategyOf(WorkItem item) {
		for (EObject e = item; e != null; e = e.eContainer()) {
			if (e instanceof Strategy s) {
				return s;
			}
		}
		return null;
	}

	private static Method methodOf(WorkItem item) {
		return item instanceof Method m ? m : item.eContainer() instanceof Method m ? m : null;
	}


	/** The items of the selected rows. */
	List<WorkItem> selectedItems() {
		List<WorkItem> items = new ArrayList<>();
		for (int row : selection.getFullySelectedRowPositions()) {
			items.add(rows.get(row));
		}
		if (items.isEmpty()) {
			for (var cell : selection.getSelectedCellPositions()) {
				WorkItem item = rows.get(cell.rowPosition);
				if (!items.contains(item)) {
					items.add(item);
				}
			}
		}
		return items;
	}

	private void setOwnerOfSelection() {
		List<Unit> units = editor.plan().getOrganisation() == null ? List.of() : editor.plan().getOrganisation().getUnits();
		int index = owner.getSelectionIndex();
		if (index < 0 || index >= units.size()) {
			return;
		}
		List<Command> commands = new ArrayList<>();
		for (WorkItem item : selectedItems()) {
			commands.add(SetCommand.create(editor.getEditingDomain(), item, PdcaPackage.Literals.WORK_ITEM__LEAD_OWNER, units.get(index)));
		}
		if (!commands.isEmpty()) {
			editor.editing().runAll(UiMessages.grid_setOwner, commands);
		}
	}

	private void setDeadlineOfSelection() {
		String value = deadline.getText().strip();
		List<Command> commands = new ArrayList<>();
		for (WorkItem item : selectedItems()) {
			commands.add(edit(item, DEADLINE, value));
		}
		if (!commands.isEmpty()) {
			editor.editing().runAll(UiMessages.grid_setDeadline, commands);
		}
	}

	/** Pastes tab-separated rows (as a spreadsheet copies them) from the first selected cell on. */
	void pasteFromClipboard() {
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			Object data = clipboard.getContents(TextTransfer.getInstance());
			if (data instanceof String text) {
				paste(text);
			}
		} finally {
			clipboard.dispose();
		}
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
	public boolean canPaste() {
		return true;
	}

	@Override
	public void paste() {
		pasteFromClipboard();
	}

	@Override
	public boolean canSelectAll() {
		return true;
	}

	@Override
	public void selectAll() {
		table.doCommand(new org.eclipse.nebula.widgets.nattable.selection.command.SelectAllCommand());
	}

	/** Puts the selection anchor on a cell (column index, row as shown), as a click would. */
	void selectCell(int column, int row) {
		selection.selectCell(reorder.getColumnPositionByIndex(column), row, false, false);
	}

	/** Pastes tab-separated {@code text} into the editable cells from the selection anchor on. */
	void paste(String text) {
		var anchor = selection.getSelectionAnchor();
		if (anchor == null || anchor.rowPosition < 0) {
			return;
		}
		List<Command> commands = new ArrayList<>();
		// quoted cells (a line break inside a cell, as spreadsheets copy it) stay one cell in their row
		List<List<String>> lines = pdca.model.io.TabularText.parse(text);
		for (int r = 0; r < lines.size() && anchor.rowPosition + r < rows.size(); r++) {
			List<String> cells = lines.get(r);
			for (int c = 0; c < cells.size(); c++) {
				int column = reorder.getColumnIndexByPosition(anchor.columnPosition + c);
				Command command = column < 0 ? null : edit(rows.get(anchor.rowPosition + r), column, cells.get(c).strip());
				if (command != null) {
					commands.add(command);
				}
			}
		}
		if (!commands.isEmpty()) {
			editor.editing().runAll(UiMessages.grid_paste, commands);
		}
	}

	/**
	 * Sorts the rows by a column, in the user's collation: a first click ascending, a second
	 * descending, a third back to plan order. The number column sorts in plan order.
	 */
	void sortBy(int column) {
		if (column < 0) {
			return;
		}
		if (column != sortColumn) {
			sortColumn = column;
			descending = false;
		} else if (!descending) {
			descending = true;
		} else {
			sortColumn = -1;
		}
		refresh();
	}

	private void sortRows() {
		if (sortColumn < 0 || sortColumn == NUMBER) {
			if (sortColumn == NUMBER && descending) {
				java.util.Collections.reverse(rows);
			}
			return;
		}
		java.text.Collator collator = java.text.Collator.getInstance(Locale.getDefault());
		RowData data = new RowData();
		List<WorkItem> unsorted = new ArrayList<>(rows);
		java.util.Map<WorkItem, String> keys = new java.util.HashMap<>();
		for (int i = 0; i < unsorted.size(); i++) {
			keys.put(unsorted.get(i), String.valueOf(data.getDataValue(sortColumn, i)));
		}
		java.util.Comparator<WorkItem> order = (a, b) -> collator.compare(keys.get(a), keys.get(b));
		rows.sort(descending ? order.reversed() : order);
	}

	@Override
	public org.eclipse.jface.viewers.ISelection selection() {
		return new org.eclipse.jface.viewers.StructuredSelection(selectedItems());
	}

	@Override
	public Control control() {
		return root;
	}

	/** The item on a row as shown (after filtering and sorting). */
	WorkItem itemAt(int row) {
		return rows.get(row);
	}

	/** The number of rows the grid shows (after filtering). */
	public int rowCount() {
		return rows.size();
	}

	/** The NatTable, for tests. */
	public NatTable table() {
		return table;
	}

	@Override
	public void refresh() {
		String needle = filter.getText().strip().toLowerCase(Locale.ROOT);
		rows.clear();
		for (WorkItem item : PlanStructure.trackedItems(editor.plan())) {
			if (needle.isEmpty() || matches(item, needle)) {
				rows.add(item);
			}
		}
		sortRows();
		int[] order = reorder.getColumnIndexOrderArray();
		List<Unit> units = editor.plan().getOrganisation() == null ? List.of() : editor.plan().getOrganisation().getUnits();
		String[] names = units.stream().map(Unit::getName).toArray(String[]::new);
		if (!java.util.Arrays.equals(names, owner.getItems())) {
			owner.setItems(names);
		}
		table.refresh(); // a structural refresh, which also resets the column order
		applyColumnOrder(order);
	}

	private boolean matches(WorkItem item, String needle) {
		RowData data = new RowData();
		int row = rows.size();
		rows.add(item);
		try {
			for (int c = 0; c < 7; c++) {
				if (String.valueOf(data.getDataValue(c, row)).toLowerCase(Locale.ROOT).contains(needle)) {
					return true;
				}
			}
			return false;
		} finally {
			rows.remove(row);
		}
	}

	@Override
	public boolean reveal(EObject element) {
		int row = rows.indexOf(element);
		if (row < 0) {
			return false;
		}
		selection.selectRow(0, row, false, false);
		return true;
	}
}
