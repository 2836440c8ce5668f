package pdca.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one unit's form as an Excel workbook (XLSX, Office Open XML), for units whose office software is Excel: the
 * same two sheets, cells, hidden columns and rules as {@link OdsFormWriter} writes as ODS — the form sheet protected
 * without a password with the cells to fill unlocked, a drop-down list of the statuses, progress limited to whole
 * numbers 0–100, KPI values to numbers — so that a return is read and matched the same way whichever format it went
 * out in.
 */
final class XlsxFormWriter {

	static final String EXTENSION = ".xlsx";

	private final String title;
	private final String creator;
	private final String generator;

	XlsxFormWriter(String title, String creator, String generator) {
		this.title = title;
		this.creator = creator;
		this.generator = generator;
	}

	void write(OutputStream out, OdsFormWriter.Sheet form, OdsFormWriter.Sheet instructions) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Styles styles = new Styles(book);
			XSSFSheet formSheet = sheet(book, form, styles);
			validations(formSheet, form);
			XSSFSheet help = sheet(book, instructions, styles);
			help.setDisplayGridlines(false);
			var core = book.getProperties().getCoreProperties();
			core.setTitle(title);
			core.setCreator(creator);
			book.getProperties().getExtendedProperties().setApplication(generator);
			book.setActiveSheet(0);
			book.write(out);
		}
	}

	private static XSSFSheet sheet(XSSFWorkbook book, OdsFormWriter.Sheet sheet, Styles styles) {
		XSSFSheet s = book.createSheet(sheet.name());
		for (int c = 0; c < sheet.columnWidthsCm().length; c++) {
			// Excel measures columns in 1/256 of a digit's width, about 0.19 cm in its default font
			s.setColumnWidth(c, (int) Math.min(255 * 256, Math.round(sheet.columnWidthsCm()[c] / 0.19 * 256)));
			s.setColumnHidden(c, sheet.hidden()[c]);
		}
		int r = 0;
		for (List<OdsFormWriter.Cell> cells : sheet.rows()) {
			XSSFRow row = s.createRow(r++);
			for (int c = 0; c < cells.size(); c++) {
				OdsFormWriter.Cell cell = cells.get(c);
				XSSFCell x = row.createCell(c);
				x.setCellStyle(styles.get(cell.style()));
				if (cell.value() instanceof Double d) {
					x.setCellValue(d);
				} else if (cell.value() instanceof String text && !text.isEmpty()) {
					x.setCellValue(text);
				}
			}
		}
		// protected without a password, as the ODS form is: locked cells cannot be changed by mistake, and the unit
		// may still select cells, resize columns and rows
		s.enableLocking();
		s.lockSelectLockedCells(false);
		s.lockSelectUnlockedCells(false);
		s.lockFormatColumns(false);
		s.lockFormatRows(false);
		return s;
	}

	/** The drop-down list, the progress range and the number rule, each over the cells the writer marked for it. */
	private static void validations(XSSFSheet sheet, OdsFormWriter.Sheet form) {
		Map<String, CellRangeAddressList> regions = new LinkedHashMap<>();
		for (int r = 0; r < form.rows().size(); r++) {
			List<OdsFormWriter.Cell> cells = form.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				String v = cells.get(c).validation();
				if (v != null) {
					regions.computeIfAbsent(v, k -> new CellRangeAddressList()).addCellRangeAddress(new CellRangeAddress(r, r, c, c));
				}
			}
		}
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		for (Map.Entry<String, CellRangeAddressList> e : regions.entrySet()) {
			DataValidationConstraint constraint;
			String heading;
			String message;
			switch (e.getKey()) {
				case OdsFormWriter.V_STATUS -> {
					List<String> words = OdsFormWriter.statusWords();
					constraint = helper.createExplicitListConstraint(words.toArray(String[]::new));
					heading = FormLayout.label("valid.statusTitle");
					message = FormLayout.label("valid.status", String.join("、", words));
				}
				case OdsFormWriter.V_PROGRESS -> {
					constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "100");
					heading = FormLayout.label("valid.progressTitle");
					message = FormLayout.label("valid.progress");
				}
				case OdsFormWriter.V_NUMBER -> {
					constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "-1000000000000", "1000000000000");
					heading = FormLayout.label("valid.numberTitle");
					message = FormLayout.label("valid.number");
				}
				default -> throw new IllegalArgumentException("no validation " + e.getKey());
			}
			DataValidation v = helper.createValidation(constraint, e.getValue());
			v.setEmptyCellAllowed(true);
			v.setErrorStyle(DataValidation.ErrorStyle.STOP);
			// Excel limits a validation's title to 32 characters and its message to 255
			v.createErrorBox(cut(heading, 32), cut(message, 255));
			v.createPromptBox(cut(heading, 32), cut(message, 255));
			v.setShowErrorBox(true);
			v.setShowPromptBox(true);
			sheet.addValidationData(v);
		}
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	/** The writer's cell styles as XLSX cell styles: grey locked cells, bold headers, framed yellow cells to fill. */
	private static final class Styles {
		private final Map<String, XSSFCellStyle> byName = new HashMap<>();

		Styles(XSSFWorkbook book) {
			XSSFFont bold = book.createFont();
			bold.setBold(true);
			short text = book.createDataFormat().getFormat("@");
			add(book, OdsFormWriter.LOCKED, true, "EEEEEE", null, true, (short) -1);
			add(book, OdsFormWriter.HEADER, true, "D9E2F3", bold, true, (short) -1);
			add(book, OdsFormWriter.TITLE, true, null, bold, false, (short) -1);
			add(book, OdsFormWriter.HEADING, true, null, null, false, (short) -1);
			add(book, OdsFormWriter.PLAIN, true, null, null, true, (short) -1);
			add(book, OdsFormWriter.INPUT, false, "FFFBE6", null, true, (short) -1);
			add(book, OdsFormWriter.INPUT_TEXT, false, "FFFBE6", null, true, text);
		}

		private void add(XSSFWorkbook book, String name, boolean locked, String fill, XSSFFont font, boolean wrap, short format) {
			XSSFCellStyle s = book.createCellStyle();
			s.setLocked(locked);
			s.setWrapText(wrap);
			s.setVerticalAlignment(VerticalAlignment.TOP);
			if (fill != null) {
				s.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(fill)));
				s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			if (!locked) {
				XSSFColor grey = new XSSFColor(new byte[] { (byte) 0x80, (byte) 0x80, (byte) 0x80 });
				s.setBorderTop(BorderStyle.THIN);
				s.setBorderBottom(BorderStyle.THIN);
				s.setBorderLeft(BorderStyle.THIN);
				s.setBorderRight(BorderStyle.THIN);
				s.setTopBorderColor(grey);
				s.setBottomBorderColor(grey);
				s.setLeftBorderColor(grey);
				s.setRightBorderColor(grey);
			}
			if (font != null) {
				s.setFont(font);
			}
			if (format >= 0) {
				s.setDataFormat(format);
			}
			byName.put(name, s);
		}

		XSSFCellStyle get(String name) {
			XSSFCellStyle s = byName.get(name == null ? OdsFormWriter.PLAIN : name);
			if (s == null) {
				throw new IllegalArgumentException("no cell style " + name);
			}
			return s;
		}
	}
}
