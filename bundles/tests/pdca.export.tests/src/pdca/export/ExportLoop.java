package pdca.export;

import java.nio.file.Path;
import java.util.EnumSet;

/**
 * A program of the kill campaign, run in a plain JVM by {@link ChildJvm}: exports the packets of two plans with the
 * same packet name into one destination (all formats and the zip), alternately and without end, so that each
 * export replaces the other's packet, until it is killed; with {@code TIMES}, that many times, and then it ends
 * (to calibrate the campaign and to make the class data archive the killed runs start from).
 *
 * <pre>ExportLoop DESTINATION FIRST-PLAN SECOND-PLAN [TIMES]</pre>
 */
public final class ExportLoop {

	private ExportLoop() {
	}

	public static void main(String[] args) throws Exception {
		SaveLoop.endWithParent();
		Path out = Path.of(args[0]);
		Path[] plans = { Path.of(args[1]), Path.of(args[2]) };
		System.out.println(ChildJvm.READY);
		System.out.flush();
		int times = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
		for (int i = 0; i < times; i++) {
			// a new exporter each time: within one run a second plan of the same name would get a packet of its own
			new PacketExporter(EnumSet.allOf(ExportFormat.class), true, "kill-campaign").export(plans[i % 2], out,
					ExportProgress.NONE);
			System.out.println(ChildJvm.DONE);
			System.out.flush();
		}
	}
}
