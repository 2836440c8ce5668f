package pdca.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import pdca.model.AgencyType;
import pdca.templates.Vocabulary.Level;

/** The templates contributed by plug-ins, as the New Plan wizard and {@code pdca templates} list them. */
class TemplateRegistryTest {

	private static final Locale ZH = Locale.TRADITIONAL_CHINESE;
	private static final Locale EN = Locale.ENGLISH;

	@Test
	void theFourAgencyTemplatesAndTheTestOneAreContributedInAgencyTypeOrder() {
		List<String> ids = Templates.registry().templates().stream().map(AgencyTemplate::id).toList();
		assertEquals(List.of(Templates.ELECTION, Templates.HOUSEHOLD, Templates.MOTOR_VEHICLE, Templates.COUNTY, Templates.TEST_ONLY), ids);
	}

	@Test
	void eachTemplateNamesItsAgencyTypeInBothLanguages() {
		AgencyTemplate election = Templates.template(Templates.ELECTION);
		assertEquals(AgencyType.ELECTION_COMMISSION, election.agencyType());
		assertEquals("選舉委員會", election.name().get(ZH));
		assertEquals("Election commission", election.name().get(EN));
		assertEquals(AgencyType.HOUSEHOLD_REGISTRATION_OFFICE, Templates.template(Templates.HOUSEHOLD).agencyType());
		assertEquals(AgencyType.MOTOR_VEHICLE_STATION, Templates.template(Templates.MOTOR_VEHICLE).agencyType());
		assertEquals(AgencyType.COUNTY_PLANNING_DEPARTMENT, Templates.template(Templates.COUNTY).agencyType());
		assertEquals(List.of(Templates.template(Templates.COUNTY)),
				Templates.registry().forAgencyType(AgencyType.COUNTY_PLANNING_DEPARTMENT));
		assertTrue(election.description().orElseThrow().get(ZH).contains("電話禮貌"));
		assertEquals("pdca.templates.election", election.contributor());
	}

	@Test
	void vocabularyNamesTheLevelsEachKindOfPlanUses() {
		Vocabulary election = Templates.template(Templates.ELECTION).vocabulary();
		assertEquals(List.of(Level.STRATEGY, Level.METHOD), election.levels());
		assertEquals("策略", election.name(Level.STRATEGY, ZH));
		assertEquals("方法", election.name(Level.METHOD, ZH));

		Vocabulary household = Templates.template(Templates.HOUSEHOLD).vocabulary();
		assertEquals(List.of(Level.DIMENSION, Level.STRATEGY, Level.METHOD, Level.DESCRIPTION, Level.ACTION), household.levels());
		assertEquals(List.of("構面", "項目", "指標", "內容", "具體作法"),
				household.levels().stream().map(l -> household.name(l, ZH)).toList());
		assertEquals("Indicator", household.name(Level.METHOD, EN));

		Vocabulary motor = Templates.template(Templates.MOTOR_VEHICLE).vocabulary();
		assertEquals(List.of("策略", "方法", "推動作法"), motor.levels().stream().map(l -> motor.name(l, ZH)).toList());

		Vocabulary county = Templates.template(Templates.COUNTY).vocabulary();
		assertEquals(List.of("實施要項", "推動作法"), county.levels().stream().map(l -> county.name(l, ZH)).toList());
		assertFalse(county.uses(Level.ACTION));
		assertEquals("具體作法", county.name(Level.ACTION, ZH), "a level the template does not name gets the default name");
		assertEquals("Key area", county.name(Level.STRATEGY, EN));
	}

	@Test
	void columnsAreTheHeadersOfThePlanTableInOrder() {
		assertEquals(List.of("實施要項", "推動作法", "完成期限", "承辦機關（單位）", "預期效益"), headers(Templates.COUNTY, ZH));
		assertEquals(List.of("strategy", "method", "schedule", "owner", "expectedBenefit"),
				Templates.template(Templates.COUNTY).columns().stream().map(PlanColumn::id).toList());
		assertEquals(List.of("項目", "指標", "內容", "具體作法", "完成期限"), headers(Templates.HOUSEHOLD, ZH));
		assertEquals(List.of("策略與方法", "推動作法", "完成期限", "預期效益"), headers(Templates.MOTOR_VEHICLE, ZH));
		assertEquals(List.of("Strategy and method", "Measure", "Deadline", "Expected benefit"), headers(Templates.MOTOR_VEHICLE, EN));
	}

	@Test
	void onlyTheHouseholdTemplateHasAQuarterlyReviewRule() {
		ReviewCycle cycle = Templates.template(Templates.HOUSEHOLD).reviewCycle().orElseThrow();
		assertEquals(3, cycle.everyMonths());
		assertEquals(4, cycle.meetingsPerYear());
		assertEquals("110年度第2季查核結果報告與檢討會議", cycle.title(110, 2));
		assertTrue(Templates.template(Templates.ELECTION).reviewCycle().isEmpty());
		assertTrue(Templates.template(Templates.COUNTY).reviewCycle().isEmpty());
	}

	@Test
	void anInvalidContributionIsLeftOutAndSaysWhy() {
		assertTrue(Templates.registry().find("test-only-broken").isEmpty());
		TemplateProblem problem = Templates.registry().problems().stream()
				.filter(p -> p.templateId().equals("test-only-broken")).findFirst().orElseThrow();
		assertEquals("pdca.templates.testonly", problem.contributor());
		assertTrue(problem.message().contains("template/no-such-file.pdca"), problem.message());
		assertEquals(1, Templates.registry().problems().size(), () -> Templates.registry().problems().toString());
	}

	@Test
	void aRegistryOfTemplatesMadeInCodeKeepsTheFirstOfTwoWithTheSameId() throws Exception {
		AgencyTemplate a = AgencyTemplate.builder("x").name("甲", "A").agencyType(AgencyType.OTHER)
				.starterPlan(Templates.template(Templates.COUNTY).starterPlanLocation()).contributor("one").build();
		AgencyTemplate b = AgencyTemplate.builder("x").name("乙", "B").agencyType(AgencyType.OTHER)
				.starterPlan(Templates.template(Templates.COUNTY).starterPlanLocation()).contributor("two").build();
		TemplateRegistry registry = TemplateRegistry.of(a, b);
		assertEquals(List.of(a), registry.templates());
		assertEquals(1, registry.problems().size());
		assertEquals("two", registry.problems().get(0).contributor());
	}

	private static List<String> headers(String id, Locale locale) {
		return Templates.template(id).columns().stream().map(c -> c.header(locale)).toList();
	}
}
