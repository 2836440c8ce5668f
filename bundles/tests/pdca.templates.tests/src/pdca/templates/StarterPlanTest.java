package pdca.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pdca.model.Plan;
import pdca.model.WorkItem;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.Schedule;

/** The starter plans of the four template plug-ins hold what their seeds hold, and nothing of a year's work. */
class StarterPlanTest {

	@ParameterizedTest
	@ValueSource(strings = { Templates.ELECTION, Templates.HOUSEHOLD, Templates.MOTOR_VEHICLE, Templates.COUNTY, Templates.TEST_ONLY })
	void starterPlanLoadsValidatesAndHoldsNoRecords(String id) {
		Plan starter = Templates.starter(id);
		assertEquals("", Templates.errors(starter));
		assertEquals(id, starter.getTemplateId());
		assertEquals(Templates.template(id).agencyType(), starter.getAgency().getType());
		assertTrue(starter.getProgressReports().isEmpty());
		assertTrue(starter.getReviewMeetings().isEmpty());
		assertTrue(starter.getEvaluationRecords().isEmpty());
		assertTrue(starter.getApproval() == null);
		assertNotSame(starter, Templates.starter(id), "read anew each time");
	}

	@org.junit.jupiter.api.Test
	void electionTemplateHasTheStrategiesFormsAndGradesOfSeeds000And001() {
		Plan p = Templates.starter(Templates.ELECTION);
		assertEquals(5, PlanStructure.strategies(p).size());
		assertEquals(18, PlanStructure.methods(p).size());
		assertEquals("建構友善環境，回應民眾需求", p.getStrategies().get(0).getText());
		assertEquals(List.of("提供候選人登記服務", "人民陳情之處理", "電話禮貌"),
				p.getEvaluationForms().stream().map(f -> f.getText()).toList());
		assertEquals(1, p.getEvaluationForms().get(2).getRules().size(), "無電話語音系統");
		assertEquals(List.of("優等", "甲等", "乙等", "丙等", "丁等"), p.getScoringScheme().getBands().stream().map(b -> b.getName()).toList());
		assertEquals(6, p.getScoringScheme().getConsequences().size());
		assertEquals("中央選舉委員會", p.getAgency().getSuperior());
		assertTrue(p.getSections().stream().anyMatch(s -> s.getHeading().contains("獎勵與輔導")));
	}

	@org.junit.jupiter.api.Test
	void householdTemplateHasTheThreeStandardServicesInItemIndicatorContentLayout() {
		Plan p = Templates.starter(Templates.HOUSEHOLD);
		assertEquals(List.of("便民標準服務", "資訊流通服務", "創新加值服務"), p.getDimensions().stream().map(d -> d.getText()).toList());
		assertEquals(6, PlanStructure.strategies(p).size());
		assertEquals(13, PlanStructure.methods(p).size());
		assertEquals(49, PlanStructure.actions(p).size());
		assertTrue(PlanStructure.methods(p).stream().allMatch(m -> m.getDescription() != null && !m.getDescription().isBlank()),
				"every 指標 has its 內容");
		assertTrue(p.getSections().stream().anyMatch(s -> s.getBody() != null && s.getBody().contains("每3個月舉行1次查核結果報告與檢討會議")));
		assertEquals(1, PlanStructure.actions(p).stream().mapToInt(a -> a.getKpis().size()).sum(), "3分鐘內明確回應民眾查詢");
	}

	@org.junit.jupiter.api.Test
	void motorVehicleTemplateHasSixStrategies22MethodsAndItsDeadlineForms() {
		Plan p = Templates.starter(Templates.MOTOR_VEHICLE);
		assertEquals(6, PlanStructure.strategies(p).size());
		assertEquals(22, PlanStructure.methods(p).size());
		assertEquals(74, PlanStructure.actions(p).size());
		List<Schedule.Kind> kinds = Templates.scheduled(p).stream().map(w -> w.getSchedule().kind()).distinct().toList();
		assertTrue(kinds.contains(Schedule.Kind.RECURRING), kinds::toString);
		assertTrue(kinds.contains(Schedule.Kind.DONE_THEN_ONGOING), kinds::toString);
		assertTrue(p.getSections().stream().anyMatch(s -> s.getBody() != null && s.getBody().contains("戴明循環")), "the PDCA/MBO steps");
	}

	@org.junit.jupiter.api.Test
	void countyTemplateHasEightKeyAreasWithOwnersAndExpectedBenefits() {
		Plan p = Templates.starter(Templates.COUNTY);
		assertEquals(8, PlanStructure.strategies(p).size());
		assertEquals(25, PlanStructure.methods(p).size());
		assertEquals(6, PlanStructure.actions(p).size());
		for (WorkItem item : PlanStructure.trackedItems(p)) {
			assertFalse(PlanStructure.effectiveOwners(item).isEmpty(), () -> "owner of " + item.getText());
			assertEquals(Schedule.byMonth(107, 12), PlanStructure.effectiveSchedule(item));
		}
		assertEquals(List.of("本處管制考核科", "本處研究發展科", "本處資訊科", "本處綜合規劃科", "本處各科", "本府各科"),
				p.getOrganisation().getUnits().stream().map(u -> u.getName()).toList());
		assertEquals(2, PlanStructure.methods(p).stream().mapToInt(m -> m.getKpis().size()).sum());
		assertEquals(2, PlanStructure.methods(p).stream().filter(m -> m.getText().contains("視訊線上客服")).findFirst().orElseThrow()
				.getCoOwners().size() + 1, "本處研究發展科、資訊科: lead and co-owner");
	}
}
