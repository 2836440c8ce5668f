package pdca.tracker.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import pdca.forms.ReturnPreview;
import pdca.model.Plan;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.Numbering;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;

/**
 * 匯入季填報表: the returned files and the quarter, then a preview of what each file's rows change and what needs a
 * decision; Finish applies the rows without problems as one command on the editor's command stack (Edit > Undo takes
 * it back), Cancel changes nothing.
 */
final class ImportFormsWizard extends Wizard {

	private final Plan plan;
	private final EditingDomain domain;
	private final FilesPage filesPage = new FilesPage();
	private final PreviewPage previewPage = new PreviewPage();
	private ReturnPreview preview;
	private Command applied;

	ImportFormsWizard(Plan plan, EditingDomain domain) {
		this.plan = plan;
		this.domain = domain;
		setWindowTitle(TrackerMessages.forms_importTitle);
		setNeedsProgressMonitor(false);
	}

	/** The wizard in its dialog. */
	static Dialog dialog(Shell shell, Plan plan, EditingDomain domain) {
		return new Dialog(shell, new ImportFormsWizard(plan, domain));
	}

	/** The wizard's dialog, with what tests need to press its buttons. */
	static final class Dialog extends WizardDialog {
		Dialog(Shell shell, ImportFormsWizard wizard) {
			super(shell, wizard);
			setPageSize(900, 420);
		}

		ImportFormsWizard wizard() {
			return (ImportFormsWizard) getWizard();
		}

		void press(int buttonId) {
			if (buttonId == org.eclipse.jface.dialogs.IDialogConstants.CANCEL_ID) {
				cancelPressed(); // a wizard's Cancel button calls this itself: buttonPressed ignores it
			} else {
				buttonPressed(buttonId);
			}
		}
	}

	@Override
	public void addPages() {
		addPage(filesPage);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && preview != null && !preview.cleanRows().isEmpty();
	}

	@Override
	public boolean performFinish() {
		Command command = preview == null ? null : preview.command(domain);
		if (command != null) {
			domain.getCommandStack().execute(command);
			applied = command;
		}
		return true;
	}

	/** The command Finish executed, or null. */
	Command applied() {
		return applied;
	}

	ReturnPreview preview() {
		return preview;
	}

	/** For tests: what the user would choose on the first page. */
	void choose(int quarter, List<Path> files) {
		filesPage.quarterCombo.select(quarter - 1);
		filesPage.fileList.removeAll();
		files.forEach(f -> filesPage.fileList.add(f.toString()));
		filesPage.update();
	}

	/** The first page: the quarter and the returned files. */
	private final class FilesPage extends WizardPage {
		Combo quarterCombo;
		org.eclipse.swt.widgets.List fileList;

		FilesPage() {
			super("files");
			setTitle(TrackerMessages.forms_importTitle);
			setDescription(TrackerMessages.forms_importFiles);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
			new Label(c, SWT.NONE).setText(TrackerMessages.forms_quarter);
			quarterCombo = new Combo(c, SWT.READ_ONLY);
			int year = PlanEditors.year(plan);
			for (int q = 1; q <= 4; q++) {
				quarterCombo.add(Terms.quarter(new Quarter(year, q)));
			}
			Quarter first = TrackerStatus.defaultQuarter(plan, java.time.LocalDate.now());
			quarterCombo.select(first.rocYear() == year ? first.quarter() - 1 : 0);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(quarterCombo);
			Label filesLabel = new Label(c, SWT.NONE);
			filesLabel.setText(TrackerMessages.forms_returnedFiles);
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(filesLabel);
			fileList = new org.eclipse.swt.widgets.List(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
			GridDataFactory.fillDefaults().grab(true, true).hint(500, 220).applyTo(fileList);
			Composite buttons = new Composite(c, SWT.NONE);
			GridLayoutFactory.fillDefaults().applyTo(buttons);
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
			Button add = new Button(buttons, SWT.PUSH);
			add.setText(TrackerMessages.forms_addFiles);
			GridDataFactory.fillDefaults().applyTo(add);
			add.addListener(SWT.Selection, e -> addFiles());
			Button remove = new Button(buttons, SWT.PUSH);
			remove.setText(TrackerMessages.forms_removeFiles);
			GridDataFactory.fillDefaults().applyTo(remove);
			remove.addListener(SWT.Selection, e -> {
				fileList.remove(fileList.getSelectionIndices());
				update();
			});
			setControl(c);
			update();
		}

		private void addFiles() {
			FileDialog d = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
			d.setFilterExtensions(new String[] { "*.ods;*.xlsx;*.csv;*.ODS;*.XLSX;*.CSV", "*.*" });
			d.setFilterNames(new String[] { TrackerMessages.forms_fileFilter, "*.*" });
			if (d.open() != null) {
				for (String name : d.getFileNames()) {
					String path = Path.of(d.getFilterPath(), name).toString();
					if (fileList.indexOf(path) < 0) {
						fileList.add(path);
					}
				}
				update();
			}
		}

		void update() {
			setPageComplete(fileList.getItemCount() > 0);
			setErrorMessage(null);
		}

		Quarter quarter() {
			return new Quarter(PlanEditors.year(plan), quarterCombo.getSelectionIndex() + 1);
		}

		List<Path> files() {
			List<Path> files = new ArrayList<>();
			for (String f : fileList.getItems()) {
				files.add(Path.of(f));
			}
			return files;
		}

		@Override
		public boolean canFlipToNextPage() {
			return isPageComplete(); // the preview is read on Next, not each time the buttons are updated
		}

		@Override
		public IWizardPage getNextPage() {
			preview = ReturnPreview.of(plan, quarter(), files());
			previewPage.show(preview);
			return previewPage;
		}
	}

