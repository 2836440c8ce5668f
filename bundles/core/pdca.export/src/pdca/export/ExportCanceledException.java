package pdca.export;

import java.nio.file.Path;

/** The user cancelled the export; what was being written (a packet, meeting documents) was removed. */
public class ExportCanceledException extends ExportException {

	private static final long serialVersionUID = 1L;

	public ExportCanceledException(Path planFile) {
		super(planFile, planFile == null ? ExportMessages.get("export.canceled")
				: ExportMessages.format("export.canceledPlan", planFile));
	}

	ExportCanceledException(Path planFile, String message) {
		super(planFile, message);
	}
}
