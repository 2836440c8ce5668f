package pdca.export.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.incubator.doc.text.OdfTextParagraph;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.w3c.dom.Node;

import pdca.model.EvaluationRecord;
import pdca.model.ImprovementAction;
import pdca.model.Kpi;
import pdca.model.Measurement;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.WorkItem;
import pdca.model.logic.EvaluationScorer;
import pdca.model.logic.GradeScale;
import pdca.model.logic.Figures;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Numbering;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.StatusRollup;
import pdca.model.schedule.Schedule;
import pdca.model.GradeBand;
import pdca.model.Method;
import pdca.model.Strategy;

/**
 * Writes the plan's tables as an OpenDocument spreadsheet with ODFDOM: actions, KPI values per
 * quarter, improvement actions and evaluations. Numbers are float cells, dates are date cells, so
 * officers can sort, filter and sum.
 */
public final class OdsTablesWriter {

	/** A cell value: text, number, percentage or date (null leaves the cell empty). */
	record Value(Object value, boolean percent) {
		static Value of(Object v) {
			return new Value(v, false);
		}
	}

	private final Plan plan;
	private final ReportBuilder builder;
	private final String producer;
	private final ZonedDateTime created;

	public OdsTablesWriter(Plan plan, ReportBuilder builder, String producer, ZonedDateTime created) {
		this.plan = plan;
		this.builder = builder;
		this.producer = producer;
		this.created = created;
	}

	public void write(OutputStream out, BooleanSupplier canceled) throws Exception {
		OdfContext.call(() -> {
			writeDocument(out, canceled);
			return null;
		});
	}

	private void writeDocument(OutputStream out, BooleanSupplier canceled) throws Exception {
		OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.newSpreadsheetDocument();
		try {
			doc.getOfficeMetadata().setTitle(Labels.format("doc.title", ReportBuilder.nz(plan.getTitle())));
			doc.getOfficeMetadata().setInitialCreator(ReportBuilder.agencyName(plan));
			doc.getOfficeMetadata().setCreator(ReportBuilder.agencyName(plan)); // else the creator of ODFDOM's template
			doc.getOfficeMetadata().setGenerator(producer);
			doc.getOfficeMetadata().setCreationDate(GregorianCalendar.from(created));
			List<OdfTable> initial = new ArrayList<>(doc.getTableList());
			sheet(doc, Labels.get("sheet.actions"), actions());
			check(canceled);
			sheet(doc, Labels.get("sheet.kpis"), kpis());
			check(canceled);
			sheet(doc, Labels.get("sheet.improvements"), improvements());
			check(canceled);
			sheet(doc, Labels.get("sheet.evaluations"), evaluations());
			for (OdfTable t : initial) {
				t.remove();
			}
			doc.save(out);
		} finally {
			doc.close();
		}
	}

	private static void check(BooleanSupplier canceled) {
		if (canceled.getAsBoolean()) {
			throw new PdfReportWriter.CanceledSignal();
		}
	}

