package pdca.export.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

import pdca.export.ExportCanceledException;
import pdca.export.ExportException;
import pdca.export.ExportProgress;
import pdca.export.MeetingExporter;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;

/**
 * 產製會議資料 / 產製會議紀錄: writes the handout or the minutes of a review meeting as ODT and PDF/A into a folder the
 * user chooses, with a progress bar that can cancel, then offers to open the folder. From the plan editor's review
 * meeting page it is the meeting selected there; from the PDCA dashboard it is the quarter shown. The plan is the
 * one in the editor, unsaved changes included: a copy of it is written, so editing may go on.
 * <p>
 * The handler is contributed by this plug-in to tool bars that {@code pdca.ui} and {@code pdca.tracker.ui} offer
 * ({@code toolbar:pdca.ui.reviewMeetingPage}, the dashboard view's tool bar and menu); it reaches the editor's plan
 * and the dashboard's status through adapters, so neither of those plug-ins depends on the export.
 */
public class MeetingDocumentsHandler extends AbstractHandler implements IExecutableExtension {

	/** The command parameter telling where the command was given: {@code editor} or {@code dashboard}. */
	public static final String SOURCE = "pdca.export.ui.meetingSource";

	/** The id of the PDCA dashboard view. */
	static final String DASHBOARD = "pdca.tracker.ui.dashboard";

	private MeetingExporter.Document document = MeetingExporter.Document.HANDOUT;

