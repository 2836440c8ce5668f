package pdca.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import pdca.model.ImprovementStatus;
import pdca.model.i18n.Messages;
import pdca.model.schedule.Schedule;
import pdca.test.support.Locales;

/** The messages of the model layer exist in Traditional Chinese and English, and validation speaks both. */
class ValidationMessagesTest {

	private static final Locale ZH_TW = Locale.TRADITIONAL_CHINESE;
	private static final Locale EN = Locale.ENGLISH;
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

	private static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	static List<String> keys() throws IOException {
		return List.copyOf(new TreeSet<>(bundle("messages.properties").stringPropertyNames()));
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
				new TreeSet<>(bundle("messages_zh_TW.properties").stringPropertyNames()));
	}

	@ParameterizedTest
	@MethodSource("keys")
	void messageIsWrittenInBothLanguages(String key) {
		String zh = Messages.get(ZH_TW, key);
		String en = Messages.get(EN, key);
		assertFalse(zh.isBlank() || zh.startsWith("!"), key);
		assertFalse(en.isBlank() || en.startsWith("!"), key);
		assertNotEquals(zh, en, key + " is not translated");
		assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
		assertEquals(placeholders(en), placeholders(zh), key + ": both languages fill in the same values");
	}

	private static Set<String> placeholders(String template) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(template);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void taiwanIsChineseAndOtherLanguagesFallBackToEnglish() {
		assertEquals(Messages.get(ZH_TW, "load.missing"), Messages.get(Locale.forLanguageTag("zh-Hant-TW"), "load.missing"));
		assertEquals(Messages.get(EN, "load.missing"), Messages.get(Locale.GERMANY, "load.missing"));
		assertEquals(Messages.get(EN, "load.missing"), Messages.get(Locale.US, "load.missing"));
	}

	@Test
	void apostrophesAndValuesAreFilledInProperly() {
		// MessageFormat would swallow a lone apostrophe: "plan's" must survive, and so must the value
		String en = Messages.format(EN, "load.notAPlan");
		assertEquals(Messages.get(EN, "load.notAPlan"), en);
		String deadline = Messages.format(EN, "rule.deadlineOutside", "108年3月", "107年1月1日", "107年12月31日");
		assertTrue(deadline.contains("\"108年3月\"") && deadline.contains("107年1月1日 to 107年12月31日"), deadline);
		assertEquals("完成期限「108年3月」超出計畫期程（107年1月1日至107年12月31日）。請修正完成期限或計畫期程。",
				Messages.format(ZH_TW, "rule.deadlineOutside", "108年3月", "107年1月1日", "107年12月31日"));
	}

	static List<Consumer<ValidPlan>> breakages() {
		return List.of(
				v -> v.plan.setTitle(""),
				v -> v.plan.getAgency().setName(""),
				v -> v.plan.setRocYear(2018),
				v -> v.action2.setText(""),
				v -> v.action2.setNumber(1),
				v -> v.action2.setNumber(3),
				v -> v.action1.setLeadOwner(null),
				v -> v.action1.setLeadOwner(ValidPlan.unit("人事室")),
				v -> v.action2.getCoOwners().add(v.information),
				v -> v.action1.setSchedule(Schedule.parse("年底前視情況辦理")),
				v -> v.action1.setSchedule(Schedule.parse("108年3月")),
				v -> v.kpi.setTarget(null),
				v -> v.kpi.setName(null),
				v -> v.report.setQuarter(5),
				v -> v.report.setProgress(-1),
				v -> v.report.setAction(null),
				v -> v.improvement.setOwner(null),
				v -> v.improvement.setDueDate(null),
				v -> v.improvement.setStatus(ImprovementStatus.CLOSED),
				v -> v.answeredWithinTenSeconds.setMaxPoints(25),
				v -> v.greeting.getChoices().get(0).setMaxPoints(25),
				v -> v.scheme.getBands().get(1).setMinScore(90),
				v -> v.basis.setTitle(null),
				v -> v.record.setForm(null),
				v -> v.kpi.setTarget(Double.NaN),
				v -> v.report.setReportedOn(java.time.LocalDate.of(1911, 12, 31)),
				v -> v.plan.getStrategies().clear());
	}

	@ParameterizedTest
	@MethodSource("breakages")
	void problemIsToldInTheUsersLanguage(Consumer<ValidPlan> breakage) {
		List<Problem> zh = Locales.withResult(ZH_TW, () -> {
			ValidPlan zhPlan = new ValidPlan();
			breakage.accept(zhPlan);
			return PlanValidation.validate(zhPlan.plan);
		});
		List<Problem> en = Locales.withResult(EN, () -> {
			ValidPlan enPlan = new ValidPlan();
			breakage.accept(enPlan);
			return PlanValidation.validate(enPlan.plan);
		});

		assertFalse(zh.isEmpty(), "the breakage is found");
		assertEquals(en.size(), zh.size());
		for (int i = 0; i < zh.size(); i++) {
			String zhMessage = zh.get(i).message();
			String enMessage = en.get(i).message();
			assertEquals(en.get(i).code(), zh.get(i).code());
			assertFalse(zhMessage.isBlank() || zhMessage.startsWith("!"), zhMessage);
			assertFalse(enMessage.isBlank() || enMessage.startsWith("!"), enMessage);
			assertNotEquals(zhMessage, enMessage);
			assertTrue(zhMessage.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
					zhMessage);
		}
	}

	@Test
	void pathsAreInTheUsersLanguage() {
		Locales.with(ZH_TW, () -> {
			ValidPlan v = new ValidPlan();
			v.plan.setTitle("");
			v.improvement.setOwner(null);
			List<Problem> problems = PlanValidation.validate(v.plan);
			assertEquals("計畫", problems.get(0).path());
			assertEquals("檢討會議 107Q1 / 改善事項 補充FAQ題目", problems.get(1).path());
		});
	}
}
