package pdca.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import pdca.export.internal.HandoutBuilder;
import pdca.export.internal.MeetingPaper;
import pdca.export.internal.MinutesBuilder;
import pdca.export.internal.PaperLayout;
import pdca.export.internal.PaperOdtWriter;
import pdca.export.internal.PaperPdfWriter;
import pdca.export.internal.PdfReportWriter;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.io.OutsideReferences;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.Terms;
import pdca.model.schedule.RocDate;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.PlanValidator;
import pdca.model.validation.Problem;

/**
 * Writes the documents of a quarter's review meeting (查核結果報告與檢討會議): the handout before it (會議資料) and
 * the minutes after it (會議紀錄), each as an OpenDocument text (for editing) and as PDF/A-2b (for the record),
 * always in Traditional Chinese. The handout draws everything from the rules layer ({@code TrackerStatus},
 * {@code ReviewAgenda}); the minutes from the meeting's record.
 * <p>
 * The files are {@code <ROC year>-<plan file name>-Q<quarter>-handout.pdf} (and {@code .odt}, {@code -minutes.*});
 * when the quarter has more than one meeting the meeting's date is added ({@code -Q2-1060711-minutes.pdf}). They are
 * written into a hidden staging folder in the destination, each through a temporary file forced to disk, and moved
 * into place only when all of them are complete; on an error or a cancellation nothing is left behind, and earlier
 * files of the same name stay as they were.
 */
public final class MeetingExporter {

	/** Units of work of one export reported to {@link ExportProgress#worked(int)}. */
	public static final int WORK = 10;

	/** The two documents of a review meeting. */
	public enum Document {
		/** 會議資料: the agenda and the status the meeting goes through. */
		HANDOUT("handout"),
		/** 會議紀錄: who met, what was found and decided, the improvement actions with owner and due date. */
		MINUTES("minutes");

		private final String fileWord;

		Document(String fileWord) {
			this.fileWord = fileWord;
		}

		/** The word in the file name: handout, minutes. */
		public String fileWord() {
			return fileWord;
		}
	}

	/** The formats of the meeting documents. */
	public enum Format {
		/** PDF/A-2b, for the record. */
		PDF,
		/** OpenDocument text, for editing. */
		ODT;

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * Parses a comma-separated list such as {@code odt,pdf} (case-insensitive).
		 *
		 * @throws IllegalArgumentException naming the unknown format
		 */
		public static Set<Format> parseList(String text) {
			Set<Format> result = EnumSet.noneOf(Format.class);
			for (String part : text.split(",")) {
				String p = part.strip();
				if (p.isEmpty()) {
					continue;
				}
				try {
					result.add(valueOf(p.toUpperCase(Locale.ROOT)));
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException(p);
				}
			}
			if (result.isEmpty()) {
				throw new IllegalArgumentException(text);
			}
			return result;
		}
	}

	/**
	 * What was written.
	 *
	 * @param meeting the meeting the documents are about, or null for a handout of a quarter without a recorded
	 *                meeting
	 * @param files   the files written, in the order of the formats
	 */
	public record Written(Path planFile, Document document, Quarter quarter, ReviewMeeting meeting, List<Path> files) {
	}

	private final String toolVersion;

	/** @param toolVersion the version written into the documents' metadata */
	public MeetingExporter(String toolVersion) {
		this.toolVersion = toolVersion;
	}

