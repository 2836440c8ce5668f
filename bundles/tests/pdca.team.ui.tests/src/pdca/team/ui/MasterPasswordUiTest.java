package pdca.team.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.press;
import static pdca.test.support.UiTests.whenOpen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import pdca.test.support.UiTests;
import pdca.test.support.UseLocale;

/**
 * The master password of the workbench's secure storage, as the officer meets it: chosen the first time and typed
 * twice (OK only when both agree and are not empty, a warning when they differ), typed once after that, and
 * nothing kept when the dialog is cancelled.
 */
@UseLocale("en")
class MasterPasswordUiTest {

	private final MasterPasswordProvider provider = new MasterPasswordProvider();

	@Test
	void chosenTheFirstTimeTypedTwiceAndOkOnlyWhenTheyAgree() throws Throwable {
		List<String> seen = new ArrayList<>();
		UiTests.Answer answer = whenOpen(MasterPasswordProvider.Dialog.class, dialog -> {
			Shell shell = dialog.getShell();
			List<Text> fields = passwordFields(shell);
			assertEquals(2, fields.size(), "the password and the same again");
			assertTrue(words(shell).contains(TeamUiMessages.master_create), words(shell).toString());
			assertFalse(ok(shell).isEnabled(), "no OK with an empty password");
			fields.get(0).setText("ab12cd34");
			fields.get(1).setText("ab12cd35");
			assertFalse(ok(shell).isEnabled(), "no OK while the two differ");
			seen.addAll(words(shell));
			fields.get(1).setText("ab12cd34");
			assertTrue(ok(shell).isEnabled(), "OK once they agree");
			press(shell, IDialogConstants.OK_ID);
		});
		PBEKeySpec password = provider.getPassword(null, PasswordProvider.CREATE_NEW_PASSWORD);
		answer.check();
		assertTrue(seen.contains(TeamUiMessages.master_mismatch), "the warning while they differ: " + seen);
		assertArrayEquals("ab12cd34".toCharArray(), password.getPassword());
	}

	@Test
	void typedOnceAfterThat() throws Throwable {
		UiTests.Answer answer = whenOpen(MasterPasswordProvider.Dialog.class, dialog -> {
			Shell shell = dialog.getShell();
			List<Text> fields = passwordFields(shell);
			assertEquals(1, fields.size());
			assertTrue(words(shell).contains(TeamUiMessages.master_enter), words(shell).toString());
			assertFalse(ok(shell).isEnabled());
			fields.get(0).setText("secret 台北");
			assertTrue(ok(shell).isEnabled());
			press(shell, IDialogConstants.OK_ID);
		});
		PBEKeySpec password = provider.getPassword(null, 0);
		answer.check();
		assertArrayEquals("secret 台北".toCharArray(), password.getPassword());
	}

	@Test
	void cancelledKeepsNothing() throws Throwable {
		UiTests.Answer answer = whenOpen(MasterPasswordProvider.Dialog.class, dialog -> {
			passwordFields(dialog.getShell()).get(0).setText("typed but cancelled");
			press(dialog.getShell(), IDialogConstants.CANCEL_ID);
		});
		PBEKeySpec password = provider.getPassword(null, 0);
		answer.check();
		assertNull(password);
	}

	@Test
	void aWrongPasswordIsAskedForTwiceMoreThenGivenUp() {
		assertTrue(provider.retryOnError(new SecurityException("wrong"), null));
		assertTrue(provider.retryOnError(new SecurityException("wrong"), null));
		assertFalse(provider.retryOnError(new SecurityException("wrong"), null));
	}

	private static List<Text> passwordFields(Shell shell) {
		return all(shell).stream().filter(c -> c instanceof Text t && (t.getStyle() & SWT.PASSWORD) != 0).map(Text.class::cast)
				.toList();
	}

	/** What the dialog says: its labels and read-only texts (the title area's message). */
	private static List<String> words(Shell shell) {
		List<String> words = new ArrayList<>();
		for (Control c : all(shell)) {
			if (c instanceof Label l) {
				words.add(l.getText().strip());
			} else if (c instanceof Text t && (t.getStyle() & SWT.PASSWORD) == 0) {
				words.add(t.getText().strip()); // the title area puts a space before a message with an icon
			}
		}
		return words;
	}

	private static Button ok(Shell shell) {
		return all(shell).stream().filter(c -> c instanceof Button b && Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()))
				.map(Button.class::cast).findFirst().orElseThrow();
	}

	private static List<Control> all(Control root) {
		List<Control> all = new ArrayList<>();
		ArrayDeque<Control> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			Control c = todo.pop();
			all.add(c);
			if (c instanceof Composite composite) {
				todo.addAll(List.of(composite.getChildren()));
			}
		}
		return all;
	}
}
