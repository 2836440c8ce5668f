package pdca.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.AgencyType;
import pdca.model.Plan;
import pdca.model.logic.PlanStructure;
import pdca.samples.SamplePlans;
import pdca.templates.Vocabulary.Level;
import pdca.test.support.Locales;

/**
 * Templates made in code, the way code outside OSGi (or a test) uses them: a builder, a starter
 * plan file on disk, no extension registry.
 */
class TemplatesWithoutOsgiTest {

	@TempDir
	Path temp;

	private static Path sample(String name) {
		return SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith(name)).findFirst().orElseThrow();
	}

	@Test
	void aTemplateBuiltInCodeFromASamplePlanMakesPlans() throws Exception {
		AgencyTemplate t = AgencyTemplate.builder("changhua-like").name("縣府計畫處", "Planning department")
				.agencyType(AgencyType.COUNTY_PLANNING_DEPARTMENT).starterPlan(sample("changhua"))
				.level(Level.STRATEGY, "實施要項", "Key area").level(Level.METHOD, "推動作法", "Measure")
				.titlePattern("{agency}{year}年度提升政府服務品質執行計畫").build();
		Plan plan = NewPlan.fromTemplate(t, "南投縣政府計畫處", 113);
		assertEquals("南投縣政府計畫處113年度提升政府服務品質執行計畫", plan.getTitle());
		assertEquals("changhua-like", plan.getTemplateId());
		assertEquals(25, PlanStructure.methods(plan).size());
		assertEquals("113年12月", PlanStructure.methods(plan).get(0).getSchedule().text());
		assertEquals("", Templates.errors(plan));
		assertEquals(null, t.contributor());
		assertEquals("具體作法", t.vocabulary().name(Level.ACTION, Locale.TRADITIONAL_CHINESE));
		assertEquals(List.of(), t.columns());
	}

	@Test
	void kpiThresholdsOfATemplateBuiltInCodeAreCheckedAndCopiedIntoNewPlans() throws Exception {
		AgencyTemplate t = AgencyTemplate.builder("strict").name("甲", "A").agencyType(AgencyType.OTHER)
				.starterPlan(sample("changhua")).kpiThresholds(100, 95).build();
		Plan plan = NewPlan.fromTemplate(t, "某機關", 114);
		assertEquals(100.0, plan.getKpiGreenPercent());
		assertEquals(95.0, plan.getKpiAmberPercent());
		assertEquals("", Templates.errors(plan));
		Locales.with(Locale.ENGLISH, () -> {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> AgencyTemplate.builder("odd").kpiThresholds(90, 95));
			assertTrue(e.getMessage().contains("90") && e.getMessage().contains("95") && e.getMessage().contains("amber"),
					e.getMessage());
		});
	}

	@Test
	void aMissingOrBrokenStarterPlanSaysWhichTemplateAndFile() throws Exception {
		Locales.with(Locale.ENGLISH, () -> {
			AgencyTemplate missing = AgencyTemplate.builder("gone").name("甲", "A").agencyType(AgencyType.OTHER)
					.starterPlan(temp.resolve("gone.pdca")).build();
			TemplateException e = assertThrows(TemplateException.class, () -> NewPlan.fromTemplate(missing, "某機關", 114));
			assertEquals("gone", e.templateId());
			assertTrue(e.getMessage().startsWith("The starter plan of template gone cannot be read:"), e.getMessage());

			Path broken = Files.writeString(temp.resolve("broken.pdca"), "<pdca:Plan xmlns:pdca=\"urn:pdca:plan:1\"");
			AgencyTemplate truncated = AgencyTemplate.builder("broken").name("乙", "B").agencyType(AgencyType.OTHER)
					.starterPlan(broken).build();
			e = assertThrows(TemplateException.class, truncated::loadStarterPlan);
			assertTrue(e.getMessage().contains("broken"), e.getMessage());
		});
	}

	@Test
	void templateIdsAreLowerCaseWordsJoinedByHyphens() {
		assertTrue(AgencyTemplate.isValidId("motor-vehicle-station"));
		assertTrue(AgencyTemplate.isValidId("county2"));
		for (String bad : new String[] { "", "Election", "a--b", "-a", "a b", "選舉" }) {
			assertThrows(IllegalArgumentException.class, () -> AgencyTemplate.builder(bad), bad);
		}
	}

	@Test
	void reviewCyclesDivideTheYear() {
		assertThrows(IllegalArgumentException.class, () -> new ReviewCycle(5, "x"));
		ReviewCycle monthly = new ReviewCycle(1, "{year}年{month}月工作會報");
		assertEquals(12, monthly.meetingsPerYear());
		assertEquals("114年7月工作會報", monthly.title(114, 7));
	}
}
