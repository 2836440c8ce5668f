package pdca.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.export.PacketExporterTest.compact;
import static pdca.export.PacketExporterTest.zipEntry;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import pdca.export.MeetingExporter.Document;
import pdca.export.MeetingExporter.Format;
import pdca.model.ActionStatus;
import pdca.model.Decision;
import pdca.model.Finding;
import pdca.model.ImprovementAction;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Figures;
import pdca.model.logic.Numbering;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.StatusPalette;
import pdca.model.logic.Terms;
import pdca.model.logic.TrackerStatus;
import pdca.model.schedule.RocDate;
import pdca.samples.SamplePlans;

/**
 * The review meeting's documents of the two tracking samples, read back independently of the writers: the text
 * of the PDF (OpenPDF's text extractor, page by page) and the XML of the ODT.
 */
class MeetingDocumentsTest {

	private static final MeetingExporter EXPORTER = new MeetingExporter("test");
	private static final Locale ZH = Locale.TAIWAN;

	@TempDir
	Path out;

	static Stream<Arguments> quarters() {
		List<Arguments> list = new ArrayList<>();
		for (Path file : SamplePlans.trackingFiles()) {
			for (int q = 1; q <= 4; q++) {
				list.add(Arguments.of(file, q));
			}
		}
		return list.stream();
	}

	private static Path sample(String prefix) {
		return SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
				.orElseThrow();
	}

	private MeetingExporter.Written handout(Plan plan, Path file, Quarter quarter) throws ExportException {
		ReviewMeeting meeting = MeetingExporter.meeting(plan, file, quarter, null, Document.HANDOUT);
		return EXPORTER.export(plan, file, quarter, meeting, Document.HANDOUT, EnumSet.allOf(Format.class), out, ExportProgress.NONE);
	}

	// ---- the handout

	@ParameterizedTest
	@MethodSource("quarters")
	void handoutShowsTheQuartersStatusAsTheTrackerHasIt(Path file, int q) throws Exception {
		Plan plan = PlanFiles.load(file);
		Quarter quarter = new Quarter(plan.getRocYear(), q);
		MeetingExporter.Written w = handout(plan, file, quarter);
		assertEquals(List.of(out.resolve(String.format("%03d-%s-Q%d-handout.pdf", quarter.rocYear(),
				file.getFileName().toString().replace(".pdca", ""), q)), out.resolve(String.format("%03d-%s-Q%d-handout.odt",
						quarter.rocYear(), file.getFileName().toString().replace(".pdca", ""), q))), w.files());
		TrackerStatus status = TrackerStatus.of(plan, quarter);
		ReviewMeeting meeting = MeetingExporter.meetingsOf(plan, quarter).stream().findFirst().orElse(null);
		ReviewAgenda agenda = meeting == null ? status.agenda() : ReviewAgenda.of(plan, meeting);

		String pdf = pdfText(w.files().get(0));
		String odt = odtText(w.files().get(1));
		for (String text : List.of(pdf, odt)) {
			assertTrue(text.contains(plan.getAgency().getName()), "agency");
			assertTrue(text.contains(Terms.quarter(ZH, quarter)), "quarter");
			assertTrue(text.contains("會議資料"));
			// counts per status, with their share, as the tracker counts
			for (ActionStatus s : ActionStatus.VALUES) {
				int n = status.counts().get(s);
				assertTrue(text.contains(Terms.status(ZH, s) + n + Figures.percent(n, status.trackedItems())),
						"count of " + s + ": " + n);
			}
			assertTrue(text.contains("逾期項目（" + agenda.overdue().size() + "項）"), "overdue heading");
			for (ReviewAgenda.Overdue o : agenda.overdue()) {
				assertTrue(text.contains(compact(Numbering.path(o.item()) + o.item().getText())), "overdue item " + Numbering.path(o.item()));
				assertTrue(text.contains(compact(pdca.model.schedule.RocDate.format(o.deadline()))), "its missed deadline");
			}
			for (ReviewAgenda.KpiOffTarget k : agenda.kpisOffTarget()) {
				assertTrue(text.contains(compact(k.kpi().getName())), k.kpi().getName());
				assertTrue(text.contains(Figures.number(k.achievement().actual()) + Figures.number(k.kpi().getTarget())),
						"actual and target of " + k.kpi().getName());
				assertTrue(text.contains(Figures.percent(k.achievement().ratio()) + Terms.level(ZH, k.achievement().level())),
						"achievement of " + k.kpi().getName());
			}
			for (ReviewAgenda.OpenImprovement o : agenda.improvementActions()) {
				String state = Terms.improvement(ZH, o.action().getStatus()) + (o.late() ? "（" + Terms.overdue(ZH) + "）" : "");
				assertTrue(text.contains(compact(o.action().getText())), o.action().getText());
				String due = o.action().getDueDate() == null ? Figures.NONE : RocDate.format(o.action().getDueDate());
				assertTrue(text.contains(compact(due + state)), "due date and late mark of " + o.action().getText());
			}
			for (ReviewAgenda.ScoreFell s : agenda.scoresFell()) {
				assertTrue(text.contains(Figures.number(s.previousScore()) + Figures.number(s.score()) + Figures.change(s.change())),
						"score that fell");
			}
		}
	}

