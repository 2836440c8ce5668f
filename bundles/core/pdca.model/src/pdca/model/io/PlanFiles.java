package pdca.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;

import pdca.model.Identified;
import pdca.model.Plan;
import pdca.model.i18n.Messages;

/**
 * Reads and writes plan files ({@code .pdca}, XMI in UTF-8).
 *
 * <p>Loading is safe: files above {@link #MAX_FILE_BYTES} are refused before parsing, document
 * type declarations are refused by the parser, and every failure becomes a
 * {@link PlanFileException} that names the file and, where the parser knows it, the line.
 *
 * <p>Loading reads the plan file and nothing else: a reference to an element of another
 * document (a web address, a {@code file:} or {@code platform:} URI, a shared folder, another plan
 * file) is never followed but taken out of the loaded plan and reported by validation (see
 * {@link OutsideReferences}); the resource set opens no URI at all.
 *
 * <p>Saving is atomic: the plan is serialised, written to a temporary file in the same folder,
 * forced to disk and renamed over the old file, and the folder is forced to disk, so a crash leaves
 * either the old file or the new one. Temporary files that a killed save left behind are removed
 * by the next save or load in the folder once they are stale (see {@link AtomicFiles}). Characters that XML 1.0 cannot hold (control characters other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) are removed from the
 * plan's texts before it is written.
 */
public final class PlanFiles {

	/** The file extension of plan files. */
	public static final String EXTENSION = "pdca";

	/** Plan files larger than this are refused (a real plan is well under 1 MiB). */
	public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	private static final long MIB = 1024 * 1024;

	private PlanFiles() {
	}

	/**
	 * A resource set that knows the plan model and the plan file format, also outside OSGi. It loads nothing on its
	 * own and opens no URI: plans are loaded into it with {@link #load(Path, ResourceSet)}.
	 */
	public static ResourceSet newResourceSet() {
		return new PlanResourceSet();
	}

	/** Loads the plan in {@code file} into a new resource set. */
	public static Plan load(Path file) throws PlanFileException {
		return load(file, newResourceSet());
	}

	/**
	 * Loads the plan in {@code file} into {@code resourceSet}, which should come from {@link #newResourceSet()}; any
	 * other resource set gets a URI converter that opens nothing, so that loading reads this file and nothing else.
	 */
	public static Plan load(Path file, ResourceSet resourceSet) throws PlanFileException {
		return load(file, resourceSet, PlanFormat.production());
	}

