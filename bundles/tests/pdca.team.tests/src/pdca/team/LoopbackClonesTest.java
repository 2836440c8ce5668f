package pdca.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.DaemonClient;
import org.eclipse.jgit.transport.DaemonService;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.resolver.FileResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Identified;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.ProgressReport;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Quarter;
import pdca.model.schedule.Schedule;
import pdca.samples.SamplePlans;

/**
 * Team mode against a real git server: JGit's git daemon on 127.0.0.1 (an ephemeral port, push enabled) serves a bare
 * repository holding the sample plans, and {@code pdca.clones} clones (default 12; {@code releng/team/clones.sh} runs
 * 50 and more) make seeded edits through the edit layer and sync with {@link PlanSync}, in a seeded random order on
 * {@code pdca.clones.threads} threads at once, for {@code pdca.clones.rounds} rounds. The edits: a unit's check-in (a
 * quarter's progress and narrative) of an item of the tracking plan its unit leads, a text of an element of another
 * plan, and, for a share of the clones ({@code pdca.clones.conflicts}), pairs setting one deadline to two values: a
 * real conflict. A clone told of conflicts decides as users do, in the plan: it sets the deadline its partner chose
 * (theirs) in the plan file as the sync left it, and syncs again.
 *
 * <p>
 * At the end every clone has synced to the server's head, every edit that was no conflict is in every clone's plan
 * files, every decided deadline is the decision, every planned conflict was reported to one of its two clones, and no
 * plan file fails to load, has a new validation error or an id twice. {@code pdca.clones.seed} chooses the edits and
 * the order, {@code pdca.clones.out} names a file for the figures.
 */
class LoopbackClonesTest {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	/** The plan the units check in to. */
	private static final String TRACKING = "tracking/106/tainan-motor-vehicle-station.pdca";

	@TempDir
	Path folder;

	private Daemon daemon;

	@AfterEach
	void stopServer() throws InterruptedException {
		if (daemon != null) {
			daemon.stopAndWait();
			daemon = null;
		}
	}

