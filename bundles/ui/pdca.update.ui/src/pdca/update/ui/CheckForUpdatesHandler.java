package pdca.update.ui;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;

import pdca.model.i18n.MessageBundle;
import pdca.update.UpdateMessages;
import pdca.update.UpdateSite;
import pdca.update.Updater;

/**
 * Help › Check for Updates: looks on the update site for a newer build in the background, offers to
 * install it, installs it in the background and offers to restart. Every outcome is told in a
 * dialog that says what to do next.
 */
public class CheckForUpdatesHandler extends AbstractHandler {

	/** Id of the Updates preference page. */
	public static final String PREFERENCE_PAGE = "pdca.update.ui.preferences";
	/** System property the starters set when they start the workbench again after it asks to restart. */
	static final String RESTART_PROPERTY = "pdca.restart";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Updater updater = Updater.ofThisInstallation();
		if (updater == null) {
			MessageDialog.openInformation(shell, UpdateUiMessages.update_title, Updater.whyNot());
			return null;
		}
		String site = UpdateSite.current();
		if (site.isBlank()) {
			offerPreferences(shell, MessageDialog.INFORMATION, MessageBundle.bind(UpdateMessages.update_noSite, UpdateSite.FILE));
			return null;
		}
		URI uri;
		try {
			uri = UpdateSite.toUri(site);
		} catch (URISyntaxException e) {
			offerPreferences(shell, MessageDialog.ERROR, MessageBundle.bind(UpdateMessages.site_invalid, site, e.getReason()));
			return null;
		}
		Display display = shell.getDisplay();
		Job check = Job.create(UpdateUiMessages.update_checkJob, (IProgressMonitor monitor) -> {
			Updater.Result result = updater.check(uri, monitor);
			display.asyncExec(() -> checked(activeShell(display), updater, result));
			return Status.OK_STATUS;
		});
		check.setUser(true);
		check.schedule();
		return null;
	}

	private static void checked(Shell shell, Updater updater, Updater.Result result) {
		switch (result.outcome()) {
		case UP_TO_DATE -> MessageDialog.openInformation(shell, UpdateUiMessages.update_title, result.message());
		case FAILED -> offerPreferences(shell, MessageDialog.ERROR, result.message());
		case AVAILABLE -> {
			MessageDialog ask = new MessageDialog(shell, UpdateUiMessages.update_title, null,
					MessageBundle.bind(UpdateUiMessages.update_askInstall, result.message()), MessageDialog.QUESTION, 0,
					UpdateUiMessages.update_install, UpdateUiMessages.update_later);
			if (ask.open() == 0) {
				install(shell.getDisplay(), updater, result);
			}
		}
		default -> MessageDialog.openInformation(shell, UpdateUiMessages.update_title, result.message());
		}
	}

	private static void install(Display display, Updater updater, Updater.Result available) {
		Job install = Job.create(MessageBundle.bind(UpdateUiMessages.update_installJob, available.available()), (IProgressMonitor monitor) -> {
			Updater.Result done = updater.install(available, monitor);
			display.asyncExec(() -> installed(activeShell(display), done));
			return Status.OK_STATUS;
		});
		install.setUser(true);
		install.setPriority(Job.LONG);
		install.schedule();
	}

	private static void installed(Shell shell, Updater.Result done) {
		if (done.outcome() != Updater.Outcome.INSTALLED) {
			MessageDialog.openError(shell, UpdateUiMessages.update_title, done.message());
			return;
		}
		if (!"loop".equals(System.getProperty(RESTART_PROPERTY))) {
			// the starter cannot start the workbench again by itself (e.g. on Windows): say so
			MessageDialog.openInformation(shell, UpdateUiMessages.update_title, MessageBundle.bind(UpdateUiMessages.update_restartByHand, done.message()));
			return;
		}
		MessageDialog ask = new MessageDialog(shell, UpdateUiMessages.update_title, null,
				MessageBundle.bind(UpdateUiMessages.update_askRestart, done.message()), MessageDialog.QUESTION, 0,
				UpdateUiMessages.update_restartNow, UpdateUiMessages.update_restartLater);
		if (ask.open() == 0) {
			PlatformUI.getWorkbench().restart();
		}
	}

	/** A message with a button that opens the Updates preference page. */
	private static void offerPreferences(Shell shell, int kind, String message) {
		MessageDialog dialog = new MessageDialog(shell, UpdateUiMessages.update_title, null, message, kind, 1,
				UpdateUiMessages.update_openPreferences, IDialogConstants.CLOSE_LABEL);
		if (dialog.open() == 0) {
			PreferencesUtil.createPreferenceDialogOn(shell, PREFERENCE_PAGE, new String[] { PREFERENCE_PAGE }, null).open();
		}
	}

	private static Shell activeShell(Display display) {
		Shell shell = display.getActiveShell();
		if (shell == null && PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
			shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		}
		return shell;
	}

}
