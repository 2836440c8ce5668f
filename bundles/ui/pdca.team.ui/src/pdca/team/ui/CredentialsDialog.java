package pdca.team.ui;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import pdca.model.i18n.MessageBundle;

/**
 * 需要登入: the user name and password a shared workspace's server asks for, and whether to keep them in Eclipse secure
 * storage (kept by default; encrypted with the workbench's master password).
 */
final class CredentialsDialog extends TitleAreaDialog {

	private final URIish uri;
	private final String knownUser;
	private Text user;
	private Text password;
	private Button keep;
	private SecureCredentials.Answer answer;

	CredentialsDialog(Shell parent, URIish uri, String knownUser) {
		super(parent);
		this.uri = uri;
		this.knownUser = knownUser;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TeamUiMessages.login_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(TeamUiMessages.login_title);
		setMessage(MessageBundle.bind(TeamUiMessages.login_message, uri.setUser(null).setPass(null)));
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText(TeamUiMessages.login_user);
		user = new Text(body, SWT.BORDER);
		user.setText(knownUser == null ? "" : knownUser);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(user);
		new Label(body, SWT.NONE).setText(TeamUiMessages.login_password);
		password = new Text(body, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		keep = new Button(body, SWT.CHECK);
		keep.setText(TeamUiMessages.login_keep);
		keep.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(keep);
		(user.getText().isEmpty() ? user : password).setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, TeamUiMessages.login_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		answer = new SecureCredentials.Answer(user.getText().strip(), password.getText(), keep.getSelection());
		super.okPressed();
	}

	/** The fields, user name then password, and the keep box (for tests). */
	Control[] fields() {
		return new Control[] { user, password, keep };
	}

	/** Asks in this dialog on the display's thread, from any thread (a sync runs in a background job). */
	static final class Asker implements SecureCredentials.Prompt {
		private final Display display;

		Asker(Display display) {
			this.display = display;
		}

		@Override
		public SecureCredentials.Answer ask(URIish uri, String user) {
			AtomicReference<SecureCredentials.Answer> result = new AtomicReference<>();
			if (display.isDisposed()) {
				return null;
			}
			display.syncExec(() -> {
				CredentialsDialog dialog = new CredentialsDialog(display.getActiveShell(), uri, user);
				if (dialog.open() == Window.OK) {
					result.set(dialog.answer);
				}
			});
			return result.get();
		}
	}
}