	@Test
	void contentsNameThePagesTheSectionsAreOnInThePdfAndTheOdt() throws Exception {
		Path file = sample("tainan");
		Plan plan = PlanFiles.load(file);
		// the seed without check-ins: every deadline up to the fourth quarter is missed, the overdue list runs over pages
		Path seed = SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan")).findFirst()
				.orElseThrow();
		for (Path f : List.of(file, seed)) {
			Plan p = f == file ? plan : PlanFiles.load(f);
			MeetingExporter.Written w = handout(p, f, new Quarter(106, 4));
			List<String> pages = pdfPages(w.files().get(0));
			List<String[]> contents = contentsOfPdf(pages.get(1));
			assertEquals(6, contents.size(), "six sections in the contents: " + pages.get(1));
			for (String[] entry : contents) {
				int page = Integer.parseInt(entry[1]);
				assertTrue(pages.get(page - 1).contains(entry[0]), entry[0] + " is on page " + page);
			}
			for (int i = 1; i < pages.size(); i++) {
				assertTrue(pages.get(i).endsWith("第" + (i + 1) + "頁，共" + pages.size() + "頁"), "page number on page " + (i + 1));
			}
			// the ODT's contents carry the same pages, and it breaks its pages where the PDF does
			String content = zipEntry(w.files().get(1), "content.xml");
			List<String[]> odtContents = new ArrayList<>();
			Matcher m = Pattern.compile("<text:p text:style-name=\"PdcaToc1\">([^<]*)<text:tab/>(\\d+)</text:p>").matcher(content);
			while (m.find()) {
				odtContents.add(new String[] { compact(m.group(1)), m.group(2) });
			}
			assertEquals(contents.stream().map(e -> e[0] + "@" + e[1]).toList(), odtContents.stream().map(e -> e[0] + "@" + e[1]).toList());
			String styles = zipEntry(w.files().get(1), "styles.xml");
			assertTrue(styles.contains("<text:page-number text:select-page=\"current\">") && styles.contains("<text:page-count>"),
					"page numbers are fields");
			if (f == seed) {
				assertTrue(pages.size() > 8, "the long overdue list runs over several pages: " + pages.size());
			}
		}
	}

