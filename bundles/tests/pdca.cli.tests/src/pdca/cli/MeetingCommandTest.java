package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.export.MeetingExporter;
import pdca.model.ActionStatus;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.io.PlanFiles;
import pdca.model.logic.Figures;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;
import pdca.model.schedule.RocDate;
import pdca.samples.SamplePlans;

/**
 * {@code pdca meeting}: the handout says what {@code pdca status --json} says for the same quarter (counts per
 * status, overdue items, KPI achievement, late improvement actions), read back from the ODT's tables and the PDF's
 * text; the minutes hold the meeting's record; errors are one line and an exit status.
 */
class MeetingCommandTest extends CliRunning {

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	@TempDir
	Path temp;

	static Stream<Arguments> quarters() {
		List<Arguments> list = new ArrayList<>();
		for (Path file : SamplePlans.trackingFiles()) {
			for (int q = 1; q <= 4; q++) {
				list.add(Arguments.of(file, q));
			}
		}
		return list.stream();
	}

	private static String station() {
		return SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan")).findFirst()
				.orElseThrow().toString();
	}

	/** The files a successful run wrote, from its lines "plan TAB OK TAB file". */
	private List<Path> written() {
		List<Path> files = new ArrayList<>();
		for (String line : out().strip().split("\n")) {
			String[] parts = line.split("\t");
			assertEquals("OK", parts[1], line);
			files.add(Path.of(parts[2]));
		}
		return files;
	}

	@ParameterizedTest
	@MethodSource("quarters")
	void handoutFiguresAreThoseOfPdcaStatusForTheSameQuarter(Path file, int q) throws Exception {
		assertEquals(Cli.OK, run("status", file.toString(), "--quarter", String.valueOf(q), "--json"), err());
		JsonObject status = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals(Cli.OK, run("meeting", file.toString(), "--quarter", String.valueOf(q), "--handout", "--format", "odt,pdf",
				"--out", temp.toString()), err());
		List<Path> files = written();
		assertEquals(2, files.size());
		Path odt = files.stream().filter(p -> p.toString().endsWith("-handout.odt")).findFirst().orElseThrow();
		Path pdf = files.stream().filter(p -> p.toString().endsWith("-handout.pdf")).findFirst().orElseThrow();
		String pdfText = pdfText(pdf);
		Document content = content(odt);

		// counts per status and their share
		int tracked = status.get("trackedItems").getAsInt();
		Map<String, List<String>> counts = new LinkedHashMap<>();
		for (List<String> row : rows(content, "Counts")) {
			counts.put(row.get(0), row);
		}
		for (Map.Entry<String, JsonElement> e : status.getAsJsonObject("counts").entrySet()) {
			String word = Terms.status(Locale.TAIWAN, ActionStatus.get(e.getKey()));
			int n = e.getValue().getAsInt();
			assertEquals(List.of(word, String.valueOf(n), Figures.percent(n, tracked)), counts.get(word), e.getKey());
			assertTrue(pdfText.contains(word + n + Figures.percent(n, tracked)), "in the PDF: " + word + " " + n);
		}

		// overdue items, in the same order, with the deadline they missed
		List<List<String>> overdue = rows(content, "Overdue");
		List<String> paths = new ArrayList<>();
		List<String> deadlines = new ArrayList<>();
		for (JsonElement e : status.getAsJsonArray("overdue")) {
			paths.add(e.getAsJsonObject().get("path").getAsString());
			deadlines.add(RocDate.format(LocalDate.parse(e.getAsJsonObject().get("deadline").getAsString())));
		}
		assertEquals(paths, overdue.stream().map(r -> r.get(0)).toList(), "overdue items");
		assertEquals(deadlines, overdue.stream().map(r -> r.get(3).split("\n")[0]).toList(), "the deadlines they missed");
		for (String path : paths) {
			assertTrue(pdfText.contains(compact(path)), "in the PDF: " + path);
		}

		// KPIs off target with their achievement as every surface rounds it
		Map<String, String> percents = new LinkedHashMap<>();
		for (JsonElement e : status.getAsJsonArray("kpis")) {
			JsonObject k = e.getAsJsonObject();
			String level = k.get("level").getAsString();
			if (level.equals("MISSED") || level.equals("NEAR")) {
				percents.put(k.get("name").getAsString(), Math.round(k.get("achievementPercent").getAsDouble()) + "%");
			}
		}
		Map<String, String> shown = new LinkedHashMap<>();
		for (List<String> row : rows(content, "KpisOffTarget")) {
			shown.put(row.get(0), row.get(5));
		}
		assertEquals(percents, sortedLike(shown, percents), "KPIs off target and their achievement");
		for (Map.Entry<String, String> k : percents.entrySet()) {
			assertTrue(pdfText.contains(compact(k.getValue())), "in the PDF: " + k);
		}

		// late improvement actions of earlier meetings
		Plan plan = PlanFiles.load(file);
		Set<String> ownMeeting = new HashSet<>();
		for (ReviewMeeting m : MeetingExporter.meetingsOf(plan, new Quarter(plan.getRocYear(), q))) {
			ownMeeting.add(m.getTitle());
		}
		Set<String> late = new HashSet<>();
		for (JsonElement e : status.getAsJsonArray("openImprovementActions")) {
			JsonObject a = e.getAsJsonObject();
			if (a.get("late").getAsBoolean() && !ownMeeting.contains(a.get("meeting").getAsString())) {
				late.add(a.get("text").getAsString());
			}
		}
		Set<String> marked = new HashSet<>();
		for (List<String> row : rows(content, "OpenImprovements")) {
			if (row.get(4).endsWith("（" + Terms.overdue(Locale.TAIWAN) + "）")) {
				marked.add(row.get(0));
			}
		}
		assertEquals(late, marked, "improvement actions marked overdue");
	}

