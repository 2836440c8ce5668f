package pdca.ui.editor;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A small table of model objects whose cells are edited in place; every change goes through the
 * editor's command stack. Columns say how to show a value and which command a typed value makes.
 */
public final class EditableTable<T> {

	private final PlanEditorContext editor;
	private final TableViewer viewer;
	private final Class<T> type;

	public EditableTable(Composite parent, PlanEditorContext editor, Class<T> type, int heightHint) {
		this.editor = editor;
		this.type = type;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, heightHint < 0).hint(SWT.DEFAULT, Math.max(heightHint, 60)).applyTo(viewer.getTable());
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** A read-only column. */
	public EditableTable<T> column(String title, int width, Function<T, String> text) {
		return column(title, width, text, null, null);
	}

	/**
	 * A column edited as text (or chosen from {@code choices} when given); {@code edit} turns the
	 * typed or chosen text into a command, or null when nothing changes or the value is refused.
	 */
	public EditableTable<T> column(String title, int width, Function<T, String> text, BiFunction<T, String, Command> edit,
			Supplier<List<String>> choices) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = type.isInstance(element) ? text.apply(type.cast(element)) : "";
				return s == null ? "" : s;
			}
		});
		if (edit != null) {
			column.setEditingSupport(new EditingSupport(viewer) {
				private List<String> offered = List.of();

				@Override
				protected CellEditor getCellEditor(Object element) {
					if (choices == null) {
						return new TextCellEditor(viewer.getTable());
					}
					offered = choices.get();
					return new ComboBoxCellEditor(viewer.getTable(), offered.toArray(String[]::new), SWT.READ_ONLY);
				}

				@Override
				protected boolean canEdit(Object element) {
					return type.isInstance(element);
				}

				@Override
				protected Object getValue(Object element) {
					String s = text.apply(type.cast(element));
					if (choices == null) {
						return s == null ? "" : s;
					}
					return Math.max(0, offered.indexOf(s));
				}

				@Override
				protected void setValue(Object element, Object value) {
					String s = value instanceof Integer i ? (i >= 0 && i < offered.size() ? offered.get(i) : null) : (String) value;
					if (s == null) {
						return;
					}
					Command command = edit.apply(type.cast(element), s);
					if (command != null) {
						editor.editing().runAll(title, List.of(command));
					}
				}
			});
		}
		return this;
	}

	public void setInput(List<? extends T> input) {
		if (!viewer.getControl().isDisposed()) {
			var kept = viewer.getStructuredSelection();
			viewer.setInput(input);
			viewer.setSelection(kept);
		}
	}

	@SuppressWarnings("unchecked")
	public List<T> selected() {
		return (List<T>) viewer.getStructuredSelection().toList().stream().filter(type::isInstance).toList();
	}
}
