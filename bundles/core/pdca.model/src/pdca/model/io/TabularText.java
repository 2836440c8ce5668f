package pdca.model.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows and cells of tab-separated text as spreadsheets put it on the clipboard (Excel, LibreOffice Calc): a cell
 * holding a tab, a line break or a quote is written in double quotes with its quotes doubled, so a multi-line cell
 * stays one cell and the cells after it stay in their row. Line ends may be CR LF, LF or CR; a last empty line is
 * no row.
 */
public final class TabularText {

	private TabularText() {
	}

	/** The rows of {@code text}, each a list of cell texts. */
	public static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int i = 0;
		int n = text.length();
		boolean cellStart = true;
		while (i < n) {
			char c = text.charAt(i);
			if (cellStart && c == '"') {
				// a quoted cell: up to the closing quote; "" is one quote
				i++;
				while (i < n) {
					char q = text.charAt(i);
					if (q == '"') {
						if (i + 1 < n && text.charAt(i + 1) == '"') {
							cell.append('"');
							i += 2;
						} else {
							i++;
							break;
						}
					} else {
						cell.append(q);
						i++;
					}
				}
				cellStart = false;
				continue;
			}
			if (c == '\t') {
				row.add(cell.toString());
				cell.setLength(0);
				cellStart = true;
				i++;
			} else if (c == '\r' || c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				cellStart = true;
				i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
			} else {
				cell.append(c);
				cellStart = false;
				i++;
			}
		}
		if (!cellStart || cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
