package pdca.test.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What the UI tests of every bundle need to drive the workbench on its own thread: letting it
 * run until something happened, and answering the dialogs that a command opens (they are modal, so
 * the test's answer has to be queued before the command runs).
 */
public final class UiTests {

	private UiTests() {
	}

	/** How long {@link #waitUntil(String, BooleanSupplier)} waits before the test fails. */
	public static final long TIMEOUT_MS = 10_000;

	/**
	 * Runs the event loop until {@code done} holds or {@code millis} have passed; the caller checks
	 * what it waited for. {@link #waitUntil} fails by itself.
	 */
	public static void spin(BooleanSupplier done, long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/**
	 * Runs the event loop until {@code condition} holds; fails the test, saying what it waited for,
	 * when it does not hold within {@link #TIMEOUT_MS}.
	 */
	public static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, condition, TIMEOUT_MS);
	}

	/** {@link #waitUntil(String, BooleanSupplier)} with a timeout of {@code millis}. */
	public static void waitUntil(String what, BooleanSupplier condition, long millis) {
		long start = System.currentTimeMillis();
		spin(condition, millis);
		if (!condition.getAsBoolean()) {
			throw new AssertionError("waited " + (System.currentTimeMillis() - start) + " ms for: " + what);
		}
	}

	/**
	 * Runs the event loop until no job of {@code family} is waiting or running (within
	 * {@link #TIMEOUT_MS}), then dispatches what the jobs left for the UI thread.
	 */
	public static void waitForJobs(Object family) {
		waitUntil("the jobs of " + family + " to finish",
				() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(family).length == 0);
		settle();
	}

	/**
	 * Dispatches the events waiting for the UI thread, including those the dispatching itself
	 * causes (layout, painting, posted runnables), until there are none.
	 */
	public static void settle() {
		Display display = Display.getCurrent();
		display.update();
		while (display.readAndDispatch()) {
			// until idle
		}
	}

	/** A dialog answered by {@link UiTests#whenOpen}: what went wrong, if anything, once it ran. */
	public static final class Answer {
		private volatile Throwable failure;
		private volatile boolean done;

		/** Whether the dialog was found and answered (or the wait gave up). */
		public boolean done() {
			return done;
		}

		/** Throws what went wrong: the answer's own failure, or that the dialog never opened. */
		public void check() throws Throwable {
			if (failure != null) {
				throw failure;
			}
		}
	}

	/**
	 * Runs {@code action} on the dialog whose shell data is of {@code type} once it is open (within
	 * 20 s). A failure of the action closes the dialog and is kept in the answer, as is a dialog that
	 * did not open.
	 */
	public static <T> Answer whenOpen(Class<T> type, Consumer<T> action) {
		Display display = Display.getCurrent();
		Answer answer = new Answer();
		long end = System.currentTimeMillis() + 20_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (!s.isDisposed() && s.isVisible() && type.isInstance(s.getData())) {
					try {
						action.accept(type.cast(s.getData()));
					} catch (Throwable t) {
						answer.failure = t;
						if (!s.isDisposed()) {
							s.close();
						}
					}
					answer.done = true;
					return;
				}
			}
			if (System.currentTimeMillis() < end) {
				display.timerExec(50, poll[0]);
			} else {
				answer.failure = new AssertionError(type.getSimpleName() + " did not open");
				answer.done = true;
			}
		};
		display.timerExec(50, poll[0]);
		return answer;
	}

	/**
	 * Closes the next message dialog that opens (within 20 s); the returned list, empty until
	 * then, gets the texts the dialog showed.
	 */
	public static List<String> closeNextMessage() {
		List<String> told = Collections.synchronizedList(new ArrayList<>());
		whenOpen(MessageDialog.class, dialog -> {
			told.addAll(texts(dialog.getShell()));
			dialog.close();
		});
		return told;
	}

	/**
	 * Presses the button of {@code shell} whose id is {@code id} (a JFace dialog keeps it as the button's data:
	 * {@code IDialogConstants.OK_ID}, or a message dialog's button index), as a click does.
	 */
	public static void press(Shell shell, int id) {
		java.util.ArrayDeque<Control> todo = new java.util.ArrayDeque<>(List.of(shell));
		while (!todo.isEmpty()) {
			Control c = todo.pop();
			if (c instanceof org.eclipse.swt.widgets.Button b && Integer.valueOf(id).equals(b.getData())) {
				b.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
				return;
			}
			if (c instanceof Composite composite) {
				todo.addAll(List.of(composite.getChildren()));
			}
		}
		throw new AssertionError("no button " + id + " in " + shell.getText());
	}

	/** The texts of the labels in {@code control} and below it, in order. */
	public static List<String> texts(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof Label label && !label.getText().isEmpty()) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(texts(child));
			}
		}
		return texts;
	}
}
