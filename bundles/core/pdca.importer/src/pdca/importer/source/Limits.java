package pdca.importer.source;

/**
 * How much of a document the importer reads before it refuses it: a plan is tens of pages, so
 * these bounds are far above any real plan and far below what would exhaust the workbench.
 */
public final class Limits {

	/** The largest file accepted (a 30-page plan with pictures is a few megabytes). */
	public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
	/** The largest uncompressed XML part read from an ODT or DOCX package. */
	public static final long MAX_PART_BYTES = 64L * 1024 * 1024;
	/** The most a part may expand over its compressed size (zip bombs expand by thousands). */
	public static final long MAX_EXPANSION = 200;
	/** The most characters of text taken from a document. */
	public static final int MAX_CHARACTERS = 4_000_000;
	/** The most pages read from a PDF. */
	public static final int MAX_PAGES = 500;

	private Limits() {
	}
}
