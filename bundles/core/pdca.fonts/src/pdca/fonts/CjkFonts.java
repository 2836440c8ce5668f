package pdca.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts shipped with the workbench: Noto Sans CJK TC (SIL Open Font License 1.1, see OFL.txt in
 * this plug-in), Regular and Bold, as OpenType (CFF) fonts taken from Debian's fonts-noto-cjk when
 * the plug-in is built (see extract-tc.py). Exports never use fonts installed on the user's machine.
 */
public final class CjkFonts {

	/** File name of the regular font. */
	public static final String REGULAR = "NotoSansCJKtc-Regular.otf";

	/** File name of the bold font. */
	public static final String BOLD = "NotoSansCJKtc-Bold.otf";

	private static volatile byte[] regular;
	private static volatile byte[] bold;
	// one lock each, so that the two fonts can be read at the same time
	private static final Object REGULAR_LOCK = new Object();
	private static final Object BOLD_LOCK = new Object();

	private CjkFonts() {
	}

	/** The bytes of the regular font, read once. */
	public static byte[] regular() {
		byte[] b = regular;
		if (b == null) {
			synchronized (REGULAR_LOCK) {
				if (regular == null) {
					regular = read(REGULAR);
				}
				b = regular;
			}
		}
		return b;
	}

	/** The bytes of the bold font, read once. */
	public static byte[] bold() {
		byte[] b = bold;
		if (b == null) {
			synchronized (BOLD_LOCK) {
				if (bold == null) {
					bold = read(BOLD);
				}
				b = bold;
			}
		}
		return b;
	}

	private static byte[] read(String file) {
		try (InputStream in = CjkFonts.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("The font " + file + " is missing from the plug-in pdca.fonts;"
						+ " the installation is incomplete, install the workbench again.");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("Could not read the font " + file + " from the plug-in pdca.fonts", e);
		}
	}
}
