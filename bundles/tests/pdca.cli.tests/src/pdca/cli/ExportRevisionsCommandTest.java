package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import pdca.model.Action;
import pdca.model.PdcaFactory;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.Schedule;
import pdca.samples.SamplePlans;

/**
 * {@code pdca export --compare-with 核定版}: a workspace built with JGit holding the sample plan of 106, named 核定版,
 * then a deadline moved and an action added; the packet's revision comparison table (修正對照表) as PDF, ODT and ODS
 * holds exactly those two changes, with what the plan says now as amended and what it said in 核定版 before, read
 * back with PDFBox and from the OpenDocument files' XML. A plan outside a work tree and an unknown version fail with
 * what {@code pdca compare} says.
 */
class ExportRevisionsCommandTest extends CliRunning {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
	private static final String TABLE = "修正對照表";
	/** The added action's text: longer than the comparison's excerpt of an element. */
	private static final String ADDED = "建置線上預約叫號系統，民眾可於網站及手機預約臨櫃服務時段並查詢目前等候人數";

	@TempDir
	Path folder;

	private Git git;
	private Path ws;
	private Path plan;

	@BeforeEach
	void workspace() throws Exception {
		ws = folder.resolve("ws");
		git = Git.init().setInitialBranch("main").setDirectory(ws.toFile()).call();
		StoredConfig config = git.getRepository().getConfig();
		config.setString("user", null, "name", "王小明");
		config.setString("user", null, "email", "ming@example.org");
		config.save();
		plan = ws.resolve("plans/106/plan.pdca");
		Files.createDirectories(plan.getParent());
		PlanFiles.save(PlanFiles.load(SamplePlans.workspaceFolder().resolve("plans/106/tainan-motor-vehicle-station.pdca")), plan);
		PersonIdent who = new PersonIdent("計畫室", "unit@example.org",
				LocalDateTime.of(2026, 11, 1, 9, 0).atZone(TAIPEI).toInstant(), TAIPEI);
		git.add().addFilepattern(".").call();
		git.commit().setMessage("計畫核定").setAuthor(who).setCommitter(who).call();
		assertEquals(Cli.OK, run("baseline", ws.toString(), "--tag", "核定版"), err());
	}

	@AfterEach
	void close() {
		git.close();
	}

	/** The deadline of 一、（二） moved from 6月完成並持續辦理 to 8月完成並持續辦理, an action added to 一、（一）; not recorded. */
	private void twoEdits() throws Exception {
		Plan p = PlanFiles.load(plan);
		assertEquals("6月完成並持續辦理", p.getStrategies().get(0).getMethods().get(1).getSchedule().text(), "the sample's deadline");
		p.getStrategies().get(0).getMethods().get(1).setSchedule(Schedule.parse("8月完成並持續辦理"));
		Action a = PdcaFactory.eINSTANCE.createAction();
		a.setText(ADDED);
		p.getStrategies().get(0).getMethods().get(0).getActions().add(a);
		PlanFiles.save(p, plan);
	}

	@Test
	void thePacketHoldsTheTwoChangesSinceTheBaselineInEachFormat() throws Exception {
		twoEdits();
		Locale.setDefault(Locale.TRADITIONAL_CHINESE);
		assertEquals(Cli.OK, run("compare", plan.toString(), "--from", "核定版"), err());
		List<String> compared = out().lines().toList();
		assertEquals(2, compared.size(), out());

		Path dest = folder.resolve("packets");
		assertEquals(Cli.OK, run("export", "--format", "pdf,odt,ods", "--compare-with", "核定版", "--out", dest.toString(),
				plan.toString()), err());
		Path packet = dest.resolve("106-plan");
		assertTrue(out().contains("\tOK\t" + packet + "\t"), out());

		List<List<String>> odt = rows(packet.resolve("revisions.odt"), false);
		List<List<String>> ods = rows(packet.resolve("revisions.ods"), true);
		assertEquals(2, odt.size(), "exactly the two changes: " + odt);
		assertEquals(odt, ods, "the sheet says what the text document says");
		// in the order pdca compare lists them: the action added to 一、（一）, then the deadline of 一、（二）
		assertTrue(compared.get(0).startsWith("新增 一、（一）") && compared.get(1).startsWith("修改 一、（二）"), compared.toString());
		List<String> added = odt.get(0);
		List<String> deadline = odt.get(1);
		assertEquals(List.of("1", "2"), List.of(added.get(0), deadline.get(0)), "numbered");

		// number, place, as amended (修正後內容), before (原內容), explanation (說明)
		String number = added.get(1).substring(0, added.get(1).indexOf(' '));
		assertTrue(number.matches("一、（一）\\d+\\.") && added.get(1).startsWith(number + " 建置線上預約叫號系統")
				&& !added.get(1).contains(ADDED), "the place names the action by its number and the start of its text: " + added);
		assertEquals(number + " " + ADDED, added.get(2), "the added action's whole text as amended");
		assertEquals("", added.get(3), "nothing before");
		assertEquals("新增。", added.get(4));
		assertTrue(deadline.get(1).startsWith("一、（二） ") && deadline.get(1).endsWith(" 完成期限"), deadline.toString());
		assertEquals("8月完成並持續辦理", deadline.get(2));
		assertEquals("6月完成並持續辦理", deadline.get(3));
		assertEquals("完成期限變更：由「6月完成並持續辦理」改為「8月完成並持續辦理」。", deadline.get(4));

		String pdf;
		try (PDDocument d = Loader.loadPDF(packet.resolve("revisions.pdf").toFile())) {
			pdf = compact(new PDFTextStripper().getText(d));
		}
		assertTrue(pdf.contains("原內容版本核定版"), pdf);
		assertTrue(pdf.contains("修正項數共2項，其中完成期限變更1項"), pdf);
		int at = pdf.indexOf("編號項目修正後內容原內容說明");
		assertTrue(at > 0, pdf);
		for (List<String> row : odt) {
			for (String cell : row) {
				int i = pdf.indexOf(compact(cell), at);
				assertTrue(i >= at, "「" + cell + "」 in its place in the PDF: " + pdf);
				at = i + compact(cell).length();
			}
		}
		assertTrue(Files.readString(packet.resolve("manifest.json")).contains("\"from\": \"核定版\""));
	}