	@Test
	void heatMapAndKpiBarsAreVectorDrawingsInThePdfAndDrawingShapesInTheOdt() throws Exception {
		Path file = sample("tainan");
		Plan plan = PlanFiles.load(file);
		MeetingExporter.Written w = handout(plan, file, new Quarter(106, 3));
		PdfReader reader = new PdfReader(w.files().get(0).toString());
		List<int[]> fills = new ArrayList<>();
		try {
			for (int i = 1; i < reader.getXrefSize(); i++) {
				PdfObject o = reader.getPdfObject(i);
				if (o instanceof PdfStream s) {
					assertFalse(PdfName.IMAGE.equals(s.get(PdfName.SUBTYPE)), "no pictures in the handout");
					if (PdfName.FORM.equals(s.get(PdfName.SUBTYPE)) && s instanceof PRStream prs) {
						String ops = new String(PdfReader.getStreamBytes(prs), StandardCharsets.ISO_8859_1);
						Matcher m = Pattern.compile("([\\d.]+) ([\\d.]+) ([\\d.]+) rg").matcher(ops);
						while (m.find()) {
							fills.add(new int[] { (int) Math.round(Double.parseDouble(m.group(1)) * 255),
									(int) Math.round(Double.parseDouble(m.group(2)) * 255), (int) Math.round(Double.parseDouble(m.group(3)) * 255) });
						}
					}
				}
			}
		} finally {
			reader.close();
		}
		for (ActionStatus s : List.of(ActionStatus.ON_TRACK, ActionStatus.DELAYED, ActionStatus.DONE, ActionStatus.ONGOING)) {
			int rgb = StatusPalette.rgb(s);
			assertTrue(fills.stream().anyMatch(c -> ((c[0] << 16) | (c[1] << 8) | c[2]) == rgb), "a shape filled in the colour of " + s);
		}
		String content = zipEntry(w.files().get(1), "content.xml");
		assertFalse(content.contains("<draw:image"), "no pictures in the ODT");
		assertTrue(count(content, "<draw:rect") > 6 * 4, "a rectangle per heat map cell at least");
		assertTrue(content.contains("<draw:line"), "target lines of the KPI bars");
		assertTrue(content.contains(String.format("draw:fill-color=\"#%06x\"", StatusPalette.rgb(ActionStatus.DELAYED))));
		String text = odtText(w.files().get(1));
		assertTrue(text.contains("第1季第2季第3季第4季"), "the heat map's quarters");
		assertTrue(text.contains(StatusPalette.symbol(ActionStatus.DELAYED) + Terms.status(ZH, ActionStatus.DELAYED)), "status cells");
		assertTrue(text.contains("實績10.6／目標10分鐘（94%，接近達成）"), "a KPI bar's figures: " + text);
	}

	@Test
	void handoutCoverShowsTheMeetingWhenItIsRecordedAndBlanksOtherwise() throws Exception {
		Path file = sample("tainan");
		Plan plan = PlanFiles.load(file);
		String recorded = pdfPages(handout(plan, file, new Quarter(106, 2)).files().get(0)).get(0);
		assertTrue(recorded.contains("開會時間106年7月11日（星期二）"), recorded);
		assertTrue(recorded.contains("主持人站長"), recorded);
		assertTrue(recorded.contains("開會地點＿＿＿＿"), "the plan does not record the place: a line to fill in");
		assertTrue(recorded.contains("改善措施截至106年7月11日"), "improvement actions as of the meeting, after the quarter's end");
		String planned = pdfPages(handout(plan, file, new Quarter(106, 3)).files().get(0)).get(0);
		assertTrue(planned.contains("106年第3季查核結果報告與檢討會議"), planned);
		assertTrue(planned.contains("開會時間＿＿＿＿") && planned.contains("主持人＿＿＿＿"), planned);
		assertFalse(recorded.contains("依據版本"), "no baseline line for a meeting that names none");

		// a meeting that names its baseline (the plan as it stood then) says so on the cover
		plan.getReviewMeetings().stream().filter(m -> m.getQuarter() == 2).findFirst().orElseThrow().setBaseline("第2季檢討");
		String linked = pdfPages(handout(plan, file, new Quarter(106, 2)).files().get(0)).get(0);
		assertTrue(linked.contains("依據版本第2季檢討"), linked);
	}

	// ---- the minutes

	static Stream<Arguments> meetings() throws Exception {
		List<Arguments> list = new ArrayList<>();
		for (Path file : SamplePlans.trackingFiles()) {
			Plan plan = PlanFiles.load(file);
			for (ReviewMeeting m : plan.getReviewMeetings()) {
				list.add(Arguments.of(file, m.getRocYear(), m.getQuarter()));
			}
		}
		return list.stream();
	}

