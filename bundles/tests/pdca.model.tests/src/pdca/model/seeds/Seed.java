package pdca.model.seeds;

import java.nio.file.Path;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.samples.SamplePlans;

/** The five seed plans of the sample workspace, one per agency, as the tests use them. */
public enum Seed {

	/** 臺東縣卑南鄉戶政事務所, 99: three dimensions, actions without owners, deadlines 99/1~99/12. */
	HOUSEHOLD_099("099/taitung-beinan-household-registration.pdca"),
	/** 嘉義縣選舉委員會, 100: five strategies, methods only, grade bands with rewards and sanctions. */
	ELECTION_100("100/chiayi-county-election-commission.pdca"),
	/** 基隆市選舉委員會, 105: five strategies, methods only, three evaluation forms. */
	ELECTION_105("105/keelung-city-election-commission.pdca"),
	/** 台南監理站, 106: six strategies, 22 methods, 74 actions, recurring and done-then-ongoing deadlines. */
	MOTOR_VEHICLE_106("106/tainan-motor-vehicle-station.pdca"),
	/** 彰化縣政府計畫處, 107: eight strategies, owners per method or action, every deadline 107年12月. */
	PLANNING_107("107/changhua-county-planning-department.pdca");

	private final String relativePath;

	Seed(String relativePath) {
		this.relativePath = relativePath;
	}

	/** The seed's file in the sample workspace. */
	public Path file() {
		return SamplePlans.workspaceFolder().resolve(SamplePlans.PROJECT).resolve(relativePath);
	}

	/** The seed's path below the {@code plans} project, e.g. {@code 106/tainan-motor-vehicle-station.pdca}. */
	public String relativePath() {
		return relativePath;
	}

	/** Loads a fresh copy of the seed plan. */
	public Plan load() {
		try {
			return PlanFiles.load(file());
		} catch (PlanFileException e) {
			throw new AssertionError("seed " + relativePath + " does not load: " + e.describe(), e);
		}
	}
}
