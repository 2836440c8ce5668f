package pdca.export.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import pdca.export.ExportCanceledException;
import pdca.export.ExportException;
import pdca.export.ExportProgress;
import pdca.export.PacketExporter;
import pdca.model.i18n.MessageBundle;

/**
 * File &gt; Export &gt; PDCA &gt; Year-end performance packet: the plans chosen (those selected in
 * the navigator are ticked), the formats and the destination; the export runs with a progress
 * bar and can be cancelled; at the end the folder can be opened.
 */
public class PacketExportWizard extends Wizard implements IExportWizard {

	private List<IFile> selected = List.of();
	private PacketExportPage page;

	public PacketExportWizard() {
		setWindowTitle(ExportMessages.export_title);
		setNeedsProgressMonitor(true);
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(getClass())).getDialogSettings();
		IDialogSettings section = root.getSection("packetExport");
		setDialogSettings(section != null ? section : root.addNewSection("packetExport"));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		List<IFile> files = new ArrayList<>();
		for (Object o : selection.toList()) {
			IResource r = o instanceof IResource res ? res : Platform.getAdapterManager().getAdapter(o, IResource.class);
			if (r instanceof IFile f && "pdca".equals(f.getFileExtension())) {
				files.add(f);
			} else if (r instanceof IContainer c) {
				String prefix = c.getFullPath().toString() + "/";
				PacketExportPage.planFiles().stream().filter(f -> f.getFullPath().toString().startsWith(prefix)).forEach(files::add);
			}
		}
		selected = files;
	}

	@Override
	public void addPages() {
		IDialogSettings settings = getDialogSettings() != null ? getDialogSettings() : new DialogSettings("packetExport");
		page = new PacketExportPage(selected, settings);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		page.remember();
		List<IFile> plans = page.chosenPlans();
		PacketExporter exporter = new PacketExporter(page.formats(), page.zip(),
				FrameworkUtil.getBundle(PacketExporter.class).getVersion().toString());
		Path destination = page.destination();
		String since = page.revisionsSince();
		List<String> failures = new ArrayList<>();
		int[] written = { 0 };
		boolean[] canceled = { false };
		try {
			getContainer().run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, MessageBundle.bind(ExportMessages.export_task, plans.size()),
						plans.size() * PacketExporter.WORK_PER_PLAN);
				try {
					Files.createDirectories(destination);
				} catch (java.io.IOException e) {
					failures.add(destination + ": " + e.getMessage());
					return;
				}
				for (IFile plan : plans) {
					if (progress.isCanceled()) {
						canceled[0] = true;
						return;
					}
					try {
						pdca.export.RevisionTable table = null;
						if (since != null) {
							try {
								table = revisions(plan.getLocation().toPath(), since);
							} catch (pdca.team.PlanHistory.NotShared | pdca.team.PlanBaselines.Refused | java.io.IOException e) {
								failures.add(plan.getFullPath().makeRelative() + ": " + e.getMessage());
								continue;
							}
						}
						exporter.export(plan.getLocation().toPath(), destination, table, monitorOf(progress));
						written[0]++;
					} catch (ExportCanceledException e) {
						canceled[0] = true;
						return;
					} catch (ExportException e) {
						failures.add(e.getMessage());
					}
				}
			});
		} catch (InvocationTargetException e) {
			failures.add(String.valueOf(e.getCause()));
		} catch (InterruptedException e) {
			canceled[0] = true;
		}
		report(destination, written[0], failures, canceled[0]);
		return true;
	}

	/** The revision comparison table (修正對照表) of the plan {@code file} since the baseline {@code from}. */
	static pdca.export.RevisionTable revisions(Path file, String from)
			throws java.io.IOException, pdca.team.PlanHistory.NotShared, pdca.team.PlanBaselines.Refused {
		List<pdca.export.RevisionTable.Row> rows = new ArrayList<>();
		for (pdca.team.PlanBaselines.Revision r : pdca.team.PlanBaselines.revisions(file, from)) {
			rows.add(new pdca.export.RevisionTable.Row(r.where(), pdca.export.RevisionTable.Kind.valueOf(r.kind().name()),
					r.feature(), r.before(), r.after(), r.deadline()));
		}
		return new pdca.export.RevisionTable(from, null, rows);
	}

	private static ExportProgress monitorOf(IProgressMonitor monitor) {
		return new ExportProgress() {
			@Override
			public void worked(int units) {
				monitor.worked(units);
			}

			@Override
			public boolean isCanceled() {
				return monitor.isCanceled();
			}

			@Override
			public void subTask(String name) {
				monitor.subTask(name);
			}
		};
	}

	private void report(Path destination, int written, List<String> failures, boolean canceled) {
		String message;
		int kind = MessageDialog.INFORMATION;
		if (canceled) {
			message = MessageBundle.bind(ExportMessages.export_canceledMessage, written, destination);
		} else if (!failures.isEmpty()) {
			kind = MessageDialog.WARNING;
			message = MessageBundle.bind(ExportMessages.export_doneWithErrors,
					new Object[] { written, destination, failures.size(), String.join("\n", failures) });
		} else {
			message = MessageBundle.bind(ExportMessages.export_doneMessage, written, destination);
		}
		MessageDialog dialog = new MessageDialog(getShell(), ExportMessages.export_doneTitle, null, message, kind, 0,
				ExportMessages.export_openFolder, ExportMessages.export_close);
		if (dialog.open() == 0) {
			Program.launch(destination.toString());
		}
	}
}
