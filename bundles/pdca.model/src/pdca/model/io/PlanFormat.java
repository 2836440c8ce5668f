package pdca.model.io;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import pdca.model.Plan;
import pdca.model.i18n.Messages;

/**
 * Versions of the plan file format and the migrations between them.
 *
 * <p>A file records the version it was written with ({@code formatVersion}). On load, every
 * migration from that version up to {@link #CURRENT_VERSION} is applied in order; the next
 * save writes the current version. A file written by a newer version of the workbench is
 * refused rather than silently losing what this version does not know.
 */
public final class PlanFormat {

	/** The format version this build writes. */
	public static final int CURRENT_VERSION = 1;

	/**
	 * Migrations indexed by the version they upgrade from: element {@code i} turns a version
	 * {@code i + 1} plan into a version {@code i + 2} plan. Empty while only version 1 exists.
	 */
	private static final List<Consumer<Plan>> MIGRATIONS = List.of();

	private PlanFormat() {
	}

	/** Brings a freshly loaded plan up to the current format version. */
	static void migrate(Plan plan, Path file) throws PlanFileException {
		int version = plan.isSetFormatVersion() ? plan.getFormatVersion() : 1;
		if (version > CURRENT_VERSION) {
			throw new PlanFileException(file, 0, Messages.format("load.newerFormat", version, CURRENT_VERSION), null);
		}
		if (version < 1) {
			throw new PlanFileException(file, 0, Messages.format("load.badFormat", version), null);
		}
		for (int v = version; v < CURRENT_VERSION; v++) {
			MIGRATIONS.get(v - 1).accept(plan);
		}
		plan.setFormatVersion(CURRENT_VERSION);
	}
}
