package pdca.update.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import pdca.update.UpdateApplication;
import pdca.update.UpdateMessages;
import pdca.update.UpdateSite;
import pdca.update.Updater;

/**
 * pdca-update in a runtime that was not installed through p2 (this test runtime): it says so and
 * exits 2; its options. The update of a real installation from one build to the next is checked
 * by releng/update/test-update.sh.
 */
class UpdateApplicationTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return UpdateApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void helpNamesTheOptionsAndTheItUnitsFile() {
		assertEquals(0, run("--help"));
		String help = out.toString(StandardCharsets.UTF_8);
		assertTrue(help.contains("--check") && help.contains("--site") && help.contains(UpdateSite.FILE), help);
	}

	@Test
	void anUnknownOptionIsNamed() {
		assertEquals(2, run("--now"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--now"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aRuntimeWithoutP2ProfileSaysItCannotUpdateItself() {
		assertEquals(null, Updater.ofThisInstallation());
		assertEquals(2, run("--check", "--site", "https://intranet.example.gov.tw/pdca"));
		assertEquals(UpdateMessages.update_noProfile, err.toString(StandardCharsets.UTF_8).strip());
	}
}
