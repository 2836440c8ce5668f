package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import pdca.model.ActionStatus;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFiles;
import pdca.samples.SamplePlans;

/** A plan's line in the county portfolio: who has not reported is the lead unit of items without a report. */
class PortfolioTest {

	private static Plan tracked() throws Exception {
		return PlanFiles.load(SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan"))
				.findFirst().orElseThrow());
	}

	@Test
	void aUnitWhoseReportsAreMissingIsNamedAndTheOthersAreNot() throws Exception {
		// the county plan names the lead units of its items (the other seeds name none)
		Plan plan = PlanFiles.load(SamplePlans.planFiles().stream()
				.filter(p -> p.getFileName().toString().startsWith("changhua")).findFirst().orElseThrow());
		Quarter q1 = new Quarter(plan.getRocYear(), 1);
		Portfolio.Row none = Portfolio.row(plan, q1);
		assertTrue(none.unitsExpected().size() >= 2, none.unitsExpected().toString());
		assertEquals(none.unitsExpected(), none.unitsNotReported(), "no check-ins yet: nobody has reported");
		assertEquals(0.0, none.reportingShare());

		for (WorkItem item : PlanStructure.trackedItems(plan)) {
			ProgressReport r = PdcaFactory.eINSTANCE.createProgressReport();
			r.setAction(item);
			r.setRocYear(q1.rocYear());
			r.setQuarter(q1.quarter());
			r.setStatus(ActionStatus.ON_TRACK);
			plan.getProgressReports().add(r);
		}
		Portfolio.Row all = Portfolio.row(plan, q1);
		assertEquals(List.of(), all.unitsNotReported());
		assertEquals(1.0, all.reportingShare());

		Unit dropped = all.unitsExpected().get(1);
		plan.getProgressReports().removeIf(r -> lead(r.getAction()) == dropped);
		Portfolio.Row after = Portfolio.row(plan, q1);
		assertEquals(List.of(dropped), after.unitsNotReported(), "only the unit whose reports are missing");
		assertEquals(all.unitsExpected(), after.unitsExpected());
	}

	@Test
	void aRolledOverPlanIsComparedWithLastYearsAtTheSameQuarter() throws Exception {
		java.nio.file.Path file = SamplePlans.countyFiles().stream()
				.filter(p -> p.toString().replace('\\', '/').endsWith("107/changhua-county-election-commission.pdca")).findFirst()
				.orElseThrow();
		Plan plan = PlanFiles.load(file);
		Plan previous = PlanFiles.load(file.getParent().resolve(plan.getPreviousPlanPath()).normalize());
		assertTrue(Portfolio.isPreviousOf(previous, plan));
		assertTrue(!Portfolio.isPreviousOf(plan, previous));
		assertTrue(!Portfolio.isPreviousOf(tracked(), plan), "another plan of the year before is not it");

		Portfolio.Row now = Portfolio.row(plan, new Quarter(107, 3));
		Portfolio.YearOnYear compared = Portfolio.yearOnYear(now, previous);
		Portfolio.Row last = Portfolio.row(previous, new Quarter(106, 3));
		assertEquals(new Quarter(106, 3), compared.lastYear().quarter());
		assertEquals(now.status().progress() - last.status().progress(), compared.progressChange());
		assertEquals(now.overdue() - last.overdue(), compared.overdueChange());
		assertTrue(compared.overdueChange() > 0, "more overdue than last year");
		assertEquals(now.kpisOffTarget() - last.kpisOffTarget(), compared.kpisOffTargetChange());
		assertEquals(Figures.rounded(now.grade().get().score() - last.grade().get().score()), compared.scoreChange().get());
		assertTrue(compared.scoreChange().get() < 0, "the evaluation score fell");
		// a plan without a grade last year has no score change
		Plan household = PlanFiles.load(SamplePlans.countyFiles().stream()
				.filter(p -> p.toString().replace('\\', '/').endsWith("107/changhua-yuanlin-household-registration.pdca"))
				.findFirst().orElseThrow());
		Plan household106 = PlanFiles.load(SamplePlans.countyFiles().stream()
				.filter(p -> p.toString().replace('\\', '/').endsWith("106/changhua-yuanlin-household-registration.pdca"))
				.findFirst().orElseThrow());
		assertTrue(Portfolio.yearOnYear(Portfolio.row(household, new Quarter(107, 4)), household106).scoreChange().isEmpty());
	}

	@Test
	void theLineHasTheDashboardsFigures() throws Exception {
		Plan plan = tracked();
		Quarter q2 = new Quarter(plan.getRocYear(), 2);
		TrackerStatus status = TrackerStatus.of(plan, q2);
		Portfolio.Row row = Portfolio.row(plan, q2);
		assertEquals(status.planStatus(), row.status());
		assertEquals(status.counts(), row.counts());
		assertEquals(status.overdue().size(), row.overdue());
		assertEquals(status.kpisOffTarget().size(), row.kpisOffTarget());
		assertEquals(status.openImprovements().size(), row.openImprovements());
	}

	private static Unit lead(WorkItem item) {
		List<Unit> owners = PlanStructure.effectiveOwners(item);
		return owners.isEmpty() ? null : owners.get(0);
	}
}
