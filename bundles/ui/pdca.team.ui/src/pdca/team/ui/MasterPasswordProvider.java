package pdca.team.ui;

import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The master password that encrypts what the workbench keeps in Eclipse secure storage (the passwords of shared
 * workspaces' servers), asked for once per session; chosen, and typed twice, the first time. The product ships no
 * operating-system keyring module, so the password is the user's own; forgotten, it costs only the kept server
 * passwords, which are asked for again.
 */
public final class MasterPasswordProvider extends PasswordProvider {

	private static final int RETRIES = 2;
	private int retries = RETRIES;

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		Display display = Display.getDefault();
		boolean create = (passwordType & CREATE_NEW_PASSWORD) != 0 || (passwordType & PASSWORD_CHANGE) != 0;
		AtomicReference<char[]> result = new AtomicReference<>();
		display.syncExec(() -> {
			Dialog dialog = new Dialog(display.getActiveShell(), create);
			if (dialog.open() == Window.OK) {
				result.set(dialog.password);
			}
		});
		return result.get() == null ? null : new PBEKeySpec(result.get());
	}

	@Override
	public boolean retryOnError(Exception e, IPreferencesContainer container) {
		// a wrong master password: ask again, a few times
		return retries-- > 0;
	}

	/** The dialog: the password, and again when it is chosen now. */
	static final class Dialog extends TitleAreaDialog {
		private final boolean create;
		private Text first;
		private Text second;
		char[] password;

		Dialog(Shell parent, boolean create) {
			super(parent);
			this.create = create;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(TeamUiMessages.master_title);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			setTitle(TeamUiMessages.master_title);
			setMessage(create ? TeamUiMessages.master_create : TeamUiMessages.master_enter);
			Composite body = new Composite(area, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
			new Label(body, SWT.NONE).setText(TeamUiMessages.master_password);
			first = new Text(body, SWT.BORDER | SWT.PASSWORD);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(first);
			first.addModifyListener(e -> check());
			if (create) {
				new Label(body, SWT.NONE).setText(TeamUiMessages.master_again);
				second = new Text(body, SWT.BORDER | SWT.PASSWORD);
				GridDataFactory.fillDefaults().grab(true, false).applyTo(second);
				second.addModifyListener(e -> check());
			}
			return area;
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			super.createButtonsForButtonBar(parent);
			check();
		}

		private void check() {
			var ok = getButton(IDialogConstants.OK_ID);
			if (ok == null) {
				return;
			}
			boolean empty = first.getText().isEmpty();
			boolean differ = second != null && !first.getText().equals(second.getText());
			ok.setEnabled(!empty && !differ);
			if (differ && !second.getText().isEmpty()) {
				setMessage(TeamUiMessages.master_mismatch, IMessageProvider.WARNING);
			} else {
				setMessage(create ? TeamUiMessages.master_create : TeamUiMessages.master_enter);
			}
		}

		@Override
		protected void okPressed() {
			password = first.getText().toCharArray();
			super.okPressed();
		}
	}
}
