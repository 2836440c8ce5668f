package pdca.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.export.MeetingDocumentsTest.odtTableRows;
import static pdca.export.PacketExporterTest.compact;
import static pdca.export.PacketExporterTest.zipEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.export.RevisionTable.Kind;
import pdca.export.RevisionTable.Row;
import pdca.test.support.UseLocale;

/**
 * The revision comparison table (修正對照表) in the packet: written as PDF, ODT and ODS beside the report and read back
 * with readers other than the writers' (PDFBox for the PDF, the XML of the OpenDocument files), so that its rows are
 * what a user sees, in the order given, with 修正後內容 before 原內容 and the explanation last.
 */
@UseLocale("zh-TW")
class RevisionTableTest {

	private static final String SHEET = "修正對照表";

	private static final List<Row> ROWS = List.of(
			new Row("一、（一）5. 建置線上預約叫號系統", Kind.ADDED, "", "", "一、（一）5. 建置線上預約叫號系統", false),
			new Row("一、（二） 提供民眾易讀、易懂、易用的服務申…", Kind.CHANGED, "完成期限", "6月完成並持續辦理", "8月完成並持續辦理", true),
			new Row("二、 重視全程意見回饋及參與，力求服務…", Kind.REORDERED, "具體做法順序", "（一） （二） …", "（二） （一） …", false),
			new Row("一、（一）3. 受理民眾陳情案件", Kind.REMOVED, "", "一、（一）3. 受理民眾陳情案件", "", false));

	/** The rows as the table shows them: place, as amended, before, explanation. */
	private static final List<List<String>> SHOWN = List.of(
			List.of("一、（一）5. 建置線上預約叫號系統", "一、（一）5. 建置線上預約叫號系統", "", "新增。"),
			List.of("一、（二） 提供民眾易讀、易懂、易用的服務申… 完成期限", "8月完成並持續辦理", "6月完成並持續辦理",
					"完成期限變更：由「6月完成並持續辦理」改為「8月完成並持續辦理」。"),
			List.of("二、 重視全程意見回饋及參與，力求服務… 具體做法順序", "（二） （一） …", "（一） （二） …", "調整具體做法順序。"),
			List.of("一、（一）3. 受理民眾陳情案件", "", "一、（一）3. 受理民眾陳情案件", "刪除。"));

	@TempDir
	Path out;

	private Path export(RevisionTable table) throws Exception {
		return new PacketExporter(EnumSet.allOf(ExportFormat.class), false, "test")
				.export(Fixture.seed("tainan"), out, table, ExportProgress.NONE).folder();
	}