	/** Where the documents are written when a test runs the command (no folder dialog then). */
	private static Path destinationForTests;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if ("minutes".equals(data)) {
			document = MeetingExporter.Document.MINUTES;
		}
	}

	/** What the documents are about: a plan (the editor's), its file, a quarter and the meeting (or none). */
	record Subject(Plan plan, Path planFile, Quarter quarter, ReviewMeeting meeting) {
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		Shell shell = window.getShell();
		IWorkbenchPage page = window.getActivePage();
		boolean fromDashboard = "dashboard".equals(event.getParameter(SOURCE))
				|| event.getParameter(SOURCE) == null && HandlerUtil.getActivePart(event) instanceof IViewPart view
						&& DASHBOARD.equals(view.getSite().getId());
		Subject subject = fromDashboard ? fromDashboard(page, shell) : fromEditor(page, shell);
		if (subject == null) {
			return null;
		}
		Path destination = destination(shell, subject);
		if (destination == null) {
			return null;
		}
		write(shell, subject, destination);
		return null;
	}

	/** The meeting selected on the editor's review meeting page; without one, the handout of the quarter the plan opens on. */
	private Subject fromEditor(IWorkbenchPage page, Shell shell) {
		IEditorPart editor = page.getActiveEditor();
		Plan plan = editor == null ? null : Adapters.adapt(editor, Plan.class);
		if (plan == null) {
			MessageDialog.openInformation(shell, title(), ExportMessages.meeting_noPlan);
			return null;
		}
		ReviewMeeting meeting = meetingIn(editor.getSite().getSelectionProvider() == null ? null
				: editor.getSite().getSelectionProvider().getSelection());
		if (meeting != null) {
			Quarter quarter;
			try {
				quarter = ReviewAgenda.quarterOf(meeting);
			} catch (IllegalArgumentException e) {
				MessageDialog.openInformation(shell, title(), ExportMessages.meeting_withoutQuarter);
				return null;
			}
			return new Subject(plan, fileOf(editor), quarter, meeting);
		}
		if (document == MeetingExporter.Document.MINUTES) {
			MessageDialog.openInformation(shell, title(), ExportMessages.meeting_selectOne);
			return null;
		}
		Quarter quarter = TrackerStatus.defaultQuarter(plan);
		return new Subject(plan, fileOf(editor), quarter, only(plan, quarter, shell));
	}

	/** The quarter the dashboard shows, of the plan it follows. */
	private Subject fromDashboard(IWorkbenchPage page, Shell shell) {
		IViewPart view = page.findView(DASHBOARD);
		TrackerStatus status = view == null ? null : Adapters.adapt(view, TrackerStatus.class);
		if (status == null) {
			MessageDialog.openInformation(shell, title(), ExportMessages.meeting_noPlan);
			return null;
		}
		Plan plan = status.plan();
		IEditorPart editor = null;
		for (IEditorReference ref : page.getEditorReferences()) {
			IEditorPart e = ref.getEditor(false);
			if (e != null && Adapters.adapt(e, Plan.class) == plan) {
				editor = e;
			}
		}
		Path file = editor == null ? Path.of("plan.pdca") : fileOf(editor);
		List<ReviewMeeting> meetings = MeetingExporter.meetingsOf(plan, status.quarter());
		if (meetings.isEmpty() && document == MeetingExporter.Document.MINUTES) {
			MessageDialog.openInformation(shell, title(), MessageBundle.bind(ExportMessages.meeting_noneInQuarter, Terms.quarter(status.quarter())));
			return null;
		}
		ReviewMeeting meeting = meetings.size() == 1 ? meetings.get(0) : meetings.isEmpty() ? null : choose(shell, meetings);
		if (meetings.size() > 1 && meeting == null) {
			return null;
		}
		return new Subject(plan, file, status.quarter(), meeting);
	}

	/** The quarter's meeting when there is one; the user picks among several; null when there is none. */
	private ReviewMeeting only(Plan plan, Quarter quarter, Shell shell) {
		List<ReviewMeeting> meetings = MeetingExporter.meetingsOf(plan, quarter);
		return meetings.size() == 1 ? meetings.get(0) : meetings.isEmpty() ? null : choose(shell, meetings);
	}

	private ReviewMeeting choose(Shell shell, List<ReviewMeeting> meetings) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				ReviewMeeting m = (ReviewMeeting) element;
				return (m.getDate() == null ? "" : Terms.date(m.getDate()) + "  ") + (m.getTitle() == null ? "" : m.getTitle());
			}
		});
		dialog.setTitle(title());
		dialog.setMessage(ExportMessages.meeting_choose);
		dialog.setElements(meetings.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == ElementListSelectionDialog.OK && dialog.getFirstResult() instanceof ReviewMeeting m ? m : null;
	}

	private static ReviewMeeting meetingIn(ISelection selection) {
		if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
			for (EObject e = s.getFirstElement() instanceof EObject o ? o : null; e != null; e = e.eContainer()) {
				if (e instanceof ReviewMeeting m) {
					return m;
				}
			}
		}
		return null;
	}

	private static Path fileOf(IEditorPart editor) {
		IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
		return file != null && file.getLocation() != null ? file.getLocation().toPath() : Path.of(editor.getTitle());
	}

	private String title() {
		return document == MeetingExporter.Document.HANDOUT ? ExportMessages.meeting_handoutTitle : ExportMessages.meeting_minutesTitle;
	}

	/** The folder to write into: asked for, starting from the last one used or the plan's folder. */
	private Path destination(Shell shell, Subject subject) {
		if (destinationForTests != null) {
			return destinationForTests;
		}
		IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(getClass())).getDialogSettings();
		String last = settings.get("meetingDestination");
		Path parent = subject.planFile().toAbsolutePath().getParent();
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(title());
		dialog.setMessage(MessageBundle.bind(ExportMessages.meeting_chooseFolder, Terms.quarter(subject.quarter())));
		dialog.setFilterPath(last != null && Files.isDirectory(Path.of(last)) ? last : parent == null ? null : parent.toString());
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		settings.put("meetingDestination", chosen);
		return Path.of(chosen);
	}

	private void write(Shell shell, Subject subject, Path destination) {
		// a copy: the editor's plan (unsaved changes included) as it is now; editing may go on meanwhile
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Plan copy = (Plan) copier.copy(subject.plan());
		copier.copyReferences();
		ReviewMeeting meeting = subject.meeting() == null ? null : (ReviewMeeting) copier.get(subject.meeting());
		MeetingExporter exporter = new MeetingExporter(FrameworkUtil.getBundle(MeetingExporter.class).getVersion().toString());
		MeetingExporter.Written[] written = { null };
		String[] failure = { null };
		boolean[] canceled = { false };
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				SubMonitor progress = SubMonitor.convert(monitor, title(), MeetingExporter.WORK);
				try {
					written[0] = exporter.export(copy, subject.planFile(), subject.quarter(), meeting, document,
							EnumSet.allOf(MeetingExporter.Format.class), destination, monitorOf(progress));
				} catch (ExportCanceledException e) {
					canceled[0] = true;
				} catch (ExportException e) {
					failure[0] = e.getMessage();
				}
			});
		} catch (InvocationTargetException e) {
			failure[0] = String.valueOf(e.getCause());
		} catch (InterruptedException e) {
			canceled[0] = true;
		}
		if (canceled[0]) {
			MessageDialog.openInformation(shell, title(), ExportMessages.meeting_canceled);
			return;
		}
		if (failure[0] != null) {
			MessageDialog.openError(shell, title(), failure[0]);
			return;
		}
		refreshWorkspace(destination);
		List<String> names = written[0].files().stream().map(p -> p.getFileName().toString()).toList();
		if (destinationForTests != null) {
			return;
		}
		MessageDialog done = new MessageDialog(shell, title(), null,
				MessageBundle.bind(ExportMessages.meeting_done, String.join("\n", names), destination), MessageDialog.INFORMATION, 0,
				ExportMessages.export_openFolder, ExportMessages.export_close);
		if (done.open() == 0) {
			Program.launch(destination.toString());
		}
	}

	/** Shows the files in the Project Explorer when they were written into the workspace. */
	private static void refreshWorkspace(Path destination) {
		IContainer container = ResourcesPlugin.getWorkspace().getRoot()
				.getContainerForLocation(org.eclipse.core.runtime.IPath.fromPath(destination));
		if (container != null) {
			try {
				container.refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException e) {
				// the files are written; the Project Explorer shows them at its next refresh
			}
		}
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

	/** Writes into {@code folder} without asking and without the closing dialog (null: ask again); for tests. */
	public static void writeWithoutAskingInto(Path folder) {
		destinationForTests = folder;
	}
}
