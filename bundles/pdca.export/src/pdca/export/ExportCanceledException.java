package pdca.export;

import java.nio.file.Path;

/** The user cancelled the export; the packet being written was removed. */
public class ExportCanceledException extends ExportException {

	private static final long serialVersionUID = 1L;

	public ExportCanceledException(Path planFile) {
		super(planFile, planFile == null ? ExportMessages.get("export.canceled")
				: ExportMessages.format("export.canceledPlan", planFile));
	}
}