	@ParameterizedTest
	@MethodSource("meetings")
	void minutesHaveTheMeetingsRecordInTheAgenciesForm(Path file, int year, int q) throws Exception {
		Plan plan = PlanFiles.load(file);
		Quarter quarter = new Quarter(year, q);
		ReviewMeeting meeting = MeetingExporter.meeting(plan, file, quarter, null, Document.MINUTES);
		MeetingExporter.Written w = EXPORTER.export(plan, file, quarter, meeting, Document.MINUTES, EnumSet.allOf(Format.class), out,
				ExportProgress.NONE);
		String pdf = pdfText(w.files().get(0));
		String odt = odtText(w.files().get(1));
		List<List<String>> decided = odtTableRows(w.files().get(1), "NewImprovements");
		assertEquals(meeting.getImprovementActions().size(), decided.size(), "one row per improvement action");
		for (String text : List.of(pdf, odt)) {
			assertTrue(text.contains(compact(meeting.getTitle()) + "紀錄"), "title");
			for (String item : List.of("一、開會時間：", "二、開會地點：＿＿＿＿", "三、主持人：" + meeting.getChair(), "紀錄：＿＿＿＿",
					"四、出席人員：", "五、報告事項：", "六、討論事項：", "七、決議：", "八、臨時動議：", "九、散會：")) {
				assertTrue(text.contains(item), item);
			}
			assertTrue(text.contains(RocDate.format(meeting.getDate())), "the meeting's date");
			for (String a : meeting.getAttendees()) {
				assertTrue(text.contains(a), a);
			}
			for (Finding f : meeting.getFindings()) {
				assertTrue(text.contains("案由：" + compact(f.getText())), f.getText());
			}
			for (Decision d : meeting.getDecisions()) {
				assertTrue(text.contains(compact(d.getText())), d.getText());
			}
			for (ImprovementAction a : ReviewAgenda.closedSincePreviousMeeting(plan, meeting)) {
				assertTrue(text.contains(compact(a.getText())), "closed since the last meeting: " + a.getText());
			}
		}
		for (ImprovementAction a : meeting.getImprovementActions()) {
			List<String> row = decided.stream().filter(r -> r.get(1).equals(a.getText())).findFirst().orElseThrow();
			assertEquals(a.getOwner().getName(), row.get(2), "owner of " + a.getText());
			assertEquals(RocDate.format(a.getDueDate()), row.get(3), "due date of " + a.getText());
			assertTrue(pdf.contains(compact(a.getText() + a.getOwner().getName() + RocDate.format(a.getDueDate()))),
					"text, owner and due date in one row of the PDF: " + a.getText());
		}
	}

	@Test
	void minutesListWhatWasClosedSinceTheLastMeetingAndWhatStaysOpen() throws Exception {
		Path file = sample("tainan");
		Plan plan = PlanFiles.load(file);
		Quarter q2 = new Quarter(106, 2);
		ReviewMeeting second = MeetingExporter.meeting(plan, file, q2, null, Document.MINUTES);
		MeetingExporter.Written w = EXPORTER.export(plan, file, q2, second, Document.MINUTES, EnumSet.of(Format.ODT), out,
				ExportProgress.NONE);
		List<List<String>> closed = odtTableRows(w.files().get(0), "ClosedImprovements");
		assertEquals(List.of("尖峰時段增開臨時櫃台一處（試辦）"), closed.stream().map(r -> r.get(0)).toList(), "closed on 5/26");
		assertEquals("106年5月26日", closed.get(0).get(5));
		List<List<String>> carried = odtTableRows(w.files().get(0), "CarriedImprovements");
		assertEquals(List.of("全功能櫃台動線指示牌重新設計並更換", "民眾意見分類統計改為每季更新並公告於本站網站"),
				carried.stream().map(r -> r.get(0)).toList(), "still open at the July meeting, by due date");
		assertTrue(carried.stream().allMatch(r -> r.get(4).endsWith("（逾期）")), "both were due in June");
		assertTrue(odtText(w.files().get(0)).contains("持續列管之改善措施（2項，其中逾期2項）"));
	}

