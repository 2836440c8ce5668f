package pdca.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Plan;
import pdca.model.i18n.Messages;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanSummary;
import pdca.model.logic.Quarter;
import pdca.model.logic.TrackerStatus;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.Problem;
import pdca.samples.SamplePlans;
import pdca.test.support.UseLocale;

/**
 * Hostile and broken plan files ({@link PlanMutator}: structure-aware mutations of the seed plans and the tracking
 * samples) go through everything that reads a plan: load, validation, the tracker status of every quarter, the
 * summary, the export (for every {@code exportEvery}-th case) and save-and-reload. Each file must be read or
 * refused with a message naming the file (and, where the parser can tell, the line); nothing may throw anything
 * else, take longer than {@value #TIMEOUT_SECONDS} s, or connect anywhere (a loopback server counts connections;
 * references and entities point at it).
 * <p>
 * By default a seeded share of 500 cases runs (as in CI); {@code releng/reliability/run.sh} runs the full campaign
 * with {@code -Dpdca.reliability.fuzz=N}; see docs/reliability.md.
 */
class PlanFuzzTest {

	private static final int CASES = Integer.getInteger("pdca.reliability.fuzz", 500);
	private static final int EXPORT_EVERY = Integer.getInteger("pdca.reliability.exportEvery", 25);
	private static final long SEED = Long.getLong("pdca.reliability.seed", 20_261_130L);
	private static final long TIMEOUT_SECONDS = 5;

	/** The longest message a person is expected to read (the file's path and the plan's texts quoted in it included). */
	private static final int MAX_MESSAGE = 1_000;

	/** Load refusals the parser can place in the file: they must give the line. */
	private static final List<String> PLACED = List.of("load.broken", "load.doctype");
	private static final List<String> LOAD_KEYS = List.of("load.missing", "load.isDirectory", "load.empty", "load.tooLarge",
			"load.unreadable", "load.broken", "load.doctype", "load.notAPlan", "load.foreignXml", "load.newerFormat",
			"load.badFormat");

	@TempDir
	Path dir;

	/** What happened to the cases. */
	private static final class Figures {
		final Map<String, Integer> counts = Collections.synchronizedMap(new LinkedHashMap<>());
		final List<String> uncaught = Collections.synchronizedList(new ArrayList<>());
		final List<String> hangs = new ArrayList<>();
		final List<String> badMessages = Collections.synchronizedList(new ArrayList<>());
		final List<String> roundTrip = Collections.synchronizedList(new ArrayList<>());
		final List<String> otherDocuments = Collections.synchronizedList(new ArrayList<>());
		final Map<String, Integer> refusals = Collections.synchronizedMap(new TreeMap<>());
		long slowestNanos;
		String slowest = "";

		void count(String what) {
			counts.merge(what, 1, Integer::sum);
		}

