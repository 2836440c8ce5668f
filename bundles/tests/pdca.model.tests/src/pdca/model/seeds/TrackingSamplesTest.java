package pdca.model.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.logic.Quarter;
import pdca.model.logic.TrackerStatus;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;
import pdca.samples.SamplePlans;

/**
 * The tracking samples of the sample workspace: they validate, they hold what the tracker shows, and their plan
 * content is the seed's.
 */
class TrackingSamplesTest {

	private static Plan load(String prefix) throws Exception {
		Path file = SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix))
				.findFirst().orElseThrow();
		return PlanFiles.load(file);
	}

	@Test
	void bothSamplesValidateWithoutErrors() throws Exception {
		assertEquals(2, SamplePlans.trackingFiles().size());
		for (Path file : SamplePlans.trackingFiles()) {
			List<Problem> errors = PlanValidation.validate(PlanFiles.load(file)).stream()
					.filter(p -> p.severity() == Problem.Severity.ERROR).toList();
			assertTrue(errors.isEmpty(), file + ": " + errors);
		}
	}

	@Test
	void theStructureAndTextsAreTheSeeds() throws Exception {
		for (Seed seed : List.of(Seed.MOTOR_VEHICLE_106, Seed.ELECTION_105)) {
			Plan original = seed.load();
			Plan tracked = load(seed.relativePath().substring(4, 10));
			assertEquals(original.getTitle(), tracked.getTitle());
			assertEquals(PlanStructure.trackedItems(original).stream().map(w -> w.getText() + "|" + w.getSchedule()).toList(),
					PlanStructure.trackedItems(tracked).stream().map(w -> w.getText() + "|" + w.getSchedule()).toList());
			assertEquals(original.getEvaluationForms().size(), tracked.getEvaluationForms().size());
			assertTrue(original.getProgressReports().isEmpty(), "the seed itself stays without records");
		}
	}

	@Test
	void theStationSampleHasThreeQuartersOfCheckInsLateWorkMeetingsAndKpis() throws Exception {
		Plan plan = load("tainan");
		Set<Integer> quarters = plan.getProgressReports().stream().map(ProgressReport::getQuarter).collect(Collectors.toSet());
		assertEquals(Set.of(1, 2, 3), quarters);
		TrackerStatus q3 = TrackerStatus.of(plan, new Quarter(106, 3));
		assertFalse(q3.overdue().isEmpty());
		assertFalse(q3.kpisOffTarget().isEmpty());
		assertFalse(q3.openImprovements().isEmpty());
		assertTrue(plan.getReviewMeetings().stream().flatMap(m -> m.getImprovementActions().stream())
				.anyMatch(a -> a.getStatus() == pdca.model.ImprovementStatus.CLOSED), "some improvement actions are closed");
	}

	@Test
	void theElectionSampleHasEvaluationHistoriesWithAFall() throws Exception {
		Plan plan = load("keelung");
		TrackerStatus q3 = TrackerStatus.of(plan, new Quarter(105, 3));
		assertEquals(3, q3.evaluations().size(), "one history per form, each for one unit");
		assertFalse(q3.agenda().scoresFell().isEmpty(), "the September registration check scored lower than June");
	}
}
