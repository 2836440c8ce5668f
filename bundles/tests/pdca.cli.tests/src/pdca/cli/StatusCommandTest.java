package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.samples.SamplePlans;

/**
 * {@code pdca status} on the tracking sample of 台南監理站 106 (check-ins for three quarters, KPIs, two review
 * meetings): what the review meeting would see, as text and as JSON.
 */
class StatusCommandTest extends CliRunning {


	private static String station() {
		return SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan"))
				.findFirst().orElseThrow().toString();
	}

	private JsonObject json(String quarter) {
		assertEquals(Cli.OK, run("status", station(), "--quarter", quarter, "--json"), err());
		return JsonParser.parseString(out()).getAsJsonObject();
	}

	private static List<String> strings(JsonArray array, String field) {
		List<String> result = new ArrayList<>();
		for (JsonElement e : array) {
			JsonElement v = e.getAsJsonObject().get(field);
			result.add(v.isJsonNull() ? null : v.getAsString());
		}
		return result;
	}

	@Test
	void jsonOfTheThirdQuarterAddsUpAndShowsWhatTheMeetingMustDiscuss() {
		JsonObject s = json("3");
		assertEquals(1, s.get("schema").getAsInt());
		assertEquals(106, s.getAsJsonObject("quarter").get("rocYear").getAsInt());
		assertEquals("2017-09-30", s.getAsJsonObject("quarter").get("end").getAsString());
		int sum = s.getAsJsonObject("counts").entrySet().stream().mapToInt(e -> e.getValue().getAsInt()).sum();
		assertEquals(74, sum, "every action of the plan counted once");
		assertEquals(74, s.get("trackedItems").getAsInt());
		JsonArray overdue = s.getAsJsonArray("overdue");
		assertEquals(s.getAsJsonObject("counts").get("DELAYED").getAsInt(), overdue.size(), "overdue items show as delayed");
		assertFalse(overdue.isEmpty(), "the sample has late work at the third review");
		assertEquals("DELAYED", s.getAsJsonObject("plan").get("status").getAsString());
		assertTrue(s.getAsJsonObject("plan").get("overdue").getAsBoolean());
		for (JsonElement e : overdue) {
			assertTrue(e.getAsJsonObject().get("deadline").getAsString().compareTo("2017-09-30") <= 0, e.toString());
		}

		JsonArray strategies = s.getAsJsonArray("strategies");
		assertEquals(List.of("一、", "二、", "三、", "四、", "五、", "六、"), strings(strategies, "number"));
		JsonObject quarters = strategies.get(0).getAsJsonObject().getAsJsonObject("quarters");
		assertTrue(quarters.get("Q4").isJsonNull(), "the fourth quarter is not known at the third review");
		assertFalse(quarters.get("Q1").isJsonNull());

		JsonObject waiting = find(s.getAsJsonArray("kpis"), "窗口平均等候時間");
		assertEquals(10.6, waiting.get("actual").getAsDouble(), 1e-9);
		assertEquals("NEAR", waiting.get("level").getAsString(), "10 / 10.6 = 94 %: amber");
		assertEquals("一、（一）", waiting.get("item").getAsString());
		assertEquals(100.0, s.getAsJsonObject("kpiThresholds").get("greenPercent").getAsDouble());

		List<String> open = strings(s.getAsJsonArray("openImprovementActions"), "text");
		assertFalse(open.contains("尖峰時段增開臨時櫃台一處（試辦）"), "closed in May");
		assertTrue(open.contains("全功能櫃台動線指示牌重新設計並更換"), "still open since the first meeting: " + open);
		JsonObject signs = find(s.getAsJsonArray("openImprovementActions"), "全功能櫃台動線指示牌重新設計並更換");
		assertTrue(signs.get("late").getAsBoolean(), "due in June");
		assertEquals(2, signs.get("quartersOpen").getAsInt());
	}

	private static JsonObject find(JsonArray array, String prefix) {
		for (JsonElement e : array) {
			JsonObject o = e.getAsJsonObject();
			String name = o.has("name") ? o.get("name").getAsString() : o.get("text").getAsString();
			if (name.startsWith(prefix)) {
				return o;
			}
		}
		throw new AssertionError(prefix + " not in " + array);
	}

