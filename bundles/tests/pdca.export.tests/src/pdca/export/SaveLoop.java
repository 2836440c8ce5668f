package pdca.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;

import pdca.model.Action;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;

/**
 * A program of the kill campaign, run in a plain JVM by {@link ChildJvm}: loads a plan, makes its revised version
 * ({@link #revised}) and saves the two over one file, alternately and without end, until it is
 * killed; with {@code TIMES}, that many times, and then it ends (to calibrate the campaign).
 *
 * <pre>SaveLoop TARGET PLAN old|revised [TIMES]</pre>
 *
 * The third argument says which version is saved first.
 */
public final class SaveLoop {

	private SaveLoop() {
	}

	/** The same plan revised: another title, every tenth action reworded. */
	static Plan revised(Plan plan) {
		plan.setTitle(plan.getTitle() + "（修正版）");
		List<Action> actions = PlanStructure.actions(plan);
		for (int i = 0; i < actions.size(); i += 10) {
			actions.get(i).setText(actions.get(i).getText() + "（已修正）");
		}
		return plan;
	}

	/**
	 * Ends this program when the test that started it is gone: the test holds the other end of standard input, so
	 * its end means the test's JVM ended (a campaign stopped with Ctrl-C or killed) and nothing will kill this one.
	 */
	static void endWithParent() {
		Thread watch = new Thread(() -> {
			try {
				while (System.in.read() >= 0) {
					// the test writes nothing
				}
			} catch (java.io.IOException e) {
				// the pipe broke: the test is gone too
			}
			Runtime.getRuntime().halt(3);
		}, "parent-watch");
		watch.setDaemon(true);
		watch.start();
	}

	public static void main(String[] args) throws Exception {
		endWithParent();
		Path target = Path.of(args[0]);
		Plan old = PlanFiles.load(Path.of(args[1]));
		Plan revised = revised(EcoreUtil.copy(old));
		Plan[] versions = args[2].equals("revised") ? new Plan[] { revised, old } : new Plan[] { old, revised };
		int times = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
		System.out.println(ChildJvm.READY);
		System.out.flush();
		for (int i = 0; i < times; i++) {
			PlanFiles.save(versions[i % 2], target);
			System.out.println(ChildJvm.DONE);
			System.out.flush();
		}
	}
}
