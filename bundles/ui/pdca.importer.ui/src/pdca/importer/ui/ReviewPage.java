package pdca.importer.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import pdca.importer.ImportResult;
import pdca.importer.source.Block;
import pdca.importer.source.Origin;
import pdca.model.Action;
import pdca.model.Citation;
import pdca.model.Method;
import pdca.model.Objective;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.PlanSection;
import pdca.model.Strategy;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.ChineseNumerals;
import pdca.model.schedule.RocDate;

/**
 * The recognised plan beside the document's text: each item with how sure the import is and
 * where it came from; the uncertain ones marked 「？」 in the warning colour; selecting an item (or
 * a problem below) shows its place in the source. The officer corrects a text in place
 * (double-click) or deletes an item before the plan is created.
 */
public final class ReviewPage extends WizardPage {

	/** A group of the plan shown as one node: its label and its elements. */
	record Group(String label, List<? extends EObject> elements) {
	}

	private final boolean chinese = Locale.getDefault().getLanguage().equals("zh");
	private ImportResult result;
	private final Map<EObject, ImportResult.Placed> placed = new IdentityHashMap<>();
	/** Source text ranges by "paragraph:row:column". */
	private final Map<String, int[]> ranges = new HashMap<>();
	private Label counts;
	private TreeViewer tree;
	private StyledText source;
	private Table problems;
	private Button delete;
	private Color warning;
	private Color marked;

	ReviewPage() {
		super("review");
		setTitle(ImportUiMessages.import_reviewTitle);
		setDescription(ImportUiMessages.import_reviewDescription);
	}

