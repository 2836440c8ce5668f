package pdca.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The product's icon (the PDCA cycle, icons/pdca-SIZE.png) on the workbench window and every dialog: what
 * the task bar, the window switcher and the dock show. The same picture as the archives' and the Debian
 * package's icon (releng/pdca.product/dist/icons/pdca.svg). The images live as long as the workbench.
 */
final class WindowIcons {

	static final int[] SIZES = { 16, 32, 48, 128 };

	private WindowIcons() {
	}

	/** Makes the icon the default image of every JFace window; returns the images (empty if none was found). */
	static Image[] install() {
		Bundle bundle = FrameworkUtil.getBundle(WindowIcons.class);
		List<Image> images = new ArrayList<>();
		for (int size : SIZES) {
			URL url = FileLocator.find(bundle, IPath.fromOSString("icons/pdca-" + size + ".png"));
			if (url == null) {
				ILog.of(WindowIcons.class).warn("The window icon icons/pdca-" + size + ".png is missing from " + bundle);
				continue;
			}
			images.add(ImageDescriptor.createFromURL(url).createImage());
		}
		Image[] array = images.toArray(Image[]::new);
		if (array.length > 0) {
			Window.setDefaultImages(array);
		}
		return array;
	}
}
