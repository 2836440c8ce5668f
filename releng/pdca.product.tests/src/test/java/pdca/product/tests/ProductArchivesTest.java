package pdca.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an IT unit unpacks: one archive per platform, each with that platform's SWT fragment and
 * no other's, its starter, the sample workspace and the README; and the Linux archive's
 * command-line starter runs from the unpacked folder.
 */
class ProductArchivesTest {

	/** The platforms an archive is built for: archive suffix, where the product lies in it, its starters. */
	enum Platform {
		LINUX("linux.gtk.x86_64", ".tar.gz", "pdca/", "pdca/", "org.eclipse.swt.gtk.linux.x86_64",
				List.of("pdca/pdca.sh", "pdca/pdca-cli.sh", "pdca/pdca-update.sh")),
		WINDOWS("win32.win32.x86_64", ".zip", "pdca/", "pdca/", "org.eclipse.swt.win32.win32.x86_64",
				List.of("pdca/pdca.bat", "pdca/pdca-cli.bat", "pdca/pdca-update.bat")),
		MACOS("macosx.cocoa.aarch64", ".tar.gz", "PDCA.app/Contents/Eclipse/", "PDCA.app/Contents/Resources/",
				"org.eclipse.swt.cocoa.macosx.aarch64",
				List.of("PDCA.app/Contents/MacOS/pdca.sh", "PDCA.app/Contents/MacOS/pdca-cli.sh",
						"PDCA.app/Contents/MacOS/pdca-update.sh"));

		final String id;
		final String extension;
		final String product;
		final String resources;
		final String swtFragment;
		final List<String> starters;

		Platform(String id, String extension, String product, String resources, String swtFragment,
				List<String> starters) {
			this.id = id;
			this.extension = extension;
			this.product = product;
			this.resources = resources;
			this.swtFragment = swtFragment;
			this.starters = starters;
		}

		String readme() {
			return this == MACOS ? "README.txt" : "pdca/README.txt";
		}
	}

	/** An entry of an archive: its Unix mode (0 when the archive has none) and, for small files, its bytes. */
	record Entry(String name, int mode, byte[] content) {
		String text() {
			assertNotNull(content, name + " was not kept");
			return new String(content, StandardCharsets.UTF_8);
		}
	}

	private static final Pattern SWT_FRAGMENT = Pattern.compile("plugins/(org\\.eclipse\\.swt\\.(gtk|win32|cocoa)\\.[^/]+?)_\\d+\\.\\d+\\.\\d+");

	private static final Map<Platform, Map<String, Entry>> CONTENTS = new EnumMap<>(Platform.class);

	static Path archivesFolder() {
		return Path.of(System.getProperty("pdca.archives", "../pdca.product/target"));
	}

	static Path sourceRoot() {
		return Path.of(System.getProperty("pdca.root", "../.."));
	}

	/** The newest archive of the platform in the product's target folder (older builds' stay there until a clean). */
	static Path archive(Platform platform) throws IOException {
		try (Stream<Path> files = Files.list(archivesFolder())) {
			return files
					.filter(f -> f.getFileName().toString().startsWith("pdca-")
							&& f.getFileName().toString().endsWith("-" + platform.id + platform.extension))
					.max(Comparator.comparing(f -> f.toFile().lastModified()))
					.orElseThrow(() -> new AssertionError("no archive pdca-*-" + platform.id + platform.extension
							+ " in " + archivesFolder().toAbsolutePath()));
		}
	}

	static synchronized Map<String, Entry> contents(Platform platform) throws IOException {
		Map<String, Entry> entries = CONTENTS.get(platform);
		if (entries == null) {
			entries = read(archive(platform));
			CONTENTS.put(platform, entries);
		}
		return entries;
	}