	private static Map<String, String> sortedLike(Map<String, String> map, Map<String, String> order) {
		Map<String, String> result = new LinkedHashMap<>();
		order.keySet().forEach(k -> {
			if (map.containsKey(k)) {
				result.put(k, map.get(k));
			}
		});
		map.forEach(result::putIfAbsent);
		return result;
	}

	@Test
	void minutesOfTheSecondQuartersMeetingHoldItsRecord() throws Exception {
		assertEquals(Cli.OK, run("meeting", station(), "-q", "Q2", "--minutes", "--meeting", "106/7/11", "-o", temp.toString()), err());
		List<Path> files = written();
		assertEquals(List.of("106-tainan-motor-vehicle-station-Q2-minutes.pdf", "106-tainan-motor-vehicle-station-Q2-minutes.odt"),
				files.stream().map(p -> p.getFileName().toString()).toList());
		Document content = content(files.get(1));
		String text = compact(content.getDocumentElement().getTextContent());
		for (String s : List.of("開會時間：106年7月11日（星期二）", "主持人：站長", "監理課課長、考驗課課長、牌照課課長、綜合業務課課長",
				"案由：電話禮貌測試第2季平均84分", "各課電話於鈴響四聲內接聽")) {
			assertTrue(text.contains(s), s);
		}
		List<List<String>> decided = rows(content, "NewImprovements");
		assertEquals(List.of("1", "辦理電話禮貌加強訓練（各課至少2人次）", "綜合業務課", "106年9月30日", "討論事項（一）"), decided.get(0));
		assertEquals(3, decided.size());
		String pdf = pdfText(files.get(0));
		assertTrue(pdf.contains("辦理電話禮貌加強訓練（各課至少2人次）綜合業務課106年9月30日"), "owner and due date in the PDF");
	}

