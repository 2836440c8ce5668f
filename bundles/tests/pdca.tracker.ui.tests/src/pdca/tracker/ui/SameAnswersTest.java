package pdca.tracker.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.test.support.UiTests.spin;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import pdca.cli.Cli;
import pdca.export.ExportFormat;
import pdca.export.ExportProgress;
import pdca.export.PacketExporter;
import pdca.model.ActionStatus;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.WorkItem;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.CheckIns;
import pdca.model.logic.Figures;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Numbering;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;
import pdca.samples.SamplePlans;
import pdca.test.support.UseLocale;
import pdca.tracker.ui.pages.CheckInPage;
import pdca.ui.editor.PlanEditor;
import pdca.tracker.ui.pages.ReviewMeetingPage;

/**
 * One question, one answer: for the tracking samples, every quarter and both languages, the editor's check-in
 * grid and meeting agenda, the dashboard as painted, the presentation's slides, {@code pdca status} (JSON and
 * text) and the packet's spreadsheet give the same statuses, overdue flags, counts, rounded figures and words.
 *
 * <p>Where a rule is simple enough, the expectation is worked out here from the plan's data (an improvement action
 * is late when still open at the quarter's end and due by then); elsewhere the surfaces are held against each
 * other.
 */
@UseLocale("zh-TW") // the product's language; the tests switch to each language they compare
class SameAnswersTest {

	private static final Locale[] LANGUAGES = { Locale.TAIWAN, Locale.ENGLISH };

	private IProject project;
	private IWorkbenchPage page;
	private Path packets;

