package pdca.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The first start of a workspace (as in this test run) opens the window maximised, and remembers that it did
 * so that a later start keeps the size the user chose; un-maximised, the window fits a 1366 × 768 laptop.
 * (Under Xvfb there is no window manager to draw it maximised: this checks what the workbench asked for.)
 */
class FirstStartWindowTest {

	@Test
	void theFirstWindowOfAWorkspaceIsMaximisedOnce() {
		assertTrue(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMaximized());
		assertTrue(InstanceScope.INSTANCE.getNode("pdca.ui").getBoolean(PdcaWindowAdvisor.MAXIMISED_ONCE, false),
				"remembered, so the next start restores the user's size");
	}

	@Test
	void theWindowFitsTheScreenWhenNotMaximised() {
		// a 1366 × 768 laptop less a 40-pixel task bar; a 1920 × 1080 projector
		assertEquals(new Point(1366, 728), PdcaWindowAdvisor.initialSize(new Rectangle(0, 40, 1366, 728)));
		assertEquals(new Point(1400, 900), PdcaWindowAdvisor.initialSize(new Rectangle(0, 0, 1920, 1040)));
	}
}
