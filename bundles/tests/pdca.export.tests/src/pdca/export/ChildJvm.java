package pdca.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;


/**
 * A plain JVM (no OSGi) running one of the campaign's programs ({@link SaveLoop}, {@link ExportLoop}) on the jars of
 * the bundles the exporter is wired to in the running test runtime, so that it can be killed with SIGKILL at any
 * moment. The program prints {@code READY} when it starts the work to be interrupted and a line per finished
 * operation.
 */
final class ChildJvm implements AutoCloseable {

	/** Printed by a child program when the work to be interrupted starts. */
	static final String READY = "READY";

	/** Printed by a child program after each finished operation. */
	static final String DONE = "DONE";

	private static final java.util.Map<Class<?>, List<Path>> CLASS_PATHS = new java.util.HashMap<>();

	private final Process process;
	private final AtomicInteger done = new AtomicInteger();
	private final long readyAt = System.nanoTime();
	private volatile long lastDoneAt;
	private final Thread drain;

	private ChildJvm(Process process, Thread drain) {
		this.process = process;
		this.drain = drain;
	}

	/**
	 * Starts {@code main} on the class path of the bundle of {@code uses} (and of this fragment) and returns once it
	 * printed {@link #READY}; its standard error goes to {@code log}.
	 */
	static ChildJvm start(Class<?> main, Class<?> uses, Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.add("-Xmx512m");
		// a short-lived program: the quick compiler and the simplest collector start fastest
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-XX:+UseSerialGC");
		command.add("-Dfile.encoding=UTF-8");
		command.add("-cp");
		command.add(String.join(java.io.File.pathSeparator, classPath(uses).stream().map(Path::toString).toList()));
		command.add(main.getName());
		command.addAll(List.of(args));
		if (!Files.exists(log)) {
			Files.writeString(log, String.join(" ", command) + "\n", StandardCharsets.UTF_8);
		}
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null && !line.equals(READY)) {
			// anything before READY is the program telling what it prepared
		}
		if (line == null) {
			process.destroyForcibly();
			throw new IOException(main.getSimpleName() + " ended before it was ready; see " + log + ":\n" + tail(log) + "\nclass path: " + classPath(uses));
		}
		ChildJvm[] self = new ChildJvm[1];
		ChildJvm child = new ChildJvm(process, new Thread(() -> {
			try {
				for (String l; (l = out.readLine()) != null;) {
					if (l.equals(DONE)) {
						self[0].lastDoneAt = System.nanoTime();
						self[0].done.incrementAndGet();
					}
				}
			} catch (IOException e) {
				// the child was killed
			}
		}, "child-output"));
		self[0] = child;
		child.drain.setDaemon(true);
		child.drain.start();
		return child;
	}

	/** Kills the child with SIGKILL (no shutdown hook, no finally block runs) and waits until it is gone. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
		drain.join(5_000);
	}

	/** Whether the child is still running (it should be, until it is killed). */
	boolean isAlive() {
		return process.isAlive();
	}

	/**
	 * Waits until the child reported {@code operations} finished operations and returns the nanoseconds from
	 * {@link #READY} to the last of them.
	 */
	long awaitDone(int operations, long timeoutMillis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (done.get() < operations) {
			if (System.currentTimeMillis() > deadline || !process.isAlive()) {
				throw new IllegalStateException("the child finished " + done.get() + " of " + operations + " operations");
			}
			Thread.sleep(2);
		}
		return lastDoneAt - readyAt;
	}

	/** Returns {@code nanos} after the child printed {@link #READY}. */
	void waitFromReady(long nanos) {
		for (long left; (left = readyAt + nanos - System.nanoTime()) > 0;) {
			LockSupport.parkNanos(left);
		}
	}

	/** Waits until the child ended by itself (it was given a number of operations). */
	void awaitExit() throws InterruptedException {
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the child did not end");
		}
	}

	/** How many operations the child finished and reported. */
	int done() {
		return done.get();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		} catch (IOException e) {
			return "";
		}
	}

	/**
	 * The class path of a plain JVM: the classes of this test fragment, then the jars (or class folders) of the
	 * bundle of {@code uses} and of every bundle it is wired to, directly or not. The framework itself is left out:
	 * the model and the exporter run without it.
	 */
	static synchronized List<Path> classPath(Class<?> uses) {
		return CLASS_PATHS.computeIfAbsent(uses, c -> {
			Bundle exporter = FrameworkUtil.getBundle(PacketExporter.class);
			String dev = frameworkProperty(exporter, "osgi.dev");
			String installArea = frameworkProperty(exporter, "osgi.install.area");
			Path base = installArea == null ? Path.of("") : Path.of(java.net.URI.create(encode(installArea)));
			Set<Bundle> bundles = new LinkedHashSet<>();
			for (BundleWire wire : exporter.adapt(BundleWiring.class).getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
				bundles.add(wire.getRequirer().getBundle()); // this fragment
			}
			collect(FrameworkUtil.getBundle(c), bundles);
			Set<Path> paths = new LinkedHashSet<>();
			for (Bundle b : bundles) {
				if (b.getBundleId() != 0) {
					paths.addAll(classPathOf(b, base, dev));
				}
			}
			return List.copyOf(paths);
		});
	}

	private static void collect(Bundle bundle, Set<Bundle> bundles) {
		if (bundle == null || !bundles.add(bundle)) {
			return;
		}
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		if (wiring == null) {
			return;
		}
		for (BundleWire wire : wiring.getRequiredWires(null)) {
			collect(wire.getProvider().getBundle(), bundles);
		}
		for (BundleWire wire : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
			collect(wire.getRequirer().getBundle(), bundles); // fragments
		}
	}

	/**
	 * The jar or folder a bundle was installed from, and, for a bundle of the workspace run in development mode (as
	 * tycho-surefire runs the test fragment), the class folders {@code osgi.dev} names for it.
	 */
	private static List<Path> classPathOf(Bundle bundle, Path base, String dev) {
		String location = bundle.getLocation();
		int file = location.indexOf("file:");
		if (file < 0) {
			return List.of();
		}
		// reference:file:/abs/path.jar, or relative to the install area (reference:file:../../x.jar)
		Path root = base.resolve(location.substring(file + "file:".length())).normalize();
		List<Path> paths = new ArrayList<>();
		paths.add(root);
		if (dev != null && dev.startsWith("file:") && Files.isDirectory(root)) {
			Properties entries = new Properties();
			try (var in = Files.newInputStream(Path.of(java.net.URI.create(dev)))) {
				entries.load(in);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			String classes = entries.getProperty(bundle.getSymbolicName(), entries.getProperty("@ignoredot@", ""));
			for (String entry : classes.split(",")) {
				if (!entry.isBlank()) {
					Path p = root.resolve(entry.strip());
					if (Files.exists(p)) {
						paths.add(p);
					}
				}
			}
		}
		return paths;
	}

	private static String frameworkProperty(Bundle bundle, String key) {
		String value = System.getProperty(key);
		if (value == null && bundle.getBundleContext() != null) {
			value = bundle.getBundleContext().getProperty(key);
		}
		return value;
	}

	private static String encode(String path) {
		return path.replace(" ", "%20");
	}
}