	/** The review meetings of a plan that review {@code quarter}, by date (without a date last). */
	public static List<ReviewMeeting> meetingsOf(Plan plan, Quarter quarter) {
		List<ReviewMeeting> result = new ArrayList<>();
		for (ReviewMeeting m : plan.getReviewMeetings()) {
			try {
				if (ReviewAgenda.quarterOf(m).equals(quarter)) {
					result.add(m);
				}
			} catch (IllegalArgumentException e) {
				// a meeting with neither quarter nor date reviews no quarter
			}
		}
		result.sort(Comparator.comparing(ReviewMeeting::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		return result;
	}

	/**
	 * The meeting the documents of {@code quarter} are about: the quarter's meeting held on {@code date} when a date
	 * is given, else the quarter's only meeting. A handout may be written before its meeting is recorded (then null);
	 * minutes need the record.
	 *
	 * @throws ExportException when no meeting of the quarter was held on {@code date}, when the minutes are asked for
	 *                         a quarter without a meeting, or when the quarter has several meetings and no date
	 *                         tells them apart; the message lists the quarter's meetings
	 */
	public static ReviewMeeting meeting(Plan plan, Path planFile, Quarter quarter, LocalDate date, Document document)
			throws ExportException {
		List<ReviewMeeting> meetings = meetingsOf(plan, quarter);
		String quarterName = Terms.quarter(quarter);
		if (date != null) {
			for (ReviewMeeting m : meetings) {
				if (date.equals(m.getDate())) {
					return m;
				}
			}
			throw new ExportException(planFile, meetings.isEmpty()
					? ExportMessages.format("meeting.noMeetingOnDateNone", planFile, quarterName, Terms.date(date))
					: ExportMessages.format("meeting.noMeetingOnDate", planFile, quarterName, Terms.date(date), dates(meetings)));
		}
		if (meetings.size() > 1) {
			throw new ExportException(planFile, ExportMessages.format("meeting.severalMeetings", planFile, quarterName,
					String.valueOf(meetings.size()), dates(meetings)));
		}
		if (meetings.isEmpty()) {
			if (document == Document.MINUTES) {
				throw new ExportException(planFile, ExportMessages.format("meeting.noMeeting", planFile, quarterName));
			}
			return null;
		}
		return meetings.get(0);
	}

	private static String dates(List<ReviewMeeting> meetings) {
		List<String> list = new ArrayList<>();
		for (ReviewMeeting m : meetings) {
			list.add(m.getDate() == null ? ExportMessages.get("meeting.undated") : Terms.date(m.getDate()));
		}
		return String.join(ExportMessages.get("meeting.separator"), list);
	}

	/**
	 * The file name of a document: {@code 106-tainan-motor-vehicle-station-Q3-handout.pdf}, with the meeting's date
	 * ({@code -Q2-1060711-}) when the quarter has more than one meeting.
	 */
	public static String fileName(Plan plan, Path planFile, Quarter quarter, ReviewMeeting meeting, Document document, Format format) {
		Path name = planFile.getFileName();
		String file = name == null ? "" : name.toString();
		String stem = file.toLowerCase(Locale.ROOT).endsWith(".pdca") ? file.substring(0, file.length() - 5) : file;
		String day = "";
		if (meeting != null && meeting.getDate() != null && meetingsOf(plan, quarter).size() > 1) {
			LocalDate d = meeting.getDate();
			day = String.format(Locale.ROOT, "-%03d%02d%02d", RocDate.toRoc(d.getYear()), d.getMonthValue(), d.getDayOfMonth());
		}
		String base = PacketNames.safe(String.format(Locale.ROOT, "%03d-%s", quarter.rocYear(), stem));
		return base + "-Q" + quarter.quarter() + day + "-" + document.fileWord() + "." + format.extension();
	}

	/**
	 * Writes a document of {@code quarter}'s review meeting into {@code outDir} (made when missing).
	 *
	 * @param meeting the meeting ({@link #meeting}); null only for a handout
	 * @throws ExportCanceledException when {@code progress} asked to stop; nothing was kept
	 * @throws ExportException         naming the plan file, what went wrong and what to do; nothing was kept
	 */
	public Written export(Plan plan, Path planFile, Quarter quarter, ReviewMeeting meeting, Document document,
			Set<Format> formats, Path outDir, ExportProgress progress) throws ExportException {
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("no format chosen");
		}
		if (document == Document.MINUTES && meeting == null) {
			throw new IllegalArgumentException("minutes need a meeting");
		}
		checkReferencesStayInside(plan, planFile);
		Path out = outDir.toAbsolutePath().normalize();
		checkCanceled(planFile, progress);
		try {
			Files.createDirectories(out);
		} catch (FileAlreadyExistsException e) {
			throw new ExportException(planFile, ExportMessages.format("export.destinationNotAFolder", planFile, out), e);
		} catch (IOException e) {
			throw new ExportException(planFile, ExportMessages.format("export.cannotCreateDestination", planFile, out,
					e.getMessage()), e);
		}
		if (!Files.isDirectory(out)) {
			throw new ExportException(planFile, ExportMessages.format("export.destinationNotAFolder", planFile, out));
		}
		Path staging;
		try {
			staging = Files.createTempDirectory(out, "." + document.fileWord() + ".partial-");
		} catch (IOException e) {
			throw new ExportException(planFile, ExportMessages.format("export.cannotWrite", planFile, out, e.getMessage()), e);
		}
		ZonedDateTime now = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		String producer = "PDCA Workbench " + toolVersion;
		String generated = now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		try {
			progress.subTask(fileName(plan, planFile, quarter, meeting, document, Format.PDF));
			MeetingPaper paper;
			PaperLayout.Pages pages = null;
			if (document == Document.HANDOUT) {
				HandoutBuilder.Handout handout = new HandoutBuilder(plan, quarter, meeting).build(generated);
				paper = handout.paper();
				pages = handout.layOut(producer, now, progress::isCanceled);
			} else {
				paper = new MinutesBuilder(plan, meeting).build(generated);
			}
			progress.worked(2);
			List<Path> staged = new ArrayList<>();
			for (Format f : EnumSet.copyOf(formats)) {
				checkCanceled(planFile, progress);
				String file = fileName(plan, planFile, quarter, meeting, document, f);
				progress.subTask(file);
				PaperLayout.Pages laid = pages;
				MeetingPaper written = paper;
				staged.add(AtomicFiles.write(staging, file, o -> {
					if (f == Format.PDF) {
						new PaperPdfWriter(written, laid, producer, now).write(o, progress::isCanceled);
					} else {
						new PaperOdtWriter(written, laid, producer, now).write(o, progress::isCanceled);
					}
				}));
				progress.worked(f == Format.PDF ? 4 : 3);
			}
			checkCanceled(planFile, progress);
			List<Path> files = new ArrayList<>();
			for (Path p : staged) {
				Path target = out.resolve(p.getFileName().toString());
				if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
					throw new FileAlreadyExistsException(ExportMessages.format("meeting.inTheWay", target));
				}
				files.add(target);
			}
			for (int i = 0; i < staged.size(); i++) {
				AtomicFiles.moveInto(staged.get(i), files.get(i));
			}
			progress.worked(1);
			return new Written(planFile, document, quarter, meeting, files);
		} catch (PdfReportWriter.CanceledSignal e) {
			throw canceled(planFile);
		} catch (ExportException e) {
			throw e;
		} catch (IOException e) {
			throw new ExportException(planFile, ExportMessages.format("meeting.writeFailed", planFile, out,
					e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
		} catch (Exception e) {
			long errors = PlanValidation.validate(plan).stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
			throw new ExportException(planFile, errors > 0
					? ExportMessages.format("meeting.failedInvalidPlan", planFile, e, errors)
					: ExportMessages.format("meeting.failed", planFile, e), e);
		} finally {
			AtomicFiles.deleteTree(staging);
		}
	}

	private static void checkReferencesStayInside(Plan plan, Path planFile) throws ExportException {
		if (OutsideReferences.of(plan).isEmpty()) {
			return;
		}
		List<Problem> outside = PlanValidation.validate(plan).stream()
				.filter(p -> p.code() == PlanValidator.OUTSIDE_REFERENCE).toList();
		Problem first = outside.get(0);
		throw new ExportException(planFile, ExportMessages.format("meeting.outsideReferences", planFile, outside.size(),
				first.path(), first.message()));
	}

	private static void checkCanceled(Path planFile, ExportProgress progress) throws ExportCanceledException {
		if (progress.isCanceled()) {
			throw canceled(planFile);
		}
	}

	private static ExportCanceledException canceled(Path planFile) {
		return new ExportCanceledException(planFile, ExportMessages.format("meeting.canceled", planFile));
	}
}
