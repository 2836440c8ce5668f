package pdca.tracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.settle;
import static pdca.test.support.UiTests.spin;
import static pdca.test.support.UiTests.waitUntil;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import pdca.forms.CheckInForms;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.logic.CheckIns;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Quarter;
import pdca.samples.SamplePlans;
import pdca.test.support.UiTests;
import pdca.ui.editor.PlanEditor;

/**
 * 匯出季填報表 / 匯入季填報表 from the Tracker menu's commands on the tracking sample of 台南監理站 106, the dialogs driven
 * as a user would: the export writes one form per chosen unit; importing the forms unchanged changes nothing; a
 * changed form is applied to the editor's plan as one command, the editor is dirty and undo restores the plan.
 */
class CheckInFormsUiTest {

	private static final String EXPORT = "pdca.tracker.ui.exportForms";
	private static final String IMPORT = "pdca.tracker.ui.importForms";
	private static final Quarter Q3 = new Quarter(106, 3);

	@TempDir
	Path temp;

	private IProject project;
	private IWorkbenchPage page;
	/** The dialogs answered during the command being run. */
	private final List<UiTests.Answer> answers = new ArrayList<>();

	@BeforeEach
	void workspace() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("checkin-forms-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	private PlanEditor openStation() throws Exception {
		Path sample = SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan"))
				.findFirst().orElseThrow();
		IFile file = project.getFile(sample.getFileName().toString());
		try (InputStream in = Files.newInputStream(sample)) {
			file.create(in, true, null);
		}
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID, true);
		page.getWorkbenchWindow().getShell().forceActive();
		page.activate(editor);
		waitUntil("the editor of " + file.getName() + " to be open and active", () -> page.getActiveEditor() == editor);
		settle();
		return editor;
	}

	/** Runs {@code action} on the dialog of {@code type} once it is open; what went wrong is thrown by {@link #execute}. */
	private <T> void whenOpen(Class<T> type, Consumer<T> action) {
		answers.add(UiTests.whenOpen(type, action));
	}

	private void execute(String command) throws Throwable {
		// after a dialog closes, the workbench window becomes the active shell again a moment later, and with it the
		// command's enablement (it needs the plan editor): wait for that rather than a fixed time
		var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		spin(() -> commands.getCommand(command).isEnabled(), 5000);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		for (UiTests.Answer answer : List.copyOf(answers)) {
			answer.check();
		}
		answers.clear();
	}

	/** Exports through the dialog; returns what the closing message said. */
	private String export(int quarter, List<String> units, Path folder, boolean zip) throws Throwable {
		return export(quarter, units, folder, zip, CheckInForms.Format.ODS);
	}

	private String export(int quarter, List<String> units, Path folder, boolean zip, CheckInForms.Format format) throws Throwable {
		StringBuilder said = new StringBuilder();
		whenOpen(ExportFormsDialog.class, d -> {
			assertEquals(CheckInForms.reportingUnits(PlanEditors.plan(page.getActiveEditor())).size(), d.chosenUnits().size(),
					"all units ticked at first");
			whenOpen(MessageDialog.class, m -> {
				said.append(String.join("\n", UiTests.texts(m.getShell()))).append('\n');
				m.close();
			});
			d.choose(quarter, units, folder, zip, format);
			d.press(IDialogConstants.OK_ID);
		});
		execute(EXPORT);
		return said.toString();
	}

	@Test
	void theExportWritesOneFormPerChosenUnit() throws Throwable {
		PlanEditor editor = openStation();
		// the sample's items name no lead unit: the officer assigns two strategies to two units first
		var units = editor.plan().getOrganisation().getUnits();
		var strategies = PlanStructure.strategies(editor.plan());
		assertTrue(editor.editing().set(strategies.get(0), pdca.model.PdcaPackage.Literals.WORK_ITEM__LEAD_OWNER, units.get(2)));
		assertTrue(editor.editing().set(strategies.get(1), pdca.model.PdcaPackage.Literals.WORK_ITEM__LEAD_OWNER, units.get(4)));
		editor.doSave(null);
		spin(() -> !editor.isDirty(), 2000);
		List<String> all = CheckInForms.reportingUnits(editor.plan()).stream().map(CheckInForms::unitName).toList();
		assertTrue(all.size() >= 2, all.toString());
		List<String> chosen = all.subList(0, 2);
		Path folder = temp.resolve("forms");
		String said = export(3, chosen, folder, false);
		TreeSet<String> expected = new TreeSet<>();
		for (String u : chosen) {
			expected.add("106-Q3-" + u + ".ods");
		}
		try (var files = Files.list(folder)) {
			assertEquals(expected, new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()));
		}
		for (String f : expected) {
			assertTrue(said.contains(f), "the message names " + f + ": " + said);
		}
		assertFalse(editor.isDirty(), "exporting changes nothing");

		Path zipFolder = temp.resolve("zip");
		export(3, null, zipFolder, true);
		Path zip = zipFolder.resolve("106-Q3-季填報表.zip");
		assertTrue(Files.isRegularFile(zip));
		try (ZipFile z = new ZipFile(zip.toFile())) {
			assertEquals(all.size(), z.size(), "one form per unit in the zip");
		}

		// Excel workbooks for the units that use Excel; the dialog remembers the choice
		Path xlsxFolder = temp.resolve("xlsx");
		String saidXlsx = export(3, chosen, xlsxFolder, false, CheckInForms.Format.XLSX);
		TreeSet<String> workbooks = new TreeSet<>();
		for (String u : chosen) {
			workbooks.add("106-Q3-" + u + ".xlsx");
		}
		try (var files = Files.list(xlsxFolder)) {
			assertEquals(workbooks, new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()));
		}
		assertTrue(saidXlsx.contains(workbooks.first()), saidXlsx);
		List<Path> returned = workbooks.stream().map(xlsxFolder::resolve).toList();
		pdca.forms.ReturnPreview unchanged = pdca.forms.ReturnPreview.of(editor.plan(), Q3, returned);
		assertEquals(0, unchanged.problemCount(), "the workbooks read back as forms");
		assertEquals(0, unchanged.cleanRows().size(), "unchanged workbooks change nothing");
		whenOpen(ExportFormsDialog.class, d -> {
			assertEquals(CheckInForms.Format.XLSX, d.format(), "the last format chosen is offered again");
			d.press(IDialogConstants.CANCEL_ID);
		});
		execute(EXPORT);
	}

	/**
	 * The import wizard of the Tracker menu's command, opened without blocking so the test drives it as a user
	 * would, page by page, and sees each page as it is.
	 */
	private ImportFormsWizard.Dialog importWizard(PlanEditor editor) {
		ImportFormsWizard.Dialog d = ImportFormsWizard.dialog(page.getWorkbenchWindow().getShell(), PlanEditors.plan(editor),
				PlanEditors.domain(editor));
		d.setBlockOnOpen(false);
		d.open();
		waitUntil("the import wizard to be open", () -> d.getShell() != null && d.getShell().isVisible());
		return d;
	}

	@Test
	void theImportCommandIsEnabledOnAPlanEditor() throws Throwable {
		openStation();
		var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		spin(() -> commands.getCommand(IMPORT).isEnabled(), 2000);
		assertTrue(commands.getCommand(IMPORT).isEnabled(), "匯入季填報表 is available with a plan open");
		assertTrue(commands.getCommand(EXPORT).isEnabled(), "匯出季填報表 is available with a plan open");
	}

	@Test
	void importingUnchangedFormsChangesNothing() throws Throwable {
		PlanEditor editor = openStation();
		Plan before = EcoreUtil.copy(editor.plan());
		List<Path> forms = CheckInForms.export(editor.plan(), Q3, temp, null, "test").stream().map(CheckInForms.Written::file).toList();
		ImportFormsWizard.Dialog d = importWizard(editor);
		d.wizard().choose(3, forms);
		d.press(IDialogConstants.NEXT_ID);
		waitUntil("the preview page to be shown", () -> d.wizard().preview() != null);
		assertNotNull(d.wizard().preview(), "the preview page is shown");
		assertEquals(forms.size(), d.wizard().preview().files().size());
		assertEquals(0, d.wizard().preview().problemCount());
		assertEquals(0, d.wizard().preview().cleanRows().size(), "nothing changed in the forms");
		assertFalse(d.wizard().canFinish(), "nothing to apply");
		d.press(IDialogConstants.CANCEL_ID);
		spin(() -> d.getShell() == null, 2000);
		assertTrue(d.getShell() == null || d.getShell().isDisposed(), "Cancel closes the wizard");
		assertFalse(editor.isDirty());
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
		assertTrue(EcoreUtil.equals(before, editor.plan()));
	}

	@Test
	void aChangedFormIsAppliedAsOneCommandThatUndoTakesBack() throws Throwable {
		PlanEditor editor = openStation();
		Plan plan = editor.plan();
		Plan before = EcoreUtil.copy(plan);
		List<CheckInForms.Written> written = CheckInForms.export(plan, Q3, temp, null, "test");
		Path form = written.get(0).file();
		String itemId = new Ods(form).firstItemId();
		new Ods(form).setFirstItem(NARRATIVE, "第3季：依回收填報表更新").save();
		var item = PlanStructure.trackedItems(plan).stream().filter(w -> w.getId().equals(itemId)).findFirst().orElseThrow();

		// Cancel on the preview applies nothing
		ImportFormsWizard.Dialog cancelled = importWizard(editor);
		cancelled.wizard().choose(3, List.of(form));
		cancelled.press(IDialogConstants.NEXT_ID);
		waitUntil("the preview page to be shown", () -> cancelled.wizard().preview() != null);
		assertEquals(1, cancelled.wizard().preview().cleanRows().size());
		assertTrue(cancelled.wizard().previewTable().getItemCount() >= 1);
		cancelled.press(IDialogConstants.CANCEL_ID);
		spin(() -> cancelled.getShell() == null, 2000);
		assertTrue(cancelled.getShell() == null, "Cancel closes the wizard");
		assertFalse(editor.isDirty(), "nothing applied on Cancel");

		ImportFormsWizard.Dialog d = importWizard(editor);
		d.wizard().choose(3, List.of(form));
		d.press(IDialogConstants.NEXT_ID);
		waitUntil("the preview page to be shown", () -> d.wizard().preview() != null);
		assertEquals(0, d.wizard().preview().problemCount());
		assertTrue(d.wizard().canFinish());
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < d.wizard().previewTable().getItemCount(); i++) {
			for (int c = 0; c < d.wizard().previewTable().getColumnCount(); c++) {
				shown.append(d.wizard().previewTable().getItem(i).getText(c)).append(' ');
			}
		}
		assertTrue(shown.toString().contains("依回收填報表更新"), "the preview shows the change: " + shown);
		d.press(IDialogConstants.FINISH_ID);
		spin(() -> editor.isDirty(), 2000);
		ProgressReport report = CheckIns.report(plan, item, Q3).orElseThrow();
		assertEquals("第3季：依回收填報表更新", report.getNarrative());
		assertTrue(editor.isDirty(), "the editor is dirty");
		assertFalse(EcoreUtil.equals(before, plan));

		editor.getEditingDomain().getCommandStack().undo();
		spin(() -> !editor.isDirty(), 2000);
		assertTrue(EcoreUtil.equals(before, plan), "one undo restores the plan");
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "the import was one command");
		assertFalse(editor.isDirty());
	}

	/** Column M of a check-in form: what was done (the form's layout, pdca.forms FormLayout). */
	private static final int NARRATIVE = 12;

	/** A returned form's first sheet, changed as a unit filling it would. */
	private static final class Ods {
		static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
		static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
		static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
		private final Path file;
		private final Map<String, byte[]> entries = new LinkedHashMap<>();
		private final Document content;

		Ods(Path file) throws Exception {
			this.file = file;
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry e : Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(e)) {
						entries.put(e.getName(), in.readAllBytes());
					}
				}
			}
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			content = f.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("content.xml")));
		}

		private List<Element> children(Element parent, String name) {
			List<Element> list = new ArrayList<>();
			for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element e && TABLE.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
					list.add(e);
				}
			}
			return list;
		}

		private List<Element> firstItemRow() {
			Element table = (Element) content.getElementsByTagNameNS(TABLE, "table").item(0);
			for (Element row : children(table, "table-row")) {
				List<Element> cells = children(row, "table-cell");
				if (!cells.isEmpty() && cells.get(0).getTextContent().startsWith("item:")) {
					return cells;
				}
			}
			throw new AssertionError("no item row in " + file);
		}

		String firstItemId() {
			return firstItemRow().get(0).getTextContent().substring("item:".length());
		}

		Ods setFirstItem(int column, String text) {
			Element c = firstItemRow().get(column);
			while (c.getFirstChild() != null) {
				c.removeChild(c.getFirstChild());
			}
			c.setAttributeNS(OFFICE, "office:value-type", "string");
			Element p = content.createElementNS(TEXT, "text:p");
			p.setTextContent(text);
			c.appendChild(p);
			return this;
		}

		void save() throws Exception {
			ByteArrayOutputStream xml = new ByteArrayOutputStream();
			TransformerFactory.newInstance().newTransformer().transform(new DOMSource(content), new StreamResult(xml));
			entries.put("content.xml", xml.toByteArray());
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
				byte[] mime = entries.get("mimetype");
				ZipEntry m = new ZipEntry("mimetype");
				m.setMethod(ZipEntry.STORED);
				m.setSize(mime.length);
				CRC32 crc = new CRC32();
				crc.update(mime);
				m.setCrc(crc.getValue());
				zip.putNextEntry(m);
				zip.write(mime);
				zip.closeEntry();
				for (Map.Entry<String, byte[]> e : entries.entrySet()) {
					if (!e.getKey().equals("mimetype")) {
						zip.putNextEntry(new ZipEntry(e.getKey()));
						zip.write(e.getValue());
						zip.closeEntry();
					}
				}
			}
		}
	}
}