	@Test
	void thePacketHasTheTableAsPdfOdtAndOdsWithItsRowsInOrder() throws Exception {
		Path folder = export(new RevisionTable("核定版", null, ROWS));

		// ODT: the table's body rows, cell by cell
		List<List<String>> odt = odtTableRows(folder.resolve("revisions.odt"), SHEET);
		List<List<String>> expected = new ArrayList<>();
		for (int i = 0; i < SHOWN.size(); i++) {
			List<String> row = new ArrayList<>();
			row.add(String.valueOf(i + 1));
			row.addAll(SHOWN.get(i));
			expected.add(row);
		}
		assertEquals(expected, odt);
		String odtContent = zipEntry(folder.resolve("revisions.odt"), "content.xml");
		assertTrue(odtContent.indexOf(">修正後內容<") < odtContent.indexOf(">原內容<")
				&& odtContent.indexOf(">原內容<") < odtContent.indexOf(">說明<"), "the headers in the order of the table");
		assertTrue(odtContent.contains(">原內容版本<") && odtContent.contains(">核定版<"), "the version compared with");

		// ODS: a header row, then the rows with their number as a number
		List<List<String>> ods = odtTableRows(folder.resolve("revisions.ods"), SHEET);
		assertEquals(List.of("編號", "項目", "修正後內容", "原內容", "說明"), ods.get(0));
		assertEquals(SHOWN.size() + 1, ods.size(), ods.toString());
		for (int i = 0; i < SHOWN.size(); i++) {
			assertEquals(i + 1, Double.parseDouble(ods.get(i + 1).get(0)), 0);
			assertEquals(SHOWN.get(i), ods.get(i + 1).subList(1, 5));
		}
		String odsContent = zipEntry(folder.resolve("revisions.ods"), "content.xml");
		assertTrue(odsContent.contains("table:name=\"比較版本\""), "the versions compared on a sheet of their own");
		assertEquals("核定版", odtTableRows(folder.resolve("revisions.ods"), "比較版本").stream()
				.filter(r -> r.get(0).equals("原內容版本")).findFirst().orElseThrow().get(1));

		// PDF: PDFBox's text in the order of the page, cell after cell
		String text;
		try (PDDocument pdf = Loader.loadPDF(folder.resolve("revisions.pdf").toFile())) {
			text = compact(new PDFTextStripper().getText(pdf));
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded() && font.getName().contains("NotoSansCJK"), "the product's font, embedded: " + font.getName());
				}
			}
		}
		JsonObject manifest = JsonParser.parseString(Files.readString(folder.resolve("manifest.json"))).getAsJsonObject();
		String plan = compact(manifest.get("plan").getAsString());
		assertTrue(text.contains(plan + "修正對照表計畫名稱" + plan), "the title names the plan: " + text);
		assertTrue(text.contains("原內容版本核定版"), text);
		assertTrue(text.contains("修正項數共4項，其中完成期限變更1項"), text);
		int at = text.indexOf("編號項目修正後內容原內容說明");
		assertTrue(at > 0, "the header row: " + text);
		for (int i = 0; i < SHOWN.size(); i++) {
			at = after(text, String.valueOf(i + 1), at);
			for (String cell : SHOWN.get(i)) {
				at = after(text, compact(cell), at);
			}
		}

		List<String> files = new ArrayList<>();
		manifest.getAsJsonArray("files").forEach(f -> files.add(f.getAsJsonObject().get("name").getAsString()));
		assertEquals(List.of("report.pdf", "revisions.pdf", "report.odt", "revisions.odt", "tables.ods", "revisions.ods"), files);
		JsonObject revisions = manifest.getAsJsonObject("revisions");
		assertEquals("核定版", revisions.get("from").getAsString());
		assertEquals(4, revisions.get("changes").getAsInt());
		assertEquals(1, revisions.get("deadlineShifts").getAsInt());
	}

	/** Where {@code part} ends in {@code text}, found after {@code from}; fails when it is not there. */
	private static int after(String text, String part, int from) {
		int i = text.indexOf(part, from);
		assertTrue(i >= 0, "「" + part + "」 after position " + from + " of: " + text.substring(Math.min(from, text.length())));
		return i + part.length();
	}

	@Test
	void aPlanWithoutChangesGetsATableSayingSoInEnglish() throws Exception {
		Locale.setDefault(Locale.ENGLISH);
		Path folder = export(new RevisionTable("核定版", "HEAD", List.of()));
		String text;
		try (PDDocument pdf = Loader.loadPDF(folder.resolve("revisions.pdf").toFile())) {
			text = new PDFTextStripper().getText(pdf);
		}
		assertTrue(text.contains("The plan has not changed from 核定版 to HEAD."), text);
		assertTrue(compact(text).contains("Asamended(version)HEAD"), text);
		assertTrue(odtTableRows(folder.resolve("revisions.odt"), "Revisions").isEmpty(), "no table");
		assertEquals(List.of(List.of("No.", "Element", "As amended", "Before", "Explanation")),
				odtTableRows(folder.resolve("revisions.ods"), "Revisions"));
	}

	@Test
	void exportingAgainWithoutATableLeavesNoTableOfTheEarlierExport() throws Exception {
		Path folder = export(new RevisionTable("核定版", null, ROWS));
		assertTrue(Files.isRegularFile(folder.resolve("revisions.pdf")));
		Files.writeString(folder.resolve("說明函.txt"), "a file of the user's own");
		Path again = new PacketExporter(EnumSet.allOf(ExportFormat.class), false, "test")
				.export(Fixture.seed("tainan"), out, ExportProgress.NONE).folder();
		assertEquals(folder, again);
		for (ExportFormat f : ExportFormat.values()) {
			assertFalse(Files.exists(folder.resolve(f.revisionsFileName())), f.revisionsFileName() + " of the earlier export");
			assertTrue(Files.isRegularFile(folder.resolve(f.fileName())), f.fileName());
		}
		assertTrue(Files.isRegularFile(folder.resolve("說明函.txt")), "the user's own file is kept");
		assertFalse(Files.readString(folder.resolve("manifest.json")).contains("revisions"), "the manifest names no table");
	}
}