		/** Adds what one case found (only for cases that ended in time: an abandoned case may still be running). */
		void add(Figures one) {
			one.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum));
			one.refusals.forEach((k, v) -> refusals.merge(k, v, Integer::sum));
			uncaught.addAll(one.uncaught);
			badMessages.addAll(one.badMessages);
			roundTrip.addAll(one.roundTrip);
			otherDocuments.addAll(one.otherDocuments);
		}

		int get(String what) {
			return counts.getOrDefault(what, 0);
		}
	}

	@Test
	@UseLocale("zh-TW") // each case sets its own: Traditional Chinese or English, taken back after the last
	void mutatedPlansAreReadOrRefusedWithAMessageAndNeverCrashHangOrReachOut() throws Exception {
		List<PlanMutator.SeedPlan> seeds = new ArrayList<>();
		for (Path p : Stream.concat(SamplePlans.planFiles().stream(), SamplePlans.trackingFiles().stream()).toList()) {
			seeds.add(new PlanMutator.SeedPlan(p.getParent().getParent().getFileName() + "/" + p.getParent().getFileName()
					+ "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
		}
		Figures figures = new Figures();
		long started = System.nanoTime();
		try (LoopbackServer server = new LoopbackServer()) {
			PlanMutator mutator = new PlanMutator(seeds, server.base(), namedPipe().toString());
			// the first export of a JVM loads the fonts (seconds): not a case
			new PacketExporter(EnumSet.allOf(ExportFormat.class), true, "fuzz").export(SamplePlans.planFiles().get(0),
					dir.resolve("warm-up"), ExportProgress.NONE);
			ExecutorService worker = Executors.newSingleThreadExecutor(PlanFuzzTest::daemon);
			for (int i = 0; i < CASES && figures.hangs.size() < 20; i++) { // an abandoned case may still run: stop at 20
				PlanMutator.Case c = mutator.mutate(SEED * 1_000_003L + i);
				Path caseDir = Files.createDirectories(dir.resolve("case-" + i));
				Path file = caseDir.resolve(i % 7 == 0 ? "計畫 " + i + ".pdca" : "plan.pdca");
				Files.write(file, c.bytes());
				CaseRun run = new CaseRun(c, file, i % EXPORT_EVERY == 0, i % 2 == 0 ? Locale.TAIWAN : Locale.ENGLISH, new Figures());
				long t0 = System.nanoTime();
				Future<?> future = worker.submit(run);
				try {
					future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
					figures.add(run.figures);
				} catch (TimeoutException e) {
					figures.hangs.add(c.describe() + ", " + run.stage + ":\n" + stack(run.thread));
					future.cancel(true);
					worker.shutdownNow();
					worker = Executors.newSingleThreadExecutor(PlanFuzzTest::daemon);
				} catch (ExecutionException e) {
					figures.uncaught.add(c.describe() + ", " + run.stage + ": " + e.getCause());
				}
				long took = System.nanoTime() - t0;
				if (took > figures.slowestNanos) {
					figures.slowestNanos = took;
					figures.slowest = c.describe() + " (" + run.stage + (run.export ? ", with export" : "") + ")";
				}
				deleteTree(caseDir);
			}
			worker.shutdownNow();
			report(figures, server, System.nanoTime() - started);
			assertEquals(List.of(), figures.uncaught, "thrown where only a message was due");
			assertEquals(List.of(), figures.hangs, "cases over " + TIMEOUT_SECONDS + " s");
			assertEquals(0, server.connections(), () -> "connections to the loopback server: " + server.requests());
			assertEquals(List.of(), figures.otherDocuments, "documents opened besides the plan");
			assertEquals(List.of(), figures.badMessages, "messages that do not name the file and the place");
			assertEquals(List.of(), figures.roundTrip, "plans that changed when saved and read again");
			assertTrue(figures.get("loaded") > CASES / 10 && figures.get("refused at load") > CASES / 10,
					"the mutations reach past the parser and into it");
		}
	}

	/** One case: every surface that reads a plan, in turn. */
	private static final class CaseRun implements Runnable {
		final PlanMutator.Case c;
		final Path file;
		final boolean export;
		final Locale locale;
		final Figures figures;
		volatile String stage = "not started";
		volatile Thread thread;

		CaseRun(PlanMutator.Case c, Path file, boolean export, Locale locale, Figures figures) {
			this.c = c;
			this.file = file;
			this.export = export;
			this.locale = locale;
			this.figures = figures;
		}

		@Override
		public void run() {
			thread = Thread.currentThread();
			Locale.setDefault(locale);
			try {
				stage = "load";
				Plan plan;
				try {
					plan = PlanFiles.load(file);
					figures.count("loaded");
				} catch (PlanFileException e) {
					figures.count("refused at load");
					checkLoadRefusal(e);
					return;
				}
				stage = "validate";
				List<Problem> problems = PlanValidation.validate(plan);
				figures.count(PlanValidation.hasErrors(problems) ? "validated, with errors" : "validated, no errors");
				for (Problem p : problems) {
					if (p.path() == null || !readable(p.message())) {
						figures.badMessages.add(c.describe() + ": problem " + shortened(p.path() + ": " + p.message()));
					}
				}
				stage = "status";
				List<Quarter> quarters = new ArrayList<>(List.of(TrackerStatus.defaultQuarter(plan)));
				if (plan.getRocYear() >= 1 && plan.getRocYear() <= 300) {
					for (int q = 1; q <= 4; q++) {
						quarters.add(new Quarter(plan.getRocYear(), q));
					}
				}
				for (Quarter q : quarters) {
					TrackerStatus s = TrackerStatus.of(plan, q);
					String.valueOf(List.of(s.planStatus(), s.counts(), s.trackedItems(), s.strategies(), s.overdue(), s.kpis(),
							s.kpisOffTarget(), s.openImprovements(), s.evaluations(), s.thresholds()));
				}
				figures.count("tracker status");
				stage = "summary";
				String.valueOf(PlanSummary.of(plan));
				figures.count("summary");
				if (export) {
					stage = "export";
					try {
						PacketExporter.Packet packet = new PacketExporter(EnumSet.allOf(ExportFormat.class), true, "fuzz")
								.export(plan, file, file.resolveSibling("packets"), ExportProgress.NONE);
						assertTrue(Files.size(packet.folder().resolve("report.pdf")) > 0);
						figures.count("exported");
					} catch (ExportException e) {
						figures.count("export refused");
						figures.refusals.merge("export: " + exportReason(e.getMessage()), 1, Integer::sum);
						if (!e.getMessage().contains(file.toString()) || !readable(e.getMessage())) {
							figures.badMessages.add(c.describe() + ": export message: " + shortened(e.getMessage()));
						}
					}
				}
				stage = "save";
				Path saved = file.resolveSibling("saved.pdca");
				try {
					PlanFiles.save(plan, saved);
					stage = "reload";
					Plan back = PlanFiles.load(saved);
					if (!EcoreUtil.equals(plan, back)) {
						figures.roundTrip.add(c.describe());
					}
					figures.count("saved and read again");
				} catch (PlanFileException e) {
					figures.count("save refused");
					figures.refusals.merge("save: " + shortened(e.getMessage().replaceAll("[\\d]+", "#")), 1, Integer::sum);
					if (!saved.equals(e.file()) || !readable(e.getMessage())) {
						figures.badMessages.add(c.describe() + ": save message: " + shortened(e.describe()));
					}
				}
				if (plan.eResource().getResourceSet().getResources().size() != 1) {
					figures.otherDocuments.add(c.describe() + ": " + plan.eResource().getResourceSet().getResources());
				}
			} catch (Throwable t) {
				StringBuilder where = new StringBuilder();
				for (StackTraceElement e : t.getStackTrace()) {
					if (where.length() < 600) {
						where.append("\n    at ").append(e);
					}
				}
				figures.uncaught.add(c.describe() + ", " + stage + ": " + t + where);
			}
		}

		/** The refusal names the file; a refusal the parser can place gives the line; the message is one readable line. */
		private void checkLoadRefusal(PlanFileException e) {
			String key = keyOf(e.getMessage());
			figures.refusals.merge("load: " + key + (PLACED.contains(key) ? e.line() > 0 ? ", with line" : ", NO LINE" : ""), 1,
					Integer::sum);
			boolean namesFile = file.equals(e.file()) && e.describe().startsWith(file.toString());
			boolean placed = !PLACED.contains(key) || e.line() > 0;
			if (!namesFile || !placed || key.equals("?") || !readable(e.getMessage())) {
				figures.badMessages.add(c.describe() + ": " + shortened(e.describe()));
			}
		}

		private String keyOf(String message) {
			for (String key : LOAD_KEYS) {
				if (template(Locale.getDefault(), key).matcher(message).matches()) {
					return key;
				}
			}
			return "?";
		}
	}

	private static final Map<String, Pattern> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

	/** The message of {@code key} as a pattern: its placeholders match anything. */
	private static Pattern template(Locale locale, String key) {
		return TEMPLATES.computeIfAbsent(locale + key, k -> pattern(Messages.get(locale, key)));
	}

	/** A message pattern ({@link java.text.MessageFormat}) as a regular expression: its placeholders match anything. */
	private static Pattern pattern(String messagePattern) {
		StringBuilder regex = new StringBuilder();
		for (String part : messagePattern.replace("''", "'").split("\\{\\d+(?:,[^}]*)?\\}", -1)) {
			if (!regex.isEmpty()) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(part));
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	/** Words for a person: no stack trace, no class names, and not a page long (a text of the file is cut short). */
	private static boolean readable(String message) {
		return message != null && !message.isBlank() && message.length() <= MAX_MESSAGE && !message.contains("\n\tat ")
				&& !message.contains("Exception") && !message.contains("java.") && !message.contains("org.eclipse")
				&& !message.contains("org.xml");
	}

	/** A message as the report shows it: at most 300 characters. */
	private static String shortened(String message) {
		return message == null || message.length() <= 300 ? message
				: message.substring(0, 300) + "…(" + message.length() + " characters)";
	}

	private static String exportReason(String message) {
		for (String key : List.of("export.outsideReferences", "export.textTooLong", "export.failedInvalidPlan", "export.failed",
				"export.writeFailed", "export.unreadable")) {
			if (TEMPLATES.computeIfAbsent(Locale.getDefault() + key, k -> pattern(ExportMessages.get(key))).matcher(message).matches()) {
				return key;
			}
		}
		return shortened(message);
	}

	private void report(Figures f, LoopbackServer server, long nanos) {
		CampaignReport report = new CampaignReport("fuzzing").put("cases", CASES).put("seed", SEED)
				.put("seed plans", SamplePlans.planFiles().size() + SamplePlans.trackingFiles().size())
				.put("export for every", EXPORT_EVERY + "th case");
		f.counts.forEach(report::put);
		new TreeMap<>(f.refusals).forEach((k, v) -> report.put("  " + k, v));
		report.put("uncaught exceptions", f.uncaught.size()).put("hangs over " + TIMEOUT_SECONDS + " s", f.hangs.size())
				.put("connections to the loopback server", server.connections())
				.put("documents opened besides the plan", f.otherDocuments.size())
				.put("messages without the file or the place", f.badMessages.size())
				.put("changed by save and reload", f.roundTrip.size())
				.put("slowest case", String.format("%.2f s: %s", f.slowestNanos / 1e9, f.slowest))
				.put("time", String.format("%.0f s", nanos / 1e9)).print();
		for (List<String> list : List.of(f.uncaught, f.hangs, f.badMessages, f.roundTrip, f.otherDocuments)) {
			list.stream().limit(10).forEach(s -> System.out.println("  ! " + s));
		}
	}

	/** A named pipe: whoever opens it blocks (a hang the campaign sees); a plain file where pipes cannot be made. */
	private Path namedPipe() throws IOException, InterruptedException {
		Path fifo = dir.resolve("canary.fifo");
		try {
			if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
				return fifo;
			}
		} catch (IOException e) {
			// no mkfifo here
		}
		return Files.writeString(fifo, "canary");
	}

	private static Thread daemon(Runnable r) {
		Thread t = new Thread(r, "fuzz-case");
		t.setDaemon(true);
		return t;
	}

	private static String stack(Thread t) {
		if (t == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder();
		for (StackTraceElement e : t.getStackTrace()) {
			if (sb.length() < 1500) {
				sb.append("    at ").append(e).append('\n');
			}
		}
		return sb.toString();
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