	@Test
	void aPlanOutsideAWorkTreeOrAnUnknownVersionFailsWithWhatCompareSays() throws Exception {
		Path outside = folder.resolve("outside.pdca");
		Files.copy(plan, outside);
		Path dest = folder.resolve("packets");
		assertEquals(Cli.FOUND_ERRORS, run("export", "--compare-with", "核定版", "--out", dest.toString(), outside.toString(),
				plan.toString()));
		assertTrue(out().contains(outside + "\tFAILED"), out());
		assertTrue(err().contains(outside + ": the packet was not made: no revision comparison table: ")
				&& err().contains("is not in a shared workspace"), err());
		assertTrue(out().contains(plan + "\tOK\t"), "the other plan is exported: " + out());
		assertFalse(Files.exists(dest.resolve("106-outside")), "no packet without its table");

		assertEquals(Cli.FOUND_ERRORS, run("export", "--compare-with", "核定版-115", "--out", dest.toString(), plan.toString()));
		assertTrue(err().contains("No version \"核定版-115\"") && err().contains("pdca baseline --list"), err());
		run("compare", plan.toString(), "--from", "核定版-115");
		String compareSays = err().strip().substring("pdca compare: ".length());
		run("export", "--compare-with", "核定版-115", "--out", dest.toString(), plan.toString());
		assertTrue(err().contains(compareSays), err());

		assertEquals(Cli.USAGE, run("export", "--compare-with=", "--out", dest.toString(), plan.toString()));
		assertTrue(err().contains("--compare-with VERSION"), err());
	}

	private static String compact(String s) {
		return s.replaceAll("\\s+", "");
	}

	/**
	 * The rows of the table {@value #TABLE}: of the ODT the body rows, of the ODS the rows after the header row, whose
	 * number cell shows the number as a number ("1.0" becomes "1").
	 */
	private static List<List<String>> rows(Path file, boolean sheet) throws Exception {
		org.w3c.dom.Document dom = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(entry(file, "content.xml"))));
		String ns = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
		NodeList tables = dom.getElementsByTagNameNS(ns, "table");
		List<List<String>> rows = new ArrayList<>();
		for (int t = 0; t < tables.getLength(); t++) {
			Element table = (Element) tables.item(t);
			if (!TABLE.equals(table.getAttributeNS(ns, "name"))) {
				continue;
			}
			for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element row && "table-row".equals(row.getLocalName())) {
					List<String> cells = new ArrayList<>();
					NodeList cs = row.getElementsByTagNameNS(ns, "table-cell");
					for (int c = 0; c < cs.getLength(); c++) {
						Element cell = (Element) cs.item(c);
						cells.add(sheet && "float".equals(cell.getAttribute("office:value-type"))
								? String.valueOf((int) Double.parseDouble(cell.getAttribute("office:value")))
								: cell.getTextContent());
					}
					rows.add(cells);
				}
			}
		}
		return sheet && !rows.isEmpty() ? rows.subList(1, rows.size()) : rows;
	}

	private static String entry(Path zip, String name) throws IOException {
		try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