	/** The second page: a row per change and per problem, file by file. */
	private final class PreviewPage extends WizardPage {
		private Label summary;
		private Table table;

		PreviewPage() {
			super("preview");
			setTitle(TrackerMessages.forms_previewTitle);
			setPageComplete(true);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().applyTo(c);
			summary = new Label(c, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(860, SWT.DEFAULT).applyTo(summary);
			table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
			table.setHeaderVisible(true);
			table.setLinesVisible(true);
			GridDataFactory.fillDefaults().grab(true, true).hint(860, 300).applyTo(table);
			String[] headers = { TrackerMessages.forms_colFile, TrackerMessages.forms_colRow, TrackerMessages.forms_colItem,
					TrackerMessages.forms_colField, TrackerMessages.forms_colBefore, TrackerMessages.forms_colAfter };
			int[] widths = { 170, 50, 200, 90, 160, 260 };
			for (int i = 0; i < headers.length; i++) {
				TableColumn col = new TableColumn(table, i == 1 ? SWT.RIGHT : SWT.LEFT);
				col.setText(headers[i]);
				col.setWidth(widths[i]);
			}
			setControl(c);
			if (preview != null) {
				show(preview);
			}
		}

		void show(ReturnPreview p) {
			if (table == null) {
				return;
			}
			table.removeAll();
			Color problemColour = table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
			for (ReturnPreview.FileResult f : p.files()) {
				String file = String.valueOf(f.file().getFileName());
				String unit = f.unitName().isEmpty() ? file : file + "（" + f.unitName() + "）";
				for (ReturnPreview.Problem problem : f.problems()) {
					problemRow(unit, "", "", problem.message(), problemColour);
				}
				if (f.problems().isEmpty() && f.rows().isEmpty()) {
					TableItem none = new TableItem(table, SWT.NONE);
					none.setText(new String[] { unit, "", "", "", "", TrackerMessages.forms_noChanges });
				}
				for (ReturnPreview.RowResult r : f.rows()) {
					String what = r.kpi() != null ? nz(r.kpi().getName()) : r.item() == null ? "" : Numbering.path(r.item()) + " " + shorten(nz(r.item().getText()));
					for (ReturnPreview.Change change : r.changes()) {
						TableItem item = new TableItem(table, SWT.NONE);
						item.setText(new String[] { unit, String.valueOf(r.row()), what, change.field().label(), oneLine(change.before()),
								oneLine(change.after()) });
						if (!r.clean()) {
							item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
							item.setText(5, oneLine(change.after()) + "  " + TrackerMessages.forms_held);
						}
					}
					for (ReturnPreview.Problem problem : r.problems()) {
						problemRow(unit, String.valueOf(r.row()), what, problem.message(), problemColour);
					}
				}
			}
			int clean = p.cleanRows().size();
			int problems = p.problemCount();
			String text = MessageBundle.bind(TrackerMessages.forms_previewSummary,
					new Object[] { p.files().size(), Terms.quarter(p.quarter()), clean });
			if (problems > 0) {
				text += "\n" + MessageBundle.bind(TrackerMessages.forms_previewProblems, problems);
				setMessage(MessageBundle.bind(TrackerMessages.forms_previewDecide, problems), WARNING);
			} else {
				setMessage(clean == 0 ? TrackerMessages.forms_nothingToApply : TrackerMessages.forms_previewReady, clean == 0 ? INFORMATION : NONE);
			}
			summary.setText(text);
			summary.getParent().layout(true, true);
		}

		private void problemRow(String unit, String row, String what, String message, Color colour) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { unit, row, what, TrackerMessages.forms_problem, "", message });
			item.setForeground(colour);
			item.setImage(0, org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages().getImage(org.eclipse.ui.ISharedImages.IMG_OBJS_WARN_TSK));
		}

		Table table() {
			return table;
		}
	}

	/** For tests: the preview's table. */
	Table previewTable() {
		return previewPage.table();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static String shorten(String s) {
		String t = s.replaceAll("\\s+", " ").strip();
		return t.codePointCount(0, t.length()) <= 24 ? t : t.substring(0, t.offsetByCodePoints(0, 23)) + "…";
	}

	private static String oneLine(String s) {
		return s.replace("\n", " ⏎ ");
	}
}
