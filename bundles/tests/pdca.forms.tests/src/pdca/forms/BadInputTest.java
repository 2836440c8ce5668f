package pdca.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.model.Plan;
import pdca.model.WorkItem;
import pdca.model.logic.PlanStructure;
import pdca.test.support.UseLocale;

/**
 * Returns that are not what they should be: damaged, a zip bomb, encrypted, an Excel workbook, a spreadsheet of the
 * unit's own, text in an unknown encoding. Each is told in one message naming the file, in English and Traditional
 * Chinese, and nothing of it is applied, while good returns read beside it still are. CSV saved from a form, in UTF-8
 * or Big5, reads like the form.
 */
@UseLocale("en")
class BadInputTest {

	@TempDir
	Path temp;

	private Plan plan;
	private Path form;
	private int row;

	@BeforeEach
	void setUp() throws Exception {
		plan = Forms.load(Forms.plan(temp));
		WorkItem first = PlanStructure.trackedItems(plan).get(0);
		form = Forms.export(plan, Forms.Q4, temp.resolve("out")).get(FormRows.unitOf(first).getName());
		row = Forms.row(form, FormLayout.ITEM + first.getId());
		new Forms.Ods(form).text(row, FormLayout.STATUS, "進行中").save(null);
	}

	/** Reads {@code bad} beside the good return: the bad one is unreadable with a message, the good one still applies. */
	private String unreadable(Path bad) {
		Plan before = EcoreUtil.copy(plan);
		ReturnPreview p = ReturnPreview.of(plan, Forms.Q4, List.of(bad, form));
		ReturnPreview.FileResult f = p.files().get(0);
		assertEquals(1, f.problems().size(), f.problems().toString());
		assertEquals(ReturnPreview.Kind.UNREADABLE, f.problems().get(0).kind());
		assertEquals(List.of(), f.rows());
		assertTrue(f.problems().get(0).message().contains(bad.getFileName().toString()), f.problems().get(0).message());
		assertTrue(p.needsDecision());
		assertEquals(1, p.cleanRows().size(), "the good return beside it");
		assertTrue(EcoreUtil.equals(before, plan), "reading changes nothing");
		return f.problems().get(0).message();
	}

