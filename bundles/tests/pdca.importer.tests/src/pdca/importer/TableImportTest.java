package pdca.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.importer.source.SourceDocument;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.Strategy;
import pdca.model.Unit;

/**
 * Plans whose strategies are a table, as most ODT and DOCX plans have them: the header names the
 * columns, merged cells span rows (a strategy over its methods, a deadline shared by two actions).
 */
class TableImportTest {

	@TempDir
	Path folder;

	static final String TITLE = "測試縣政府計畫處 108 年度提升服務品質執行計畫";

	@Test
	void anOdtTableWithMergedCells() throws Exception {
		ImportResult result = PlanImporter.importFile(odt(folder.resolve("plan.odt")));
		assertEquals(SourceDocument.Format.ODT, result.source().format());
		check(result);
	}

	@Test
	void aDocxTableWithMergedCells() throws Exception {
		ImportResult result = PlanImporter.importFile(docx(folder.resolve("plan.docx")));
		assertEquals(SourceDocument.Format.DOCX, result.source().format());
		check(result);
	}

	private static void check(ImportResult result) {
		Plan plan = result.plan();
		assertEquals("測試縣政府計畫處108年度提升服務品質執行計畫", plan.getTitle());
		assertEquals(2, plan.getStrategies().size());
		Strategy first = plan.getStrategies().get(0);
		assertEquals("服務一致及正確", first.getText());
		assertEquals(2, first.getMethods().size(), "the strategy cell spans the rows of two methods");
		Method m1 = first.getMethods().get(0);
		assertEquals("訂定人民申請案件之辦理期限", m1.getText());
		assertEquals(List.of("公文稽催每月一次", "檢視作業流程"), m1.getActions().stream().map(a -> a.getText()).toList());
		// the deadline cell spans both actions of the method: it is the method's
		assertEquals("108年12月", m1.getSchedule().text());
		assertNull(m1.getActions().get(0).getSchedule());
		assertEquals("管制考核科", m1.getLeadOwner().getName());
		assertEquals(List.of("研究發展科"), m1.getCoOwners().stream().map(Unit::getName).toList());
		assertEquals("案件依限完成", m1.getExpectedBenefit());
		Method m2 = first.getMethods().get(1);
		assertEquals("建置FAQ資料庫", m2.getText());
		assertEquals("108年6月完成並持續辦理", m2.getActions().get(0).getSchedule().text());
		assertEquals("研究發展科", m2.getActions().get(0).getLeadOwner().getName());
		Strategy second = plan.getStrategies().get(1);
		assertEquals(2, second.getNumber());
		assertEquals("服務友善性", second.getText());
		assertEquals(1, second.getMethods().size());
		// each element knows its cell
		ImportResult.Placed action = result.placed().stream()
				.filter(p -> p.element() == m1.getActions().get(1)).findFirst().orElseThrow();
		assertTrue(action.origin().inTable());
		assertEquals(3, action.origin().row());
		assertEquals(3, action.origin().column());
		// the note column of no known meaning is listed, not dropped
		assertEquals(List.of("另案辦理"), result.unplaced().stream().map(ImportResult.Unplaced::text).toList());
		assertTrue(plan.getOrganisation().getUnits().stream().map(Unit::getName).toList()
				.containsAll(List.of("管制考核科", "研究發展科")));
	}

	// The same table in both formats: 實施要項 | 推動作法 | 具體作法 | 完成期限 | 主辦單位 | 協辦單位 | 預期效益 | 備註
	// row 2-4: 一、服務一致及正確 (spans 3 rows); (一) spans rows 2-3 with two actions and one deadline;
	// row 4: (二) with one action; row 5: 二、服務友善性 with one method.

