package pdca.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import pdca.export.PacketNames;
import pdca.model.Kpi;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.AtomicFiles;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;

/**
 * Forms out: for a plan and a quarter, one spreadsheet per owner unit (OpenDocument, or Excel on request) holding the
 * work items it reports (and the KPIs of those items), to be sent by mail, filled and sent back to the planning office.
 *
 * <p>A work item is reported by its lead owner (else its first co-owner), as inherited from the method or strategy
 * above it; items without any owner go into one form for the planning office to hand out ({@code 未指定主辦單位}).
 */
public final class CheckInForms {

	/** The file format of the forms: OpenDocument (the default, as the government's ODF rule expects) or Excel. */
	public enum Format {
		ODS(".ods"), XLSX(".xlsx");

		/** The file name extension, with its dot. */
		public final String extension;

		Format(String extension) {
			this.extension = extension;
		}
	}

	/** A form written: the unit (null for items without owner), its name on the form, the file, what it holds. */
	public record Written(Unit unit, String unitName, Path file, int items, int kpis) {
	}

	private CheckInForms() {
	}

	/** The units that have something to report in the plan, in the organisation's order; null stands for items without owner. */
	public static List<Unit> reportingUnits(Plan plan) {
		return new ArrayList<>(FormRows.itemsByUnit(plan).keySet());
	}

	/** How many work items each unit reports, in the order of {@link #reportingUnits}. */
	public static Map<Unit, Integer> itemCounts(Plan plan) {
		Map<Unit, Integer> counts = new java.util.LinkedHashMap<>();
		FormRows.itemsByUnit(plan).forEach((unit, items) -> counts.put(unit, items.size()));
		return counts;
	}

	/** The name of a unit as its form shows it (the label for items without owner for null). */
	public static String unitName(Unit unit) {
		return FormRows.unitName(unit);
	}

	/** {@link #export(Plan, Quarter, Path, Collection, String, Format)} as OpenDocument spreadsheets. */
	public static List<Written> export(Plan plan, Quarter quarter, Path outDir, Collection<Unit> units, String generator)
			throws FormException {
		return export(plan, quarter, outDir, units, generator, Format.ODS);
	}

