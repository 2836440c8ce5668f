package pdca.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Action;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.logic.PlanStructure;

/**
 * A plan table copied out of a PDF column by column, written here for an agency other than the
 * seeds': each cell a run of very short lines, cells parted by lines of spaces, a page's columns
 * one after the other (names, actions, deadlines, benefits), a page break as a longer run of
 * empty lines; an action and a deadline cut by the page break go on at the top of their column.
 */
class NarrowColumnsTest {

	@TempDir
	Path folder;

	private static final String SPACES = "   ";

	private static final String PLAN = String.join("\n",
			"宜蘭縣頭城地政事務所113年度提升服務品質執行計畫",
			"壹、依據：宜蘭縣政府提升服務品質實施計畫。",
			"貳、計畫內容：",
			"策略與方法 推動作法 完成期限 預期效益",
			// page 1: the names' column
			"一、精進服務",
			"流程",
			"(一)簡化申辦",
			"流程，縮短",
			"等候時間。",
			"(二)強化網站",
			"資訊公開，",
			"便利民眾查",
			SPACES,
			// the actions' column: (一) numbered 1 to 2, (二) from 1, its second action cut by the page
			"1.檢討臨櫃申辦",
			"流程並減少應",
			"備書表。",
			SPACES,
			"2.設置預約服務",
			"並於網站公告",
			"預約方式。",
			SPACES,
			"1.每週更新網站",
			"最新消息與服",
			"務項目。",
			SPACES,
			"2.定期檢查網站",
			"連結是否有效",
			SPACES,
			// the deadlines' column
			"6月完成",
			"並持續辦理",
			SPACES,
			"12月完成",
			SPACES,
			// the benefits' column
			"縮短民眾等候",
			"時間，提升滿",
			"意度。",
			SPACES,
			"網站資訊正確",
			"且即時更新。",
			"",
			"",
			"",
			// page 2: the rest of (二)'s name, then a new strategy and method
			"詢。",
			"二、擴大民眾",
			"參與",
			"(一)辦理滿意",
			"度調查，檢",
			"討改善措施。",
			SPACES,
			"並記錄處理情",
			"形。",
			SPACES,
			"1.每季辦理民眾",
			"滿意度調查。",
			SPACES,
			"2.分析民眾意見",
			"並提出改善作",
			"法。",
			SPACES,
			"3月、9月完成",
			SPACES,
			"瞭解民眾需求",
			"並改善服務。",
			"",
			"參、實施步驟：各課室依本計畫辦理，並於年底檢討執行成效。",
			"");

	private ImportResult read() throws Exception {
		return read(PLAN);
	}

	private ImportResult read(String text) throws Exception {
		return Documents.importText(folder, text);
	}

	@Test
	void eachMethodGetsItsActionsDeadlineAndBenefit() throws Exception {
		ImportResult result = read();
		Plan plan = result.plan();
		assertEquals(List.of("精進服務流程", "擴大民眾參與"), plan.getStrategies().stream().map(s -> s.getText()).toList());
		List<Method> methods = PlanStructure.methods(plan);
		assertEquals(List.of("簡化申辦流程，縮短等候時間。", "強化網站資訊公開，便利民眾查詢。", "辦理滿意度調查，檢討改善措施。"),
				methods.stream().map(Method::getText).toList(), "a name cut by the page goes on at the top of the next");
		Method first = methods.get(0);
		Method second = methods.get(1);
		Method third = methods.get(2);
		assertEquals(List.of("檢討臨櫃申辦流程並減少應備書表。", "設置預約服務並於網站公告預約方式。"), texts(first));
		assertEquals(List.of("每週更新網站最新消息與服務項目。", "定期檢查網站連結是否有效並記錄處理情形。"), texts(second),
				"an action cut by the page goes on at the top of the actions' column");
		assertEquals(List.of("每季辦理民眾滿意度調查。", "分析民眾意見並提出改善作法。"), texts(third));
		assertEquals("6月完成並持續辦理", first.getSchedule().text());
		assertEquals("12月完成", second.getSchedule().text());
		assertEquals("3月、9月完成", third.getSchedule().text());
		assertEquals("縮短民眾等候時間，提升滿意度。", first.getExpectedBenefit());
		assertEquals("網站資訊正確且即時更新。", second.getExpectedBenefit());
		assertEquals("瞭解民眾需求並改善服務。", third.getExpectedBenefit());
		assertTrue(plan.getSections().stream().anyMatch(s -> s.getHeading().equals("實施步驟")));
	}

	@Test
	void readingsFromTheLayoutAreMarkedForChecking() throws Exception {
		ImportResult result = read();
		for (Method m : PlanStructure.methods(result.plan())) {
			assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == m), m.getText());
			for (Action a : m.getActions()) {
				assertTrue(result.uncertain().stream().anyMatch(p -> p.element() == a), a.getText());
			}
		}
		assertTrue(result.unplaced().isEmpty(), result.unplaced().toString());
	}

	/** As a PDF's text gives it: no run of empty lines marks the page; the order of the columns tells it. */
	@Test
	void withoutPageMarksTheOrderOfTheColumnsTellsThePages() throws Exception {
		String unmarked = PLAN.replace("且即時更新。\n\n\n\n詢。", "且即時更新。\n" + SPACES + "\n詢。");
		assertTrue(!unmarked.equals(PLAN));
		ImportResult result = read(unmarked);
		List<Method> methods = PlanStructure.methods(result.plan());
		assertEquals(3, methods.size());
		Method first = methods.get(0);
		Method second = methods.get(1);
		Method third = methods.get(2);
		assertEquals("簡化申辦流程，縮短等候時間。", first.getText());
		assertEquals("辦理滿意度調查，檢討改善措施。", third.getText());
		// the new page's actions start with the rest of the cut action, then a list from 1
		assertEquals(List.of("每週更新網站最新消息與服務項目。", "定期檢查網站連結是否有效並記錄處理情形。"), texts(second));
		assertEquals(List.of("每季辦理民眾滿意度調查。", "分析民眾意見並提出改善作法。"), texts(third));
		assertEquals("12月完成", second.getSchedule().text());
		assertEquals("3月、9月完成", third.getSchedule().text());
		assertEquals("縮短民眾等候時間，提升滿意度。", first.getExpectedBenefit());
		assertEquals("瞭解民眾需求並改善服務。", third.getExpectedBenefit());
	}

	private static List<String> texts(Method m) {
		return m.getActions().stream().map(Action::getText).toList();
	}
}
