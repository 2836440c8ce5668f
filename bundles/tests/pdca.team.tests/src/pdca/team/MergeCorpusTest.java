package pdca.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.samples.SamplePlans;
import pdca.test.support.Locales;

/**
 * A share of the merge corpus (see {@link MergeCorpus}; {@code releng/team/merge-corpus.sh} runs the whole): our merge
 * loses nothing silently, duplicates nothing, breaks no file, and reports at most half as many conflicts as git's line
 * merge of the same files. {@code -Dpdca.corpus.pairs=N -Dpdca.corpus.seed=S} choose the corpus,
 * {@code -Dpdca.corpus.out=FILE} writes the figures there.
 */
class MergeCorpusTest {

	@TempDir
	Path folder;

	@Test
	void ourMergeLosesNothingAndReportsAtMostHalfGitsConflicts() throws Exception {
		int pairs = Integer.getInteger("pdca.corpus.pairs", 120);
		long seed = Long.getLong("pdca.corpus.seed", 15L);
		List<Path> plans = new ArrayList<>(SamplePlans.planFiles());
		plans.addAll(SamplePlans.trackingFiles());
		MergeCorpus corpus = Locales.withResult(Locale.ENGLISH, () -> {
			MergeCorpus run = new MergeCorpus(folder, plans);
			run.run(pairs, seed);
			return run;
		});
		String figures = corpus.figures(seed);
		System.out.print(figures);
		String out = System.getProperty("pdca.corpus.out");
		if (out != null && !out.isBlank()) {
			MergeCorpus.write(Path.of(out), figures);
		}
		assertTrue(corpus.pairs >= pairs * 9 / 10, figures);
		assertEquals(0, corpus.ours.losses, figures);
		assertEquals(0, corpus.ours.duplicates, figures);
		assertEquals(0, corpus.ours.broken, figures);
		assertTrue(corpus.ours.conflicts * 2 <= corpus.git.conflicts, figures);
		assertTrue(corpus.ours.conflicted > 0, "the corpus has real conflicts: " + figures);
	}
}
