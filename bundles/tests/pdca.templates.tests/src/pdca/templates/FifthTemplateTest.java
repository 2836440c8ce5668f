package pdca.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import pdca.model.AgencyType;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.logic.GradeScale;
import pdca.model.logic.KpiAchievement;
import pdca.templates.Vocabulary.Level;

/**
 * A fifth template is added by a plug-in alone: {@code pdca.templates.testonly} holds a manifest,
 * a plugin.xml and a starter plan, no code, and no other bundle names it. It is in the test
 * runtime only (an extra requirement of this fragment's build), not in the product.
 */
class FifthTemplateTest {

	@Test
	void thePlugInContributesATemplateNoOtherBundleKnows() {
		AgencyTemplate t = Templates.template(Templates.TEST_ONLY);
		assertEquals("pdca.templates.testonly", t.contributor());
		assertEquals(AgencyType.OTHER, t.agencyType());
		assertEquals("測試用：公共圖書館", t.name().get(Locale.TRADITIONAL_CHINESE));

		Bundle plugin = Arrays.stream(FrameworkUtil.getBundle(AgencyTemplate.class).getBundleContext().getBundles())
				.filter(b -> b.getSymbolicName().equals("pdca.templates.testonly")).findFirst().orElseThrow();
		assertNull(plugin.findEntries("/", "*.class", true), "the plug-in has no code");
		assertNotNull(plugin.getEntry("template/test-only-library.pdca"));
		Bundle host = FrameworkUtil.getBundle(AgencyTemplate.class);
		List<String> required = host.adapt(BundleWiring.class).getRequiredWires(null).stream()
				.map(w -> w.getProvider().getBundle().getSymbolicName()).toList();
		assertFalse(required.contains("pdca.templates.testonly"), "pdca.templates does not depend on it: " + required);
	}

	@Test
	void itsVocabularyColumnsAndReviewCycleComeFromItsPluginXml() {
		AgencyTemplate t = Templates.template(Templates.TEST_ONLY);
		assertEquals(List.of(Level.STRATEGY, Level.METHOD), t.vocabulary().levels());
		assertEquals("面向", t.vocabulary().name(Level.STRATEGY, Locale.TRADITIONAL_CHINESE));
		assertEquals(List.of("措施", "期程", "負責組別", "績效指標"), t.columns().stream().map(c -> c.header(Locale.TRADITIONAL_CHINESE)).toList());
		assertEquals(AgencyTemplate.DEFAULT_TITLE_PATTERN, t.titlePattern());
		assertEquals(6, t.reviewCycle().orElseThrow().everyMonths());
		assertEquals(95.0, t.kpiThresholds().orElseThrow().greenPercent(), 1e-9);
		assertEquals(80.0, t.kpiThresholds().orElseThrow().amberPercent(), 1e-9);
	}

	@Test
	void aPlanFromItCarriesTheTemplatesKpiThresholdsWhichTheUserMayChange() {
		Plan plan = Templates.newPlan(Templates.TEST_ONLY, "臺南市立圖書館", 114);
		assertEquals(95.0, plan.getKpiGreenPercent());
		assertEquals(80.0, plan.getKpiAmberPercent());
		assertEquals(new KpiAchievement.Thresholds(0.95, 0.8), KpiAchievement.Thresholds.of(plan));
		plan.setKpiAmberPercent(90.0);
		assertEquals(new KpiAchievement.Thresholds(0.95, 0.9), KpiAchievement.Thresholds.of(plan), "the plan's own copy");
		assertNull(Templates.newPlan(Templates.ELECTION, "基隆市選舉委員會", 114).getKpiGreenPercent(),
				"a template without thresholds leaves the default (100 % / 90 %)");
	}

	@Test
	void aPlanFromItWorksLikeOneFromTheProductsTemplates() {
		Plan plan = Templates.newPlan(Templates.TEST_ONLY, "臺南市立圖書館", 114);
		assertEquals("", Templates.errors(plan));
		assertEquals("臺南市立圖書館114年度提升服務品質執行計畫", plan.getTitle());
		assertEquals(List.of("114年度第1次考評會議", "114年度第2次考評會議"),
				plan.getReviewMeetings().stream().map(ReviewMeeting::getTitle).toList());
		assertEquals(List.of(2, 4), plan.getReviewMeetings().stream().map(ReviewMeeting::getQuarter).toList());
		assertEquals("良好", GradeScale.grade(plan.getScoringScheme(), 84.9).orElseThrow().getName(), "its own grade names");
		assertEquals("優良", GradeScale.grade(plan.getScoringScheme(), 85).orElseThrow().getName());
		assertEquals("114/1~114/12", Templates.scheduled(plan).stream().map(w -> w.getSchedule().text())
				.filter(s -> s.contains("~")).findFirst().orElseThrow());
		assertNotNull(plan.getScoringScheme());
		assertTrue(Templates.registry().templates().contains(Templates.template(Templates.TEST_ONLY)));
	}
}
