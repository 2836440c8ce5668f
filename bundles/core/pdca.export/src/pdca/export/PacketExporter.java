package pdca.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import org.openpdf.text.ExceptionConverter;

import com.google.gson.GsonBuilder;

import pdca.export.internal.OdsTablesWriter;
import pdca.export.internal.OdtReportWriter;
import pdca.export.internal.PdfReportWriter;
import pdca.export.internal.Report;
import pdca.export.internal.ReportBuilder;
import pdca.model.Plan;
import pdca.model.io.AtomicFiles;
import pdca.model.io.PlanFileException;
import pdca.model.io.OutsideReferences;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.model.validation.ElementPaths;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.PlanValidator;
import pdca.model.validation.Problem;

/**
 * Exports the year-end performance packet of a plan: a folder {@code <out>/<name>/} with
 * {@code report.pdf} (PDF/A-2b), {@code report.odt}, {@code tables.ods} (as chosen) and
 * {@code manifest.json}, optionally also {@code <out>/<name>.zip}. Given a {@link RevisionTable}, the packet has the
 * revision comparison table (修正對照表) too, in the same formats: {@code revisions.pdf}, {@code revisions.odt},
 * {@code revisions.ods}. The name is the plan's ROC year
 * and file name ({@link PacketNames}); one exporter is one export run, and a plan whose name another
 * plan of the run already has gets {@code <name>-2}, {@code <name>-3}, … instead of overwriting it.
 * <p>
 * The packet is written into a hidden staging folder beside it, forced to disk and moved into place
 * whole when complete: an earlier packet folder of the same name is replaced by renames of whole
 * folders (see {@link #publish}), so at any moment, a kill included, the packet folder is the earlier
 * packet or the new one, never a mixture, and files of the user's own in it are kept. The zip is
 * renamed into place right after the folder. On an error or a cancellation the staging folder is
 * removed, so no half-written packet is left; what a killed export leaves behind is put in order by
 * the next export into the destination ({@link #tidy}). Exporting again without a zip removes the
 * zip of the earlier packet. A plan that refers to elements outside its file is not exported.
 */
public final class PacketExporter {

	/** Units of work per plan reported to {@link ExportProgress#worked(int)}. */
	public static final int WORK_PER_PLAN = 10;

	/** The manifest's file name. */
	public static final String MANIFEST = "manifest.json";

	/** The longest text a plan may have to be exported, in characters (about ten pages of the report). */
	public static final int MAX_TEXT = 20_000;

	/** An earlier packet folder renamed aside while the new one takes its place: {@code .<name>.old-<number>}. */
	private static final Pattern ASIDE = Pattern.compile("\\.(.+)\\.old-[0-9]+");

	/** The folder a packet is written into before it is published: {@code .<name>.partial-<number>}. */
	private static final Pattern STAGING = Pattern.compile("\\.(.+)\\.partial-[0-9]+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Set<ExportFormat> formats;
	private final boolean zip;
	private final String toolVersion;

	/** The packet folders of this run (lower case: some file systems ignore case) and the plan files they belong to. */
	private final Map<Path, Path> taken = new HashMap<>();

	/**
	 * @param formats     the files to write (at least one)
	 * @param zip         whether to write a zip of the packet folder too
	 * @param toolVersion the version written into the manifest and the documents' metadata
	 */
	public PacketExporter(Set<ExportFormat> formats, boolean zip, String toolVersion) {
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("no format chosen");
		}
		this.formats = EnumSet.copyOf(formats);
		this.zip = zip;
		this.toolVersion = toolVersion;
		if (this.formats.contains(ExportFormat.PDF)) {
			// parsed while the first plan is loaded and its report built
			PdfReportWriter.preloadFonts();
		}
	}

	/**
	 * What was written for one plan.
	 *
	 * @param planFile   the plan file
	 * @param folder     the packet folder
	 * @param zipFile    the zip of the packet folder, or {@code null}
	 * @param files      the files in the packet folder
	 * @param sameNameAs the plan file of this run whose packet has the name this plan would have had (then
	 *                   {@code folder} has a suffix -2, -3, …), or {@code null} when the name was free
	 */
	public record Packet(Path planFile, Path folder, Path zipFile, List<Path> files, Path sameNameAs) {
	}