	@Override
	public void createControl(Composite parent) {
		warning = new Color(0xB3, 0x3C, 0x00);
		marked = new Color(0xFF, 0xE8, 0x8C);
		Composite c = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
		counts = new Label(c, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
		delete = new Button(c, SWT.PUSH);
		delete.setText(ImportUiMessages.import_deleteItem);
		delete.setEnabled(false);
		delete.addListener(SWT.Selection, e -> deleteSelected());
		SashForm vertical = new SashForm(c, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(900, 520).applyTo(vertical);
		SashForm sash = new SashForm(vertical, SWT.HORIZONTAL);
		tree = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		tree.getTree().setHeaderVisible(true);
		tree.setContentProvider(new Content());
		TreeViewerColumn item = new TreeViewerColumn(tree, SWT.LEFT);
		item.getColumn().setText(ImportUiMessages.column_item);
		item.getColumn().setWidth(360);
		item.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				return (uncertain(o) ? "？ " : "") + label(o);
			}

			@Override
			public Color getForeground(Object o) {
				return uncertain(o) ? warning : null;
			}

			@Override
			public org.eclipse.swt.graphics.Font getFont(Object o) {
				return uncertain(o) ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}
		});
		item.setEditingSupport(new TextEditing(tree));
		TreeViewerColumn sure = new TreeViewerColumn(tree, SWT.RIGHT);
		sure.getColumn().setText(ImportUiMessages.column_confidence);
		sure.getColumn().setWidth(60);
		sure.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				ImportResult.Placed p = o instanceof EObject e ? placed.get(e) : null;
				return p == null ? "" : Math.round(p.confidence() * 100) + "%";
			}
		});
		TreeViewerColumn where = new TreeViewerColumn(tree, SWT.LEFT);
		where.getColumn().setText(ImportUiMessages.column_source);
		where.getColumn().setWidth(150);
		where.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				ImportResult.Placed p = o instanceof EObject e ? placed.get(e) : null;
				return p == null ? "" : p.origin().describe(chinese);
			}
		});
		TreeViewerEditor.create(tree, new ColumnViewerEditorActivationStrategy(tree) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
			}
		}, ColumnViewerEditor.DEFAULT);
		tree.addSelectionChangedListener(e -> {
			Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
			delete.setEnabled(deletable(o));
			if (o instanceof EObject element && placed.containsKey(element)) {
				reveal(placed.get(element).origin());
			}
		});
		tree.getTree().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				deleteSelected();
			}
		});
		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(right);
		new Label(right, SWT.NONE).setText(ImportUiMessages.import_sourceText);
		source = new StyledText(right, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(source);
		sash.setWeights(55, 45);
		Composite bottom = new Composite(vertical, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(bottom);
		new Label(bottom, SWT.NONE).setText(ImportUiMessages.import_problems);
		problems = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		problems.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(problems);
		TableColumn place = new TableColumn(problems, SWT.LEFT);
		place.setText(ImportUiMessages.import_problemPlace);
		place.setWidth(190);
		TableColumn what = new TableColumn(problems, SWT.LEFT);
		what.setText(ImportUiMessages.import_problemText);
		what.setWidth(680);
		problems.addListener(SWT.Selection, e -> {
			if (e.item != null && e.item.getData() instanceof Origin o) {
				reveal(o);
			}
		});
		vertical.setWeights(75, 25);
		setControl(c);
	}

	/** Shows what an import gave. */
	void show(ImportResult shown) {
		this.result = shown;
		placed.clear();
		for (ImportResult.Placed p : shown.placed()) {
			ImportResult.Placed before = placed.get(p.element());
			if (before == null || p.confidence() < before.confidence()) {
				placed.put(p.element(), before == null ? p
						: new ImportResult.Placed(p.element(), before.origin(), p.confidence(), p.why()));
			}
		}
		source.setText(sourceText(shown));
		tree.setInput(shown.plan());
		tree.expandToLevel(2);
		problems.removeAll();
		for (ImportResult.Finding f : shown.findings()) {
			row(f.origin(), f.message());
		}
		for (ImportResult.Unplaced u : shown.unplaced()) {
			row(u.origin(), MessageBundle.bind(ImportUiMessages.import_unplaced, u.text().length() > 120 ? u.text().substring(0, 120) + "…" : u.text()));
		}
		updateCounts();
	}

	private void row(Origin origin, String text) {
		TableItem row = new TableItem(problems, SWT.NONE);
		row.setText(new String[] { origin.describe(chinese), text.replace('\n', ' ') });
		row.setData(origin);
	}

	private void updateCounts() {
		Plan plan = result.plan();
		long uncertain = placed.values().stream().filter(p -> p.uncertain() && alive(p.element())).count();
		counts.setText(MessageBundle.bind(ImportUiMessages.import_counts, new Object[] { result.source().file().getFileName(),
				PlanStructure.strategies(plan).size(), PlanStructure.methods(plan).size(), PlanStructure.actions(plan).size(),
				plan.getBasis().size(), plan.getSections().size(), uncertain, result.unplaced().size() }));
		counts.getParent().layout(true);
	}

	private boolean alive(EObject e) {
		return e == result.plan() || EcoreUtil.isAncestor(result.plan(), e);
	}

	/** The document's text, one paragraph a line, a table a line per row; the ranges of each place noted. */
	private String sourceText(ImportResult shown) {
		ranges.clear();
		StringBuilder b = new StringBuilder();
		for (Block block : shown.source().blocks()) {
			int start = b.length();
			if (block instanceof Block.Paragraph p) {
				b.append(p.text().replace('\t', ' ').replace('\f', ' '));
			} else if (block instanceof Block.Table t) {
				for (List<Block.Cell> row : t.rows()) {
					for (Block.Cell cell : row) {
						if (cell != null) {
							int s = b.length();
							b.append(cell.text().replace('\n', ' '));
							ranges.put(key(cell.origin()), new int[] { s, b.length() });
							b.append(" │ ");
						}
					}
					b.append('\n');
				}
			}
			ranges.put(key(Origin.paragraph(block.origin().page(), block.origin().paragraph())), new int[] { start, b.length() });
			b.append('\n');
		}
		return b.toString();
	}

	private static String key(Origin o) {
		return o.paragraph() + ":" + o.row() + ":" + o.column();
	}

	/** Selects and shows the source of {@code origin}. */
	void reveal(Origin origin) {
		int[] range = ranges.get(key(origin));
		if (range == null) {
			range = ranges.get(key(Origin.paragraph(origin.page(), origin.paragraph())));
		}
		if (range == null) {
			return;
		}
		source.setStyleRanges(new StyleRange[0]);
		// a light marker colour of its own: the system's tooltip colours are dark in some themes
		StyleRange mark = new StyleRange(range[0], range[1] - range[0], source.getDisplay().getSystemColor(SWT.COLOR_BLACK),
				marked);
		mark.fontStyle = SWT.BOLD;
		source.setStyleRange(mark);
		source.setSelection(range[0], range[0]);
		source.setTopIndex(Math.max(0, source.getLineAtOffset(range[0]) - 3));
	}

	private boolean uncertain(Object o) {
		ImportResult.Placed p = o instanceof EObject e ? placed.get(e) : null;
		return p != null && p.uncertain();
	}

	private static boolean deletable(Object o) {
		return o instanceof PlanElement || o instanceof Citation || o instanceof Objective || o instanceof PlanSection;
	}

	private void deleteSelected() {
		Object o = tree.getStructuredSelection().getFirstElement();
		if (deletable(o)) {
			EcoreUtil.delete((EObject) o, true);
			tree.refresh();
			updateCounts();
		}
	}

	private String label(Object o) {
		if (o instanceof Plan p) {
			return MessageBundle.bind(ImportUiMessages.import_titleNode, p.getTitle() == null ? "" : p.getTitle());
		}
		if (o instanceof Group g) {
			return g.label() + "（" + g.elements().size() + "）";
		}
		if (o instanceof Strategy s) {
			return ChineseNumerals.format(s.getNumber()) + "、" + nonNull(s.getText());
		}
		if (o instanceof Method m) {
			return "（" + ChineseNumerals.format(m.getNumber()) + "）" + nonNull(m.getText())
					+ (m.getSchedule() == null ? "" : "〔" + m.getSchedule().text() + "〕");
		}
		if (o instanceof Action a) {
			return a.getNumber() + ". " + nonNull(a.getText()) + (a.getSchedule() == null ? "" : "〔" + a.getSchedule().text() + "〕");
		}
		if (o instanceof Citation c) {
			return nonNull(c.getIssuer()) + (c.getDate() == null ? "" : " " + RocDate.format(c.getDate()))
					+ (c.getDocumentNumber() == null ? "" : " " + c.getDocumentNumber())
					+ (c.getTitle() == null ? "" : "「" + c.getTitle() + "」");
		}
		if (o instanceof Objective ob) {
			return nonNull(ob.getText());
		}
		if (o instanceof PlanSection s) {
			return nonNull(s.getHeading());
		}
		return String.valueOf(o);
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	/** The tree: the title, the basis, the objectives, the strategies with their methods and actions, other sections. */
	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			Plan plan = (Plan) input;
			List<Object> roots = new ArrayList<>();
			roots.add(plan);
			roots.add(new Group(ImportUiMessages.group_basis, plan.getBasis()));
			roots.add(new Group(ImportUiMessages.group_objectives, plan.getObjectives()));
			roots.addAll(plan.getStrategies());
			roots.add(new Group(ImportUiMessages.group_sections, plan.getSections()));
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object o) {
			if (o instanceof Group g) {
				return g.elements().toArray();
			}
			if (o instanceof Strategy s) {
				return s.getMethods().toArray();
			}
			if (o instanceof Method m) {
				return m.getActions().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object o) {
			return o instanceof EObject e ? e.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object o) {
			return getChildren(o).length > 0;
		}
	}

	/** Correcting a text in place: an item's text, a section's heading, an objective, a citation's title. */
	private final class TextEditing extends EditingSupport {
		private final TextCellEditor editor;

		TextEditing(TreeViewer viewer) {
			super(viewer);
			editor = new TextCellEditor(viewer.getTree());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return deletable(element) || element instanceof Citation || element instanceof Plan;
		}

		@Override
		protected Object getValue(Object o) {
			if (o instanceof PlanElement e) {
				return nonNull(e.getText());
			}
			if (o instanceof PlanSection s) {
				return nonNull(s.getHeading());
			}
			if (o instanceof Objective ob) {
				return nonNull(ob.getText());
			}
			if (o instanceof Citation c) {
				return nonNull(c.getTitle());
			}
			if (o instanceof Plan p) {
				return nonNull(p.getTitle());
			}
			return "";
		}

		@Override
		protected void setValue(Object o, Object value) {
			String text = String.valueOf(value).strip();
			if (o instanceof PlanElement e) {
				e.setText(text);
			} else if (o instanceof PlanSection s) {
				s.setHeading(text);
			} else if (o instanceof Objective ob) {
				ob.setText(text);
			} else if (o instanceof Citation c) {
				c.setTitle(text);
			} else if (o instanceof Plan p) {
				p.setTitle(text);
			}
			// a corrected item is no longer uncertain
			ImportResult.Placed p = placed.get(o);
			if (p != null) {
				placed.put((EObject) o, new ImportResult.Placed(p.element(), p.origin(), 1, "corrected"));
			}
			getViewer().update(o, null);
			updateCounts();
		}
	}

	// --- for tests --------------------------------------------------------------------------

	/** The tree of the recognised plan. */
	public TreeViewer tree() {
		return tree;
	}

	/** The source text shown beside it. */
	public StyledText source() {
		return source;
	}

	/** Findings and unplaced text. */
	public Table problems() {
		return problems;
	}

	/** The counts line. */
	public String counts() {
		return counts.getText();
	}

	/** Selects an element of the plan in the tree, as a click would. */
	public void select(EObject element) {
		tree.setSelection(new StructuredSelection(element), true);
	}

	/** Corrects the text of an element, as editing it in place would. */
	public void correct(EObject element, String text) {
		new TextEditing(tree).setValue(element, text);
	}

	/** Deletes the selected element, as the button would. */
	public void deleteSelection() {
		deleteSelected();
	}
}
