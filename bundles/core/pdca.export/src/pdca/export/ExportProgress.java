package pdca.export;

/**
 * Progress and cancellation of an export. The command line passes {@link #NONE}; the workbench
 * adapts its {@code IProgressMonitor}. Each plan is {@link PacketExporter#WORK_PER_PLAN} units of work.
 */
public interface ExportProgress {

	/** No progress shown, never cancelled. */
	ExportProgress NONE = new ExportProgress() {
		@Override
		public void worked(int units) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	/** {@code units} more units of work are done. */
	void worked(int units);

	/** Whether the user asked to stop; the exporter checks it between steps. */
	boolean isCanceled();

	/** What is being done now (a plan, a file); shown by the workbench. */
	default void subTask(String name) {
	}
}
