package pdca.forms;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import pdca.forms.ReturnReader.Cell;

/**
 * Reads the form sheet of a returned Excel workbook (XLSX): a form sent out as XLSX and filled in Excel, or an ODS
 * form that the unit's office software saved as XLSX. Cells are read as they were typed: text, numbers (per cents
 * marked as such), dates; a formula counts by the value last computed for it, which is never computed again here.
 *
 * <p>The workbook is refused before it is read in full when one of its parts would expand past
 * {@link #MAX_PART_BYTES} or compresses suspiciously well (a zip bomb), and the form is refused past
 * {@link ReturnReader#MAX_ROWS} rows or {@link ReturnReader#MAX_CELLS} cells.
 */
final class XlsxReturnReader {

	/** A form of a few hundred rows is well under a megabyte of sheet XML; far more is no form. */
	static final long MAX_PART_BYTES = 16L * 1024 * 1024;
	/** The least a part may compress to, as a share of its expanded size, before it counts as a zip bomb. */
	private static final double MIN_INFLATE_RATIO = 0.005;
	private static final int MAX_COLUMNS = 1024;

	private XlsxReturnReader() {
	}

	static TreeMap<Integer, List<Cell>> read(Path file) throws FormException {
		synchronized (ZipSecureFile.class) {
			ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		}
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook book = new XSSFWorkbook(pkg)) {
			for (int s = 0; s < book.getNumberOfSheets(); s++) {
				XSSFSheet sheet = book.getSheetAt(s);
				TreeMap<Integer, List<Cell>> rows = rows(sheet, file);
				List<Cell> first = rows.get(0);
				if (first != null && !first.isEmpty() && first.get(0).text().strip().equals(FormLayout.MARKER)) {
					return rows;
				}
			}
			throw new FormException(FormsMessages.format("read.notForm", file));
		} catch (NotOfficeXmlFileException e) {
			throw new FormException(FormsMessages.format("read.notSpreadsheet", file), e);
		} catch (EncryptedDocumentException e) {
			throw new FormException(FormsMessages.format("read.encrypted", file), e);
		} catch (InvalidFormatException | OpenXML4JRuntimeException | POIXMLException | IOException | IllegalStateException
				| IllegalArgumentException | ClassCastException e) {
			throw new FormException(tooLarge(e) ? FormsMessages.format("read.contentTooLarge", file, MAX_PART_BYTES / (1024 * 1024))
					: FormsMessages.format("read.damaged", file, message(e)), e);
		} catch (OpenXML4JException e) {
			throw new FormException(FormsMessages.format("read.damaged", file, message(e)), e);
		}
	}

	/** POI says "Zip bomb detected!" or that an entry is too large; both are a part expanding past what a form is. */
	private static boolean tooLarge(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String m = t.getMessage();
			if (m != null && (m.contains("Zip bomb") || m.contains("MAX_ENTRY_SIZE") || m.contains("max entry size"))) {
				return true;
			}
		}
		return false;
	}

	private static String message(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String m = root.getMessage() == null ? e.getMessage() : root.getMessage();
		return m == null ? e.getClass().getSimpleName() : m;
	}

	private static TreeMap<Integer, List<Cell>> rows(XSSFSheet sheet, Path file) throws FormException {
		TreeMap<Integer, List<Cell>> rows = new TreeMap<>();
		DataFormatter shown = new DataFormatter(Locale.ROOT);
		int cells = 0;
		for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
			XSSFRow row = sheet.getRow(r);
			if (row == null || row.getLastCellNum() <= 0) {
				continue;
			}
			if (r >= ReturnReader.MAX_ROWS) {
				throw new FormException(FormsMessages.format("read.tooManyRows", file, ReturnReader.MAX_ROWS));
			}
			List<Cell> values = new ArrayList<>();
			int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
			for (int c = 0; c < last; c++) {
				XSSFCell cell = row.getCell(c);
				values.add(cell == null ? Cell.EMPTY : cell(cell, shown));
			}
			while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
				values.remove(values.size() - 1);
			}
			if (values.isEmpty()) {
				continue;
			}
			cells += values.size();
			if (cells > ReturnReader.MAX_CELLS) {
				throw new FormException(FormsMessages.format("read.tooManyCells", file, ReturnReader.MAX_CELLS));
			}
			rows.put(r, values);
		}
		return rows;
	}

	private static Cell cell(XSSFCell cell, DataFormatter shown) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		switch (type) {
			case STRING -> {
				return new Cell(lines(cell.getRichStringCellValue().getString()), null, false, null);
			}
			case NUMERIC -> {
				double d = cell.getNumericCellValue();
				XSSFCellStyle style = cell.getCellStyle();
				String format = style == null ? "General" : style.getDataFormatString();
				int formatIndex = style == null ? 0 : style.getDataFormat();
				String text = shown.formatRawCellContents(d, formatIndex, format == null ? "General" : format);
				if (!Double.isFinite(d)) {
					return new Cell(text, null, false, null);
				}
				if (DateUtil.isCellDateFormatted(cell)) {
					LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
					return new Cell(text, null, false, date);
				}
				return new Cell(text, d, format != null && isPercent(format), null);
			}
			case BOOLEAN -> {
				return new Cell(cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, false, null);
			}
			case ERROR -> {
				return new Cell(FormulaError.forInt(cell.getErrorCellValue()).getString(), null, false, null);
			}
			default -> {
				return Cell.EMPTY;
			}
		}
	}

	/** Excel keeps a line break in a cell as LF; a file written elsewhere may carry CR LF. */
	private static String lines(String s) {
		return s.replace("\r\n", "\n").replace('\r', '\n');
	}

	/** A number format shows per cents when it has a % outside quoted text. */
	private static boolean isPercent(String format) {
		boolean quoted = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == '\\') {
				i++;
			} else if (c == '%' && !quoted) {
				return true;
			}
		}
		return false;
	}
}