	/** The packet name of a plan before telling it apart from other plans of a run: see {@link PacketNames#of}. */
	public static String packetName(Plan plan, Path planFile) {
		return PacketNames.of(plan, planFile);
	}

	/** Loads {@code planFile} and exports its packet into {@code outDir}. */
	public Packet export(Path planFile, Path outDir, ExportProgress progress) throws ExportException {
		return export(planFile, outDir, null, progress);
	}

	/**
	 * Loads {@code planFile} and exports its packet into {@code outDir}, with the revision comparison table
	 * {@code revisions} (修正對照表) of the plan when it is not null.
	 */
	public Packet export(Path planFile, Path outDir, RevisionTable revisions, ExportProgress progress) throws ExportException {
		progress.subTask(planFile.getFileName().toString());
		Plan plan;
		try {
			plan = PlanFiles.load(planFile);
		} catch (PlanFileException e) {
			throw new ExportException(planFile, ExportMessages.format("export.unreadable", planFile, e.getMessage()), e);
		}
		try {
			progress.worked(1);
			return export(plan, planFile, outDir, revisions, progress);
		} finally {
			// drop the plan and its resource set: batches must not keep what they exported
			if (plan.eResource() != null && plan.eResource().getResourceSet() != null) {
				plan.eResource().getResourceSet().getResources().forEach(r -> r.unload());
			}
		}
	}

	/** Exports the packet of a loaded plan; {@code planFile} names the packet and appears in messages. */
	public Packet export(Plan plan, Path planFile, Path outDir, ExportProgress progress) throws ExportException {
		return export(plan, planFile, outDir, null, progress);
	}

	/**
	 * Exports the packet of a loaded plan, with its revision comparison table {@code revisions} (修正對照表) when it is
	 * not null; {@code planFile} names the packet and appears in messages.
	 */
	public Packet export(Plan plan, Path planFile, Path outDir, RevisionTable revisions, ExportProgress progress)
			throws ExportException {
		checkReferencesStayInside(plan, planFile);
		checkTextLengths(plan, planFile);
		Path out = outDir.toAbsolutePath().normalize();
		checkCanceled(planFile, progress);
		try {
			Files.createDirectories(out);
		} catch (FileAlreadyExistsException e) {
			throw new ExportException(planFile, ExportMessages.format("export.destinationNotAFolder", planFile, out), e);
		} catch (IOException e) {
			throw new ExportException(planFile, ExportMessages.format("export.cannotCreateDestination", planFile, out, describe(e)),
					e);
		}
		if (!Files.isDirectory(out)) {
			throw new ExportException(planFile, ExportMessages.format("export.destinationNotAFolder", planFile, out));
		}
		tidy(out);
		Claim claim = claim(out, packetName(plan, planFile), planFile);
		boolean written = false;
		try {
			Packet packet = write(plan, planFile, out, claim.name(), revisions, progress);
			written = true;
			return new Packet(packet.planFile(), packet.folder(), packet.zipFile(), packet.files(), claim.sameNameAs());
		} finally {
			if (!written && claim.isNew()) {
				release(out, claim.name());
			}
		}
	}