	private Map<String, byte[]> entries(Path ods) throws Exception {
		Map<String, byte[]> map = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(ods.toFile())) {
			for (ZipEntry e : java.util.Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(e)) {
					map.put(e.getName(), in.readAllBytes());
				}
			}
		}
		return map;
	}

	@Test
	void aDamagedFile() throws Exception {
		byte[] bytes = Files.readAllBytes(form);
		Path cut = Files.write(temp.resolve("cut.ods"), Arrays.copyOf(bytes, bytes.length / 2));
		assertTrue(unreadable(cut).contains("damaged"));
		Path empty = Files.write(temp.resolve("empty.ods"), new byte[0]);
		assertTrue(unreadable(empty).contains("empty"));
	}

	@Test
	void aZipBombIsNotUnpacked() throws Exception {
		Map<String, byte[]> e = entries(form);
		Path bomb = temp.resolve("bomb.ods");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write(e.get("mimetype"));
			zip.putNextEntry(new ZipEntry("content.xml"));
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) ' ');
			zip.write("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
					.getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 200; i++) {
				zip.write(spaces); // 200 MiB of blanks, a few hundred kilobytes packed
			}
			zip.closeEntry();
		}
		assertTrue(Files.size(bomb) < ReturnReader.MAX_FILE_BYTES);
		assertTrue(unreadable(bomb).contains("unpacks to more than 64 MiB"));
	}

	@Test
	void aZipBombAsAWorkbookIsNotUnpacked() throws Exception {
		Path xlsx = Forms.exportXlsx(plan, Forms.Q4, temp.resolve("xlsx")).values().iterator().next();
		Map<String, byte[]> e = entries(xlsx);
		Path bomb = temp.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (Map.Entry<String, byte[]> entry : e.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				if (entry.getKey().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(entry.getValue(), StandardCharsets.UTF_8);
					int cut = xml.indexOf("<sheetData>") + "<sheetData>".length();
					zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1 << 20];
					Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 100; i++) {
						zip.write(spaces); // 100 MiB of blanks inside the sheet, a few hundred kilobytes packed
					}
					zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
				} else {
					zip.write(entry.getValue());
				}
				zip.closeEntry();
			}
		}
		assertTrue(Files.size(bomb) < ReturnReader.MAX_FILE_BYTES);
		assertTrue(unreadable(bomb).contains("unpacks to more than 16 MiB"));
	}

	@Test
	void anEncryptedSpreadsheet() throws Exception {
		Map<String, byte[]> e = entries(form);
		String manifest = new String(e.get("META-INF/manifest.xml"), StandardCharsets.UTF_8).replace(
				"manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>",
				"manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/></manifest:file-entry>");
		assertTrue(manifest.contains("encryption-data"), manifest);
		e.put("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
		Path locked = temp.resolve("locked.ods");
		Forms.writeZip(locked, e);
		assertTrue(unreadable(locked).contains("password"));
		Path ole = Files.write(temp.resolve("encrypted.xlsx"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0, 0 });
		assertTrue(unreadable(ole).contains("password"));
	}

	@Test
	void aForeignSpreadsheetAnExcelWorkbookAndAnotherDocument() throws Exception {
		Path foreign = Files.copy(form, temp.resolve("own-table.ods"));
		new Forms.Ods(foreign).text(0, 0, "項目").save(null);
		assertTrue(unreadable(foreign).contains("no check-in form"));
		Path xlsx = temp.resolve("form.xlsx");
		Forms.writeZip(xlsx, Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), "xl/workbook.xml",
				"<workbook/>".getBytes(StandardCharsets.UTF_8)));
		assertTrue(unreadable(xlsx).contains("damaged"), "a workbook without its parts");
		Path ownWorkbook = temp.resolve("own-table.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			book.createSheet("工作表1").createRow(0).createCell(0).setCellValue("項目");
			try (var out = Files.newOutputStream(ownWorkbook)) {
				book.write(out);
			}
		}
		assertTrue(unreadable(ownWorkbook).contains("no check-in form"));
		Map<String, byte[]> e = entries(form);
		e.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
		Path odt = temp.resolve("letter.ods");
		Forms.writeZip(odt, e);
		assertTrue(unreadable(odt).contains("opendocument.text"));
		Path text = Files.writeString(temp.resolve("notes.csv"), "單位,說明\n監理課,已完成\n");
		assertTrue(unreadable(text).contains("not a check-in form saved as CSV"));
	}

	@Test
	void messagesInTraditionalChinese() throws Exception {
		Locale.setDefault(Locale.TAIWAN);
		byte[] bytes = Files.readAllBytes(form);
		Path cut = Files.write(temp.resolve("損毀.ods"), Arrays.copyOf(bytes, 100));
		String message = unreadable(cut);
		assertTrue(message.startsWith(cut.toString() + "：檔案已損毀"), message);
	}

	// --- CSV ---

	/** The form sheet as CSV, the way a spreadsheet saves it (every cell quoted where needed, rows by CRLF). */
	private Path csv(Path ods, String name, Charset charset, boolean bom) throws Exception {
		ReturnReader.Sheet sheet = ReturnReader.read(ods);
		StringBuilder b = new StringBuilder();
		int last = sheet.rows().lastKey();
		for (int r = 0; r <= last; r++) {
			List<ReturnReader.Cell> cells = sheet.rows().getOrDefault(r, List.of());
			b.append(cells.stream().map(c -> {
				String t = c.number() != null ? pdca.model.logic.Figures.exact(c.number()) : c.text();
				return t.contains(",") || t.contains("\"") || t.contains("\n") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
			}).collect(Collectors.joining(","))).append("\r\n");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		out.write(b.toString().getBytes(charset));
		return Files.write(temp.resolve(name), out.toByteArray());
	}

	@Test
	void csvInUtf8AndBig5ReadsLikeTheForm() throws Exception {
		new Forms.Ods(form).text(row, FormLayout.NARRATIVE, "辦理說明會2場，\n參加民眾\"踴躍\"").save(null);
		ReturnPreview fromOds = ReturnPreview.of(plan, Forms.Q4, List.of(form));
		assertFalse(fromOds.needsDecision());
		for (Path csv : List.of(csv(form, "utf8.csv", StandardCharsets.UTF_8, false), csv(form, "bom.csv", StandardCharsets.UTF_8, true),
				csv(form, "big5.csv", Charset.forName("x-windows-950"), false))) {
			ReturnPreview p = ReturnPreview.of(plan, Forms.Q4, List.of(csv));
			assertFalse(p.needsDecision(), csv + ": " + RoundTripTest.problems(p));
			assertEquals(fromOds.cleanRows().get(0).changes(), p.cleanRows().get(0).changes(), csv.toString());
		}
	}

	@Test
	void csvInAnotherEncodingIsRefused() throws Exception {
		Path csv = csv(form, "utf16.csv", StandardCharsets.UTF_8, false);
		byte[] bytes = Files.readAllBytes(csv);
		bytes[bytes.length - 3] = (byte) 0xFF; // not UTF-8, not Big5
		bytes[bytes.length - 4] = (byte) 0xFF;
		Files.write(csv, bytes);
		assertTrue(unreadable(csv).contains("neither UTF-8 nor Big5"));
	}
}