	@BeforeEach
	void workspace() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("same-answers");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		packets = Files.createTempDirectory("same-answers");
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, null);
		try (var walk = Files.walk(packets)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void everySurfaceGivesTheSameAnswersForEveryQuarterInBothLanguages() throws Exception {
		List<Path> samples = SamplePlans.trackingFiles();
		assertEquals(2, samples.size(), "the tracking samples of 105 and 106");
		int compared = 0;
		for (Path sample : samples) {
			IFile file = project.getFile(sample.getFileName().toString());
			try (InputStream in = Files.newInputStream(sample)) {
				file.create(in, true, null);
			}
			PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID, true);
			page.activate(editor);
			DashboardView dashboard = (DashboardView) page.showView(DashboardView.ID);
			page.activate(editor);
			spin(() -> dashboard.editor() == editor, 2000);
			Plan plan = editor.plan();
			Path planFile = file.getLocation().toFile().toPath();
			Map<String, List<String>> actionsSheet = yearEndActions(planFile);
			for (int q = 1; q <= 4; q++) {
				Quarter quarter = new Quarter(plan.getRocYear(), q);
				TrackerStatus status = TrackerStatus.of(plan, quarter);
				for (Locale language : LANGUAGES) {
					Locale.setDefault(language);
					String where = sample.getFileName() + " " + quarter + " " + language;
					commandLine(planFile, plan, status, where);
					dashboard(dashboard, plan, status, where);
					presentation(plan, status, where);
					checkInGrid(editor.page(CheckInPage.class), plan, status, where);
					meetingAgenda(editor, plan, quarter, where);
					compared++;
				}
				if (q == 4) {
					yearEndPacket(actionsSheet, status, sample.getFileName().toString());
				}
			}
			page.closeEditor(editor, false);
		}
		assertEquals(2 * 4 * 2, compared);
	}

	/**
	 * The reminder of the units that have not reported: with two strategies led by two units, the dashboard names for
	 * each quarter the same units as {@code pdca status --json}, and says when every unit has reported.
	 */
	@Test
	void theDashboardNamesTheUnitsNotReportedAsTheCommandLineDoes() throws Exception {
		Path sample = SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan")).findFirst()
				.orElseThrow();
		Plan source = pdca.model.io.PlanFiles.load(sample);
		List<pdca.model.Unit> units = source.getOrganisation().getUnits().stream().filter(u -> u.getName().endsWith("課")).toList();
		List<pdca.model.Strategy> strategies = pdca.model.logic.PlanStructure.strategies(source);
		strategies.get(0).setLeadOwner(units.get(0));
		strategies.get(1).setLeadOwner(units.get(1));
		Path saved = packets.resolve("reminder.pdca");
		pdca.model.io.PlanFiles.save(source, saved);
		IFile file = project.getFile("reminder.pdca");
		try (InputStream in = Files.newInputStream(saved)) {
			file.create(in, true, null);
		}
		PlanEditor editor = (PlanEditor) IDE.openEditor(page, file, PlanEditor.ID, true);
		page.activate(editor);
		DashboardView dashboard = (DashboardView) page.showView(DashboardView.ID);
		page.activate(editor);
		spin(() -> dashboard.editor() == editor, 2000);
		Path planFile = file.getLocation().toFile().toPath();
		Locale.setDefault(Locale.TAIWAN);
		boolean someMissing = false;
		boolean allIn = false;
		for (int q = 1; q <= 4; q++) {
			Quarter quarter = new Quarter(editor.plan().getRocYear(), q);
			JsonObject o = JsonParser.parseString(cli("status", planFile.toString(), "--quarter", String.valueOf(q), "--json"))
					.getAsJsonObject();
			List<String> expected = o.getAsJsonArray("unitsExpected").asList().stream().map(e -> e.getAsString()).toList();
			List<String> missing = o.getAsJsonArray("unitsNotReported").asList().stream().map(e -> e.getAsString()).toList();
			assertEquals(2, expected.size(), "two lead units: " + expected);
			List<String> painted = paint(dashboard, quarter);
			String where = "Q" + q + " " + painted;
			assertTrue(painted.contains(MessageBundle.bind(TrackerMessages.reporting_title, expected.size() - missing.size(), expected.size())), where);
			for (String name : missing) {
				assertTrue(painted.contains(name), where + " names " + name);
			}
			for (String name : expected) {
				if (!missing.contains(name)) {
					assertFalse(painted.contains(name), where + " does not list " + name + ", which reported");
				}
			}
			assertEquals(missing.isEmpty(), painted.contains(TrackerMessages.reporting_all), where);
			someMissing |= !missing.isEmpty();
			allIn |= missing.isEmpty();
		}
		assertTrue(someMissing && allIn, "the sample has quarters with and without reports");
		page.closeEditor(editor, false);
	}

	private static List<String> paint(DashboardView view, Quarter quarter) {
		view.setQuarter(quarter);
		view.canvas().setSize(1900, 3000);
		Image image = new Image(view.canvas().getDisplay(), 1900, 3000);
		GC gc = new GC(image);
		try {
			view.paint(gc);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return view.paintedTexts();
	}

	// --- what the rules say, worked out from the plan's data where it is simple ---

	/** An improvement action is late when it is still open at the quarter's last day and due on or before it. */
	private static boolean expectedLate(ImprovementAction a, Quarter q) {
		LocalDate end = q.end();
		boolean open = a.getStatus() == ImprovementStatus.OPEN || a.getStatus() == ImprovementStatus.IN_PROGRESS
				|| a.getClosedOn() != null && a.getClosedOn().isAfter(end);
		return open && a.getDueDate() != null && !a.getDueDate().isAfter(end);
	}

	// --- the command line ---

	private void commandLine(Path planFile, Plan plan, TrackerStatus status, String where) {
		String json = cli("status", planFile.toString(), "--quarter", String.valueOf(status.quarter().quarter()), "--json");
		JsonObject o = JsonParser.parseString(json).getAsJsonObject();
		JsonObject counts = o.getAsJsonObject("counts");
		for (ActionStatus s : ActionStatus.VALUES) {
			assertEquals(status.counts().get(s).intValue(), counts.get(s.getName()).getAsInt(), where + " count of " + s);
		}
		assertEquals(status.planStatus().effective().getName(), o.getAsJsonObject("plan").get("status").getAsString(), where);
		JsonArray overdue = o.getAsJsonArray("overdue");
		assertEquals(status.overdue().stream().map(x -> Numbering.path(x.item())).toList(),
				overdue.asList().stream().map(e -> e.getAsJsonObject().get("path").getAsString()).toList(), where);
		JsonArray improvements = o.getAsJsonArray("openImprovementActions");
		List<ReviewAgenda.OpenImprovement> open = status.openImprovements();
		assertEquals(open.size(), improvements.size(), where);
		for (int i = 0; i < open.size(); i++) {
			assertEquals(expectedLate(open.get(i).action(), status.quarter()),
					improvements.get(i).getAsJsonObject().get("late").getAsBoolean(), where + " late: " + open.get(i).action().getText());
		}
		JsonArray kpis = o.getAsJsonArray("kpis");
		for (int i = 0; i < status.kpis().size(); i++) {
			KpiAchievement a = status.kpis().get(i);
			JsonObject k = kpis.get(i).getAsJsonObject();
			if (a.ratio() == null) {
				assertTrue(k.get("achievementPercent").isJsonNull(), where);
			} else {
				assertEquals(Figures.roundedPercent(a.ratio()), k.get("achievementPercent").getAsDouble(), where);
			}
		}
		String text = cli("status", planFile.toString(), "--quarter", String.valueOf(status.quarter().quarter()));
		assertTrue(text.contains(Terms.quarter(status.quarter())), where + ": the quarter in the user's words\n" + text);
		assertTrue(text.contains(Terms.status(status.planStatus().effective())), where + "\n" + text);
		for (ReviewAgenda.KpiOffTarget k : status.kpisOffTarget()) {
			assertTrue(text.contains(Figures.percent(k.achievement().ratio())), where + " " + k.kpi().getName() + "\n" + text);
			assertTrue(text.contains(Terms.level(k.achievement().level())), where + "\n" + text);
		}
		// the last section lists the open improvement actions, each with a detail line indented by six spaces
		List<String> lines = text.lines().toList();
		int header = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).startsWith(" ")) {
				header = i;
			}
		}
		long lateShown = lines.subList(header + 1, lines.size()).stream()
				.filter(l -> l.startsWith("      ") && l.contains(Terms.overdue())).count();
		assertEquals(open.stream().filter(x -> expectedLate(x.action(), status.quarter())).count(), lateShown,
				where + ": one overdue mark per late improvement action\n" + text);
		assertEnglishHasNoChinese(text, plan, where);
	}

	private static String cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
		assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}

	// --- the dashboard, as painted ---

	private void dashboard(DashboardView view, Plan plan, TrackerStatus status, String where) {
		List<String> painted = paint(view, status.quarter());
		for (ActionStatus s : ActionStatus.VALUES) {
			String count = MessageBundle.bind(TrackerMessages.tracker_statusCount, Terms.status(s), status.counts().get(s));
			assertTrue(painted.contains(count), where + ": dashboard shows " + count + " in " + painted);
		}
		String summary = view.summaryLabel().getText();
		assertTrue(summary.contains(Terms.quarter(status.quarter())), where + " " + summary);
		assertTrue(summary.contains(Terms.status(status.planStatus().effective())), where + " " + summary);
		assertTrue(painted.contains(MessageBundle.bind(TrackerMessages.tracker_overdueTitle, status.overdue().size())), where);
		for (ReviewAgenda.OpenImprovement o : status.openImprovements()) {
			String due = o.action().getDueDate() == null ? null : Terms.date(o.action().getDueDate());
			String line = painted.stream().filter(t -> t.contains(Terms.improvement(o.action().getStatus()))
					&& (due == null || t.contains(due))).findFirst().orElse(null);
			assertTrue(line != null, where + ": the improvement action's line " + painted);
			assertEquals(expectedLate(o.action(), status.quarter()), line.contains(Terms.overdue()), where + ": " + line);
		}
		for (KpiAchievement a : status.kpis()) {
			if (a.ratio() != null) {
				String percent = Figures.percent(a.ratio());
				assertTrue(painted.stream().anyMatch(t -> t.contains(Figures.number(a.actual())) && t.contains(percent)
						&& t.contains(Terms.level(a.level()))), where + ": KPI " + a.kpi().getName() + " " + percent + " " + painted);
			}
		}
		for (String t : painted) {
			assertEnglishHasNoChinese(t, plan, where);
		}
	}

	// --- the presentation's slides ---

	private void presentation(Plan plan, TrackerStatus status, String where) {
		PresentationMode mode = PresentationMode.open(Display.getCurrent(), new Rectangle(0, 0, 1920, 1080), plan,
				status.quarter(), false);
		try {
			List<PresentationMode.Row> rows = new ArrayList<>();
			int overdueRows = 0;
			for (PresentationMode.Slide slide : mode.slides()) {
				rows.addAll(slide.rows());
				if (slide.kind() == PresentationMode.Kind.OVERDUE) {
					overdueRows += (int) slide.rows().stream().filter(r -> r.status() == ActionStatus.DELAYED).count();
				}
			}
			assertEquals(status.overdue().size(), overdueRows, where + ": overdue rows on the slides");
			for (ReviewAgenda.OpenImprovement o : status.openImprovements()) {
				String title = MessageBundle.bind(TrackerMessages.improvementSlide_title, o.action().getText(),
						Terms.improvement(o.action().getStatus()));
				PresentationMode.Row row = rows.stream().filter(r -> r.text().equals(title)).findFirst().orElse(null);
				assertTrue(row != null, where + ": slide row " + title);
				assertEquals(expectedLate(o.action(), status.quarter()), row.detail().contains(Terms.overdue()),
						where + ": " + row.detail());
				assertEquals(expectedLate(o.action(), status.quarter()) ? ActionStatus.DELAYED : ActionStatus.ON_TRACK, row.status(),
						where + ": the colour of " + title);
			}
			for (KpiAchievement a : status.kpis()) {
				PresentationMode.Row row = rows.stream().filter(r -> r.kpi() != null && r.kpi().kpi() == a.kpi()).findFirst()
						.orElseThrow();
				assertTrue(row.detail().contains(Terms.level(a.level())), where + " " + row.detail());
				assertTrue(row.detail().contains(Figures.number(a.actual())), where + " " + row.detail());
				if (a.ratio() != null) {
					assertTrue(row.detail().contains(Figures.percent(a.ratio())), where + " " + row.detail());
				}
			}
			for (PresentationMode.Row r : rows) {
				assertEnglishHasNoChinese(r.detail(), plan, where);
			}
		} finally {
			mode.shell().dispose();
		}
	}

	// --- the editor: check-in grid and meeting agenda ---

	private void checkInGrid(CheckInPage grid, Plan plan, TrackerStatus status, String where) {
		grid.showQuarter(status.quarter().quarter());
		assertEquals(status.quarter(), grid.quarter());
		int overdue = 0;
		for (int row = 0; row < grid.rowCount(); row++) {
			WorkItem item = grid.itemAt(row);
			boolean late = status.rollup().statusOf(item).overdue();
			overdue += late ? 1 : 0;
			String deadline = grid.cellText(CheckInPage.DEADLINE, row);
			assertEquals(late, deadline.contains(Terms.overdue()), where + " " + Numbering.path(item) + ": " + deadline);
			ProgressReport report = CheckIns.report(plan, item, status.quarter()).orElse(null);
			String shown = grid.cellText(CheckInPage.STATUS, row);
			// the unit's report of the quarter, or (not reported yet) the status as it stands, marked with "…"
			String expected = report == null ? Terms.status(status.rollup().statusOf(item).effective()) + "…"
					: Terms.status(report.getStatus());
			assertEquals(expected, shown, where + " " + Numbering.path(item));
		}
		assertEquals(status.overdue().size(), overdue, where + ": overdue rows in the grid");
	}

	private void meetingAgenda(PlanEditor editor, Plan plan, Quarter quarter, String where) {
		ReviewMeeting meeting = plan.getReviewMeetings().stream()
				.filter(m -> m.getRocYear() == quarter.rocYear() && m.getQuarter() == quarter.quarter()).findFirst().orElse(null);
		if (meeting == null) {
			return;
		}
		editor.page(ReviewMeetingPage.class).reveal(meeting);
		String agenda = editor.page(ReviewMeetingPage.class).agendaText();
		ReviewAgenda expected = ReviewAgenda.of(plan, meeting);
		assertTrue(agenda.contains(String.valueOf(expected.overdue().size())), where);
		for (ReviewAgenda.OpenImprovement o : expected.improvementActions()) {
			String line = agenda.lines().filter(l -> l.contains(o.action().getText().strip())).findFirst().orElseThrow();
			assertEquals(expectedLate(o.action(), quarter), line.contains(Terms.overdue()), where + ": " + line);
		}
		for (ReviewAgenda.KpiOffTarget k : expected.kpisOffTarget()) {
			assertTrue(agenda.contains(Figures.percent(k.achievement().ratio())), where + "\n" + agenda);
		}
	}

	// --- the packet's spreadsheet (year end, always in Traditional Chinese) ---

	private void yearEndPacket(Map<String, List<String>> actions, TrackerStatus q4, String where) {
		int overdue = 0;
		for (WorkItem item : pdca.model.logic.PlanStructure.trackedItems(q4.plan())) {
			List<String> row = actions.get(Numbering.path(item));
			assertTrue(row != null, where + ": row of " + Numbering.path(item));
			var s = q4.rollup().statusOf(item);
			assertEquals(Terms.status(Locale.TAIWAN, s.effective()), row.get(6), where + " " + Numbering.path(item));
			assertEquals(s.overdue(), "✓".equals(row.get(7)), where + " " + Numbering.path(item));
			overdue += s.overdue() ? 1 : 0;
		}
		assertEquals(q4.overdue().size(), overdue, where);
	}

	/** The actions sheet of the plan's packet, by item number: the cells as a reader of the file sees them. */
	private Map<String, List<String>> yearEndActions(Path planFile) throws Exception {
		Path folder = new PacketExporter(Set.of(ExportFormat.ODS), false, "test")
				.export(planFile, Files.createTempDirectory(packets, "packet"), ExportProgress.NONE).folder();
		Map<String, List<String>> rows = new HashMap<>();
		try (ZipFile zip = new ZipFile(folder.resolve("tables.ods").toFile())) {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			var doc = factory.newDocumentBuilder().parse(zip.getInputStream(zip.getEntry("content.xml")));
			String table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
			NodeList tables = doc.getElementsByTagNameNS(table, "table");
			Element actions = (Element) tables.item(0);
			NodeList tableRows = actions.getElementsByTagNameNS(table, "table-row");
			for (int r = 1; r < tableRows.getLength(); r++) {
				List<String> cells = new ArrayList<>();
				for (Node c = tableRows.item(r).getFirstChild(); c != null; c = c.getNextSibling()) {
					if (c instanceof Element e && "table-cell".equals(e.getLocalName())) {
						String repeated = e.getAttributeNS(table, "number-columns-repeated");
						int n = repeated.isEmpty() ? 1 : Integer.parseInt(repeated);
						for (int i = 0; i < n; i++) {
							cells.add(e.getTextContent());
						}
					}
				}
				rows.put(cells.get(0), cells);
			}
		}
		return rows;
	}

	// --- helpers ---

	/** In English mode nothing but the plan's own content (texts, names, its numbering) may be Chinese. */
	private static void assertEnglishHasNoChinese(String text, Plan plan, String where) {
		if (!Locale.getDefault().getLanguage().equals("en")) {
			return;
		}
		// long texts are shortened with "…": a shortened piece of the plan's content ("一、（一）4. 服務措施…") is content too
		StringBuilder kept = new StringBuilder();
		for (String line : text.split("\n")) {
			int cut = line.indexOf('…');
			String piece = cut < 0 ? "" : line.substring(0, cut).strip();
			String withoutNumber = piece.contains(" ") ? piece.substring(piece.indexOf(' ') + 1) : piece;
			boolean content = !piece.isEmpty() && planTexts(plan).stream().map(t -> t.replaceAll("\\s+", " "))
					.anyMatch(t -> t.contains(piece) || t.contains(withoutNumber));
			kept.append(content ? line.substring(cut + 1) : line).append('\n');
		}
		String left = kept.toString();
		for (String content : planTexts(plan)) {
			left = left.replace(content, "");
		}
		assertFalse(left.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
				where + ": Chinese outside the plan's content in English mode: " + left);
	}

	private static final Map<Plan, List<String>> TEXTS = new HashMap<>();

	/** Every text the plan holds (titles, names, units, its numbering), longest first. */
	private static List<String> planTexts(Plan plan) {
		return TEXTS.computeIfAbsent(plan, p -> {
			List<String> texts = new ArrayList<>();
			List<org.eclipse.emf.ecore.EObject> all = new ArrayList<>(List.of(p));
			p.eAllContents().forEachRemaining(all::add);
			all.forEach(e -> {
				for (var attribute : e.eClass().getEAllAttributes()) {
					Object v = e.eGet(attribute);
					if (v instanceof String s && !s.isBlank()) {
						texts.add(s);
						texts.add(s.replaceAll("\\s+", " ").strip());
					} else if (v instanceof List<?> list) {
						list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
					}
				}
			});
			for (WorkItem item : pdca.model.logic.PlanStructure.trackedItems(p)) {
				for (org.eclipse.emf.ecore.EObject e = item; e instanceof WorkItem w; e = e.eContainer()) {
					texts.add(Numbering.path(w)); // the plan's own numbering as printed: 一、（二）3.
					texts.add(Numbering.label(w));
				}
			}
			texts.sort((a, b) -> b.length() - a.length());
			return texts;
		});
	}
}