	static Path odt(Path file) throws IOException {
		String t = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
		StringBuilder x = new StringBuilder();
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
				+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"" + t + "\"><office:body><office:text>");
		x.append("<text:p>").append(TITLE).append("</text:p>");
		x.append("<text:h text:outline-level=\"1\">壹、計畫依據</text:h><text:p>行政院106年1月9日院授發社字第1061300008號函頒「政府服務創新精進方案」。</text:p>");
		x.append("<text:h text:outline-level=\"1\">貳、計畫內容</text:h>");
		x.append("<table:table><table:table-column table:number-columns-repeated=\"8\"/><table:table-header-rows><table:table-row>");
		for (String h : List.of("實施要項", "推動作法", "具體作法", "完成期限", "主辦單位", "協辦單位", "預期效益", "備註")) {
			x.append(cell(h));
		}
		x.append("</table:table-row></table:table-header-rows>");
		x.append("<table:table-row>").append(cell("一、服務一致及正確", "table:number-rows-spanned=\"3\""))
				.append(cell("(一)訂定人民申請案件之辦理期限", "table:number-rows-spanned=\"2\"")).append(cell("1.公文稽催每月一次"))
				.append(cell("108 年 12 月", "table:number-rows-spanned=\"2\"")).append(cell("管制考核科", "table:number-rows-spanned=\"2\""))
				.append(cell("研究發展科", "table:number-rows-spanned=\"2\"")).append(cell("案件依限完成", "table:number-rows-spanned=\"2\""))
				.append(cell("另案辦理")).append("</table:table-row>");
		x.append("<table:table-row><table:covered-table-cell/><table:covered-table-cell/>").append(cell("2.檢視作業流程"))
				.append("<table:covered-table-cell table:number-columns-repeated=\"4\"/>").append(cell("")).append("</table:table-row>");
		x.append("<table:table-row><table:covered-table-cell/>").append(cell("(二)建置 FAQ 資料庫")).append(cell("1.設置諮詢服務"))
				.append(cell("108年6月完成並持續辦理")).append(cell("研究發展科")).append(cell("")).append(cell("即時回應民眾"))
				.append(cell("")).append("</table:table-row>");
		x.append("<table:table-row>").append(cell("二、服務友善性")).append(cell("(一)定期維護行政設備")).append(cell(""))
				.append(cell("108年12月")).append(cell("各科")).append(cell("")).append(cell("舒適洽公環境")).append(cell(""))
				.append("</table:table-row>");
		x.append("</table:table></office:text></office:body></office:document-content>");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			put(zip, "mimetype", "application/vnd.oasis.opendocument.text");
			put(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>");
			put(zip, "content.xml", x.toString());
		}
		return file;
	}

	private static String cell(String text, String... attributes) {
		StringBuilder b = new StringBuilder("<table:table-cell");
		for (String a : attributes) {
			b.append(' ').append(a);
		}
		b.append('>');
		if (!text.isEmpty()) {
			b.append("<text:p>").append(text).append("</text:p>");
		}
		return b.append("</table:table-cell>").toString();
	}

	static Path docx(Path file) throws IOException {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
		x.append(p(TITLE)).append("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>壹、計畫依據</w:t></w:r></w:p>")
				.append(p("行政院106年1月9日院授發社字第1061300008號函頒「政府服務創新精進方案」。"))
				.append("<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>貳、計畫內容</w:t></w:r></w:p>");
		x.append("<w:tbl><w:tr>");
		for (String h : List.of("實施要項", "推動作法", "具體作法", "完成期限", "主辦單位", "協辦單位", "預期效益", "備註")) {
			x.append(tc(h, null));
		}
		x.append("</w:tr><w:tr>").append(tc("一、服務一致及正確", "restart")).append(tc("(一)訂定人民申請案件之辦理期限", "restart"))
				.append(tc("1.公文稽催每月一次", null)).append(tc("108 年 12 月", "restart")).append(tc("管制考核科", "restart"))
				.append(tc("研究發展科", "restart")).append(tc("案件依限完成", "restart")).append(tc("另案辦理", null)).append("</w:tr>");
		x.append("<w:tr>").append(tc("", "")).append(tc("", "")).append(tc("2.檢視作業流程", null)).append(tc("", ""))
				.append(tc("", "")).append(tc("", "")).append(tc("", "")).append(tc("", null)).append("</w:tr>");
		x.append("<w:tr>").append(tc("", "")).append(tc("(二)建置 FAQ 資料庫", null)).append(tc("1.設置諮詢服務", null))
				.append(tc("108年6月完成並持續辦理", null)).append(tc("研究發展科", null)).append(tc("", null))
				.append(tc("即時回應民眾", null)).append(tc("", null)).append("</w:tr>");
		x.append("<w:tr>").append(tc("二、服務友善性", null)).append(tc("(一)定期維護行政設備", null)).append(tc("", null))
				.append(tc("108年12月", null)).append(tc("各科", null)).append(tc("", null)).append(tc("舒適洽公環境", null))
				.append(tc("", null)).append("</w:tr>");
		x.append("</w:tbl><w:sectPr/></w:body></w:document>");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
			put(zip, "word/document.xml", x.toString());
		}
		return file;
	}

	private static String p(String text) {
		return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
	}

	/** A cell; {@code merge} "restart" starts a vertical merge, "" continues one, null none. */
	private static String tc(String text, String merge) {
		String pr = merge == null ? "" : merge.isEmpty() ? "<w:tcPr><w:vMerge/></w:tcPr>" : "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>";
		return "<w:tc>" + pr + (text.isEmpty() ? "<w:p/>" : p(text)) + "</w:tc>";
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		OutputStream out = zip;
		out.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
