package pdca.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.google.gson.GsonBuilder;

import pdca.export.internal.OdsTablesWriter;
import pdca.export.internal.OdtReportWriter;
import pdca.export.internal.PdfReportWriter;
import pdca.export.internal.Report;
import pdca.export.internal.ReportBuilder;
import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.OutsideReferences;
import pdca.model.io.PlanFiles;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.PlanValidator;
import pdca.model.validation.Problem;

/**
 * Exports the year-end performance packet of a plan: a folder {@code <out>/<name>/} with
 * {@code report.pdf} (PDF/A-2b), {@code report.odt}, {@code tables.ods} (as chosen) and
 * {@code manifest.json}, optionally also {@code <out>/<name>.zip}. The name is the plan's ROC year
 * and file name ({@link PacketNames}); one exporter is one export run, and a plan whose name another
 * plan of the run already has gets {@code <name>-2}, {@code <name>-3}, … instead of overwriting it.
 * <p>
 * The packet is written into a hidden staging folder beside it and moved into place when complete;
 * every file is first written to a temporary file and then moved. On an error or a cancellation the
 * staging folder is removed, so no half-written packet is left; an earlier packet of the same plan
 * stays as it was until the new one is complete. Exporting again without a zip removes the zip of
 * the earlier packet. A plan that refers to elements outside its file is not exported.
 */
public final class PacketExporter {

	/** Units of work per plan reported to {@link ExportProgress#worked(int)}. */
	public static final int WORK_PER_PLAN = 10;

	/** The manifest's file name. */
	public static final String MANIFEST = "manifest.json";

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
		progress.subTask(planFile.getFileName().toString());
		Plan plan;
		try {
			plan = PlanFiles.load(planFile);
		} catch (PlanFileException e) {
			throw new ExportException(planFile, ExportMessages.format("export.unreadable", planFile, e.getMessage()), e);
		}
		try {
			progress.worked(1);
			return export(plan, planFile, outDir, progress);
		} finally {
			// drop the plan and its resource set: batches must not keep what they exported
			if (plan.eResource() != null && plan.eResource().getResourceSet() != null) {
				plan.eResource().getResourceSet().getResources().forEach(r -> r.unload());
			}
		}
	}

	/** Exports the packet of a loaded plan; {@code planFile} names the packet and appears in messages. */
	public Packet export(Plan plan, Path planFile, Path outDir, ExportProgress progress) throws ExportException {
		checkReferencesStayInside(plan, planFile);
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
		Claim claim = claim(out, packetName(plan, planFile), planFile);
		boolean written = false;
		try {
			Packet packet = write(plan, planFile, out, claim.name(), progress);
			written = true;
			return new Packet(packet.planFile(), packet.folder(), packet.zipFile(), packet.files(), claim.sameNameAs());
		} finally {
			if (!written && claim.isNew()) {
				release(out, claim.name());
			}
		}
	}

	private Packet write(Plan plan, Path planFile, Path out, String name, ExportProgress progress) throws ExportException {
		Path folder = out.resolve(name);
		if (!out.equals(folder.getParent())) { // PacketNames makes sure of it; never write anywhere else
			throw new IllegalStateException("packet name " + name + " leaves " + out);
		}
		Path staging;
		try {
			staging = Files.createTempDirectory(out, "." + name + ".partial-");
			AtomicFiles.readableByOthers(staging, true);
		} catch (IOException e) {
			throw new ExportException(planFile, ExportMessages.format("export.cannotWrite", planFile, out, describe(e)), e);
		}
		ZonedDateTime now = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		String producer = "PDCA Workbench " + toolVersion;
		Path zipFile = null;
		try {
			ReportBuilder builder = new ReportBuilder(plan);
			Report report = builder.build(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
			List<Path> written = new ArrayList<>();
			if (formats.contains(ExportFormat.PDF)) {
				checkCanceled(planFile, progress);
				progress.subTask(name + "/" + ExportFormat.PDF.fileName());
				written.add(AtomicFiles.write(staging, ExportFormat.PDF.fileName(),
						o -> new PdfReportWriter(report, producer, now).write(o, progress::isCanceled)));
			}
			progress.worked(4);
			if (formats.contains(ExportFormat.ODT)) {
				checkCanceled(planFile, progress);
				progress.subTask(name + "/" + ExportFormat.ODT.fileName());
				written.add(AtomicFiles.write(staging, ExportFormat.ODT.fileName(),
						o -> new OdtReportWriter(report, producer, now).write(o, progress::isCanceled)));
			}
			progress.worked(2);
			if (formats.contains(ExportFormat.ODS)) {
				checkCanceled(planFile, progress);
				progress.subTask(name + "/" + ExportFormat.ODS.fileName());
				written.add(AtomicFiles.write(staging, ExportFormat.ODS.fileName(),
						o -> new OdsTablesWriter(plan, builder, producer, now).write(o, progress::isCanceled)));
			}
			progress.worked(2);
			checkCanceled(planFile, progress);
			written.add(AtomicFiles.write(staging, MANIFEST, o -> o.write(manifest(plan, planFile, written, now))));
			Path zipTarget = out.resolve(name + ".zip");
			if (zip) {
				checkCanceled(planFile, progress);
				Path zipStaged = AtomicFiles.write(staging, name + ".zip", o -> zip(o, name, written));
				if (Files.isDirectory(zipTarget, LinkOption.NOFOLLOW_LINKS)) {
					throw new FileAlreadyExistsException(ExportMessages.format("export.packetInTheWay", zipTarget));
				}
				zipFile = zipTarget;
				AtomicFiles.moveInto(zipStaged, zipFile);
			}
			publish(staging, folder, written);
			if (!zip && !Files.isDirectory(zipTarget, LinkOption.NOFOLLOW_LINKS)) {
				Files.deleteIfExists(zipTarget); // the zip of an earlier export would not match the packet any more
			}
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
			long errors = PlanValidation.validate(plan).stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
			throw new ExportException(planFile, errors > 0
					? ExportMessages.format("export.failedInvalidPlan", planFile, e, errors)
					: ExportMessages.format("export.failed", planFile, e), e);
		} finally {
			AtomicFiles.deleteTree(staging);
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

	/**
	 * Moves the complete packet into place: the staging folder becomes the packet folder when there is
	 * none; otherwise each file replaces its old version and files of an earlier packet that this one
	 * does not have (a format no longer chosen) are removed.
	 */
	private static void publish(Path staging, Path folder, List<Path> written) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			for (Path p : AtomicFiles.listFiles(staging)) {
				if (!written.contains(p)) {
					Files.deleteIfExists(p);
				}
			}
			try {
				Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
				return;
			} catch (IOException e) {
				Files.createDirectories(folder);
			}
		}
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(ExportMessages.format("export.packetInTheWay", folder));
		}
		for (Path p : written) {
			AtomicFiles.moveInto(p, folder.resolve(p.getFileName()));
		}
		for (ExportFormat f : ExportFormat.values()) {
			Path old = folder.resolve(f.fileName());
			if (written.stream().noneMatch(p -> p.getFileName().toString().equals(f.fileName()))) {
				Files.deleteIfExists(old);
			}
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

	private byte[] manifest(Plan plan, Path planFile, List<Path> files, ZonedDateTime now) throws IOException {
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
