package pdca.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Citation;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.logic.PlanStructure;

/**
 * A plan table that reached us as text, one cell a line led by a tab and merged cells written
 * once (as a word processor copies it), written here for an agency other than the seeds': what a
 * merged cell means for the rows it covers, and where the importer asks the officer to check.
 */
class TextTableTest {

	@TempDir
	Path folder;

	private static final String PLAN = String.join("\n",
			"花蓮縣玉里鎮戶政事務所112年度提升服務品質執行計畫",
			"",
			"壹、計畫依據：",
			"一、花蓮縣政府戶政服務評核計畫。",
			"二、內部控制制度實施計畫。",
			"三、內政部112年2月1日台內戶字第1120123456號函頒之「戶政服務躍升計畫」。",
			"",
			"貳、計畫內容：",
			"",
			"1、 便民服務：",
			"",
			"\t項目", "\t指標", "\t內容", "\t具體作法", "\t完成期限",
			"",
			"\t服務環境",
			// one 指標 cell holding two indicators, one a line; content and actions numbered again from 1 for the second
			"\t櫃台服務友善性",
			"",
			"臨櫃引導效能",
			"\t1.櫃台人員主動招呼並說明申辦",
			"程序與應備文件。",
			"2.設置引導人員協助民眾填寫",
			"書表。",
			"1.設置號碼牌與等候區並定時",
			"清潔維護環境。",
			"\t1.每月檢討櫃台服務流程與等候",
			"時間並提出改進。",
			"2.假日彈性開放櫃台受理民眾",
			"申辦案件。",
			"1.設置志工協助引導民眾至各",
			"櫃台洽辦業務。",
			"\t112/1~112/12",
			"",
			// a row whose deadline cell is empty: the cell above is merged over it
			"\t",
			"\t民眾意見回應",
			"\t民眾意見於三日內回復並追蹤",
			"改善情形與民眾滿意程度。",
			"\t設置意見箱並由專人每日開啟",
			"檢視民眾意見與建議事項。",
			"",
			"\t", "\t", "\t",
			"\t網站資訊正確性",
			"\t1.定期檢查網站資訊是否正確",
			"並即時更新過期資料內容。",
			"\t1.每週檢查網站連結是否有效",
			"並記錄檢查結果與處理情形。",
			"\t112/6~112/12",
			"",
			"參、本計畫如有未盡事宜，得隨時修正",
			"補充之。",
			"");

	private ImportResult read() throws Exception {
		return read(PLAN);
	}

	private ImportResult read(String text) throws Exception {
		return Documents.importText(folder, text);
	}

	@Test
	void aDeadlineAndTheNextRowsNameOnOneLineAreTwoCells() throws Exception {
		String joined = PLAN.replace("\t112/1~112/12\n\n\t\n\t民眾意見回應", "\t112/1~112/12民眾意見回應");
		assertFalse(joined.equals(PLAN));
		ImportResult result = read(joined);
		List<Method> methods = PlanStructure.methods(result.plan());
		assertEquals(List.of("櫃台服務友善性", "臨櫃引導效能", "民眾意見回應", "網站資訊正確性"), methods.stream().map(Method::getText).toList());
		assertEquals("112/1~112/12", methods.get(1).getSchedule().text());
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == methods.get(2)));
	}

	@Test
	void anIndicatorCellOfTwoLinesWhoseListsStartAgainIsTwoMethods() throws Exception {
		ImportResult result = read();
		List<Method> methods = PlanStructure.methods(result.plan());
		assertEquals(List.of("櫃台服務友善性", "臨櫃引導效能", "民眾意見回應", "網站資訊正確性"), methods.stream().map(Method::getText).toList());
		Method first = methods.get(0);
		Method second = methods.get(1);
		assertTrue(first.getDescription().startsWith("1.櫃台人員主動招呼") && first.getDescription().contains("2.設置引導人員"),
				first.getDescription());
		assertTrue(second.getDescription().startsWith("1.設置號碼牌"), second.getDescription());
		assertEquals(List.of("每月檢討櫃台服務流程與等候時間並提出改進。", "假日彈性開放櫃台受理民眾申辦案件。"),
				first.getActions().stream().map(a -> a.getText()).toList());
		assertEquals(List.of("設置志工協助引導民眾至各櫃台洽辦業務。"), second.getActions().stream().map(a -> a.getText()).toList());
		// the deadline cell merged over both
		assertEquals("112/1~112/12", first.getSchedule().text());
		assertEquals("112/1~112/12", second.getSchedule().text());
		// a reading, not a certainty: both are marked for the officer
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == first));
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == second));
	}

	@Test
	void aRowWithAnEmptyDeadlineCellTakesTheMergedCellAboveAndIsMarked() throws Exception {
		ImportResult result = read();
		List<Method> methods = PlanStructure.methods(result.plan());
		Method opinions = methods.get(2);
		assertEquals("112/1~112/12", opinions.getSchedule().text());
		assertTrue(opinions.getDescription().startsWith("民眾意見於三日內回復"));
		assertEquals(1, opinions.getActions().size());
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == opinions), "an empty cell read as merged is checked");
		// the next row has a deadline of its own, read as written and not doubted
		Method website = methods.get(3);
		assertEquals("112/6~112/12", website.getSchedule().text());
		assertFalse(result.uncertain().stream().anyMatch(p -> p.element() == website));
		// nothing invented: as many actions as the table has
		assertEquals(5, PlanStructure.actions(result.plan()).size());
	}

	@Test
	void aDocumentCitedWithoutIssuerTakesTheAgencyItsTitleBeginsWith() throws Exception {
		ImportResult result = read();
		Plan plan = result.plan();
		Citation named = plan.getBasis().stream().filter(c -> "花蓮縣政府戶政服務評核計畫".equals(c.getTitle())).findFirst()
				.orElseThrow();
		assertEquals("花蓮縣政府", named.getIssuer());
		assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == named));
		Citation internal = plan.getBasis().stream().filter(c -> "內部控制制度實施計畫".equals(c.getTitle())).findFirst()
				.orElseThrow();
		assertNull(internal.getIssuer(), "內部 is no agency");
		Citation dated = plan.getBasis().stream().filter(c -> "戶政服務躍升計畫".equals(c.getTitle())).findFirst().orElseThrow();
		assertEquals("內政部", dated.getIssuer(), "an issuer written in the text stays as written");
	}
}