	@Test
	void errorsAreOneLineWithTheExitStatusAndWriteNothing() throws Exception {
		assertEquals(Cli.USAGE, run("meeting", station(), "-q", "3", "--minutes", "-o", temp.toString()));
		assertEquals(1, err().strip().split("\n").length, err());
		assertTrue(err().contains(station()) && err().contains("ROC 106 Q3") && err().contains("no review meeting"), err());
		assertEquals("", out());

		assertEquals(Cli.USAGE, run("meeting", station(), "-q", "2", "--minutes", "--meeting", "106/7/12", "-o", temp.toString()));
		assertTrue(err().contains("106/7/12") && err().contains("106/7/11"), "names the meeting there is: " + err());

		assertEquals(Cli.USAGE, run("meeting", station(), "-q", "2", "--minutes", "--meeting", "yesterday", "-o", temp.toString()));
		assertTrue(err().contains("--meeting") && err().contains("yesterday"), err());

		assertEquals(Cli.USAGE, run("meeting", station(), "-q", "2", "--handout", "--minutes", "-o", temp.toString()));
		assertTrue(err().contains("--handout") && err().contains("--minutes"), err());

		assertEquals(Cli.USAGE, run("meeting", station(), "-q", "2", "--handout", "--format", "ods", "-o", temp.toString()));
		assertTrue(err().contains("\"ods\""), err());

		assertEquals(Cli.USAGE, run("meeting", station(), "-q", "5", "--handout", "-o", temp.toString()));
		assertEquals(Cli.USAGE, run("meeting", station(), "-q", "2", "--handout"));
		assertTrue(err().contains("--out"), err());
		try (Stream<Path> s = Files.list(temp)) {
			assertEquals(List.of(), s.toList(), "nothing written");
		}

		Path notAFolder = Files.writeString(temp.resolve("minutes.txt"), "x");
		assertEquals(Cli.FOUND_ERRORS, run("meeting", station(), "-q", "2", "--handout", "-o", notAFolder.toString()));
		assertTrue(err().contains(station()) && err().contains(notAFolder.toString()), err());
		assertEquals(1, err().strip().split("\n").length, err());
	}

	@Test
	void helpNamesBothDocumentsAndTheyArePartOfTheCommandList() {
		assertEquals(Cli.OK, run("meeting", "--help"));
		assertTrue(out().contains("--handout") && out().contains("--minutes") && out().contains("--meeting DATE"), out());
		assertEquals(Cli.OK, run("--help"));
		assertTrue(out().contains("meeting"), out());
	}

	// ---- reading the documents back, independently of the writers

	private static Document content(Path odt) throws Exception {
		try (ZipFile zip = new ZipFile(odt.toFile()); InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
			return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(in);
		}
	}

	/** The body rows of the named table and of its continuations on later pages; a line break in a cell is "\n". */
	private static List<List<String>> rows(Document content, String name) {
		List<List<String>> rows = new ArrayList<>();
		NodeList tables = content.getElementsByTagNameNS(TABLE, "table");
		for (int t = 0; t < tables.getLength(); t++) {
			Element table = (Element) tables.item(t);
			String n = table.getAttributeNS(TABLE, "name");
			if (!n.equals(name) && !n.startsWith(name + "_")) {
				continue;
			}
			for (Node r = table.getFirstChild(); r != null; r = r.getNextSibling()) {
				if (r instanceof Element row && "table-row".equals(row.getLocalName())) {
					List<String> cells = new ArrayList<>();
					NodeList cs = row.getElementsByTagNameNS(TABLE, "table-cell");
					for (int c = 0; c < cs.getLength(); c++) {
						cells.add(text(cs.item(c)));
					}
					rows.add(cells);
				}
			}
		}
		return rows;
	}

	private static String text(Node node) {
		StringBuilder sb = new StringBuilder();
		for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n.getNodeType() == Node.TEXT_NODE) {
				sb.append(n.getNodeValue());
			} else if ("line-break".equals(n.getLocalName())) {
				sb.append('\n');
			} else {
				sb.append(text(n));
			}
		}
		return sb.toString();
	}

	private static String pdfText(Path pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			PdfTextExtractor x = new PdfTextExtractor(reader);
			StringBuilder sb = new StringBuilder();
			for (int i = 1; i <= reader.getNumberOfPages(); i++) {
				sb.append(x.getTextFromPage(i));
			}
			return compact(sb.toString());
		} finally {
			reader.close();
		}
	}

	private static String compact(String s) {
		return s.replaceAll("\\s+", "");
	}
}