	private Packet write(Plan plan, Path planFile, Path out, String name, RevisionTable revisions, ExportProgress progress)
			throws ExportException {
		Path folder = out.resolve(name);
		if (!out.equals(folder.getParent())) { // PacketNames makes sure of it; never write anywhere else
			throw new IllegalStateException("packet name " + name + " leaves " + out);
		}
		Path staging;
		try {
			staging = Files.createTempDirectory(out, "." + name + ".partial-");
			readableByOthers(staging, true);
		} catch (IOException e) {
			throw new ExportException(planFile, ExportMessages.format("export.cannotWrite", planFile, out, describe(e)), e);
		}
		ZonedDateTime now = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		String producer = "PDCA Workbench " + toolVersion;
		Path zipFile = null;
		Path zipReady = null;
		try {
			ReportBuilder builder = new ReportBuilder(plan);
			Report report = builder.build(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
			List<Path> written = new ArrayList<>();
			String title = plan.getTitle();
			String agency = ReportBuilder.agencyName(plan);
			if (formats.contains(ExportFormat.PDF)) {
				checkCanceled(planFile, progress);
				progress.subTask(name + "/" + ExportFormat.PDF.fileName());
				written.add(writeAtomically(staging, ExportFormat.PDF.fileName(),
						o -> new PdfReportWriter(report, producer, now).write(o, progress::isCanceled)));
				if (revisions != null) {
					written.add(writeAtomically(staging, ExportFormat.PDF.revisionsFileName(), o -> revisions.write(ExportFormat.PDF,
							title, agency, producer, now, o, progress::isCanceled)));
				}
			}
			progress.worked(4);
			if (formats.contains(ExportFormat.ODT)) {
				checkCanceled(planFile, progress);
				progress.subTask(name + "/" + ExportFormat.ODT.fileName());
				written.add(writeAtomically(staging, ExportFormat.ODT.fileName(),
						o -> new OdtReportWriter(report, producer, now).write(o, progress::isCanceled)));
				if (revisions != null) {
					written.add(writeAtomically(staging, ExportFormat.ODT.revisionsFileName(), o -> revisions.write(ExportFormat.ODT,
							title, agency, producer, now, o, progress::isCanceled)));
				}
			}
			progress.worked(2);
			if (formats.contains(ExportFormat.ODS)) {
				checkCanceled(planFile, progress);
				progress.subTask(name + "/" + ExportFormat.ODS.fileName());
				written.add(writeAtomically(staging, ExportFormat.ODS.fileName(),
						o -> new OdsTablesWriter(plan, builder, producer, now).write(o, progress::isCanceled)));
				if (revisions != null) {
					written.add(writeAtomically(staging, ExportFormat.ODS.revisionsFileName(), o -> revisions.write(ExportFormat.ODS,
							title, agency, producer, now, o, progress::isCanceled)));
				}
			}
			progress.worked(2);
			checkCanceled(planFile, progress);
			written.add(writeAtomically(staging, MANIFEST, o -> o.write(manifest(plan, planFile, written, revisions, now))));
			Path zipTarget = out.resolve(name + ".zip");
			if (zip) {
				checkCanceled(planFile, progress);
				Path zipStaged = writeAtomically(staging, name + ".zip", o -> zip(o, name, written));
				if (Files.isDirectory(zipTarget, LinkOption.NOFOLLOW_LINKS)) {
					throw new FileAlreadyExistsException(ExportMessages.format("export.packetInTheWay", zipTarget));
				}
				// beside its final place under a temporary name, so that the folder can be published on its own
				zipReady = AtomicFiles.newTemporaryFile(zipTarget);
				moveInto(zipStaged, zipReady);
			}
			checkCanceled(planFile, progress);
			publish(staging, folder, out, name);
			if (zip) {
				moveInto(zipReady, zipTarget);
				zipReady = null;
				zipFile = zipTarget;
			} else if (!Files.isDirectory(zipTarget, LinkOption.NOFOLLOW_LINKS)) {
				Files.deleteIfExists(zipTarget); // the zip of an earlier export would not match the packet any more
			}
			AtomicFiles.forceFolder(out);
			progress.worked(1);
			List<Path> files = new ArrayList<>();
			for (Path p : written) {
				files.add(folder.resolve(p.getFileName()));
			}
			return new Packet(planFile, folder, zipFile, files, null);
		} catch (PdfReportWriter.CanceledSignal e) {
			throw new ExportCanceledException(planFile);
		} catch (ExportException e) {
			throw e;
		} catch (IOException e) {
			throw new ExportException(planFile, ExportMessages.format("export.writeFailed", planFile, out, describe(e)), e);
		} catch (Exception e) {
			IOException io = ioExceptionIn(e);
			if (io != null) { // a disk that filled up under the PDF or ODF writer, which wrap what they cannot write
				throw new ExportException(planFile, ExportMessages.format("export.writeFailed", planFile, out, describe(io)), e);
			}
			long errors = PlanValidation.validate(plan).stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
			throw new ExportException(planFile, errors > 0
					? ExportMessages.format("export.failedInvalidPlan", planFile, e, errors)
					: ExportMessages.format("export.failed", planFile, e), e);
		} finally {
			deleteTree(staging);
			deleteTree(zipReady);
		}
	}

	/**
	 * A plan that referred to elements outside its file (left out when it was read, see {@link OutsideReferences}) is
	 * not exported: its packet would silently miss them.
	 */
	private static void checkReferencesStayInside(Plan plan, Path planFile) throws ExportException {
		if (OutsideReferences.of(plan).isEmpty()) {
			return;
		}
		List<Problem> outside = PlanValidation.validate(plan).stream()
				.filter(p -> p.code() == PlanValidator.OUTSIDE_REFERENCE).toList();
		Problem first = outside.get(0);
		throw new ExportException(planFile, ExportMessages.format("export.outsideReferences", planFile, outside.size(),
				first.path(), first.message()));
	}

	/**
	 * A plan with a text longer than {@link #MAX_TEXT} characters is not exported: laying out such a text in the
	 * report takes time that grows with the square of its length (a megabyte of pasted text took minutes), and no
	 * report needs it. The message names the element.
	 */
	private static void checkTextLengths(Plan plan, Path planFile) throws ExportException {
		List<EObject> all = new ArrayList<>();
		all.add(plan);
		plan.eAllContents().forEachRemaining(all::add);
		for (EObject element : all) {
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.isID() || !element.eIsSet(attribute)) {
					continue;
				}
				Object value = element.eGet(attribute);
				for (Object v : value instanceof List<?> list ? list : List.of(value)) {
					int length = v instanceof String text ? text.length() : v instanceof Schedule schedule ? schedule.text().length() : 0;
					if (length > MAX_TEXT) {
						throw new ExportException(planFile, ExportMessages.format("export.textTooLong", planFile,
								ElementPaths.describe(element), length, MAX_TEXT));
					}
				}
			}
		}
	}

	/**
	 * A packet name taken for a plan, the plan of this run that had taken the name it would have had, and whether the
	 * name is new in the run (a failed export gives a new name back).
	 */
	private record Claim(String name, Path sameNameAs, boolean isNew) {
	}

	/**
	 * Takes the packet name {@code base}, or {@code base-2}, {@code base-3}, … when another plan of this run has it. The
	 * same plan file exported again in the run gets its name again (and replaces its packet).
	 */
	private synchronized Claim claim(Path out, String base, Path planFile) {
		Path first = taken.get(key(out, base));
		Path sameNameAs = first == null || sameFile(first, planFile) ? null : first;
		String name = base;
		for (int n = 2; taken.containsKey(key(out, name)) && !sameFile(taken.get(key(out, name)), planFile); n++) {
			name = base + "-" + n;
		}
		boolean isNew = taken.putIfAbsent(key(out, name), planFile) == null;
		return new Claim(name, sameNameAs, isNew);
	}

	private static boolean sameFile(Path a, Path b) {
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}

	private synchronized void release(Path out, String name) {
		taken.remove(key(out, name));
	}

	private static Path key(Path out, String name) {
		return out.resolve(name.toLowerCase(Locale.ROOT));
	}

	private static void checkCanceled(Path planFile, ExportProgress progress) throws ExportCanceledException {
		if (progress.isCanceled()) {
			throw new ExportCanceledException(planFile);
		}
	}

	@FunctionalInterface
	private interface Body {
		void write(OutputStream out) throws Exception;
	}

	/** Writes {@code file} in {@code dir} through a temporary file forced to disk and then moved. */
	private static Path writeAtomically(Path dir, String file, Body body) throws Exception {
		Path tmp = Files.createTempFile(dir, "." + file, ".tmp");
		try {
			try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
				body.write(o);
			}
			readableByOthers(tmp, false);
			try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
				ch.force(true);
			}
			Path target = dir.resolve(file);
			moveInto(tmp, target);
			return target;
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	/**
	 * Temporary files and folders are private to the user; a packet is meant to be shared, so it gets
	 * the usual permissions (rw-r--r--, rwxr-xr-x) where the file system has POSIX permissions.
	 */
	private static void readableByOthers(Path p, boolean folder) throws IOException {
		if (Files.getFileStore(p).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(folder ? "rwxr-xr-x" : "rw-r--r--"));
		}
	}

	private static void moveInto(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Moves the complete packet into place. Without an earlier packet the staging folder is renamed to the packet
	 * folder. Otherwise files of the user's own in the earlier packet folder (anything but the packet's files) are
	 * carried into the staging folder, the earlier folder is renamed aside ({@code .<name>.old-…}), the staging
	 * folder takes its name and the earlier one is deleted: at every moment the packet folder is the earlier packet
	 * or the new one, whole. Only between the two renames is there none; a kill there leaves the earlier packet
	 * aside, and the next export into the destination puts it back ({@link #tidy}).
	 */
	private static void publish(Path staging, Path folder, Path out, String name) throws IOException {
		AtomicFiles.forceFolder(staging);
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			try {
				Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
				return;
			} catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
				// made meanwhile: replaced below like any earlier packet
			}
		}
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(ExportMessages.format("export.packetInTheWay", folder));
		}
		carryOver(folder, staging);
		AtomicFiles.forceFolder(staging);
		Path aside = out.resolve("." + name + ".old-" + Long.toUnsignedString(RANDOM.nextLong()));
		Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
		try {
			Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			try {
				Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException notBack) {
				e.addSuppressed(notBack); // the next export into the destination puts it back
			}
			throw e;
		}
		AtomicFiles.forceFolder(out);
		deleteTree(aside);
	}

	/** The names of the files an export writes into a packet folder. */
	private static boolean isPacketFile(String fileName) {
		if (fileName.equals(MANIFEST)) {
			return true;
		}
		for (ExportFormat f : ExportFormat.values()) {
			// a table of an earlier export is not carried over: the new packet has its own or none
			if (f.fileName().equals(fileName) || f.revisionsFileName().equals(fileName)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Files and folders of the user's own in an earlier packet folder (a covering letter, a signed copy) go into the
	 * new one: hard-linked where the file system can, else copied, never moved (until the new packet is in place,
	 * the earlier one stays whole). Symbolic links are copied as links.
	 */
	private static void carryOver(Path folder, Path staging) throws IOException {
		for (Path p : listFiles(folder)) {
			String fileName = p.getFileName().toString();
			if (isPacketFile(fileName)) {
				continue;
			}
			Path copy = staging.resolve(fileName);
			Files.walkFileTree(p, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
					Files.createDirectories(copy.resolve(p.relativize(dir).toString()));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Path to = p.equals(file) ? copy : copy.resolve(p.relativize(file).toString());
					if (attrs.isRegularFile()) {
						try {
							Files.createLink(to, file);
							return FileVisitResult.CONTINUE;
						} catch (IOException | UnsupportedOperationException e) {
							// no hard links here: copied below
						}
					}
					Files.copy(file, to, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
					return FileVisitResult.CONTINUE;
				}
			});
		}
	}

	/**
	 * Puts the destination in order before an export: a packet folder left aside by a swap that was interrupted
	 * (see {@link #publish}) is put back when its packet folder is missing and removed otherwise; staging folders
	 * and temporary files of exports that were killed are removed once nothing has written to them for
	 * {@link AtomicFiles#STALE_AFTER}. Nothing else is touched; what cannot be removed stays hidden.
	 */
	static void tidy(Path out) {
		AtomicFiles.removeStaleTemporaryFiles(out);
		List<Path> entries;
		try {
			entries = listFiles(out);
		} catch (IOException e) {
			return;
		}
		for (Path p : entries) {
			String fileName = p.getFileName().toString();
			if (!fileName.startsWith(".") || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			Matcher aside = ASIDE.matcher(fileName);
			if (aside.matches()) {
				Path packet = out.resolve(aside.group(1));
				if (!Files.exists(packet, LinkOption.NOFOLLOW_LINKS)) {
					try {
						Files.move(p, packet, StandardCopyOption.ATOMIC_MOVE);
						continue;
					} catch (IOException e) {
						// made meanwhile: this one is the older
					}
				}
				deleteTree(p);
			} else if (STAGING.matcher(fileName).matches() && untouchedSince(p, Instant.now().minus(AtomicFiles.STALE_AFTER))) {
				deleteTree(p);
			}
		}
		AtomicFiles.forceFolder(out);
	}

	/** Whether nothing in {@code dir} (nor the folder itself) was modified after {@code instant}. */
	private static boolean untouchedSince(Path dir, Instant instant) {
		try (var files = Files.walk(dir)) {
			return files.allMatch(f -> {
				try {
					return !Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant().isAfter(instant);
				} catch (IOException e) {
					return true; // gone meanwhile
				}
			});
		} catch (IOException | UncheckedIOException e) {
			return false;
		}
	}

	private static List<Path> listFiles(Path dir) throws IOException {
		List<Path> result = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
			ds.forEach(result::add);
		}
		return result;
	}

	/** Deletes {@code path} and everything below it, never following a symbolic link; best effort. */
	private static void deleteTree(Path path) {
		if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try {
			Files.walkFileTree(path, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// best effort: what is left is hidden (.partial, .old) and removed by a later export (tidy)
		}
	}

	private static void zip(OutputStream o, String name, List<Path> files) throws IOException {
		try (ZipOutputStream z = new ZipOutputStream(o)) {
			for (Path p : files) {
				z.putNextEntry(new ZipEntry(name + "/" + p.getFileName()));
				Files.copy(p, z);
				z.closeEntry();
			}
		}
	}

	private byte[] manifest(Plan plan, Path planFile, List<Path> files, RevisionTable revisions, ZonedDateTime now)
			throws IOException {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("schema", 1);
		m.put("plan", plan.getTitle());
		m.put("planFile", planFile.getFileName().toString());
		m.put("agency", ReportBuilder.agencyName(plan));
		m.put("rocYear", plan.getRocYear());
		List<Map<String, Object>> list = new ArrayList<>();
		for (Path p : files) {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("name", p.getFileName().toString());
			f.put("size", Files.size(p));
			f.put("sha256", sha256(p));
			list.add(f);
		}
		m.put("files", list);
		if (revisions != null) {
			Map<String, Object> r = new LinkedHashMap<>();
			r.put("from", revisions.fromLabel());
			r.put("to", revisions.toLabel());
			r.put("changes", revisions.rows().size());
			r.put("deadlineShifts", revisions.deadlineShifts());
			m.put("revisions", r);
		}
		m.put("generatedAt", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		m.put("tool", "PDCA Workbench");
		m.put("toolVersion", toolVersion);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(m)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	static String sha256(Path p) throws IOException {
		try (InputStream in = Files.newInputStream(p)) {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			byte[] buf = new byte[1 << 16];
			for (int n; (n = in.read(buf)) > 0;) {
				md.update(buf, 0, n);
			}
			return HexFormat.of().formatHex(md.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The I/O error a writer's own exception wraps (OpenPDF's ExceptionConverter, ODFDOM's causes), or null. */
	private static IOException ioExceptionIn(Throwable e) {
		for (Throwable t = e; t != null; t = t instanceof ExceptionConverter c && c.getException() != t ? c.getException()
				: t.getCause() == t ? null : t.getCause()) {
			if (t instanceof IOException io) {
				return io;
			}
		}
		return null;
	}

	private static String describe(IOException e) {
		if (e instanceof AccessDeniedException) {
			return ExportMessages.format("export.permissionDenied", e.getMessage());
		}
		if (e instanceof NoSuchFileException) {
			return ExportMessages.format("export.noSuchFile", e.getMessage());
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
