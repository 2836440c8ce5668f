package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.samples.SamplePlans;
import pdca.templates.TemplateRegistry;

/**
 * However a command fails, pdca ends with 0, 1 or 2 and says why in one line naming the file; a stack trace only
 * with --debug.
 */
class FailuresTest extends CliRunning {

	@TempDir
	Path temp;

	/** Templates that cannot be read: a bug inside the commands that use them. */
	private static TemplateRegistry broken() {
		throw new UnsupportedOperationException("the registry is broken");
	}

	private static Path seed(String prefix) {
		return SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
				.orElseThrow();
	}

	private void assertNoStackTrace() {
		assertFalse(err().contains("\tat ") || out().contains("\tat "), err());
	}

	@Test
	void unexpectedErrorInACommandIsOneLineNamingTheFileAndStatusTwo() {
		Path plan = seed("tainan");
		Path next = temp.resolve("107.pdca");
		int status = runWith(FailuresTest::broken, "rollover", plan.toString(), "-o", next.toString());
		assertEquals(Cli.USAGE, status);
		List<String> lines = err().lines().toList();
		assertEquals(1, lines.size(), err());
		assertEquals("pdca rollover: unexpected error while working on " + plan
				+ ": UnsupportedOperationException: the registry is broken. Nothing more was done; please report it with the file"
				+ " (run again with --debug for the details).", lines.get(0));
		assertEquals("", out());
		assertNoStackTrace();
		assertFalse(Files.exists(next), "nothing written");
	}

	@Test
	void unexpectedErrorOfACommandThatWritesNamesTheFileToWrite() {
		Path file = temp.resolve("114.pdca");
		Locale.setDefault(Locale.TAIWAN);
		int status = runWith(FailuresTest::broken, "new", "-t", "county-planning-department", "-a", "彰化縣政府計畫處", "-y", "114",
				"-o", file.toString());
		assertEquals(Cli.USAGE, status);
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().startsWith("pdca new：處理 " + file + " 時發生未預期的錯誤：UnsupportedOperationException"), err());
		assertNoStackTrace();
	}

	@Test
	void debugPrintsTheStackTraceAfterTheLine() {
		Path plan = seed("tainan");
		String next = temp.resolve("107.pdca").toString();
		for (List<String> args : List.of(List.of("--debug", "rollover", plan.toString(), "-o", next),
				List.of("rollover", "--debug", plan.toString(), "-o", next))) {
			assertEquals(Cli.USAGE, runWith(FailuresTest::broken, args.toArray(String[]::new)), args.toString());
			List<String> lines = err().lines().toList();
			assertTrue(lines.get(0).startsWith("pdca rollover: unexpected error while working on " + plan), err());
			assertTrue(lines.size() > 2, err());
			assertTrue(lines.get(1).startsWith("java.lang.UnsupportedOperationException: the registry is broken"), err());
			assertTrue(err().contains("\tat "), err());
		}
	}

	@Test
	void debugIsAcceptedByEveryCommandAndChangesNothingElse() {
		assertEquals(Cli.OK, run("validate", "--debug", seed("keelung").toString()));
		assertTrue(err().startsWith("1 file(s): 0 error(s)"), err());
		assertEquals(Cli.OK, run("--debug", "summary", seed("keelung").toString()));
		assertTrue(out().contains("基隆市選舉委員會"), out());
	}

	@Test
	void fileNameTheSystemCannotUseIsOneLineAndStatusTwo() {
		String name = temp + "/plan\u0000.pdca"; // no system can name a file with a NUL
		assertEquals(Cli.USAGE, run("summary", name));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().startsWith("pdca summary: The file name \"" + name + "\" cannot be used on this system"), err());
		assertNoStackTrace();

		// validate goes on with the other files and counts it as unreadable
		assertEquals(Cli.FOUND_ERRORS, run("validate", name, seed("keelung").toString()));
		assertTrue(out().startsWith(name + "\tERROR\t\tThe file name \"" + name + "\" cannot be used on this system"), out());
		assertTrue(err().contains("1 unreadable"), err());
		assertNoStackTrace();

		Path dest = temp.resolve("packets");
		assertEquals(Cli.FOUND_ERRORS, run("export", "--format", "ods", "-o", dest.toString(), name, seed("keelung").toString()));
		assertTrue(out().startsWith(name + "\tFAILED"), out());
		assertTrue(out().contains("\tOK\t"), out());
		assertNoStackTrace();
	}

	@Test
	void chineseFileNameWorks() throws Exception {
		Path plan = Files.copy(seed("changhua"), temp.resolve("計畫.pdca"));
		assertEquals(Cli.OK, run("validate", plan.toString()), err());
		assertEquals(Cli.OK, run("summary", "--json", plan.toString()), err());
		assertTrue(out().contains(plan.toString()), out());
		Path dest = temp.resolve("報告包");
		assertEquals(Cli.OK, run("export", "--format", "ods", "-o", dest.toString(), plan.toString()), err());
		assertTrue(Files.isRegularFile(dest.resolve("107-計畫").resolve("tables.ods")));
	}

	@Test
	void usageErrorsAndUnreadableFilesNeverShowAStackTrace() throws Exception {
		Path garbage = Files.write(temp.resolve("garbage.pdca"), new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 1, 2 });
		for (List<String> args : List.of(List.of("status", garbage.toString(), "-q", "3"), List.of("summary", temp.toString()),
				List.of("status", seed("tainan").toString(), "-q", "9"), List.of("rollover", garbage.toString(), "-o", temp.resolve("x.pdca").toString()),
				List.of("export", "-o", garbage.toString(), seed("keelung").toString()),
				List.of("validate", garbage.toString()))) {
			int status = run(args);
			assertTrue(status == Cli.FOUND_ERRORS || status == Cli.USAGE, args + ": " + status);
			assertNoStackTrace();
			assertFalse(err().isBlank() && out().isBlank(), args + " says why");
		}
	}
}
