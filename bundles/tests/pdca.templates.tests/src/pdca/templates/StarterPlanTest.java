package pdca.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pdca.model.ChoiceItem;
import pdca.model.Citation;
import pdca.model.EvaluationForm;
import pdca.model.FormSection;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.ScoringRule;
import pdca.model.Strategy;
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
		assertEquals(List.of("無電話語音系統", "無總機人員"),
				p.getEvaluationForms().get(2).getRules().stream().map(ScoringRule::getCondition).toList());
		assertEquals(List.of("優等", "甲等", "乙等", "丙等", "丁等"), p.getScoringScheme().getBands().stream().map(b -> b.getName()).toList());
		assertEquals(6, p.getScoringScheme().getConsequences().size());
		assertEquals("中央選舉委員會", p.getAgency().getSuperior());
		assertTrue(p.getSections().stream().anyMatch(s -> s.getHeading().contains("獎勵與輔導")));
	}

	@org.junit.jupiter.api.Test
	void electionPhoneFormHasTheAlternativesOfTheOperatorsSpeedAndTheNoOperatorRule() {
		EvaluationForm phone = Templates.starter(Templates.ELECTION).getEvaluationForms().get(2);
		FormSection switchboard = phone.getSections().get(0);
		// 三（二）: 「連打二次無人接聽」 and 「電話故障」 (0 points) are what happens instead of item 1, not items of their own
		FormSection speed = switchboard.getSections().get(1);
		assertEquals("總機人員接聽速度", speed.getText());
		assertEquals(1, speed.getItems().size());
		ChoiceItem ring = (ChoiceItem) speed.getItems().get(0);
		assertEquals("37618165-8ca4-4769-a212-68af8867be75", ring.getId(), "the item keeps its id");
		assertEquals(10.0, ring.getMaxPoints());
		assertEquals(List.of("電話鈴響四聲或十秒內獲得接聽服務（每增一聲或三秒，即減1分）。", "連打二次無人接聽（隔十分鐘後再測一次）。", "電話故障。"),
				ring.getChoices().stream().map(c -> c.getText()).toList());
		assertEquals(List.of("0.0-10.0", "0.0-0.0", "0.0-0.0"),
				ring.getChoices().stream().map(c -> c.getMinPoints() + "-" + c.getMaxPoints()).toList());
		assertEquals(List.of("f15526a3-c1ad-4484-be29-f2281b7c85be", "66e70f0b-685b-4e9a-8d69-7bd857de4655"),
				ring.getChoices().subList(1, 3).stream().map(c -> c.getId()).toList(), "the former items' ids stay with their choices");
		// 三（三）: 「無總機人員本項不給分」 is a rule excluding the section, not a note
		FormSection courtesy = switchboard.getSections().get(2);
		assertEquals("總機人員電話禮貌", courtesy.getText());
		assertNull(courtesy.getNote());
		ScoringRule noOperator = phone.getRules().get(1);
		assertEquals("無總機人員", noOperator.getCondition());
		assertEquals(List.of(courtesy), noOperator.getExcluded());
		assertTrue(noOperator.getMultiplied().isEmpty());
	}

	@org.junit.jupiter.api.Test
	void householdTemplateHasTheThreeStandardServicesInItemIndicatorContentLayout() {
		Plan p = Templates.starter(Templates.HOUSEHOLD);
		assertEquals(List.of("便民標準服務", "資訊流通服務", "創新加值服務"), p.getDimensions().stream().map(d -> d.getText()).toList());
		assertEquals(6, PlanStructure.strategies(p).size());
		assertEquals(15, PlanStructure.methods(p).size());
		assertEquals(49, PlanStructure.actions(p).size());
		assertEquals(52, PlanStructure.trackedItems(p).size(), "49 具體作法 + 資訊內容有效性, 服務措施延續性 and 服務措施執行方法效能性");
		// the 指標 cell 1.有價值的創意服務 2.服務措施延續性 3.服務措施執行方法效能性 is three 指標; the merged 內容 and 具體作法 stay with the first
		Strategy innovation = p.getDimensions().get(2).getStrategies().get(0);
		assertEquals(List.of("有價值的創意服務", "服務措施延續性", "服務措施執行方法效能性"),
				innovation.getMethods().stream().map(Method::getText).toList());
		assertEquals("4e707893-ddbc-405f-a2b8-8abd26291090", innovation.getMethods().get(0).getId());
		assertEquals(5, innovation.getMethods().get(0).getActions().size());
		assertTrue(innovation.getMethods().get(0).getDescription().startsWith("服務創意最終的目的在於"));
		assertEquals(List.of(), innovation.getMethods().subList(1, 3).stream().filter(m -> !m.getActions().isEmpty()).toList());
		assertTrue(PlanStructure.methods(p).stream().filter(m -> !innovation.getMethods().subList(1, 3).contains(m))
				.allMatch(m -> m.getDescription() != null && !m.getDescription().isBlank()), "every other 指標 has its 內容");
		// every 指標 has the 完成期限 of its (merged) cell, 民眾滿意度 and 資訊內容有效性 too
		for (Method m : PlanStructure.methods(p)) {
			assertEquals("99/1~99/12", m.getSchedule() == null ? null : m.getSchedule().text(), m.getText());
		}
		// the 評獎作業手冊 the same letter issued is a citation of its own; the county's own year plan is left out
		assertEquals(List.of("政府服務創新精進方案", "政府服務品質獎評獎實施計畫", "政府服務品質獎評獎作業手冊"),
				p.getBasis().stream().map(Citation::getTitle).toList());
		assertEquals(List.of("函頒", "函修正", "訂頒"), p.getBasis().stream().map(Citation::getRemark).toList());
		assertEquals(p.getBasis().get(1).getDocumentNumber(), p.getBasis().get(2).getDocumentNumber());
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
		// 交通部提升服務品質實施計畫 is a citation of its own; the superior agencies' year plan and letter are left out
		assertEquals(List.of("政府服務躍升方案", "交通部提升服務品質實施計畫", "交通部公路總局提升服務品質執行計畫"),
				p.getBasis().stream().map(Citation::getTitle).toList());
		assertEquals("交通部", p.getBasis().get(1).getIssuer());
		assertEquals("函頒", p.getBasis().get(0).getRemark());
	}

	@org.junit.jupiter.api.Test
	void countyTemplateHasEightKeyAreasWithOwnersAndExpectedBenefits() {
		Plan p = Templates.starter(Templates.COUNTY);
		assertEquals(8, PlanStructure.strategies(p).size());
		assertEquals(25, PlanStructure.methods(p).size());
		assertEquals(0, PlanStructure.actions(p).size(), "the seed's rows are 推動作法, none is split into actions");
		assertEquals(PlanStructure.methods(p), PlanStructure.trackedItems(p), "the 25 推動作法 are tracked themselves");
		for (Method m : PlanStructure.methods(p)) {
			assertTrue(m.getExpectedBenefit() != null && !m.getExpectedBenefit().isBlank(), () -> "預期效益 of " + m.getText());
			assertNull(m.getNote(), m.getText());
		}
		p.eAllContents().forEachRemaining(e -> assertFalse(e instanceof pdca.model.PlanElement pe && pe.getNote() != null
				&& pe.getNote().contains("原列於預期效益欄"), () -> "a 預期效益 cell stored as something else: " + e));
		for (WorkItem item : PlanStructure.trackedItems(p)) {
			assertFalse(PlanStructure.effectiveOwners(item).isEmpty(), () -> "owner of " + item.getText());
			assertEquals(Schedule.byMonth(107, 12), PlanStructure.effectiveSchedule(item));
		}
		assertEquals(List.of("本處管制考核科", "本處研究發展科", "本處資訊科", "本處綜合規劃科", "本處各科", "本府各科"),
				p.getOrganisation().getUnits().stream().map(u -> u.getName()).toList());
		assertEquals(2, PlanStructure.methods(p).stream().mapToInt(m -> m.getKpis().size()).sum());
		assertEquals(2, PlanStructure.methods(p).stream().filter(m -> m.getText().contains("視訊線上客服")).findFirst().orElseThrow()
				.getCoOwners().size() + 1, "本處研究發展科、資訊科: lead and co-owner");
		// 二（一）, 二（二） and 二（六） fill two rows each: the two 預期效益 cells are the method's benefit, the second row's unit its co-owner
		Strategy friendly = p.getStrategies().get(1);
		assertEquals("服務友善性", friendly.getText());
		assertEquals(List.of("147a86aa-0b03-4a18-ba91-651ee0e1f775", "0a91d9da-2d64-421a-ba83-c971fc19d084", "f901e729-d45b-4a8f-84be-bcc88a4570bc"),
				List.of(friendly.getMethods().get(0).getId(), friendly.getMethods().get(1).getId(), friendly.getMethods().get(5).getId()));
		assertEquals("提供舒適洽公環境方便民眾及同仁辦理各項公務。\n於一樓設置服務櫃檯、座椅、雜誌櫃、飲水機、血壓計、老花眼鏡及免費無線上網空間，並於書櫃中提供各項縣政活動宣導資料。",
				friendly.getMethods().get(0).getExpectedBenefit());
		assertEquals("本處各科 本處研究發展科", owners(friendly.getMethods().get(0)));
		assertEquals(2, friendly.getMethods().get(1).getExpectedBenefit().lines().count());
		assertEquals("本處資訊科", owners(friendly.getMethods().get(1)), "both rows name the same unit");
		assertEquals("設置本府為民服務中心櫃台設置7531999本府24小時為民服務專線做為查詢、諮詢、申訴陳情、公共設施維護案件。\n網頁提供申請案件透明化查詢。",
				friendly.getMethods().get(5).getExpectedBenefit());
		assertEquals("本處研究發展科 本處管制考核科", owners(friendly.getMethods().get(5)));
	}

	private static String owners(WorkItem item) {
		StringBuilder b = new StringBuilder(item.getLeadOwner().getName());
		item.getCoOwners().forEach(u -> b.append(' ').append(u.getName()));
		return b.toString();
	}
}
