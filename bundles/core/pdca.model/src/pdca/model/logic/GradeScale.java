package pdca.model.logic;

import java.util.Optional;

import pdca.model.GradeBand;
import pdca.model.ScoreConsequence;
import pdca.model.ScoringScheme;

/**
 * Maps a score to a grade band of a scoring scheme (seed 000: 優等 ≥90, 甲等 80–89, 乙等 70–79,
 * 丙等 60–69, 丁等 ≤59) and to the reward or sanction tied to it.
 */
public final class GradeScale {

	private GradeScale() {
	}

	/** The band with the highest minimum score not above {@code score}. */
	public static Optional<GradeBand> grade(ScoringScheme scheme, double score) {
		GradeBand best = null;
		for (GradeBand band : scheme.getBands()) {
			if (score >= band.getMinScore() && (best == null || band.getMinScore() > best.getMinScore())) {
				best = band;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The consequence of {@code score}: among those of its grade band whose minimum score (if
	 * any) it reaches, the one with the highest minimum.
	 */
	public static Optional<ScoreConsequence> consequence(ScoringScheme scheme, double score) {
		Optional<GradeBand> band = grade(scheme, score);
		if (band.isEmpty()) {
			return Optional.empty();
		}
		ScoreConsequence best = null;
		for (ScoreConsequence c : scheme.getConsequences()) {
			if (c.getBand() != band.get() || (c.getMinScore() != null && score < c.getMinScore())) {
				continue;
			}
			if (best == null || min(c) > min(best)) {
				best = c;
			}
		}
		return Optional.ofNullable(best);
	}

	private static double min(ScoreConsequence c) {
		return c.getMinScore() == null ? Double.NEGATIVE_INFINITY : c.getMinScore();
	}
}