	@Test
	void anEarlierQuarterShowsLessLateWork() {
		JsonObject first = json("Q1");
		JsonObject third = json("第3季");
		assertTrue(first.getAsJsonArray("overdue").size() < third.getAsJsonArray("overdue").size());
		assertTrue(first.getAsJsonArray("strategies").get(0).getAsJsonObject().getAsJsonObject("quarters").get("Q2")
				.isJsonNull());
	}

	@Test
	void textInEnglishListsTheSameRollUp() {
		assertEquals(Cli.OK, run("status", station(), "-q", "3"), err());
		String text = out();
		assertTrue(text.contains("Quarter:   ROC 106 Q3"), text);
		assertTrue(text.contains("Status:    delayed"), text);
		assertTrue(text.contains("一、完備基礎服務項目"), text);
		assertTrue(text.contains("Overdue ("), text);
		assertTrue(text.contains("窗口平均等候時間: actual 10.6 against target 10 分鐘 (94%, near target)"), text);
		assertTrue(text.contains("全功能櫃台動線指示牌重新設計並更換"), text);
		assertFalse(text.contains("\tat "), "no stack trace");
	}

	@Test
	void textIsInTraditionalChineseByDefault() {
		Locale.setDefault(Locale.TAIWAN);
		assertEquals(Cli.OK, run("status", station(), "--quarter=2"));
		assertTrue(out().contains("季別：    106年第2季"), out());
		assertTrue(out().contains("逾期項目（"), out());
		assertTrue(out().contains("未結案改善措施（"), out());
	}

	@ParameterizedTest
	@ValueSource(strings = { "5", "0", "Q5", "spring", "" })
	void aQuarterThatIsNotOneToFourIsAUsageErrorNamingTheOption(String quarter) {
		assertEquals(Cli.USAGE, run("status", station(), "--quarter", quarter));
		assertTrue(err().contains("--quarter"), err());
		assertTrue(err().contains("\"" + quarter + "\""), err());
		assertEquals("", out());
	}

	@Test
	void missingQuarterOrFileOrAnUnreadableFileIsAUsageError() {
		assertEquals(Cli.USAGE, run("status", station()));
		assertTrue(err().contains("--quarter"), err());
		assertEquals(Cli.USAGE, run("status", "--quarter", "1"));
		assertEquals(Cli.USAGE, run("status", Path.of("no-such-plan.pdca").toString(), "--quarter", "1"));
		assertTrue(err().contains("no-such-plan.pdca"), err());
		assertEquals(Cli.USAGE, run("status", station(), "--quarter", "1", "--year", "2017"));
		assertTrue(err().contains("--year") && err().contains("2017"), err());
	}

	@Test
	void unitsThatHaveNotReportedAreListedForTheReminder() {
		String county = SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith("changhua")).findFirst()
				.orElseThrow().toString();
		assertEquals(Cli.OK, run("status", county, "--quarter", "1", "--json"), err());
		JsonObject s = JsonParser.parseString(out()).getAsJsonObject();
		assertTrue(s.getAsJsonArray("unitsExpected").size() >= 2, s.getAsJsonArray("unitsExpected").toString());
		assertEquals(s.getAsJsonArray("unitsExpected"), s.getAsJsonArray("unitsNotReported"), "no check-ins yet: every lead unit is waited for");
		assertEquals(Cli.OK, run("status", county, "--quarter", "1"), err());
		assertTrue(out().contains("Units reported: 0 of " + s.getAsJsonArray("unitsExpected").size() + "; not reported yet: "), out());
		assertTrue(out().contains(s.getAsJsonArray("unitsNotReported").get(0).getAsString()), out());

		assertEquals(Cli.OK, run("status", station(), "--quarter", "3", "--json"), err());
		assertEquals(0, JsonParser.parseString(out()).getAsJsonObject().getAsJsonArray("unitsNotReported").size(),
				"the station's items name no lead unit: nobody to remind");
	}
}
