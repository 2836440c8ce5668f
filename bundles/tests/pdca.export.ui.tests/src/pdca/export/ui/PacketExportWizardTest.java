package pdca.export.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.spin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.test.support.UiTests;
import pdca.test.support.UseLocale;
import pdca.test.support.Workspaces;

/**
 * File › Export › 年終績效報告包 with a 修正對照表: a plan of a shared workspace (a JGit repository) tagged 核定版, then its
 * deadline changed; the wizard offers the workspace's baselines, 核定版 first, and the packet holds the table with
 * that change. A plan in no shared workspace is offered none.
 */
@UseLocale("en")
class PacketExportWizardTest {

	@TempDir
	Path temp;

	private IProject project;

	@AfterEach
	void tearDown() throws Exception {
		if (project != null && project.exists()) {
			project.delete(false, true, null);
		}
	}

	private static String zipEntry(Path file, String entry) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(entry))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static PacketExportPage open(PacketExportWizard wizard, IFile file) {
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		List<String> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR) {
				logged.add(status.getMessage() + " " + status.getException());
			}
		};
		Platform.addLogListener(listener);
		try {
			dialog.open();
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(List.of(), logged, "nothing goes wrong while the wizard's page is made");
		return (PacketExportPage) wizard.getPages()[0];
	}

	@Test
	void thePacketHoldsTheRevisionTableSinceTheBaselineChosen() throws Throwable {
		Path ws = temp.resolve("station");
		Files.createDirectories(ws);
		Path plan = ws.resolve("plan.pdca");
		Files.copy(pdca.samples.SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca"), plan);
		try (Git git = Git.init().setInitialBranch("main").setDirectory(ws.toFile()).call()) {
			git.add().addFilepattern(".").call();
			git.commit().setMessage("核定版").setAuthor("計畫室", "office@example.org").setCommitter("計畫室", "office@example.org").call();
			git.tag().setName("第1季檢討").setMessage("an older review").call();
			git.tag().setName("核定版").setMessage("116年度核定").call();
		}
		// the deadline of 一、（二） moved from 6月完成並持續辦理 to 8月
		String text = Files.readString(plan);
		assertTrue(text.contains("schedule=\"6月完成並持續辦理\""));
		int at = text.indexOf("schedule=\"6月完成並持續辦理\"", text.indexOf("<methods ", text.indexOf("<methods ") + 1));
		Files.writeString(plan, text.substring(0, at) + "schedule=\"8月\"" + text.substring(at + "schedule=\"6月完成並持續辦理\"".length()));
		project = Workspaces.project("station", ws);

		PacketExportWizard wizard = new PacketExportWizard();
		PacketExportPage page = open(wizard, project.getFile("plan.pdca"));
		try {
			Button option = (Button) page.revisionControls()[0];
			Combo baseline = (Combo) page.revisionControls()[1];
			assertTrue(option.isEnabled(), "the plan is in a shared workspace with baselines");
			assertEquals("核定版", baseline.getText(), "核定版 offered first");
			assertEquals(java.util.Set.of("核定版", "第1季檢討"), java.util.Set.of(baseline.getItems()), "the workspace's baselines");
			option.setSelection(true);
			option.notifyListeners(SWT.Selection, new Event());
			Path out = temp.resolve("packets");
			page.destinationField().setText(out.toString());
			assertTrue(page.isPageComplete(), page.getErrorMessage());

			UiTests.Answer closed = UiTests.whenOpen(MessageDialog.class, d -> UiTests.press(d.getShell(), 1));
			assertTrue(wizard.performFinish());
			spin(closed::done, 20_000);
			closed.check();

			Path packet;
			try (var folders = Files.list(out)) {
				packet = folders.filter(Files::isDirectory).findFirst().orElseThrow();
			}
			assertTrue(Files.isRegularFile(packet.resolve("revisions.pdf")), "the table as PDF beside the packet");
			String sheet = zipEntry(packet.resolve("revisions.ods"), "content.xml");
			assertTrue(sheet.contains("6月完成並持續辦理") && sheet.contains("8月"), "the deadline before and as amended");
			assertTrue(sheet.contains("核定版"), "since 核定版");
		} finally {
			wizard.getContainer().getShell().close();
		}
	}

	@Test
	void aPlanInNoSharedWorkspaceIsOfferedNoBaseline() throws Exception {
		Path ws = temp.resolve("alone");
		Files.createDirectories(ws);
		Files.copy(pdca.samples.SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca"), ws.resolve("plan.pdca"));
		project = Workspaces.project("alone", ws);
		PacketExportWizard wizard = new PacketExportWizard();
		PacketExportPage page = open(wizard, project.getFile("plan.pdca"));
		try {
			assertFalse(page.revisionControls()[0].isEnabled(), "no baseline to compare with");
			assertFalse(((Button) page.revisionControls()[0]).getSelection());
		} finally {
			wizard.getContainer().getShell().close();
		}
	}
}
