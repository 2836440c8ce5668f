package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Action;
import pdca.model.Method;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.samples.SamplePlans;

/**
 * {@code pdca merge-driver}: in-process on three files, and called by a real {@code git merge} (Debian's git) through
 * a small wrapper that hands git's arguments to the command line running in this test.
 */
class MergeDriverCommandTest extends CliRunning {

	@TempDir
	Path folder;

	private static Path sample() {
		return SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca");
	}

	private static void edit(Path file, Consumer<Plan> change) throws Exception {
		Plan plan = PlanFiles.load(file);
		change.accept(plan);
		PlanFiles.save(plan, file);
	}

	private static Method method(Plan plan, int s, int m) {
		return plan.getStrategies().get(s).getMethods().get(m);
	}

	/** Three copies of the sample plan saved by the plan files (as a workspace holds them). */
	private Path[] three() throws Exception {
		Plan plan = PlanFiles.load(sample());
		Path[] files = { folder.resolve("base.pdca"), folder.resolve("mine.pdca"), folder.resolve("theirs.pdca") };
		for (Path f : files) {
			PlanFiles.save(plan, f);
		}
		return files;
	}

	@Test
	void twoChangesOfOneMethodAreMergedIntoMine() throws Exception {
		Path[] f = three();
		edit(f[1], p -> method(p, 0, 0).setText("我改寫的方法"));
		edit(f[2], p -> method(p, 0, 0).setSchedule(Schedule.parse("9月完成並持續辦理")));

		assertEquals(Cli.OK, run("merge-driver", f[0].toString(), f[1].toString(), f[2].toString()), err());

		Plan merged = PlanFiles.load(f[1]);
		assertEquals("我改寫的方法", method(merged, 0, 0).getText());
		assertEquals("9月完成並持續辦理", method(merged, 0, 0).getSchedule().text());
		assertTrue(err().contains("merged element by element"), err());
	}

	@Test
	void conflictsLeaveMineWholeAndAreToldWithTheirValues() throws Exception {
		Path[] f = three();
		edit(f[1], p -> method(p, 1, 0).setSchedule(Schedule.parse("6月")));
		edit(f[2], p -> method(p, 1, 0).setSchedule(Schedule.parse("8月")));
		byte[] mine = Files.readAllBytes(f[1]);
		Path name = folder.resolve("plans/106/plan.pdca");
		Files.createDirectories(name.getParent());

		assertEquals(Cli.FOUND_ERRORS, run("merge-driver", f[0].toString(), f[1].toString(), f[2].toString(), name.toString()));

		assertArrayEquals(mine, Files.readAllBytes(f[1]), "mine untouched");
		assertTrue(err().contains("1 conflict(s)"), err());
		assertTrue(err().contains("deadline: mine 6月 / theirs 8月 (was "), err());
		assertTrue(err().startsWith("pdca merge-driver: " + name), err());
		String report = Files.readString(Path.of(name + ".conflicts.txt"));
		assertTrue(report.contains("deadline: mine 6月 / theirs 8月"), report);
		assertFalse(Files.readString(f[1]).contains("<<<<<<<"));
	}

	@Test
	void anUnreadableVersionIsNotMergedAndMineStays() throws Exception {
		Path[] f = three();
		Files.writeString(f[2], "<pdca:Plan broken");
		byte[] mine = Files.readAllBytes(f[1]);
		assertEquals(Cli.USAGE, run("merge-driver", f[0].toString(), f[1].toString(), f[2].toString()));
		assertArrayEquals(mine, Files.readAllBytes(f[1]));
		assertTrue(err().contains("cannot merge"), err());
	}

	@Test
	void aFileAddedOnBothSidesMergesWithoutACommonVersion() throws Exception {
		Path[] f = three();
		Files.write(f[0], new byte[0]);
		edit(f[2], p -> method(p, 0, 1).setNote("對方的備註"));
		assertEquals(Cli.OK, run("merge-driver", f[0].toString(), f[1].toString(), f[2].toString()), err());
		assertEquals("對方的備註", method(PlanFiles.load(f[1]), 0, 1).getNote());
	}

	// ----- with git -----

	/** Runs the command lines git's driver wrapper sends, in this JVM, until closed. */
	private static final class DriverServer implements AutoCloseable {
		final ServerSocket socket;
		final Thread thread;
		final List<String> calls = new ArrayList<>();
		final StringBuilder errors = new StringBuilder();

		DriverServer() throws IOException {
			socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
			thread = new Thread(this::serve, "merge-driver-server");
			thread.setDaemon(true);
			thread.start();
		}

		private void serve() {
			while (!socket.isClosed()) {
				try (Socket s = socket.accept()) {
					BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
					Path cwd = Path.of(in.readLine());
					List<String> args = new ArrayList<>();
					for (String line; (line = in.readLine()) != null && !line.isEmpty();) {
						args.add(line.startsWith("-") || args.isEmpty() ? line : cwd.resolve(line).toString());
					}
					ByteArrayOutputStream err = new ByteArrayOutputStream();
					int code = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
							new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
					synchronized (this) {
						calls.add(String.join(" ", args));
						errors.append(err.toString(StandardCharsets.UTF_8));
					}
					Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
					out.write(code + "\n");
					out.flush();
				} catch (IOException e) {
					// closed
				}
			}
		}