	/**
	 * Writes the forms of {@code units} (all units with something to report when null) into {@code outDir}, each
	 * file atomically, in {@code format}.
	 *
	 * @param generator the program and version written into the files' metadata
	 * @throws FormException naming the file when one cannot be written; forms written before it stay
	 */
	public static List<Written> export(Plan plan, Quarter quarter, Path outDir, Collection<Unit> units, String generator,
			Format format) throws FormException {
		Map<Unit, List<WorkItem>> byUnit = FormRows.itemsByUnit(plan);
		List<Written> written = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (Map.Entry<Unit, List<WorkItem>> e : byUnit.entrySet()) {
			Unit unit = e.getKey();
			if (units != null && !units.contains(unit)) {
				continue;
			}
			List<Kpi> kpis = FormRows.kpisOf(plan, unit);
			String stem = fileStem(quarter, unit);
			String name = stem + format.extension;
			for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
				name = stem + "-" + n + format.extension;
			}
			Path file = outDir.resolve(name);
			OdsFormWriter.Sheet form = formSheet(plan, quarter, unit, e.getValue(), kpis);
			OdsFormWriter.Sheet instructions = instructionsSheet(plan, quarter, unit);
			String title = FormLayout.label("form.title", Terms.quarter(Locale.TAIWAN, quarter));
			try {
				Files.createDirectories(outDir);
				if (format == Format.XLSX) {
					XlsxFormWriter writer = new XlsxFormWriter(title, agency(plan), generator);
					AtomicFiles.write(file, out -> writer.write(out, form, instructions));
				} else {
					OdsFormWriter writer = new OdsFormWriter(title, agency(plan), generator);
					AtomicFiles.write(file, out -> writer.write(out, form, instructions));
				}
			} catch (IOException | RuntimeException ex) {
				throw new FormException(FormsMessages.format("export.writeFailed", file, describe(ex)), ex);
			}
			written.add(new Written(unit, FormRows.unitName(unit), file, e.getValue().size(), kpis.size()));
		}
		return written;
	}

	/**
	 * Writes the forms of {@code units} (all when null) into one zip {@code 106-Q3-季填報表.zip} in {@code outDir},
	 * atomically: the zip is there whole or not at all. The forms' files are entries of the zip, named as
	 * {@link #export} names them; the returned records name the zip as their file.
	 *
	 * @throws FormException naming the file when the zip cannot be written
	 */
	public static List<Written> exportZip(Plan plan, Quarter quarter, Path outDir, Collection<Unit> units, String generator)
			throws FormException {
		return exportZip(plan, quarter, outDir, units, generator, Format.ODS);
	}

	/** {@link #exportZip(Plan, Quarter, Path, Collection, String)} with the forms in {@code format}. */
	public static List<Written> exportZip(Plan plan, Quarter quarter, Path outDir, Collection<Unit> units, String generator,
			Format format) throws FormException {
		Path zip = outDir.resolve(zipName(quarter));
		Path temp = null;
		try {
			temp = Files.createTempDirectory("pdca-forms");
			List<Written> forms = export(plan, quarter, temp, units, generator, format);
			Files.createDirectories(outDir);
			AtomicFiles.write(zip, out -> {
				try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
					for (Written w : forms) {
						z.putNextEntry(new java.util.zip.ZipEntry(w.file().getFileName().toString()));
						Files.copy(w.file(), z);
						z.closeEntry();
					}
				}
			});
			List<Written> written = new ArrayList<>();
			for (Written w : forms) {
				written.add(new Written(w.unit(), w.unitName(), zip, w.items(), w.kpis()));
			}
			return written;
		} catch (IOException | RuntimeException ex) {
			throw new FormException(FormsMessages.format("export.writeFailed", zip, describe(ex)), ex);
		} finally {
			if (temp != null) {
				try (var files = Files.list(temp)) {
					for (Path f : files.toList()) {
						Files.deleteIfExists(f);
					}
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// a temporary folder left behind; the zip is written
				}
			}
		}
	}

	/** {@code 106-Q3-季填報表.zip}. */
	public static String zipName(Quarter quarter) {
		return PacketNames.safe(FormLayout.label("zip.name", String.valueOf(quarter.rocYear()), String.valueOf(quarter.quarter()))) + ".zip";
	}

	/** {@code 106-Q3-監理課}: the form's file name without its extension, safe on Windows, Linux and macOS. */
	private static String fileStem(Quarter quarter, Unit unit) {
		return PacketNames.safe(quarter.rocYear() + "-Q" + quarter.quarter() + "-" + FormRows.unitName(unit));
	}

	private static String agency(Plan plan) {
		return plan.getAgency() == null || plan.getAgency().getName() == null ? "" : plan.getAgency().getName();
	}

	private static String describe(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	// --- the sheets ---

	private static final double[] WIDTHS = { 2, 2, 2, 2.2, 4.5, 6.5, 2.8, 2.2, 1.8, 5, 2.6, 1.8, 7, 2.4, 4.5, 2.6, 3 };

	static OdsFormWriter.Sheet formSheet(Plan plan, Quarter quarter, Unit unit, List<WorkItem> items, List<Kpi> kpis) {
		boolean[] hidden = new boolean[FormLayout.COLUMNS];
		hidden[FormLayout.KEY] = hidden[FormLayout.LOCK] = hidden[FormLayout.BASE] = true;
		List<List<OdsFormWriter.Cell>> rows = new ArrayList<>();
		String quarterText = Terms.quarter(Locale.TAIWAN, quarter);
		rows.add(meta(FormLayout.MARKER, FormLayout.VERSION, FormLayout.label("form.heading", agency(plan), quarterText), OdsFormWriter.TITLE));
		rows.add(meta(FormLayout.KEY_PLAN, nz(plan.getId()), FormLayout.label("form.plan", FormLayout.text(plan.getTitle())), OdsFormWriter.HEADING));
		rows.add(meta(FormLayout.KEY_QUARTER, quarter.rocYear() + "-" + quarter.quarter(), FormLayout.label("form.quarter", quarterText),
				OdsFormWriter.HEADING));
		rows.add(meta(FormLayout.KEY_UNIT, unit == null ? "" : nz(unit.getId()), FormLayout.label("form.unit", FormRows.unitName(unit)),
				OdsFormWriter.TITLE));
		rows.add(meta("note", "", FormLayout.label("form.howTo"), OdsFormWriter.HEADING));
		rows.add(header(FormLayout.KEY_HEADER, false));
		for (WorkItem item : items) {
			FormRows.Row r = FormRows.itemRow(plan, item, quarter);
			rows.add(dataRow(r, false));
		}
		if (!kpis.isEmpty()) {
			rows.add(header(FormLayout.KEY_KPI_HEADER, true));
			for (Kpi k : kpis) {
				rows.add(dataRow(FormRows.kpiRow(k, quarter), true));
			}
		}
		return new OdsFormWriter.Sheet(FormLayout.label("sheet.form"), WIDTHS, hidden, rows);
	}

	private static List<OdsFormWriter.Cell> meta(String key, String value, String shown, String style) {
		List<OdsFormWriter.Cell> row = new ArrayList<>();
		row.add(OdsFormWriter.Cell.of(key, OdsFormWriter.PLAIN));
		row.add(OdsFormWriter.Cell.of(value, OdsFormWriter.PLAIN));
		row.add(OdsFormWriter.Cell.of("", OdsFormWriter.PLAIN));
		row.add(OdsFormWriter.Cell.of(shown, style));
		return row;
	}

	private static List<OdsFormWriter.Cell> header(String key, boolean kpi) {
		List<OdsFormWriter.Cell> row = new ArrayList<>();
		row.add(OdsFormWriter.Cell.of(key, OdsFormWriter.PLAIN));
		row.add(OdsFormWriter.Cell.of("", OdsFormWriter.PLAIN));
		row.add(OdsFormWriter.Cell.of("", OdsFormWriter.PLAIN));
		for (int c = FormLayout.NUMBER; c < FormLayout.COLUMNS; c++) {
			row.add(OdsFormWriter.Cell.of(kpi ? FormLayout.label("kcol." + c) : FormLayout.header(c), OdsFormWriter.HEADER));
		}
		return row;
	}

	private static List<OdsFormWriter.Cell> dataRow(FormRows.Row r, boolean kpi) {
		OdsFormWriter.Cell[] cells = new OdsFormWriter.Cell[FormLayout.COLUMNS];
		cells[FormLayout.KEY] = OdsFormWriter.Cell.of(r.key(), OdsFormWriter.PLAIN);
		cells[FormLayout.LOCK] = OdsFormWriter.Cell.of(r.lockFingerprint(), OdsFormWriter.PLAIN);
		cells[FormLayout.BASE] = OdsFormWriter.Cell.of(r.baseFingerprints(), OdsFormWriter.PLAIN);
		for (int i = 0; i < FormLayout.LOCKED.length; i++) {
			int c = FormLayout.LOCKED[i];
			String text = r.locked().get(i);
			Object value = text;
			if (c == FormLayout.PREVIOUS_PROGRESS && !text.isEmpty()) {
				value = Double.valueOf(text);
			}
			cells[c] = OdsFormWriter.Cell.of(value, OdsFormWriter.LOCKED);
		}
		Map<FormField, String> v = r.values();
		if (kpi) {
			for (FormField f : FormField.ITEM_FIELDS) {
				cells[f.column] = OdsFormWriter.Cell.of("", OdsFormWriter.LOCKED);
			}
			String value = v.get(FormField.KPI_VALUE);
			cells[FormLayout.KPI_VALUE] = new OdsFormWriter.Cell(value.isEmpty() ? "" : Double.valueOf(value), OdsFormWriter.INPUT,
					OdsFormWriter.V_NUMBER);
		} else {
			String status = v.get(FormField.STATUS);
			cells[FormLayout.STATUS] = new OdsFormWriter.Cell(
					status.isEmpty() ? "" : FormLayout.statusWord(pdca.model.ActionStatus.get(status)), OdsFormWriter.INPUT,
					OdsFormWriter.V_STATUS);
			String progress = v.get(FormField.PROGRESS);
			cells[FormLayout.PROGRESS] = new OdsFormWriter.Cell(progress.isEmpty() ? "" : Double.valueOf(progress), OdsFormWriter.INPUT,
					OdsFormWriter.V_PROGRESS);
			cells[FormLayout.NARRATIVE] = OdsFormWriter.Cell.of(v.get(FormField.NARRATIVE), OdsFormWriter.INPUT);
			cells[FormLayout.KPI_VALUE] = OdsFormWriter.Cell.of("", OdsFormWriter.LOCKED);
			cells[FormLayout.EVIDENCE] = OdsFormWriter.Cell.of(v.get(FormField.EVIDENCE), OdsFormWriter.INPUT);
			cells[FormLayout.REPORTED_BY] = OdsFormWriter.Cell.of(v.get(FormField.REPORTED_BY), OdsFormWriter.INPUT);
			String on = v.get(FormField.REPORTED_ON);
			cells[FormLayout.REPORTED_ON] = OdsFormWriter.Cell.of(
					on.isEmpty() ? "" : pdca.model.schedule.RocDate.format(java.time.LocalDate.parse(on)), OdsFormWriter.INPUT_TEXT);
		}
		return Arrays.asList(cells);
	}

	static OdsFormWriter.Sheet instructionsSheet(Plan plan, Quarter quarter, Unit unit) {
		List<List<OdsFormWriter.Cell>> rows = new ArrayList<>();
		String quarterText = Terms.quarter(Locale.TAIWAN, quarter);
		rows.add(List.of(OdsFormWriter.Cell.of(FormLayout.label("help.title", quarterText), OdsFormWriter.TITLE)));
		rows.add(List.of(OdsFormWriter.Cell.of(FormLayout.label("help.for", FormRows.unitName(unit), FormLayout.text(plan.getTitle())),
				OdsFormWriter.PLAIN)));
		for (int i = 1; FormLayout.hasLabel("help." + i); i++) {
			String line = FormLayout.label("help." + i, String.join("、", OdsFormWriter.statusWords()));
			rows.add(List.of(OdsFormWriter.Cell.of(line, OdsFormWriter.PLAIN)));
		}
		return new OdsFormWriter.Sheet(FormLayout.label("sheet.help"), new double[] { 24 }, new boolean[] { false }, rows);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