	@Test
	void minutesNeedARecordedMeetingAndSeveralMeetingsInAQuarterAreToldApartByDate() throws Exception {
		Path file = sample("tainan");
		Plan plan = PlanFiles.load(file);
		ExportException none = assertThrows(ExportException.class,
				() -> MeetingExporter.meeting(plan, file, new Quarter(106, 3), null, Document.MINUTES));
		assertTrue(none.getMessage().contains(file.toString()), none.getMessage());
		assertTrue(none.getMessage().contains("ROC 106 Q3") || none.getMessage().contains("106年第3季"), none.getMessage());
		assertEquals(null, MeetingExporter.meeting(plan, file, new Quarter(106, 3), null, Document.HANDOUT),
				"a handout can be made before the meeting is recorded");

		ReviewMeeting extra = PdcaFactory.eINSTANCE.createReviewMeeting();
		extra.setTitle("106年第2季臨時檢討會議");
		extra.setRocYear(106);
		extra.setQuarter(2);
		extra.setDate(LocalDate.of(2017, 8, 2));
		extra.setChair("副站長");
		plan.getReviewMeetings().add(extra);
		Quarter q2 = new Quarter(106, 2);
		ExportException several = assertThrows(ExportException.class,
				() -> MeetingExporter.meeting(plan, file, q2, null, Document.MINUTES));
		assertTrue(several.getMessage().contains(Terms.date(LocalDate.of(2017, 7, 11))) && several.getMessage().contains(
				Terms.date(LocalDate.of(2017, 8, 2))), "lists the dates: " + several.getMessage());
		ExportException wrong = assertThrows(ExportException.class,
				() -> MeetingExporter.meeting(plan, file, q2, LocalDate.of(2017, 8, 3), Document.MINUTES));
		assertTrue(wrong.getMessage().contains(Terms.date(LocalDate.of(2017, 8, 2))), wrong.getMessage());
		ReviewMeeting chosen = MeetingExporter.meeting(plan, file, q2, LocalDate.of(2017, 8, 2), Document.MINUTES);
		assertEquals(extra, chosen);
		MeetingExporter.Written w = EXPORTER.export(plan, file, q2, chosen, Document.MINUTES, EnumSet.of(Format.PDF), out,
				ExportProgress.NONE);
		assertEquals("106-tainan-motor-vehicle-station-Q2-1060802-minutes.pdf", w.files().get(0).getFileName().toString(),
				"the date tells the two meetings' files apart");
		assertTrue(pdfText(w.files().get(0)).contains("主持人：副站長"));
	}

	// ---- writing

	@Test
	void bothDocumentsArePdfA2bWithTheirFontsEmbeddedAsSubsets() throws Exception {
		Path file = sample("tainan");
		Plan plan = PlanFiles.load(file);
		Quarter q2 = new Quarter(106, 2);
		ReviewMeeting meeting = MeetingExporter.meeting(plan, file, q2, null, Document.MINUTES);
		for (Document d : Document.values()) {
			Path pdf = EXPORTER.export(plan, file, q2, meeting, d, EnumSet.of(Format.PDF), out, ExportProgress.NONE).files().get(0);
			PdfReader reader = new PdfReader(pdf.toString());
			try {
				PdfStream metadata = (PdfStream) PdfReader.getPdfObject(reader.getCatalog().get(PdfName.METADATA));
				String xmp = new String(PdfReader.getStreamBytes((PRStream) metadata), StandardCharsets.UTF_8);
				assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
				assertNotNull(reader.getCatalog().get(PdfName.OUTPUTINTENTS), "sRGB output intent");
				for (int i = 1; i < reader.getXrefSize(); i++) {
					if (reader.getPdfObject(i) instanceof PdfDictionary dict && PdfName.FONTDESCRIPTOR.equals(dict.get(PdfName.TYPE))) {
						assertTrue(dict.contains(PdfName.FONTFILE3) || dict.contains(PdfName.FONTFILE2), "embedded");
						assertTrue(dict.get(PdfName.FONTNAME).toString().matches("/[A-Z]{6}\\+.*"), "subset");
					}
				}
			} finally {
				reader.close();
			}
		}
	}

