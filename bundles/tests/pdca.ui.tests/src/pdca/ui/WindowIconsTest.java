package pdca.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The task bar, the window switcher and the dock show the product's icon (the PDCA cycle in 16, 32, 48 and
 * 128 pixels) for the workbench window and for its dialogs, not the window system's blank one.
 */
class WindowIconsTest {

	private static List<Integer> sizes(Image[] images) {
		return Arrays.stream(images).map(i -> i.getBounds().width).sorted().toList();
	}

	@Test
	void theWorkbenchWindowHasTheProductIcon() {
		Shell shell = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
		assertEquals(List.of(16, 32, 48, 128), sizes(shell.getImages()));
		for (Image image : shell.getImages()) {
			assertEquals(image.getBounds().width, image.getBounds().height, "square");
		}
	}

	@Test
	void aDialogHasTheProductIcon() {
		Shell parent = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
		MessageDialog dialog = new MessageDialog(parent, "PDCA", null, "…", MessageDialog.INFORMATION, 0, "OK");
		dialog.setBlockOnOpen(false);
		dialog.create();
		try {
			assertEquals(List.of(16, 32, 48, 128), sizes(dialog.getShell().getImages()));
		} finally {
			dialog.close();
		}
	}
}