		/** A script git can run as the driver: it passes its folder and arguments here and exits with the status. */
		Path wrapper(Path folder) throws IOException {
			Path script = folder.resolve("pdca-driver.sh");
			Files.writeString(script, "#!/bin/bash\nexec 3<>/dev/tcp/127.0.0.1/" + socket.getLocalPort() + "\n"
					+ "{ printf '%s\\n' \"$PWD\" \"$@\"; printf '\\n'; } >&3\nread -r code <&3\nexit \"${code:-2}\"\n");
			Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
			return script;
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}
	}

	private String git(Path repo, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
		pb.environment().put("HOME", folder.toString());
		pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		pb.environment().put("LC_ALL", "C.UTF-8");
		Process p = pb.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		lastGitStatus = p.exitValue();
		return output;
	}

	private int lastGitStatus;

	/** A repository with the sample plan on main and two branches that change it. */
	private Path repository(DriverServer server) throws Exception {
		Path repo = folder.resolve("repo");
		Files.createDirectories(repo.resolve("plans/106"));
		git(repo, "init", "-q", "-b", "main");
		git(repo, "config", "user.name", "計畫室");
		git(repo, "config", "user.email", "plans@example.org");
		PlanFiles.save(PlanFiles.load(sample()), repo.resolve("plans/106/plan.pdca"));
		assertEquals(Cli.OK, run("merge-driver", "--install", repo.toString(), "--command", server.wrapper(folder).toString()),
				err());
		assertTrue(Files.readString(repo.resolve(".gitattributes")).contains("*.pdca merge=pdca"));
		assertTrue(git(repo, "config", "merge.pdca.driver").contains("pdca-driver.sh merge-driver %O %A %B %P"));
		git(repo, "add", "-A");
		git(repo, "commit", "-q", "-m", "核定版");
		return repo;
	}

	@Test
	void gitMergesTwoBranchesEditingOneLineThroughTheDriver() throws Exception {
		try (DriverServer server = new DriverServer()) {
			Path repo = repository(server);
			Path plan = repo.resolve("plans/106/plan.pdca");
			git(repo, "checkout", "-q", "-b", "unit-a");
			edit(plan, p -> method(p, 0, 0).setText("監理課改寫的方法"));
			edit(plan, p -> method(p, 0, 0).getActions().get(0).setNote("監理課備註"));
			git(repo, "commit", "-q", "-am", "監理課");
			git(repo, "checkout", "-q", "main");
			// the same lines as unit-a: git's own line merge would stop at a conflict here
			edit(plan, p -> method(p, 0, 0).setSchedule(Schedule.parse("9月完成並持續辦理")));
			edit(plan, p -> method(p, 0, 0).getActions().get(0).setSchedule(Schedule.parse("10月")));
			git(repo, "commit", "-q", "-am", "站務課");

			String output = git(repo, "merge", "--no-edit", "unit-a");

			assertEquals(0, lastGitStatus, output + server.errors);
			assertEquals(1, server.calls.size(), server.calls.toString());
			Plan merged = PlanFiles.load(plan);
			Method method = method(merged, 0, 0);
			Action action = method.getActions().get(0);
			assertEquals("監理課改寫的方法", method.getText());
			assertEquals("9月完成並持續辦理", method.getSchedule().text());
			assertEquals("監理課備註", action.getNote());
			assertEquals("10月", action.getSchedule().text());
			assertEquals("", git(repo, "status", "--porcelain").strip(), "merged and committed");
			assertTrue(git(repo, "log", "--oneline", "-1").contains("Merge branch 'unit-a'"));
		}
	}

	@Test
	void gitStopsAtAConflictWithMyVersionWholeAndTheReportBesideIt() throws Exception {
		try (DriverServer server = new DriverServer()) {
			Path repo = repository(server);
			Path plan = repo.resolve("plans/106/plan.pdca");
			git(repo, "checkout", "-q", "-b", "unit-a");
			edit(plan, p -> method(p, 1, 0).setSchedule(Schedule.parse("8月")));
			git(repo, "commit", "-q", "-am", "監理課");
			git(repo, "checkout", "-q", "main");
			edit(plan, p -> method(p, 1, 0).setSchedule(Schedule.parse("6月")));
			edit(plan, p -> method(p, 2, 0).setNote("站務課備註"));
			git(repo, "commit", "-q", "-am", "站務課");
			byte[] mine = Files.readAllBytes(plan);

			String output = git(repo, "merge", "--no-edit", "unit-a");

			assertEquals(1, lastGitStatus, output);
			assertTrue(output.contains("CONFLICT"), output);
			assertArrayEquals(mine, Files.readAllBytes(plan), "my version, whole, no conflict markers");
			Path report = repo.resolve("plans/106/plan.pdca.conflicts.txt");
			String text = Files.readString(report);
			assertTrue(text.contains("二、（一）") || text.contains("deadline: mine 6月 / theirs 8月"), text);
			assertTrue(text.contains("mine 6月 / theirs 8月"), text);
			assertTrue(git(repo, "status", "--porcelain").contains("UU plans/106/plan.pdca"));
			PlanFiles.load(plan); // still a plan
		}
	}
}
