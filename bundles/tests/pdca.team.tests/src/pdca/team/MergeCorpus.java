package pdca.team;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;

import pdca.model.Action;
import pdca.model.Finding;
import pdca.model.Identified;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.ProgressReport;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Quarter;
import pdca.model.schedule.Schedule;

/**
 * The merge corpus: seeded pairs of concurrent edits of the sample plans, of every kind, each merged by
 * {@link PlanMerge} and by git's own line merge ({@code git merge-file}) of the same three files, and the results
 * counted: silent losses (an edit of either side missing from a merge that reported no conflict), duplicated elements,
 * broken files (unloadable, or with a validation error neither side had), conflicts reported.
 */
final class MergeCorpus {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;
	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	/** The kinds of edit. */
	enum Kind {
		TEXT, DEADLINE, OWNER, CHECKIN, ADD, DELETE, MOVE, REORDER, DELETE_VS_EDIT
	}

	/** What one side did, and how to see it in a merged plan. */
	record Edit(Kind kind, String list, String subject, Predicate<Plan> present, String description) {
	}

	/** The figures of one merge tool. */
	static final class Tally {
		int clean;
		int conflicted;
		int conflicts;
		int losses;
		int duplicates;
		int broken;
		final List<String> examples = new ArrayList<>();

		void example(String text) {
			if (examples.size() < 12) {
				examples.add(text);
			}
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"clean merges %d, merges with conflicts %d, conflicts reported %d, silent losses %d, duplicated elements %d, broken files %d",
					clean, conflicted, conflicts, losses, duplicates, broken);
		}
	}

	final Tally ours = new Tally();
	final Tally git = new Tally();
	final Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
	final Map<Conflict.Kind, Integer> conflictKinds = new EnumMap<>(Conflict.Kind.class);
	int pairs;
	long oursNanos;
	long gitNanos;

	private final Path folder;
	private final List<Path> plans;

	MergeCorpus(Path folder, List<Path> plans) {
		this.folder = folder;
		this.plans = plans;
	}

	/** Runs {@code count} pairs from {@code seed}. */
	void run(int count, long seed) throws Exception {
		int only = Integer.getInteger("pdca.corpus.only", -1);
		for (int i = 0; i < count; i++) {
			if (only >= 0 && i != only) {
				continue;
			}
			pair(new Random(seed * 1_000_003L + i), i);
		}
	}

	private void pair(Random random, int index) throws Exception {
		Path plan = plans.get(random.nextInt(plans.size()));
		Path dir = Files.createDirectories(folder.resolve("pair-" + index));
		Path baseFile = dir.resolve("base.pdca");
		PlanFiles.save(PlanFiles.load(plan), baseFile);
		Copies mine = new Copies(baseFile);
		Copies theirs = new Copies(baseFile);
		Edit a;
		Edit b;
		if (random.nextInt(10) == 0) {
			// one deletes what the other edits
			WorkItem item = pick(random, mine.tracked());
			a = delete(mine, item);
			b = text(theirs, theirs.byId(item.getId()), random);
			kinds.merge(Kind.DELETE_VS_EDIT, 1, Integer::sum);
		} else {
			a = edit(mine, random, List.of());
			// team edits cluster (a unit's own rows, the part a meeting discussed): half the time the other side
			// works on the same element, its siblings, its parent or its children
			b = edit(theirs, random, a == null ? List.of() : near(theirs, a.subject()));
		}
		if (a == null || b == null) {
			return;
		}
		kinds.merge(a.kind(), 1, Integer::sum);
		kinds.merge(b.kind(), 1, Integer::sum);
		pairs++;
		Path mineFile = dir.resolve("mine.pdca");
		Path theirsFile = dir.resolve("theirs.pdca");
		PlanFiles.save(mine.plan, mineFile);
		PlanFiles.save(theirs.plan, theirsFile);
		Plan mineLoaded = PlanFiles.load(mineFile);
		Plan theirsLoaded = PlanFiles.load(theirsFile);
		Set<String> allowed = new HashSet<>(Copies.errors(mineLoaded));
		allowed.addAll(Copies.errors(theirsLoaded));

		// ours
		long t0 = System.nanoTime();
		PlanMerge.Result result = PlanMerge.merge(PlanFiles.load(baseFile), mineLoaded, theirsLoaded);
		Path oursFile = dir.resolve("ours.pdca");
		PlanFiles.save(result.plan(), oursFile);
		oursNanos += System.nanoTime() - t0;
		if (Integer.getInteger("pdca.corpus.only", -1) == index) {
			System.out.println("base   " + order(PlanFiles.load(baseFile), a, b));
			System.out.println("mine   " + order(mineLoaded, a, b));
			System.out.println("theirs " + order(theirsLoaded, a, b));
			System.out.println("merged " + order(result.plan(), a, b) + " " + result.conflicts());
		}
		if (result.clean()) {
			judge(ours, oursFile, a, b, allowed, index);
		} else {
			ours.conflicted++;
			ours.conflicts += result.conflicts().size();
			for (Conflict conflict : result.conflicts()) {
				conflictKinds.merge(conflict.kind(), 1, Integer::sum);
			}
			// the merged plan (mine at each conflict) is never broken nor duplicated either
			judgeSound(ours, oursFile, allowed, index);
		}

		// git's line merge of the same files
		t0 = System.nanoTime();
		Path gitFile = dir.resolve("git.pdca");
		Process p = new ProcessBuilder("git", "merge-file", "-p", mineFile.toString(), baseFile.toString(), theirsFile.toString())
				.redirectOutput(gitFile.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		if (!p.waitFor(60, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new IllegalStateException("git merge-file did not end");
		}
		gitNanos += System.nanoTime() - t0;
		int status = p.exitValue();
		if (status < 0 || status > 127) {
			throw new IllegalStateException("git merge-file failed: " + status);
		}
		if (status == 0) {
			judge(git, gitFile, a, b, allowed, index);
		} else {
			git.conflicted++;
			git.conflicts += status;
		}
		deleteFolder(dir);
	}

	private void judge(Tally tally, Path file, Edit a, Edit b, Set<String> allowed, int index) {
		Plan merged = judgeSound(tally, file, allowed, index);
		tally.clean++;
		if (merged == null) {
			return;
		}
		for (Edit e : List.of(a, b)) {
			if (!e.present().test(merged)) {
				tally.losses++;
				tally.example("pair " + index + " lost: " + e.description() + " (with " + (e == a ? b : a).description() + ")");
			}
		}
	}

	private Plan judgeSound(Tally tally, Path file, Set<String> allowed, int index) {
		Plan merged;
		try {
			merged = PlanFiles.load(file);
		} catch (PlanFileException e) {
			tally.broken++;
			tally.example("pair " + index + " unloadable: " + e.getMessage());
			return null;
		}
		if (!Copies.duplicateIds(merged).isEmpty() || duplicateReports(merged)) {
			tally.duplicates++;
			tally.example("pair " + index + " duplicated: " + Copies.duplicateIds(merged));
		}
		Set<String> errors = Copies.errors(merged);
		errors.removeAll(allowed);
		if (!errors.isEmpty()) {
			tally.broken++;
			tally.example("pair " + index + " invalid: " + errors);
		}
		return merged;
	}

	private static boolean duplicateReports(Plan plan) {
		Set<String> seen = new HashSet<>();
		for (ProgressReport r : plan.getProgressReports()) {
			if (r.getAction() != null && !seen.add(r.getAction().getId() + "|" + r.getRocYear() + "|" + r.getQuarter())) {
				return true;
			}
		}
		return false;
	}

	// ----- the edits -----

	private static <T> T pick(Random random, List<T> list) {
		return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
	}

	/** The element {@code id} of {@code c}, its siblings, its container and its contents. */
	private static List<PlanElement> near(Copies c, String id) {
		List<PlanElement> result = new ArrayList<>();
		if (!(find(c.plan, id) instanceof PlanElement element)) {
			return result;
		}
		result.add(element);
		for (Object sibling : (List<?>) element.eContainer().eGet(element.eContainmentFeature())) {
			if (sibling != element) {
				result.add((PlanElement) sibling);
			}
		}
		if (element.eContainer() instanceof PlanElement parent) {
			result.add(parent);
		}
		for (EObject child : element.eContents()) {
			if (child instanceof PlanElement p) {
				result.add(p);
			}
		}
		return result;
	}

	/** One of {@code list}: half the time one that is also {@code near}, when there is one. */
	private static <T> T choose(Random random, List<T> list, List<PlanElement> near) {
		if (!near.isEmpty() && random.nextBoolean()) {
			List<T> close = new ArrayList<>(list);
			close.retainAll(near);
			if (!close.isEmpty()) {
				return close.get(random.nextInt(close.size()));
			}
		}
		return pick(random, list);
	}

	private Edit edit(Copies c, Random random, List<PlanElement> near) {
		Kind kind = Kind.values()[random.nextInt(Kind.values().length - 1)];
		List<PlanElement> elements = Copies.elements(c.plan);
		List<WorkItem> items = new ArrayList<>();
		for (PlanElement e : elements) {
			if (e instanceof WorkItem w) {
				items.add(w);
			}
		}
		switch (kind) {
		case TEXT:
			return text(c, choose(random, elements, near), random);
		case DEADLINE: {
			WorkItem item = choose(random, items, near);
			String s = (1 + random.nextInt(12)) + "月";
			c.run(SetCommand.create(c.domain, item, P.getWorkItem_Schedule(), Schedule.parse(s)));
			String id = item.getId();
			return new Edit(kind, null, id, m -> find(m, id) instanceof WorkItem w && w.getSchedule() != null
					&& s.equals(w.getSchedule().text()), "deadline of " + id + " = " + s);
		}
		case OWNER: {
			WorkItem item = choose(random, items, near);
			Unit unit = pick(random, c.plan.getOrganisation() == null ? List.of() : c.plan.getOrganisation().getUnits());
			if (item == null || unit == null) {
				return text(c, choose(random, elements, near), random);
			}
			c.run(SetCommand.create(c.domain, item, P.getWorkItem_LeadOwner(), unit));
			String id = item.getId();
			String unitId = unit.getId();
			return new Edit(kind, null, id, m -> find(m, id) instanceof WorkItem w && w.getLeadOwner() != null
					&& unitId.equals(w.getLeadOwner().getId()), "owner of " + id + " = " + unit.getName());
		}
		case CHECKIN: {
			WorkItem item = choose(random, c.tracked(), near);
			Quarter q = new Quarter(c.plan.getRocYear(), 1 + random.nextInt(4));
			int progress = random.nextInt(101);
			String narrative = "執行情形 " + random.nextInt(1000);
			c.run(c.checkIns.setReport(item, q, P.getProgressReport_Progress(), progress, "填報人"));
			c.run(c.checkIns.setReport(item, q, P.getProgressReport_Narrative(), narrative, "填報人"));
			String id = item.getId();
			return new Edit(kind, "reports", id, m -> m.getProgressReports().stream()
					.anyMatch(r -> r.getAction() != null && id.equals(r.getAction().getId()) && r.getQuarter() == q.quarter()
							&& r.getRocYear() == q.rocYear() && r.getProgress() == progress && narrative.equals(r.getNarrative())),
					"check-in of " + id + " " + q + " " + progress + "% " + narrative);
		}
		case ADD: {
			List<EObject> parents = new ArrayList<>();
			parents.add(c.plan);
			for (PlanElement e : elements) {
				if (e instanceof Strategy || e instanceof Method) {
					parents.add(e);
				}
			}
			EObject parent = choose(random, parents, near);
			PlanElement child;
			EReference feature;
			if (parent instanceof Plan) {
				if (!c.plan.getDimensions().isEmpty()) {
					parent = c.plan.getDimensions().get(random.nextInt(c.plan.getDimensions().size()));
					feature = P.getDimension_Strategies();
				} else {
					feature = P.getPlan_Strategies();
				}
				child = F.createStrategy();
			} else if (parent instanceof Strategy) {
				feature = P.getStrategy_Methods();
				child = F.createMethod();
			} else {
				feature = P.getMethod_Actions();
				child = F.createAction();
			}
			String text = "新增項目 " + random.nextInt(100000);
			child.setText(text);
			@SuppressWarnings("unchecked")
			List<EObject> siblings = (List<EObject>) parent.eGet(feature);
			c.commands.add(parent, feature, child);
			if (!siblings.isEmpty() && random.nextBoolean() && child instanceof PlanElement pe) {
				c.commands.relocate(pe, parent, feature, random.nextInt(siblings.size()));
			}
			String id = child.getId();
			String parentId = ((Identified) parent).getId();
			return new Edit(kind, parentId + "/" + feature.getName(), id, m -> find(m, id) instanceof PlanElement e
					&& text.equals(e.getText()) && e.eContainer() instanceof Identified p && parentId.equals(p.getId()),
					"add " + text + " under " + parentId);
		}
		case DELETE:
			return delete(c, choose(random, elements, near));
		case MOVE: {
			List<Action> actions = new ArrayList<>();
			List<Method> methods = new ArrayList<>();
			for (PlanElement e : elements) {
				if (e instanceof Action a) {
					actions.add(a);
				} else if (e instanceof Method m) {
					methods.add(m);
				}
			}
			if (actions.isEmpty() || methods.size() < 2) {
				// no actions: move a method to another strategy
				List<Strategy> strategies = new ArrayList<>();
				for (PlanElement e : elements) {
					if (e instanceof Strategy s) {
						strategies.add(s);
					}
				}
				Method method = choose(random, methods, near);
				Strategy target = pick(random, strategies);
				if (method == null || target == null || target == method.eContainer()) {
					return text(c, choose(random, elements, near), random);
				}
				return moved(c, method, target, P.getStrategy_Methods(), random.nextInt(target.getMethods().size() + 1));
			}
			Action action = choose(random, actions, near);
			Method target = pick(random, methods);
			if (target == action.eContainer()) {
				return text(c, action, random);
			}
			return moved(c, action, target, P.getMethod_Actions(), random.nextInt(target.getActions().size() + 1));
		}
		case REORDER: {
			List<EObject> lists = new ArrayList<>();
			for (PlanElement e : elements) {
				if (e.eContainer() != null && ((List<?>) e.eContainer().eGet(e.eContainmentFeature())).size() > 2) {
					lists.add(e);
				}
			}
			PlanElement element = (PlanElement) choose(random, lists, near);
			if (element == null) {
				return text(c, choose(random, elements, near), random);
			}
			@SuppressWarnings("unchecked")
			List<PlanElement> siblings = (List<PlanElement>) element.eContainer().eGet(element.eContainmentFeature());
			int from = siblings.indexOf(element);
			int to;
			do {
				to = random.nextInt(siblings.size() + 1);
			} while (to == from || to == from + 1);
			c.commands.relocate(element, element.eContainer(), element.eContainmentFeature(), to);
			List<String> order = siblings.stream().map(PlanElement::getId).toList();
			String id = element.getId();
			int at = order.indexOf(id);
			String before = at > 0 ? order.get(at - 1) : null;
			String after = at < order.size() - 1 ? order.get(at + 1) : null;
			String list = ((Identified) element.eContainer()).getId() + "/" + element.eContainmentFeature().getName();
			return new Edit(kind, list, id, m -> {
				if (!(find(m, id) instanceof PlanElement e)) {
					return false;
				}
				@SuppressWarnings("unchecked")
				List<PlanElement> merged = (List<PlanElement>) e.eContainer().eGet(e.eContainmentFeature());
				List<String> ids = merged.stream().map(PlanElement::getId).toList();
				int i = ids.indexOf(id);
				// the element keeps its new neighbours, where they are still there and nothing came between
				return (before == null || !ids.contains(before) || ids.indexOf(before) < i)
						&& (after == null || !ids.contains(after) || ids.indexOf(after) > i);
			}, "reorder " + id + " to " + to);
		}
		default:
			throw new IllegalStateException();
		}
	}

	private Edit text(Copies c, PlanElement element, Random random) {
		String text = element.getText() + "（修訂" + random.nextInt(1000) + "）";
		c.run(SetCommand.create(c.domain, element, P.getPlanElement_Text(), text));
		String id = element.getId();
		return new Edit(Kind.TEXT, null, id, m -> find(m, id) instanceof PlanElement e && text.equals(e.getText()),
				"text of " + id);
	}

	private Edit moved(Copies c, PlanElement element, EObject target, EReference feature, int index) {
		c.commands.relocate(element, target, feature, index);
		String id = element.getId();
		String targetId = ((Identified) target).getId();
		return new Edit(Kind.MOVE, null, id, m -> {
			int[] count = { 0 };
			m.eAllContents().forEachRemaining(e -> {
				if (e instanceof PlanElement p && id.equals(p.getId())) {
					count[0]++;
				}
			});
			return count[0] == 1 && find(m, id).eContainer() instanceof Identified p && targetId.equals(p.getId());
		}, "move " + id + " to " + targetId);
	}

	/** Deletes an element with what refers to it: its progress reports and findings' subjects (as a user would). */
	private Edit delete(Copies c, PlanElement element) {
		Set<EObject> gone = new HashSet<>();
		gone.add(element);
		element.eAllContents().forEachRemaining(gone::add);
		for (ProgressReport r : new ArrayList<>(c.plan.getProgressReports())) {
			if (gone.contains(r.getAction())) {
				c.plan.getProgressReports().remove(r);
			}
		}
		c.plan.eAllContents().forEachRemaining(e -> {
			if (e instanceof Finding f && gone.contains(f.getSubject())) {
				f.setSubject(null);
			}
		});
		String id = element.getId();
		c.commands.delete(element);
		return new Edit(Kind.DELETE, null, id, m -> find(m, id) == null, "delete " + id);
	}

	private static String order(Plan plan, Edit a, Edit b) {
		StringBuilder sb = new StringBuilder();
		for (Edit e : List.of(a, b)) {
			if (e.list() != null && e.list().contains("/")) {
				String parentId = e.list().substring(0, e.list().indexOf('/'));
				EObject parent = parentId.equals(plan.getId()) ? plan : find(plan, parentId);
				if (parent != null) {
					for (Object o : (List<?>) parent.eGet(parent.eClass().getEStructuralFeature(e.list().substring(e.list().indexOf('/') + 1)))) {
						String id = ((Identified) o).getId();
						sb.append(id.equals(a.subject()) ? "A" : id.equals(b.subject()) ? "B" : id.substring(0, 4)).append(' ');
					}
				}
				sb.append("| ");
			}
		}
		return sb.toString();
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

	private static void deleteFolder(Path dir) throws java.io.IOException {
		try (var files = Files.list(dir)) {
			for (Path f : files.toList()) {
				Files.delete(f);
			}
		}
		Files.delete(dir);
	}

	/** The figures as printed by the script and written into docs/team.md. */
	String figures(long seed) {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(Locale.ROOT, "merge corpus: %d pairs of concurrent edits of %d sample plans, seed %d%n", pairs,
				plans.size(), seed));
		sb.append("edits by kind: ").append(kinds).append('\n');
		sb.append(String.format(Locale.ROOT, "pdca merge (PlanMerge):  %s; %.1f ms a merge%n", ours, oursNanos / 1e6 / Math.max(1, pairs)));
		sb.append(String.format(Locale.ROOT, "git merge-file (lines):  %s; %.1f ms a merge%n", git, gitNanos / 1e6 / Math.max(1, pairs)));
		sb.append("pdca conflicts by kind: ").append(conflictKinds).append('\n');
		for (String e : ours.examples) {
			sb.append("  pdca: ").append(e).append('\n');
		}
		for (String e : git.examples) {
			sb.append("  git:  ").append(e).append('\n');
		}
		return sb.toString();
	}

	static void write(Path file, String text) throws java.io.IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