	/**
	 * Loads as {@link #load(Path, ResourceSet)} does, with the versions and migrations of {@code format}: the file's
	 * version is read from its root element first; a newer one is refused before parsing, an older one is migrated
	 * (see {@link PlanFormat}). The file itself is never changed.
	 */
	static Plan load(Path file, ResourceSet resourceSet, PlanFormat format) throws PlanFileException {
		if (!(resourceSet instanceof PlanResourceSet) && !(resourceSet.getURIConverter() instanceof NoOutsideAccess)) {
			resourceSet.setURIConverter(new NoOutsideAccess());
		}
		checkReadable(file);
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null) {
			AtomicFiles.removeStaleTemporaryFiles(folder); // what a killed save left beside the plan
		}
		int version = format.checkedVersion(file);
		byte[] migrated = format.migratedDocument(file, version); // null unless an XML step applies
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try (InputStream in = migrated != null ? new ByteArrayInputStream(migrated) : Files.newInputStream(file)) {
			resource.load(in, null);
		} catch (IOException e) {
			resourceSet.getResources().remove(resource);
			throw describeLoadFailure(file, resource, e);
		} catch (RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw new PlanFileException(file, 0, Messages.format("load.broken", shortened(rootMessage(e))), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plan plan)) {
			resourceSet.getResources().remove(resource);
			throw new PlanFileException(file, 0, Messages.get("load.notAPlan"), null);
		}
		try {
			format.migrate(plan, file, version);
		} catch (PlanFileException e) {
			resourceSet.getResources().remove(resource); // a refused file must not stay loaded
			throw e;
		}
		OutsideReferences.neutralise(resource);
		return plan;
	}

	private static void checkReadable(Path file) throws PlanFileException {
		try {
			if (Files.isDirectory(file)) {
				throw new PlanFileException(file, 0, Messages.get("load.isDirectory"), null);
			}
			long size = Files.size(file);
			if (size == 0) {
				throw new PlanFileException(file, 0, Messages.get("load.empty"), null);
			}
			if (size > MAX_FILE_BYTES) {
				throw new PlanFileException(file, 0,
						Messages.format("load.tooLarge", (size + MIB - 1) / MIB, MAX_FILE_BYTES / MIB), null);
			}
		} catch (NoSuchFileException e) {
			throw new PlanFileException(file, 0, Messages.get("load.missing"), e);
		} catch (IOException e) {
			throw new PlanFileException(file, 0, Messages.format("load.unreadable", e.getMessage()), e);
		}
	}

	private static PlanFileException describeLoadFailure(Path file, Resource resource, IOException e) {
		List<Resource.Diagnostic> errors = new ArrayList<>(resource.getErrors());
		int line = 0;
		String detail = null;
		if (!errors.isEmpty()) {
			Resource.Diagnostic first = errors.get(0);
			line = first.getLine();
			detail = first.getMessage();
		}
		Throwable cause = e;
		while (cause != null) {
			if (cause instanceof XMIException xmi && line == 0) {
				line = xmi.getLine();
			}
			if (cause instanceof org.xml.sax.SAXParseException sax) {
				if (line == 0) {
					line = sax.getLineNumber();
				}
				detail = sax.getMessage();
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		if (detail == null) {
			detail = rootMessage(e);
		}
		detail = shortened(withoutLocation(detail));
		if (line <= 0) {
			// the parser gives no line for a file that ends before its first element is complete, nor for an
			// encoding it does not know: the place is then the end of the file, or its first line
			line = detail.toLowerCase(java.util.Locale.ROOT).contains("end of file") ? lineCount(file) : 1;
		}
		String key = detail.contains("DOCTYPE") ? "load.doctype" : "load.broken";
		if (!errors.isEmpty() && errors.get(0) instanceof PackageNotFoundException foreign) {
			// XML of a namespace that is not the plan format's (a web page, another model): not broken, not a plan
			key = "load.foreignXml";
			detail = foreign.uri();
		}
		return new PlanFileException(file, line, Messages.format(key, detail), e);
	}

	/**
	 * The parser's (or EMF's) words with the file's text they quote cut short ("Value '99999…' is not legal"): a
	 * value of a megabyte would otherwise make the message a megabyte.
	 */
	public static String shortened(String detail) {
		String s = java.util.regex.Pattern.compile("'([^']{40})[^']{8,}'").matcher(detail).replaceAll(m -> "'"
				+ java.util.regex.Matcher.quoteReplacement(m.group(1)) + "…'");
		return s.length() <= 300 ? s : s.substring(0, 300) + "…";
	}

	/** The number of the last line of {@code file}: 1 for an empty one. */
	private static int lineCount(Path file) {
		int lines = 1;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		} catch (IOException e) {
			// the line stays the first
		}
		return lines;
	}

	/** EMF appends "(uri, line, column)" to its messages; the file and line are reported separately. */
	private static String withoutLocation(String message) {
		String m = message.replaceAll("\\s*\\([^()]*, \\d+, \\d+\\)\\s*$", "").strip();
		m = m.replaceAll("[.。]+$", "");
		if (m.startsWith("org.xml.sax.SAXParseException")) {
			m = m.replaceFirst("^org\\.xml\\.sax\\.SAXParseException[^;]*;[^;]*;[^;]*;[^;]*;\\s*", "");
		}
		// "com.sun....MalformedByteSequenceException: Invalid byte 1 of 1-byte UTF-8 sequence": keep the words
		return m.replaceFirst("^(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*", "");
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

	/**
	 * Saves {@code plan} to {@code file} atomically (see {@link AtomicFiles#write}). Elements without an id get one,
	 * and the plan is stamped with the current format version.
	 */
	public static void save(Plan plan, Path file) throws PlanFileException {
		save(plan, file, PlanFormat.production());
	}

	/** Saves as {@link #save(Plan, Path)} does, stamping the plan with the current version of {@code format}. */
	static void save(Plan plan, Path file, PlanFormat format) throws PlanFileException {
		ensureIds(plan);
		UnwritableCharacters.removeFrom(plan);
		checkReferencesStayInside(plan, file);
		plan.setFormatVersion(format.currentVersion());
		Resource resource = plan.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			resource.getContents().add(plan);
		}
		Resource serialised = resource;
		write(file, out -> serialised.save(out, null));
	}

	/** Writes {@code bytes} to {@code file} through a temporary file and an atomic rename. */
	public static void writeAtomically(Path file, byte[] bytes) throws PlanFileException {
		write(file, out -> out.write(bytes));
	}

	/**
	 * Replaces {@code file} with what {@code content} writes (see {@link AtomicFiles#write}); whatever fails, the
	 * old file stays as it was and the message says so.
	 */
	static void write(Path file, AtomicFiles.Content content) throws PlanFileException {
		try {
			AtomicFiles.write(file, content);
		} catch (IOException | RuntimeException e) {
			throw new PlanFileException(file, 0, Messages.format("save.failed", rootMessage(e)), e);
		}
	}

	/**
	 * Refuses to save a plan that refers to an element outside it (e.g. an owner unit of another
	 * plan's organisation, or an element of another document): the file would hold a reference
	 * nothing can resolve. Nothing is resolved while looking.
	 */
	private static void checkReferencesStayInside(Plan plan, Path file) throws PlanFileException {
		List<EObject> all = new ArrayList<>();
		all.add(plan);
		plan.eAllContents().forEachRemaining(all::add);
		for (EObject element : all) {
			for (Iterator<EObject> it = ((InternalEList<EObject>) element.eCrossReferences()).basicIterator(); it.hasNext();) {
				EObject target = it.next();
				if (target.eIsProxy() || EcoreUtil.getRootContainer(target) != plan) {
					throw new PlanFileException(file, 0, Messages.format("save.outsideReference",
							pdca.model.validation.ElementPaths.describe(element)), null);
				}
			}
		}
	}

	/**
	 * A new element id, a random UUID (e.g. {@code 3f2b…-…}): the one way ids are made, for elements added in the
	 * editor, loaded without one, or copied into a new plan.
	 */
	public static String newId() {
		return java.util.UUID.randomUUID().toString();
	}

	/** Gives every element of the plan that has no id a new one. */
	public static void ensureIds(EObject root) {
		if (root instanceof Identified identified && isBlank(identified.getId())) {
			identified.setId(newId());
		}
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified identified && isBlank(identified.getId())) {
				identified.setId(newId());
			}
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
