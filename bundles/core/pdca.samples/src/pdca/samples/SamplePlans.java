package pdca.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The sample workspace shipped with the product: the five seed plans, one folder per ROC year,
 * inside the project folder {@code plans}; and, in the project folder {@code tracking}, copies of
 * two of them with illustrative tracking data (check-ins, KPI actuals, review meetings, evaluation
 * records); and, in the project folder {@code county}, an illustrative county portfolio: plans of
 * several agencies of one county made from the agency templates, with a year's records; all written by
 * {@code releng/samples/generate.sh}.
 */
public final class SamplePlans {

	/** Name of the project folder that holds the sample plans. */
	public static final String PROJECT = "plans";

	/** Name of the project folder that holds the seed plans with illustrative tracking data. */
	public static final String TRACKING_PROJECT = "tracking";

	/** Name of the project folder that holds the illustrative county portfolio. */
	public static final String COUNTY_PROJECT = "county";

	private SamplePlans() {
	}

	/** The {@code workspace} folder of this bundle (the bundle is installed as a folder). */
	public static Path workspaceFolder() {
		Bundle bundle = FrameworkUtil.getBundle(SamplePlans.class);
		try {
			URL url = bundle == null ? SamplePlans.class.getResource("/workspace")
					: FileLocator.toFileURL(bundle.getEntry("workspace"));
			return Path.of(url.toURI());
		} catch (IOException | URISyntaxException e) {
			throw new IllegalStateException("The sample workspace of bundle pdca.samples cannot be located", e);
		}
	}

	/** The sample plan files, sorted by path. */
	public static List<Path> planFiles() {
		try (Stream<Path> files = Files.walk(workspaceFolder().resolve(PROJECT))) {
			return files.filter(p -> p.toString().endsWith(".pdca")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The plan files with illustrative tracking data, sorted by path. */
	public static List<Path> trackingFiles() {
		return files(TRACKING_PROJECT);
	}

	/** The plan files of the illustrative county portfolio, sorted by path. */
	public static List<Path> countyFiles() {
		return files(COUNTY_PROJECT);
	}

	/** Every plan file of the sample workspace, sorted by path. */
	public static List<Path> allFiles() {
		return files(".");
	}

	private static List<Path> files(String project) {
		try (Stream<Path> files = Files.walk(workspaceFolder().resolve(project))) {
			return files.filter(p -> p.toString().endsWith(".pdca")).map(Path::normalize).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
