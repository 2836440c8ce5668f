package pdca.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;

import pdca.model.i18n.MessageBundle;
import pdca.model.io.PlanFileException;
import pdca.model.logic.Terms;
import pdca.ui.UiMessages;

/**
 * At start, offers back the unsaved work that a crash left in the recovery area: for each plan, restore it into
 * the plan editor (unsaved, to be checked and saved), discard it, or decide later.
 */
public final class RecoveryOffer {

	/** What to do with one recovered state. */
	public enum Choice {
		RESTORE, DISCARD, LATER
	}

	private RecoveryOffer() {
	}

	/** Offers every entry of the workspace's recovery area, asking the user in a dialog. */
	public static void offer(IWorkbenchWindow window) {
		offer(window, Recovery.ofWorkspace(), entry -> ask(window, entry));
	}

	/** Offers every entry of {@code recovery}; {@code choose} decides for each. */
	static void offer(IWorkbenchWindow window, Recovery recovery, Function<Recovery.Entry, Choice> choose) {
		for (Recovery.Entry entry : recovery.entries()) {
			switch (choose.apply(entry)) {
				case RESTORE -> restore(window, recovery, entry);
				case DISCARD -> recovery.discard(entry);
				default -> {
					// kept for the next start
				}
			}
		}
	}

	private static Choice ask(IWorkbenchWindow window, Recovery.Entry entry) {
		String time = Terms.date(entry.time().atZone(ZoneId.systemDefault()).toLocalDate()) + " "
				+ DateTimeFormatter.ofPattern("HH:mm").format(entry.time().atZone(ZoneId.systemDefault()));
		int answer = new MessageDialog(window.getShell(), UiMessages.recovery_title, null,
				MessageBundle.bind(UiMessages.recovery_message, entry.file().toString(), time), MessageDialog.QUESTION, 0,
				UiMessages.recovery_restore, UiMessages.recovery_discard, UiMessages.recovery_later).open();
		return switch (answer) {
			case 0 -> Choice.RESTORE;
			case 1 -> Choice.DISCARD;
			default -> Choice.LATER;
		};
	}

	private static void restore(IWorkbenchWindow window, Recovery recovery, Recovery.Entry entry) {
		IFile file = entry.workspaceFile();
		try {
			if (!file.exists()) {
				if (file.getProject() == null || !file.getProject().isOpen()) {
					MessageDialog.openError(window.getShell(), UiMessages.recovery_title,
							MessageBundle.bind(UiMessages.recovery_noProject, entry.file().toString()));
					return;
				}
				// the plan file is gone: the recovered work becomes the file again
				Files.createDirectories(file.getLocation().toPath().getParent());
				Files.copy(entry.plan(), file.getLocation().toPath());
				file.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
			}
			if (IDE.openEditor(window.getActivePage(), file, PlanEditor.ID, true) instanceof PlanEditor editor) {
				editor.restore(entry);
			}
		} catch (CoreException | IOException | PlanFileException e) {
			ILog.of(RecoveryOffer.class).error("Cannot restore the recovered work of " + entry.file(), e);
			MessageDialog.openError(window.getShell(), UiMessages.recovery_title,
					MessageBundle.bind(UiMessages.recovery_failed, entry.file().toString(), e.getMessage()));
		}
	}
}
