package pdca.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import pdca.samples.SamplePlans;

/** The test documents of this fragment, copied to files or written from text, and the sample plan each seed was encoded as. */
final class Documents {

	static final Map<String, String> SAMPLE = Map.of("000", "100/chiayi-county-election-commission.pdca", "001",
			"105/keelung-city-election-commission.pdca", "002", "099/taitung-beinan-household-registration.pdca", "003",
			"106/tainan-motor-vehicle-station.pdca", "004", "107/changhua-county-planning-department.pdca");

	private Documents() {
	}

	/** The document {@code name} (e.g. {@code seeds/000.txt}) as a file in {@code folder}. */
	static Path copy(String name, Path folder) {
		try (InputStream in = Documents.class.getResourceAsStream("/documents/" + name)) {
			if (in == null) {
				throw new IllegalStateException("test document missing: " + name);
			}
			Path file = folder.resolve(name.substring(name.lastIndexOf('/') + 1));
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return file;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code text} written as the UTF-8 text file {@code plan.txt} in {@code folder}, and imported. */
	static ImportResult importText(Path folder, String text) throws Exception {
		Path file = folder.resolve("plan.txt");
		Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
		return PlanImporter.importFile(file);
	}

	/** The hand-encoded sample plan of seed {@code seed}. */
	static Path sample(String seed) {
		return SamplePlans.workspaceFolder().resolve(SamplePlans.PROJECT).resolve(SAMPLE.get(seed));
	}
}
