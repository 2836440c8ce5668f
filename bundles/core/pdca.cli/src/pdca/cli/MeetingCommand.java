package pdca.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import org.osgi.framework.FrameworkUtil;

import pdca.export.ExportException;
import pdca.export.ExportProgress;
import pdca.export.MeetingExporter;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;
import pdca.model.logic.Values;
import pdca.model.schedule.RocDate;

/**
 * {@code pdca meeting FILE --quarter Q [--year Y] [--meeting DATE] --handout|--minutes [--format odt,pdf] --out DIR}:
 * the documents of a quarter's review meeting, the handout before it or the minutes after it, as ODT and PDF/A.
 */
final class MeetingCommand implements Command {

	@Override
	public String name() {
		return "meeting";
	}

	@Override
	public String summary() {
		return CliMessages.get("meeting.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("meeting.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--handout", "--minutes");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--quarter", "-q", "--year", "-y", "--meeting", "--format", "--out", "-o");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		if (options.files().size() != 1) {
			throw new Options.UsageException(CliMessages.get("meeting.oneFile"));
		}
		boolean handout = options.has("--handout");
		if (handout == options.has("--minutes")) {
			throw new Options.UsageException(CliMessages.get("meeting.whichDocument"));
		}
		MeetingExporter.Document document = handout ? MeetingExporter.Document.HANDOUT : MeetingExporter.Document.MINUTES;
		int q = StatusCommand.quarterOption(options);
		Integer year = StatusCommand.yearOption(options);
		String dateText = options.value("--meeting");
		LocalDate date = dateText == null ? null : date(dateText);
		String outDir = options.value("--out", "-o");
		if (outDir == null) {
			throw new Options.UsageException(CliMessages.get("meeting.noOut"));
		}
		String formatText = options.value("--format");
		Set<MeetingExporter.Format> formats;
		try {
			formats = formatText == null ? EnumSet.allOf(MeetingExporter.Format.class) : MeetingExporter.Format.parseList(formatText);
		} catch (IllegalArgumentException e) {
			throw new Options.UsageException(CliMessages.format("meeting.badFormat", e.getMessage()));
		}
		String name = options.files().get(0);
		Path file = Path.of(name);
		Plan plan;
		try {
			plan = PlanFiles.load(file);
		} catch (PlanFileException e) {
			err.println(e.describe());
			return Cli.USAGE;
		}
		if (year == null) {
			if (plan.getRocYear() < NewCommand.MIN_YEAR || plan.getRocYear() > NewCommand.MAX_YEAR) {
				err.println(CliMessages.format("meeting.planWithoutYear", name));
				return Cli.USAGE;
			}
			year = plan.getRocYear();
		}
		Quarter quarter = new Quarter(year, q);
		ReviewMeeting meeting;
		try {
			meeting = MeetingExporter.meeting(plan, file, quarter, date, document);
		} catch (ExportException e) {
			err.println(e.getMessage());
			return Cli.USAGE;
		}
		if (meeting == null) {
			err.println(CliMessages.format("meeting.notRecorded", name, Terms.quarter(quarter)));
		}
		try {
			MeetingExporter.Written written = new MeetingExporter(version()).export(plan, file, quarter, meeting, document, formats,
					Path.of(outDir), ExportProgress.NONE);
			for (Path p : written.files()) {
				out.println(CliMessages.format("meeting.done", name, p.toString()));
			}
			return Cli.OK;
		} catch (ExportException e) {
			out.println(CliMessages.format("export.failed", name));
			err.println(e.getMessage());
			return Cli.FOUND_ERRORS;
		} catch (InvalidPathException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new FileFailure(name, e);
		}
	}

	/** A meeting date as 106/7/11, 106年7月11日 or 2017-07-11. */
	private static LocalDate date(String text) throws Options.UsageException {
		LocalDate date;
		try {
			date = RocDate.parse(text);
		} catch (DateTimeParseException e) {
			try {
				date = LocalDate.parse(text.strip());
			} catch (DateTimeParseException e2) {
				throw new Options.UsageException(CliMessages.format("meeting.badDate", text));
			}
		}
		if (!Values.isRocDate(date)) {
			throw new Options.UsageException(CliMessages.format("meeting.badDate", text));
		}
		return date;
	}

	private static String version() {
		var bundle = FrameworkUtil.getBundle(MeetingExporter.class);
		return bundle == null ? "dev" : bundle.getVersion().toString();
	}
}