	/** Starts the git daemon on 127.0.0.1 serving an empty bare repository; returns its git:// address. */
	private String startServer() throws Exception {
		Path root = folder.resolve("server");
		Git.init().setBare(true).setInitialBranch("main").setDirectory(root.resolve("plans.git").toFile()).call().close();
		daemon = new Daemon(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
		daemon.setTimeout(120);
		daemon.setRepositoryResolver(new FileResolver<DaemonClient>(root.toFile(), true));
		DaemonService receive = daemon.getService("git-receive-pack");
		receive.setEnabled(true);
		receive.setOverridable(false);
		daemon.setReceivePackFactory((client, repository) -> new ReceivePack(repository)); // no reverse lookup of 127.0.0.1
		daemon.start();
		return "git://127.0.0.1:" + daemon.getAddress().getPort() + "/plans.git";
	}

	private ObjectId serverHead() throws Exception {
		try (Git git = Git.open(folder.resolve("server/plans.git").toFile())) {
			return git.getRepository().resolve("refs/heads/main");
		}
	}

	/** The office's workspace with {@code files} (paths in it → sample files), {@code prepare}d, sent to the server. */
	private Path publish(String url, Map<String, Path> files, PlanEdit prepare) throws Exception {
		Path office = folder.resolve("office");
		try (Git git = Git.init().setInitialBranch("main").setDirectory(office.toFile()).call()) {
			git.remoteAdd().setName("origin").setUri(new URIish(url)).call();
		}
		for (var file : files.entrySet()) {
			Path target = office.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.copy(file.getValue(), target);
		}
		prepare.edit(office);
		PlanSync.Outcome first = PlanSync.sync(office, "核定版", new PlanSync.Author("王小明", "研考科", "office@example.gov.tw"));
		assertTrue(first.pushed(), first.toString());
		return office;
	}

	private interface PlanEdit {
		void edit(Path workspace) throws Exception;
	}

	private Path cloneOf(String url, String name) throws Exception {
		Path dir = folder.resolve(name);
		try (Git git = Git.cloneRepository().setURI(url).setDirectory(dir.toFile()).call()) {
			StoredConfig config = git.getRepository().getConfig();
			config.setString("user", null, "name", name);
			config.save();
		}
		return dir;
	}

	// ----- the campaign -----

	/** One clone: its work tree, its unit and who it records. */
	private record Clone(int index, Path dir, Unit unit, PlanSync.Author author) {
	}

	/** An edit a clone made, and how to see it in a plan. */
	private record Edit(int by, String file, String description, Predicate<Plan> present) {
	}

	/** Two clones setting one deadline to two values; {@code decided} is what the clone told of it chose. */
	private static final class Planned {
		final String file;
		final String id;
		final int a;
		final int b;
		final String valueA;
		final String valueB;
		final Set<Integer> reportedTo = ConcurrentHashMap.newKeySet();
		volatile String decided;

		Planned(String file, String id, int a, int b, String valueA, String valueB) {
			this.file = file;
			this.id = id;
			this.a = a;
			this.b = b;
			this.valueA = valueA;
			this.valueB = valueB;
		}

		String valueOf(int clone) {
			return clone == a ? valueA : valueB;
		}

		String partnerValue(int clone) {
			return clone == a ? valueB : valueA;
		}
	}

	/** The figures of a campaign. */
	private static final class Figures {
		final AtomicInteger syncs = new AtomicInteger();
		final AtomicInteger conflictSyncs = new AtomicInteger();
		final AtomicInteger conflictsReported = new AtomicInteger();
		final AtomicInteger unplanned = new AtomicInteger();
		final AtomicInteger remoteKeptChanging = new AtomicInteger();
		final AtomicInteger transportErrors = new AtomicInteger();
		final AtomicInteger otherErrors = new AtomicInteger();
		final AtomicInteger merged = new AtomicInteger();
		final List<Long> syncNanos = Collections.synchronizedList(new ArrayList<>());
		final List<String> examples = Collections.synchronizedList(new ArrayList<>());
		int checkIns;
		int texts;
		int losses;
		int broken;
		int duplicated;
		int decisionsLost;

		void example(String text) {
			if (examples.size() < 20) {
				examples.add(text);
			}
		}
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.MINUTES)
	void clonesEditingAtOnceThroughALoopbackGitServerLoseNothingAndEveryConflictIsReported() throws Exception {
		int count = Integer.getInteger("pdca.clones", 12);
		int rounds = Integer.getInteger("pdca.clones.rounds", 3);
		long seed = Long.getLong("pdca.clones.seed", 7L);
		int threads = Integer.getInteger("pdca.clones.threads", 4);
		double conflictShare = Double.parseDouble(System.getProperty("pdca.clones.conflicts", "0.2"));
		Random random = new Random(seed);
		long start = System.nanoTime();

		String url = startServer();
		Map<String, Path> files = new TreeMap<>();
		for (Path sample : SamplePlans.planFiles()) {
			files.put(SamplePlans.workspaceFolder().relativize(sample).toString().replace('\\', '/'), sample);
		}
		for (Path sample : SamplePlans.trackingFiles()) {
			files.put(SamplePlans.workspaceFolder().relativize(sample).toString().replace('\\', '/'), sample);
		}
		assertTrue(files.containsKey(TRACKING), files.keySet().toString());
		// the office names the unit leading each item of the tracking plan, the organisation's units in turn
		Path office = publish(url, files, workspace -> editFile(workspace.resolve(TRACKING), null, c -> {
			List<Unit> all = c.plan.getOrganisation().getUnits();
			int i = 0;
			for (WorkItem item : c.tracked()) {
				if (lead(item) == null) {
					c.run(SetCommand.create(c.domain, item, P.getWorkItem_LeadOwner(), all.get(i++ % all.size())));
				}
			}
		}));
		List<String> others = files.keySet().stream().filter(f -> !f.equals(TRACKING)).toList();

		// the errors the samples have already, and those the clones' own edits make, are no merge's doing
		Map<String, Set<String>> allowed = new ConcurrentHashMap<>();
		for (String file : files.keySet()) {
			allowed.computeIfAbsent(file, f -> ConcurrentHashMap.newKeySet()).addAll(Copies.errors(PlanFiles.load(office.resolve(file))));
		}

		// the units leading items of the tracking plan, one for each clone in turn
		Copies tracking = new Copies(office.resolve(TRACKING));
		List<Unit> units = new ArrayList<>();
		for (WorkItem item : tracking.tracked()) {
			Unit lead = lead(item);
			if (lead != null && !units.stream().anyMatch(u -> u.getId().equals(lead.getId()))) {
				units.add(lead);
			}
		}
		assertFalse(units.isEmpty(), "the tracking sample has items led by units");

		List<Clone> clones = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Unit unit = units.get(i % units.size());
			clones.add(new Clone(i, cloneOf(url, String.format(Locale.ROOT, "clone-%03d", i)), unit,
					new PlanSync.Author("填報人" + i, unit.getName(), "clone" + i + "@example.gov.tw")));
		}

		Figures figures = new Figures();
		List<Edit> edits = new ArrayList<>();
		List<Planned> planned = new ArrayList<>();
		Set<String> claimed = new HashSet<>(); // a field edited by one clone only, but for the planned conflicts
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			for (int round = 1; round <= rounds; round++) {
				// the same-field pairs of this round
				List<Integer> order = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					order.add(i);
				}
				Collections.shuffle(order, random);
				int pairs = count < 2 ? 0 : Math.max(1, (int) Math.round(count * conflictShare / 2));
				Map<Integer, Planned> pairOf = new HashMap<>();
				for (int p = 0; p < pairs; p++) {
					int a = order.get(2 * p);
					int b = order.get(2 * p + 1);
					String file = random.nextInt(3) == 0 ? TRACKING : others.get(random.nextInt(others.size()));
					Copies c = new Copies(clones.get(a).dir().resolve(file));
					WorkItem item = null;
					for (int tries = 0; tries < 100 && item == null; tries++) {
						List<WorkItem> items = workItems(c.plan);
						WorkItem candidate = items.get(random.nextInt(items.size()));
						if (claimed.add(file + "|" + candidate.getId() + "|schedule")) {
							item = candidate;
						}
					}
					assertTrue(item != null, "a deadline nobody edited yet in " + file);
					String now = item.getSchedule() == null ? "" : item.getSchedule().text();
					String valueA;
					String valueB;
					do {
						valueA = (1 + random.nextInt(6)) + "月完成";
						valueB = (7 + random.nextInt(6)) + "月完成";
					} while (valueA.equals(now) || valueB.equals(now));
					Planned pair = new Planned(file, item.getId(), a, b, valueA, valueB);
					planned.add(pair);
					pairOf.put(a, pair);
					pairOf.put(b, pair);
				}

				// every clone edits its plans, as it stands after its last sync
				for (Clone clone : clones) {
					Planned pair = pairOf.get(clone.index());
					if (pair != null) {
						String value = pair.valueOf(clone.index());
						editFile(clone.dir().resolve(pair.file), allowed.get(pair.file), c -> c.run(SetCommand.create(c.domain,
								c.byId(pair.id), P.getWorkItem_Schedule(), Schedule.parse(value))));
					} else if (random.nextInt(10) < 6) {
						edits.add(checkIn(clone, round, random, claimed, allowed.get(TRACKING)));
						figures.checkIns++;
					} else {
						edits.add(text(clone, round, others.get(random.nextInt(others.size())), random, claimed, allowed));
						figures.texts++;
					}
				}

				// and syncs, in a random order, several at once
				Collections.shuffle(order, random);
				List<Future<?>> running = new ArrayList<>();
				int r = round;
				for (int i : order) {
					Clone clone = clones.get(i);
					running.add(pool.submit(() -> {
						syncUntilDone(clone, "第" + r + "輪", pairOf.get(clone.index()), figures);
						return null;
					}));
				}
				for (Future<?> f : running) {
					f.get();
				}
			}
		} finally {
			pool.shutdownNow();
		}

		// last, every clone takes in what was sent after its last sync
		for (Clone clone : clones) {
			syncUntilDone(clone, "最後同步", null, figures);
		}
		long nanos = System.nanoTime() - start;

		// judged in every clone
		ObjectId head = serverHead();
		Set<ObjectId> heads = new HashSet<>();
		int dirty = 0;
		for (Clone clone : clones) {
			try (Git git = Git.open(clone.dir().toFile())) {
				heads.add(git.getRepository().resolve("HEAD"));
				if (!git.status().call().isClean()) {
					dirty++;
				}
			}
			for (String file : files.keySet()) {
				Plan plan;
				try {
					plan = PlanFiles.load(clone.dir().resolve(file));
				} catch (PlanFileException e) {
					figures.broken++;
					figures.example(clone.dir().getFileName() + " " + file + " unloadable: " + e.getMessage());
					continue;
				}
				Set<String> errors = new HashSet<>(Copies.errors(plan));
				errors.removeAll(allowed.get(file));
				if (!errors.isEmpty()) {
					figures.broken++;
					figures.example(clone.dir().getFileName() + " " + file + " invalid: " + errors);
				}
				if (!Copies.duplicateIds(plan).isEmpty()) {
					figures.duplicated++;
					figures.example(clone.dir().getFileName() + " " + file + " ids twice: " + Copies.duplicateIds(plan));
				}
				for (Edit edit : edits) {
					if (edit.file().equals(file) && !edit.present().test(plan)) {
						figures.losses++;
						figures.example(clone.dir().getFileName() + " lost " + edit.description());
					}
				}
				for (Planned pair : planned) {
					if (pair.file.equals(file) && !(find(plan, pair.id) instanceof WorkItem w && w.getSchedule() != null
							&& w.getSchedule().text().equals(pair.decided))) {
						figures.decisionsLost++;
						figures.example(clone.dir().getFileName() + " " + file + " deadline of " + pair.id + " is not the decision "
								+ pair.decided);
					}
				}
			}
		}
		int reported = (int) planned.stream().filter(p -> !p.reportedTo.isEmpty()).count();

		List<Long> times = new ArrayList<>(figures.syncNanos);
		Collections.sort(times);
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "loopback clones: %d clones of %d sample plans on git://127.0.0.1 (JGit daemon), %d rounds, seed %d, %d threads%n",
				count, files.size(), rounds, seed, threads));
		out.append(String.format(Locale.ROOT, "edits: %d (check-ins of units on %s %d, texts of other plans %d, same deadline by two clones %d)%n",
				figures.checkIns + figures.texts + 2 * planned.size(), TRACKING, figures.checkIns, figures.texts, 2 * planned.size()));
		out.append(String.format(Locale.ROOT, "syncs: %d (plans merged element by element %d, stopped on conflicts %d, remote kept changing %d, transport errors %d, other errors %d)%n",
				figures.syncs.get(), figures.merged.get(), figures.conflictSyncs.get(), figures.remoteKeptChanging.get(), figures.transportErrors.get(),
				figures.otherErrors.get()));
		out.append(String.format(Locale.ROOT, "conflicts: planned %d, reported %d of them, conflicts reported %d, unplanned %d%n",
				planned.size(), reported, figures.conflictsReported.get(), figures.unplanned.get()));
		out.append(String.format(Locale.ROOT, "at the end: %d head(s) for %d clones (server's: %s), clones with unrecorded changes %d, lost edits %d, decisions lost %d, broken files %d, files with an id twice %d%n",
				heads.size(), count, heads.equals(Set.of(head)) ? "yes" : "no", dirty, figures.losses, figures.decisionsLost, figures.broken, figures.duplicated));
		out.append(String.format(Locale.ROOT, "time: %.1f s in all; a sync %.0f ms on average, median %.0f ms, slowest %.0f ms%n", nanos / 1e9,
				times.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6, times.isEmpty() ? 0 : times.get(times.size() / 2) / 1e6,
				times.isEmpty() ? 0 : times.get(times.size() - 1) / 1e6));
		for (String e : figures.examples) {
			out.append("  ").append(e).append('\n');
		}
		report(out.toString());

		String text = out.toString();
		assertEquals(Set.of(head), heads, "every clone at the server's head: " + text);
		assertEquals(0, dirty, text);
		assertEquals(0, figures.losses, text);
		assertEquals(0, figures.decisionsLost, text);
		assertEquals(0, figures.broken, text);
		assertEquals(0, figures.duplicated, text);
		assertEquals(planned.size(), reported, "every planned conflict reported to one of its clones: " + text);
		assertEquals(0, figures.unplanned.get(), "no conflict where the clones edited different values: " + text);
		assertTrue(figures.conflictSyncs.get() > 0 || planned.isEmpty(), text);
	}

	/**
	 * Syncs until the clone's changes are sent, deciding planned conflicts for the partner's value. A sync that fails
	 * (the remote kept changing, a transport error, another error JGit reports) is counted and done again, as a user
	 * told of it would.
	 */
	private void syncUntilDone(Clone clone, String message, Planned pair, Figures figures) throws Exception {
		for (int attempt = 0; attempt < 30; attempt++) {
			PlanSync.Outcome outcome;
			long t0 = System.nanoTime();
			try {
				outcome = PlanSync.sync(clone.dir(), message, clone.author());
			} catch (TransportException e) {
				figures.transportErrors.incrementAndGet();
				figures.example(clone.dir().getFileName() + " sync failed, synced again: " + e);
				Thread.sleep(20 + 10L * attempt);
				continue;
			} catch (GitAPIException e) {
				// the sync failed as a user would see it (told the error); the user syncs again
				figures.otherErrors.incrementAndGet();
				figures.example(clone.dir().getFileName() + " sync failed, synced again: " + e);
				continue;
			} catch (PlanSync.RemoteKeptChanging e) {
				figures.remoteKeptChanging.incrementAndGet(); // the sync said so: sync again
				continue;
			} finally {
				figures.syncs.incrementAndGet();
				figures.syncNanos.add(System.nanoTime() - t0);
			}
			figures.merged.addAndGet(outcome.mergedPlans().size());
			if (outcome.state() != PlanSync.State.CONFLICTS) {
				return;
			}
			figures.conflictSyncs.incrementAndGet();
			assertTrue(outcome.otherConflicts().isEmpty(), outcome.toString());
			for (var entry : outcome.conflicts().entrySet()) {
				for (Conflict conflict : entry.getValue()) {
					figures.conflictsReported.incrementAndGet();
					if (pair != null && pair.file.equals(entry.getKey()) && pair.id.equals(conflict.id())
							&& conflict.kind() == Conflict.Kind.VALUE) {
						pair.reportedTo.add(clone.index());
						// decided in the plan as users do: the partner's deadline, then sync again
						String theirs = pair.partnerValue(clone.index());
						pair.decided = theirs;
						editFile(clone.dir().resolve(pair.file), null, c -> c.run(SetCommand.create(c.domain, c.byId(pair.id),
								P.getWorkItem_Schedule(), Schedule.parse(theirs))));
					} else {
						figures.unplanned.incrementAndGet();
						figures.example(clone.dir().getFileName() + " unplanned conflict in " + entry.getKey() + ": " + conflict);
					}
				}
			}
		}
		throw new AssertionError(clone.dir().getFileName() + " could not sync in 30 attempts");
	}

	/**
	 * Edits a plan file through the edit layer and saves it; the validation errors of the result, when {@code allowed}
	 * is given, are added to it (an edit's own doing, not a merge's).
	 */
	private static void editFile(Path file, Set<String> allowed, java.util.function.Consumer<Copies> change) throws Exception {
		Copies c = new Copies(file);
		change.accept(c);
		PlanFiles.save(c.plan, file);
		if (allowed != null) {
			allowed.addAll(Copies.errors(PlanFiles.load(file)));
		}
	}

	/** The clone's unit checks in to one of the items it leads: a quarter's progress and narrative. */
	private Edit checkIn(Clone clone, int round, Random random, Set<String> claimed, Set<String> allowed) throws Exception {
		Path file = clone.dir().resolve(TRACKING);
		Copies c = new Copies(file);
		List<WorkItem> items = new ArrayList<>();
		for (WorkItem item : c.tracked()) {
			if (lead(item) != null && lead(item).getId().equals(clone.unit().getId())) {
				items.add(item);
			}
		}
		for (int tries = 0; tries < 200; tries++) {
			List<WorkItem> from = tries < 100 && !items.isEmpty() ? items : c.tracked();
			WorkItem item = from.get(random.nextInt(from.size()));
			Quarter q = new Quarter(c.plan.getRocYear(), 1 + random.nextInt(4));
			if (!claimed.add(TRACKING + "|" + item.getId() + "|" + q)) {
				continue;
			}
			int progress = random.nextInt(101);
			String narrative = "第" + round + "輪 " + clone.author().unit() + " 填報 " + random.nextInt(100000);
			c.run(c.checkIns.setReport(item, q, P.getProgressReport_Progress(), progress, clone.author().name()));
			c.run(c.checkIns.setReport(item, q, P.getProgressReport_Narrative(), narrative, clone.author().name()));
			PlanFiles.save(c.plan, file);
			allowed.addAll(Copies.errors(PlanFiles.load(file)));
			String id = item.getId();
			return new Edit(clone.index(), TRACKING, "check-in of " + id + " " + q + " " + progress + "% " + narrative,
					plan -> {
						List<ProgressReport> reports = plan.getProgressReports().stream().filter(r -> r.getAction() != null
								&& id.equals(r.getAction().getId()) && r.getRocYear() == q.rocYear() && r.getQuarter() == q.quarter()).toList();
						return reports.size() == 1 && reports.get(0).getProgress() == progress && narrative.equals(reports.get(0).getNarrative());
					});
		}
		throw new AssertionError("no quarter left to check in");
	}

	/** The clone rewrites the text of an element of another plan. */
	private Edit text(Clone clone, int round, String fileName, Random random, Set<String> claimed, Map<String, Set<String>> allowed)
			throws Exception {
		Path file = clone.dir().resolve(fileName);
		Copies c = new Copies(file);
		List<PlanElement> elements = texts(c.plan);
		for (int tries = 0; tries < 200; tries++) {
			PlanElement element = elements.get(random.nextInt(elements.size()));
			if (!claimed.add(fileName + "|" + element.getId() + "|text")) {
				continue;
			}
			String text = element.getText() + "（第" + round + "輪 " + clone.author().unit() + " 修訂 " + random.nextInt(100000) + "）";
			c.run(SetCommand.create(c.domain, element, P.getPlanElement_Text(), text));
			PlanFiles.save(c.plan, file);
			allowed.get(fileName).addAll(Copies.errors(PlanFiles.load(file)));
			String id = element.getId();
			return new Edit(clone.index(), fileName, "text of " + id + " in " + fileName + ": " + text,
					plan -> find(plan, id) instanceof PlanElement e && text.equals(e.getText()));
		}
		throw new AssertionError("no element left to edit in " + fileName);
	}

	/** The unit leading the item: its own lead owner, or the nearest of the items it is part of. */
	private static Unit lead(WorkItem item) {
		for (EObject e = item; e != null; e = e.eContainer()) {
			if (e instanceof WorkItem w && w.getLeadOwner() != null) {
				return w.getLeadOwner();
			}
		}
		return null;
	}

	/** The elements with a text, in the plan's order. */
	private static List<PlanElement> texts(Plan plan) {
		return Copies.elements(plan).stream().filter(e -> e.getText() != null && !e.getText().isBlank()).toList();
	}

	private static List<WorkItem> workItems(Plan plan) {
		List<WorkItem> items = new ArrayList<>();
		plan.eAllContents().forEachRemaining(e -> {
			if (e instanceof WorkItem w) {
				items.add(w);
			}
		});
		return items;
	}

	private static EObject find(Plan plan, String id) {
		for (var it = plan.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Identified i && id.equals(i.getId())) {
				return e;
			}
		}
		return null;
	}

	/** Prints the figures, and writes them to the file {@code pdca.clones.out} names, after what is there. */
	private static void report(String figures) throws IOException {
		System.out.print(figures);
		String out = System.getProperty("pdca.clones.out");
		if (out != null && !out.isBlank()) {
			Files.writeString(Path.of(out), figures, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		}
	}

	// ----- a workspace of 300 plans -----

	/**
	 * The time of a sync in a workspace of 300 plans with one plan changed: sent by one clone, received by the other
	 * (a fast-forward), and both changing the same plan (merged element by element). Runs with
	 * {@code -Dpdca.clones.timing=true} ({@code releng/team/clones.sh}); the times are printed, never asserted.
	 */
	@Test
	@Timeout(value = 20, unit = TimeUnit.MINUTES)
	void aWorkspaceOfThreeHundredPlansSyncsOneChangedPlan() throws Exception {
		assumeTrue(Boolean.getBoolean("pdca.clones.timing"), "-Dpdca.clones.timing=true times it");
		int plans = Integer.getInteger("pdca.clones.plans", 300);
		int repeats = Integer.getInteger("pdca.clones.repeats", 5);
		String url = startServer();
		List<Path> samples = new ArrayList<>(SamplePlans.planFiles());
		samples.addAll(SamplePlans.trackingFiles());
		Map<String, Path> files = new LinkedHashMap<>();
		for (int i = 0; i < plans; i++) {
			Path sample = samples.get(i % samples.size());
			files.put(String.format(Locale.ROOT, "plans/%03d-%s/%s", i, sample.getParent().getFileName(), sample.getFileName()), sample);
		}
		long bytes = 0;
		for (Path p : files.values()) {
			bytes += Files.size(p);
		}
		long t0 = System.nanoTime();
		publish(url, files, workspace -> {
		});
		long publishNanos = System.nanoTime() - t0;
		t0 = System.nanoTime();
		Path a = cloneOf(url, "unit-a");
		long cloneNanos = System.nanoTime() - t0;
		Path b = cloneOf(url, "unit-b");
		List<String> names = new ArrayList<>(files.keySet());
		Random random = new Random(Long.getLong("pdca.clones.seed", 7L));

		List<Long> send = new ArrayList<>();
		List<Long> receive = new ArrayList<>();
		List<Long> merge = new ArrayList<>();
		List<Long> idle = new ArrayList<>();
		PlanSync.Author unitA = new PlanSync.Author("王小明", "監理課", "a@example.gov.tw");
		PlanSync.Author unitB = new PlanSync.Author("李小華", "牌照課", "b@example.gov.tw");
		for (int i = 0; i < repeats; i++) {
			String name = names.get(random.nextInt(names.size()));
			String text = "第" + i + "次修訂 " + random.nextInt(100000);
			String[] id = new String[1];
			editFile(a.resolve(name), null, c -> {
				PlanElement e = texts(c.plan).get(0);
				id[0] = e.getId();
				c.run(SetCommand.create(c.domain, e, P.getPlanElement_Text(), text));
			});
			t0 = System.nanoTime();
			PlanSync.Outcome sent = PlanSync.sync(a, "修訂", unitA);
			send.add(System.nanoTime() - t0);
			assertTrue(sent.pushed(), sent.toString());

			t0 = System.nanoTime();
			PlanSync.Outcome received = PlanSync.sync(b, "", unitB);
			receive.add(System.nanoTime() - t0);
			assertTrue(received.received(), received.toString());
			assertEquals(text, ((PlanElement) find(PlanFiles.load(b.resolve(name)), id[0])).getText(), "the change is received");

			t0 = System.nanoTime();
			assertEquals(PlanSync.State.UP_TO_DATE, PlanSync.sync(b, "", unitB).state());
			idle.add(System.nanoTime() - t0);

			// both change one plan, different elements: the second sync merges it element by element
			String other = "另一單位修訂 " + random.nextInt(100000);
			editFile(a.resolve(name), null, c -> c.run(SetCommand.create(c.domain, texts(c.plan).get(0), P.getPlanElement_Text(), text + "．")));
			editFile(b.resolve(name), null, c -> c.run(SetCommand.create(c.domain, texts(c.plan).get(texts(c.plan).size() - 1),
					P.getPlanElement_Text(), other)));
			assertTrue(PlanSync.sync(a, "再修訂", unitA).pushed());
			t0 = System.nanoTime();
			PlanSync.Outcome merged = PlanSync.sync(b, "另一單位修訂", unitB);
			merge.add(System.nanoTime() - t0);
			assertEquals(List.of(name), merged.mergedPlans(), merged.toString());
			assertTrue(merged.pushed(), merged.toString());
			PlanSync.sync(a, "", unitA);
		}
		assertNotEquals(null, serverHead());
		String out = String.format(Locale.ROOT,
				"300-plan workspace: %d plan files (%.1f MB), git://127.0.0.1 (JGit daemon), %d repeats; first push %.1f s, clone %.1f s%n"
						+ "  sync sending one changed plan:     median %.0f ms (%s)%n"
						+ "  sync receiving it (fast-forward):  median %.0f ms (%s)%n"
						+ "  sync with nothing to do:           median %.0f ms (%s)%n"
						+ "  sync merging one plan changed on both sides: median %.0f ms (%s)%n",
				plans, bytes / 1e6, repeats, publishNanos / 1e9, cloneNanos / 1e9, median(send), millis(send), median(receive), millis(receive),
				median(idle), millis(idle), median(merge), millis(merge));
		report(out);
	}

	private static double median(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2) / 1e6;
	}

	private static String millis(List<Long> nanos) {
		return String.join(" ", nanos.stream().map(n -> String.format(Locale.ROOT, "%.0f", n / 1e6)).toList()) + " ms";
	}
}
