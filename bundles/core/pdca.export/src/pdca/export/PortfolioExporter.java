package pdca.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import pdca.export.internal.PdfReportWriter;
import pdca.export.internal.PortfolioWriter;
import pdca.model.logic.Portfolio;
import pdca.model.logic.Terms;

/**
 * The county portfolio packet: {@code portfolio-Q3.ods} (one row per plan, figures as numbers)
 * and {@code portfolio-Q3.pdf} (PDF/A-2b, the same lines as a table) — with the year in the name
 * ({@code portfolio-107-Q3}) when the lines are one year's. Each file is written whole or not at
 * all (a temporary file moved into place).
 */
public final class PortfolioExporter {

	/** A plan's line and the file it came from. */
	public record Line(String file, Portfolio.Row row) {
	}

	private PortfolioExporter() {
	}

	/** The files written, ODS then PDF. */
	public static List<Path> export(List<Line> lines, int quarter, Integer year, Path outDir, String toolVersion)
			throws ExportException {
		String scope = year == null ? Terms.quarterShort(java.util.Locale.TRADITIONAL_CHINESE, quarter)
				: Terms.quarter(java.util.Locale.TRADITIONAL_CHINESE, new pdca.model.logic.Quarter(year, quarter));
		String base = "portfolio-" + (year == null ? "" : year + "-") + "Q" + quarter;
		ZonedDateTime now = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		String producer = "PDCA Workbench " + toolVersion;
		PortfolioWriter writer = new PortfolioWriter(
				lines.stream().map(l -> new PortfolioWriter.Line(l.file(), l.row())).toList(), scope, producer, now);
		try {
			Files.createDirectories(outDir);
			Path ods = AtomicFiles.write(outDir, base + ".ods", writer::writeOds);
			Path pdf = AtomicFiles.write(outDir, base + ".pdf",
					o -> new PdfReportWriter(writer.report(pdca.model.schedule.RocDate.format(now.toLocalDate())), producer, now)
							.write(o, () -> false));
			return List.of(ods, pdf);
		} catch (ExportException e) {
			throw e;
		} catch (Exception e) {
			throw new ExportException(outDir, ExportMessages.format("portfolio.failed", outDir, e.getMessage()), e);
		}
	}
}
