package pdca.export;

import java.nio.file.Path;

/** The user cancelled the export; the packet being written was removed. */
public class ExportCanceledException extends ExportException {

	private static final long serialVersionUID = 1L;

	public ExportCanceledException(Path planFile) {
		super(planFile, "Export cancelled" + (planFile == null ? "" : " while writing the packet of " + planFile)
				+ "; nothing of that packet was kept.");
	}
}
