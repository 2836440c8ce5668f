package pdca.export.internal;

import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.stream.Collectors;

import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

import pdca.model.Plan;
import pdca.model.logic.Figures;
import pdca.model.logic.Portfolio;
import pdca.model.validation.ElementPaths;

/**
 * The county portfolio as documents for the planning department: an ODS with one row per plan
 * (figures as numbers, to sort and sum) and a report of the same lines (written as PDF/A by
 * {@link PdfReportWriter}). Labels in Traditional Chinese, like the plan packet.
 */
public final class PortfolioWriter {

	/** A plan's line and the file it was read from. */
	public record Line(String file, Portfolio.Row row) {
	}

	private final List<Line> lines;
	private final String scope;
	private final String producer;
	private final ZonedDateTime created;

	/**
	 * @param scope the quarter the lines are seen at, in words (「第3季」, 「107年第3季」)
	 */
	public PortfolioWriter(List<Line> lines, String scope, String producer, ZonedDateTime created) {
		this.lines = lines;
		this.scope = scope;
		this.producer = producer;
		this.created = created;
	}

	private static final String[] COLUMNS = { "agency", "title", "year", "quarter", "status", "progress", "tracked",
			"overdue", "unitsExpected", "unitsReported", "notReported", "kpisMeasured", "kpisOff", "openImprovements",
			"lateImprovements", "grade", "score", "file" };

	/** The ODS: one sheet, a header row and a row per plan; counts and percentages as numbers. */
	public void writeOds(OutputStream out) throws Exception {
		OdfContext.call(() -> {
			OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.newSpreadsheetDocument();
			try {
				doc.getOfficeMetadata().setTitle(Labels.format("portfolio.title", scope));
				doc.getOfficeMetadata().setCreator(producer);
				doc.getOfficeMetadata().setInitialCreator(producer);
				doc.getOfficeMetadata().setGenerator(producer);
				doc.getOfficeMetadata().setCreationDate(GregorianCalendar.from(created));
				List<OdfTable> initial = new ArrayList<>(doc.getTableList());
				List<List<OdsTablesWriter.Value>> rows = new ArrayList<>();
				List<OdsTablesWriter.Value> header = new ArrayList<>();
				for (String c : COLUMNS) {
					header.add(OdsTablesWriter.Value.of(Labels.get("portfolio.c." + c)));
				}
				rows.add(header);
				for (Line l : lines) {
					Portfolio.Row r = l.row();
					Plan p = r.plan();
					rows.add(List.of(v(agency(p)), v(ReportBuilder.nz(p.getTitle())), v((double) p.getRocYear()),
							v((double) r.quarter().quarter()), v(ReportBuilder.status(r.status().effective())),
							v((double) r.status().progress()), v((double) r.trackedItems()), v((double) r.overdue()),
							v((double) r.unitsExpected().size()),
							v((double) (r.unitsExpected().size() - r.unitsNotReported().size())), v(names(r)),
							v((double) r.kpisMeasured()), v((double) r.kpisOffTarget()), v((double) r.openImprovements()),
							v((double) r.lateImprovements()),
							v(r.grade().map(g -> g.grade() == null ? "" : g.grade().getName()).orElse("")),
							r.grade().isPresent() ? v(r.grade().get().score()) : v(null), v(l.file())));
				}
				OdsTablesWriter.sheet(doc, Labels.get("portfolio.sheet"), rows);
				for (OdfTable t : initial) {
					t.remove();
				}
				doc.save(out);
			} finally {
				doc.close();
			}
			return null;
		});
	}

	/** The same lines as a report: a cover, a summary and one table. */
	public Report report(String generated) {
		Report.Cover cover = new Report.Cover(Labels.get("portfolio.heading"), scope, Labels.format("portfolio.plans", lines.size()),
				null, null, Labels.get("portfolio.sheet"), Labels.format("cover.generated", generated));
		Report report = new Report(cover, Labels.format("portfolio.title", scope), producer, Labels.get("portfolio.heading"));
		long late = lines.stream().filter(l -> l.row().overdue() > 0).count();
		long silent = lines.stream().filter(l -> !l.row().unitsNotReported().isEmpty()).count();
		long open = lines.stream().filter(l -> l.row().openImprovements() > 0).count();
		report.add(new Report.Heading(1, Labels.format("portfolio.title", scope)));
		report.add(new Report.Paragraph(Labels.format("portfolio.summary", lines.size(), late, silent, open)));
		List<List<String>> rows = new ArrayList<>();
		for (Line l : lines) {
			Portfolio.Row r = l.row();
			rows.add(List.of(agency(r.plan()), String.valueOf(r.plan().getRocYear()), ReportBuilder.status(r.status().effective()),
					r.status().progress() + "%", r.overdue() + "/" + r.trackedItems(),
					(r.unitsExpected().size() - r.unitsNotReported().size()) + "/" + r.unitsExpected().size()
							+ (r.unitsNotReported().isEmpty() ? "" : "（" + names(r) + "）"),
					r.kpisOffTarget() + "/" + r.kpisMeasured(),
					r.openImprovements() + (r.lateImprovements() > 0 ? "（" + r.lateImprovements() + "）" : ""),
					r.grade().map(g -> (g.grade() == null ? "" : g.grade().getName() + " ") + Figures.number(g.score()))
							.orElse("—")));
		}
		report.add(new Report.Table(
				List.of(Labels.get("portfolio.c.agency"), Labels.get("portfolio.c.year"), Labels.get("portfolio.c.status"),
						Labels.get("portfolio.c.progress"), Labels.get("portfolio.c.overdue"), Labels.get("portfolio.c.unitsReported"),
						Labels.get("portfolio.c.kpisOff"), Labels.get("portfolio.c.openImprovements"), Labels.get("portfolio.c.grade")),
				rows, new float[] { 5, 1.2f, 1.6f, 1.4f, 1.6f, 4, 1.6f, 1.6f, 2 },
				new boolean[] { false, true, false, true, true, false, true, true, false }));
		return report;
	}

	private static OdsTablesWriter.Value v(Object o) {
		return OdsTablesWriter.Value.of(o);
	}

	private static String agency(Plan p) {
		return p.getAgency() == null || p.getAgency().getName() == null ? ReportBuilder.nz(p.getTitle()) : p.getAgency().getName();
	}

	private static String names(Portfolio.Row r) {
		return r.unitsNotReported().isEmpty() ? Labels.get("portfolio.none")
				: r.unitsNotReported().stream().map(ElementPaths::unitName).collect(Collectors.joining("、"));
	}
}