	private List<List<Value>> actions() {
		StatusRollup rollup = builder.rollup();
		List<List<Value>> rows = new ArrayList<>();
		rows.add(header("c.path", "c.strategy", "c.method", "c.item", "c.schedule", "c.owners", "c.status", "c.overdue",
				"c.progress", "c.lastReport"));
		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			StatusRollup.ItemStatus st = rollup.statusOf(item);
			Method method = item instanceof Method m ? m : (Method) item.eContainer();
			Strategy strategy = (Strategy) method.eContainer();
			Schedule s = PlanStructure.effectiveSchedule(item);
			ProgressReport latest = st.latest();
			rows.add(List.of(Value.of(Numbering.path(item)), Value.of(ReportBuilder.nz(strategy.getText())),
					Value.of(ReportBuilder.nz(method.getText())), Value.of(item == method ? "" : ReportBuilder.nz(item.getText())),
					Value.of(s == null ? "" : s.text()), Value.of(ReportBuilder.owners(item)),
					Value.of(ReportBuilder.status(st.effective())), Value.of(st.overdue() ? "✓" : ""),
					Value.of((double) st.progress()), Value.of(latest == null ? null : latest.getReportedOn())));
		}
		return rows;
	}

	private List<List<Value>> kpis() {
		List<List<Value>> rows = new ArrayList<>();
		rows.add(header("c.path", "c.kpi", "c.unit", "c.baseline", "c.target", "c.direction", "c.year", "c.quarter",
				"c.value", "c.ratio"));
		for (Kpi k : builder.allKpis()) {
			String path = k.eContainer() instanceof WorkItem w ? Numbering.path(w) : "";
			List<Measurement> ms = new ArrayList<>(k.getMeasurements());
			ms.sort((a, b) -> a.getRocYear() != b.getRocYear() ? Integer.compare(a.getRocYear(), b.getRocYear())
					: Integer.compare(a.getQuarter(), b.getQuarter()));
			String direction = ReportBuilder.direction(k.getDirection());
			if (ms.isEmpty()) {
				rows.add(List.of(Value.of(path), Value.of(ReportBuilder.nz(k.getName())), Value.of(k.getUnit()),
						Value.of(k.getBaseline()), Value.of(k.getTarget()), Value.of(direction), Value.of(null),
						Value.of(null), Value.of(null), Value.of(null)));
			}
			for (Measurement m : ms) {
				Double ratio = null;
				if (k.getTarget() != null) {
					KpiAchievement one = KpiAchievement.of(k, new pdca.model.logic.Quarter(m.getRocYear(), Math.max(1, m.getQuarter())));
					ratio = one.ratio() == null ? null : Figures.roundedPercent(one.ratio()) / 100.0;
				}
				rows.add(List.of(Value.of(path), Value.of(ReportBuilder.nz(k.getName())), Value.of(k.getUnit()),
						Value.of(k.getBaseline()), Value.of(k.getTarget()), Value.of(direction),
						Value.of((double) m.getRocYear()), Value.of((double) m.getQuarter()), Value.of(m.getValue()),
						new Value(ratio, true)));
			}
		}
		return rows;
	}

	private List<List<Value>> improvements() {
		List<List<Value>> rows = new ArrayList<>();
		rows.add(header("c.meeting", "c.meetingDate", "c.finding", "c.improvement", "c.owner", "c.due", "c.istatus",
				"c.closedOn", "c.closure"));
		for (ReviewMeeting m : plan.getReviewMeetings()) {
			for (ImprovementAction a : m.getImprovementActions()) {
				rows.add(List.of(Value.of(m.getTitle()), Value.of(m.getDate()),
						Value.of(a.getFinding() == null ? null : a.getFinding().getText()), Value.of(a.getText()),
						Value.of(a.getOwner() == null ? null : a.getOwner().getName()), Value.of(a.getDueDate()),
						Value.of(ReportBuilder.improvement(a.getStatus())), Value.of(a.getClosedOn()),
						Value.of(a.getClosureNote())));
			}
		}
		return rows;
	}

	private List<List<Value>> evaluations() {
		List<List<Value>> rows = new ArrayList<>();
		rows.add(header("c.form", "c.unitEvaluated", "c.date", "c.evaluator", "c.earned", "c.possible", "c.score", "c.grade"));
		for (EvaluationRecord r : ReportBuilder.sortedRecords(plan)) {
			EvaluationScorer.Result res = EvaluationScorer.score(r);
			String grade = plan.getScoringScheme() == null ? null
					: GradeScale.grade(plan.getScoringScheme(), res.score()).map(GradeBand::getName).orElse(null);
			rows.add(List.of(Value.of(r.getForm() == null ? null : (ReportBuilder.nz(r.getForm().getCode()) + " " + ReportBuilder.nz(r.getForm().getText())).strip()),
					Value.of(r.getUnit() == null ? null : r.getUnit().getName()), Value.of(r.getDate()),
					Value.of(r.getEvaluator()), Value.of(Figures.rounded(res.earned())), Value.of(Figures.rounded(res.possible())), Value.of(Figures.rounded(res.score())),
					Value.of(grade)));
		}
		return rows;
	}

	private static List<Value> header(String... keys) {
		List<Value> row = new ArrayList<>();
		for (String k : keys) {
			row.add(Value.of(Labels.get(k)));
		}
		return row;
	}

	/**
	 * One sheet. The cells are filled through the document tree, row after row: ODFDOM's
	 * {@code OdfTable.getCellByPosition} and every {@code OdfTableCell} setter look the row up from
	 * the top of the table, which made a sheet of 2,000 actions take most of a minute.
	 */
	static void sheet(OdfSpreadsheetDocument doc, String name, List<List<Value>> rows) {
		int cols = rows.get(0).size();
		OdfTable t = OdfTable.newTable(doc, rows.size(), cols);
		t.setTableName(name);
		List<TableTableRowElement> rowElements = children(t.getOdfElement(), TableTableRowElement.class);
		if (rowElements.size() != rows.size()) {
			throw new IllegalStateException("ODFDOM made " + rowElements.size() + " rows of " + rows.size());
		}
		for (int r = 0; r < rows.size(); r++) {
			List<TableTableCellElement> cells = children(rowElements.get(r), TableTableCellElement.class);
			List<Value> row = rows.get(r);
			for (int c = 0; c < cols; c++) {
				Value v = row.get(c);
				if (v.value() != null) {
					set(cells.get(c), v);
				}
			}
		}
	}

	/** A cell's value as ODFDOM's {@code OdfTableCell} setters write it: the type, the value and the text shown. */
	private static void set(TableTableCellElement cell, Value v) {
		String shown;
		switch (v.value()) {
			case Double d when v.percent() -> {
				cell.setOfficeValueTypeAttribute("percentage");
				cell.setOfficeValueAttribute(d);
				shown = "";
			}
			case Double d -> {
				cell.setOfficeValueTypeAttribute("float");
				cell.setOfficeValueAttribute(d);
				shown = d.toString();
			}
			case LocalDate d -> {
				cell.setOfficeValueTypeAttribute("date");
				cell.setOfficeDateValueAttribute(d.toString());
				shown = d.toString();
			}
			default -> {
				shown = v.value().toString();
				cell.setOfficeValueTypeAttribute("string");
				cell.setOfficeStringValueAttribute(shown);
			}
		}
		while (cell.getFirstChild() != null) {
			cell.removeChild(cell.getFirstChild());
		}
		OdfTextParagraph p = new OdfTextParagraph((OdfFileDom) cell.getOwnerDocument());
		new OdfWhitespaceProcessor().append(p, shown); // line breaks, tabs and runs of spaces as ODF writes them
		cell.appendChild(p);
	}

	private static <T> List<T> children(Node parent, Class<T> type) {
		List<T> children = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (type.isInstance(n)) {
				children.add(type.cast(n));
			}
		}
		return children;
	}
}