	@Test
	void cancellingAtAnyPointLeavesNothingAndAnErrorKeepsTheEarlierFiles() throws Exception {
		Path file = sample("tainan");
		Plan plan = PlanFiles.load(file);
		Quarter q3 = new Quarter(106, 3);
		for (int cancelAt : new int[] { 1, 2, 4, 8, 30 }) {
			Path dest = out.resolve("c" + cancelAt);
			AtomicInteger checks = new AtomicInteger();
			ExportProgress progress = new ExportProgress() {
				@Override
				public void worked(int units) {
				}

				@Override
				public boolean isCanceled() {
					return checks.incrementAndGet() >= cancelAt;
				}
			};
			try {
				EXPORTER.export(plan, file, q3, null, Document.HANDOUT, EnumSet.allOf(Format.class), dest, progress);
				try (Stream<Path> s = Files.list(dest)) {
					assertEquals(2, s.count(), "both files and nothing else");
				}
			} catch (ExportCanceledException e) {
				assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
				if (Files.exists(dest)) {
					try (Stream<Path> s = Files.list(dest)) {
						assertEquals(List.of(), s.toList(), "nothing left after cancelling at check " + cancelAt);
					}
				}
			}
		}
		Path earlier = out.resolve("106-tainan-motor-vehicle-station-Q3-handout.pdf");
		Files.writeString(earlier, "earlier");
		Files.createDirectories(out.resolve("106-tainan-motor-vehicle-station-Q3-handout.odt")); // in the way
		ExportException e = assertThrows(ExportException.class,
				() -> EXPORTER.export(plan, file, q3, null, Document.HANDOUT, EnumSet.allOf(Format.class), out, ExportProgress.NONE));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertEquals("earlier", Files.readString(earlier), "all or nothing: the PDF was not replaced either");
		try (Stream<Path> s = Files.list(out)) {
			assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no staging folder left");
		}
	}

	// ---- reading the documents back

	/** The PDF's text without whitespace (lines wrap anywhere in Chinese text). */
	static String pdfText(Path pdf) throws IOException {
		return String.join("", pdfPages(pdf));
	}

	static List<String> pdfPages(Path pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			PdfTextExtractor x = new PdfTextExtractor(reader);
			List<String> pages = new ArrayList<>();
			for (int i = 1; i <= reader.getNumberOfPages(); i++) {
				pages.add(compact(x.getTextFromPage(i)));
			}
			return pages;
		} finally {
			reader.close();
		}
	}

	/** The contents page's entries: heading and page. */
	static List<String[]> contentsOfPdf(String page) {
		List<String[]> entries = new ArrayList<>();
		Matcher m = Pattern.compile("([壹貳參肆伍陸]、.+?)(\\d+)(?=[壹貳參肆伍陸]、|第\\d+頁)").matcher(page);
		while (m.find()) {
			entries.add(new String[] { m.group(1), m.group(2) });
		}
		return entries;
	}

	/** The ODT's text (paragraphs, headings, cells, shapes) without whitespace. */
	static String odtText(Path odt) throws Exception {
		org.w3c.dom.Document dom = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(zipEntry(odt, "content.xml"))));
		return compact(dom.getDocumentElement().getTextContent());
	}

	/** The body rows of the ODT's table {@code name} (and of its continuations on later pages): cell texts. */
	static List<List<String>> odtTableRows(Path odt, String name) throws Exception {
		org.w3c.dom.Document dom = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(zipEntry(odt, "content.xml"))));
		String tableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
		NodeList tables = dom.getElementsByTagNameNS(tableNs, "table");
		List<List<String>> rows = new ArrayList<>();
		for (int t = 0; t < tables.getLength(); t++) {
			Element table = (Element) tables.item(t);
			String tableName = table.getAttributeNS(tableNs, "name");
			if (!tableName.equals(name) && !tableName.startsWith(name + "_")) {
				continue;
			}
			for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element row && "table-row".equals(row.getLocalName())) {
					List<String> cells = new ArrayList<>();
					NodeList cs = row.getElementsByTagNameNS(tableNs, "table-cell");
					for (int c = 0; c < cs.getLength(); c++) {
						cells.add(cs.item(c).getTextContent());
					}
					rows.add(cells);
				}
			}
		}
		return rows;
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