	private static Map<String, Entry> read(Path archive) throws IOException {
		Map<String, Entry> entries = new TreeMap<>();
		try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
				ArchiveInputStream<? extends ArchiveEntry> in = archive.toString().endsWith(".zip")
						? new ZipArchiveInputStream(file)
						: new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
			ArchiveEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (entry.isDirectory()) {
					continue;
				}
				int mode = switch (entry) {
					case TarArchiveEntry tar -> tar.getMode();
					case ZipArchiveEntry zip -> zip.getUnixMode();
					default -> 0;
				};
				// the bytes of everything but the bundles themselves
				boolean keep = !entry.getName().matches(".*plugins/.*\\.jar") && entry.getSize() < 4 << 20;
				entries.put(entry.getName(), new Entry(entry.getName(), mode, keep ? in.readAllBytes() : null));
			}
		}
		return entries;
	}

	static Entry entry(Map<String, Entry> entries, String name) {
		Entry entry = entries.get(name);
		assertNotNull(entry, "the archive has no " + name);
		return entry;
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void eachArchiveHasItsPlatformsSwtFragmentAndNoOther(Platform platform) throws IOException {
		Map<String, Entry> entries = contents(platform);
		TreeSet<String> fragments = new TreeSet<>();
		for (String name : entries.keySet()) {
			Matcher m = SWT_FRAGMENT.matcher(name);
			if (m.find()) {
				fragments.add(m.group(1));
			}
		}
		assertEquals(new TreeSet<>(List.of(platform.swtFragment)), fragments,
				"SWT fragments in " + archive(platform).getFileName());
		assertTrue(entries.keySet().stream()
				.anyMatch(n -> n.matches(Pattern.quote(platform.product + "plugins/" + platform.swtFragment) + "_3\\.135\\.0\\..*\\.jar")),
				"the SWT fragment 3.135.0 is a jar in " + platform.product + "plugins");
		// and the OSGi configuration loads it
		String bundles = entry(entries, platform.product + "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info").text();
		for (Platform other : Platform.values()) {
			assertEquals(other == platform, bundles.contains("\n" + other.swtFragment + ","),
					other.swtFragment + " in bundles.info of " + platform);
		}
		// the GTK launcher fragment only in the Linux archive (none exists for the others on Maven Central)
		assertEquals(platform == Platform.LINUX, entries.keySet().stream()
				.anyMatch(n -> n.contains("plugins/org.eclipse.equinox.launcher.gtk.linux.x86_64_")));
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void eachArchiveHasTheProductAndItsLauncherJar(Platform platform) throws IOException {
		Map<String, Entry> entries = contents(platform);
		assertTrue(entries.keySet().stream()
				.anyMatch(n -> n.matches(Pattern.quote(platform.product) + "plugins/org\\.eclipse\\.equinox\\.launcher_[^/]*\\.jar")),
				"the launcher jar that the starters run");
		assertTrue(entries.keySet().stream().anyMatch(n -> n.matches(Pattern.quote(platform.product) + "plugins/pdca\\.ui_[^/]*\\.jar")));
		assertTrue(entries.keySet().stream().anyMatch(n -> n.matches(Pattern.quote(platform.product) + "plugins/pdca\\.cli_[^/]*\\.jar")));
		String config = entry(entries, platform.product + "configuration/config.ini").text();
		assertTrue(config.contains("eclipse.application=pdca.ui.workbench"), config);
		assertTrue(config.contains("eclipse.p2.profile=DefaultProfile"), "a p2 profile, for updates: " + config);
		assertTrue(entries.keySet().stream().anyMatch(n -> n.startsWith(platform.product + "p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/")));
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void eachArchiveHasItsStartersThatNameJava21(Platform platform) throws IOException {
		Map<String, Entry> entries = contents(platform);
		for (String name : platform.starters) {
			Entry starter = entry(entries, name);
			String text = starter.text();
			if (name.equals(platform.starters.get(0))) {
				assertTrue(text.contains("Java 21 or newer"), name + " names the Java it needs");
				assertTrue(text.contains("org.eclipse.equinox.launcher_*.jar"), name + " runs the launcher jar");
			} else {
				String workbenchStarter = platform.starters.get(0).substring(platform.starters.get(0).lastIndexOf('/') + 1);
				String mode = name.contains("pdca-update") ? "update" : "cli";
				assertTrue(text.contains("PDCA_MODE=" + mode) && text.contains(workbenchStarter),
						name + " runs " + workbenchStarter + " in its " + mode + " mode");
			}
			if (platform == Platform.WINDOWS) {
				assertFalse(text.replace("\r\n", "").contains("\n"), name + " has Windows line ends");
				assertTrue(text.startsWith("@echo off"), name);
			} else {
				assertTrue(text.startsWith("#!/usr/bin/env bash\n"), name);
				assertEquals(0755, starter.mode() & 0777, name + " is executable");
			}
		}
		String workbench = entry(entries, platform.starters.get(0)).text();
		assertTrue(workbench.contains("pdca.cli.app"), "the command-line mode");
		assertTrue(workbench.contains("pdca.update.app"), "the update mode");
		assertTrue(workbench.contains("-nl"), "the language");
		if (platform == Platform.MACOS) {
			assertTrue(workbench.contains("-XstartOnFirstThread"), "SWT on macOS runs on the first thread");
			String plist = entry(entries, "PDCA.app/Contents/Info.plist").text();
			Matcher executable = Pattern.compile("<key>CFBundleExecutable</key>\\s*<string>([^<]+)</string>").matcher(plist);
			assertTrue(executable.find(), plist);
			assertEquals(0755, entry(entries, "PDCA.app/Contents/MacOS/" + executable.group(1)).mode() & 0777);
			assertFalse(plist.contains("${"), "the version is filled in: " + plist);
			Matcher icon = Pattern.compile("<key>CFBundleIconFile</key>\\s*<string>([^<]+)</string>").matcher(plist);
			assertTrue(icon.find(), plist);
			entry(entries, "PDCA.app/Contents/Resources/" + icon.group(1));
		} else {
			entry(entries, "pdca/pdca.png");
		}
		if (platform == Platform.WINDOWS) {
			entry(entries, "pdca/pdca.ico");
		}
		entry(entries, platform.resources + "logging.properties");
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void eachArchiveHasTheSampleWorkspace(Platform platform) throws IOException {
		Map<String, Entry> entries = contents(platform);
		Path samples = sourceRoot().resolve("bundles/core/pdca.samples/workspace");
		String prefix = platform.resources + "samples/";
		Map<String, byte[]> expected = new TreeMap<>();
		try (Stream<Path> files = Files.walk(samples)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				expected.put(samples.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
			}
		}
		Map<String, Entry> actual = entries.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
				.collect(Collectors.toMap(e -> e.getKey().substring(prefix.length()), Map.Entry::getValue, (a, b) -> a, TreeMap::new));
		assertEquals(expected.keySet(), actual.keySet(), "the files of the sample workspace in " + prefix);
		for (Map.Entry<String, byte[]> e : expected.entrySet()) {
			assertTrue(java.util.Arrays.equals(e.getValue(), actual.get(e.getKey()).content()), e.getKey() + " as in the source");
		}
		assertEquals(5, expected.keySet().stream().filter(n -> n.matches("plans/\\d+/[^/]+\\.pdca")).count(), "the five seed plans");
		assertTrue(expected.containsKey("plans/.project"), "a project the workbench opens");
	}

	@ParameterizedTest
	@EnumSource(Platform.class)
	void eachArchiveHasTheReadmeForTheItUnit(Platform platform) throws IOException {
		String readme = entry(contents(platform), platform.readme()).text();
		assertTrue(readme.contains("Java runtime 21 or newer"), readme);
		for (String starter : List.of("pdca.bat", "pdca.sh", "PDCA.app", "pdca-workspace")) {
			assertTrue(readme.contains(starter), "the README speaks of " + starter);
		}
		if (platform == Platform.WINDOWS) {
			assertFalse(readme.replace("\r\n", "").contains("\n"), "Windows line ends");
		}
	}

	/** The command-line starter reads the bundles it leaves out from the source tree's releng/scripts/lib.sh, copied in. */
	@ParameterizedTest
	@EnumSource(value = Platform.class, names = { "LINUX", "MACOS" })
	void theCommandLineStarterHasTheListOfBundlesItLeavesOut(Platform platform) throws IOException {
		String lib = Files.readString(sourceRoot().resolve("releng/scripts/lib.sh"));
		assertTrue(lib.contains("\nPDCA_CLI_EXCLUDED='"), "releng/scripts/lib.sh defines PDCA_CLI_EXCLUDED");
		assertEquals(lib, entry(contents(platform), platform.resources + "lib/pdca-lib.sh").text());
	}

	/** Unpacks the Linux archive and runs its command-line starter with the build's own Java. */
	@Test
	@EnabledOnOs(OS.LINUX)
	void theLinuxArchivesCommandRunsFromTheUnpackedFolder(@TempDir Path dir) throws Exception {
		Path archive = archive(Platform.LINUX);
		try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
				TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
			TarArchiveEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				Path target = dir.resolve(entry.getName()).normalize();
				assertTrue(target.startsWith(dir), entry.getName());
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				Files.copy(in, target);
				if ((entry.getMode() & 0100) != 0) {
					Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
				}
			}
		}
		Path home = Files.createDirectories(dir.resolve("home"));
		Path plan = dir.resolve("pdca/samples/plans/106/tainan-motor-vehicle-station.pdca");
		assertTrue(Files.isRegularFile(plan));

		Run help = run(dir, home, "pdca/pdca-cli.sh", "--help");
		assertEquals(0, help.exitCode, help.output);
		assertTrue(help.output.contains("validate"), help.output);

		Run validate = run(dir, home, "pdca/pdca-cli.sh", "validate", plan.toString());
		assertEquals(0, validate.exitCode, validate.output);
		assertTrue(validate.output.contains("0 error(s)"), validate.output);

		// the command line's own configuration: the product's bundles less the workbench's
		Path bundles;
		try (Stream<Path> files = Files.walk(home)) {
			bundles = files.filter(f -> f.endsWith("cli-configuration/cli-bundles.info")).findFirst()
					.orElseThrow(() -> new AssertionError("no cli-bundles.info under " + home));
		}
		String list = Files.readString(bundles);
		assertTrue(list.contains("\npdca.cli,"), list);
		assertFalse(list.contains("\norg.eclipse.swt"), "SWT is left out: " + list);
		assertFalse(list.contains("\npdca.ui,"), "the workbench is left out: " + list);
	}

	record Run(int exitCode, String output) {
	}

	private static Run run(Path dir, Path home, String... command) throws Exception {
		ProcessBuilder pb = new ProcessBuilder(command);
		pb.command().set(0, dir.resolve(command[0]).toString());
		pb.directory(dir.toFile());
		pb.redirectErrorStream(true);
		Map<String, String> env = pb.environment();
		env.put("HOME", home.toString());
		env.remove("XDG_CACHE_HOME");
		env.put("PDCA_LANG", "en");
		// the Java running this test (21 or newer, as the build needs)
		env.put("PDCA_JAVA_HOME", System.getProperty("java.home"));
		Process process = pb.start();
		process.getOutputStream().close();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail(String.join(" ", command) + " did not end");
		}
		return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
	}
}
