package pdca.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts shipped with the workbench: Noto Sans CJK (SIL Open Font License 1.1, see OFL.txt in
 * this plug-in), Regular and Bold, as OpenType collections. Traditional Chinese is face
 * {@value #TRADITIONAL_CHINESE_FACE} of each collection. Exports never use fonts installed on the
 * user's machine.
 */
public final class CjkFonts {

	/** Index of Noto Sans CJK TC in the collections. */
	public static final int TRADITIONAL_CHINESE_FACE = 3;

	/** File name of the regular collection. */
	public static final String REGULAR = "NotoSansCJK-Regular.ttc";

	/** File name of the bold collection. */
	public static final String BOLD = "NotoSansCJK-Bold.ttc";

	private static volatile byte[] regular;
	private static volatile byte[] bold;

	private CjkFonts() {
	}

	/** The bytes of the regular collection, read once. */
	public static byte[] regular() {
		byte[] b = regular;
		if (b == null) {
			synchronized (CjkFonts.class) {
				if (regular == null) {
					regular = read(REGULAR);
				}
				b = regular;
			}
		}
		return b;
	}

	/** The bytes of the bold collection, read once. */
	public static byte[] bold() {
		byte[] b = bold;
		if (b == null) {
			synchronized (CjkFonts.class) {
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
