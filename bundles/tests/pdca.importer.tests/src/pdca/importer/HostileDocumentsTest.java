package pdca.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.importer.source.DocumentException;
import pdca.test.support.UseLocale;

/**
 * Documents that are no plan, or are built to harm: each refused with a message naming the file
 * and saying what to do, quickly, without reading outside the file.
 */
@UseLocale("en")
class HostileDocumentsTest {

	@TempDir
	Path folder;

	private String refusal(Path file) {
		DocumentException e = assertThrows(DocumentException.class,
				() -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PlanImporter.importFile(file)));
		assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
		assertTrue(e.getMessage().length() < 400, "short: " + e.getMessage());
		return e.getMessage();
	}

	@Test
	void emptyMissingAndFolder() throws IOException {
		assertTrue(refusal(Files.createFile(folder.resolve("empty.odt"))).contains("is empty"));
		assertTrue(refusal(folder.resolve("nothing.docx")).contains("no such file"));
		assertTrue(refusal(Files.createDirectory(folder.resolve("dir"))).contains("is a folder"));
	}

	@Test
	void binaryFileIsNotText() throws IOException {
		Path file = folder.resolve("photo.jpg");
		Files.write(file, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 0, 0, 7, 8 });
		assertTrue(refusal(file).contains("neither an ODT, DOCX or PDF document nor text"));
	}

	@Test
	void zipBombIsRefusedBeforeItExpands() throws IOException {
		Path file = folder.resolve("bomb.odt");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			put(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><!--"
					.getBytes(StandardCharsets.UTF_8));
			byte[] zeros = new byte[1 << 20];
			java.util.Arrays.fill(zeros, (byte) 'a');
			for (int i = 0; i < 200; i++) { // 200 MB of one letter, a few hundred kilobytes packed
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertTrue(Files.size(file) < 2_000_000);
		String message = refusal(file);
		assertTrue(message.contains("content.xml") && message.contains("damaged or hostile"), message);
	}

	@Test
	void passwordProtectedOdtAndWordAndPdf() throws IOException {
		Path odt = folder.resolve("secret.odt");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(odt))) {
			put(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
			put(zip, "META-INF/manifest.xml", ("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
					+ "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>")
					.getBytes(StandardCharsets.UTF_8));
			put(zip, "content.xml", new byte[] { 1, 2, 3 });
		}
		assertTrue(refusal(odt).contains("protected by a password"));
		Path word = folder.resolve("secret.docx");
		Files.write(word, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 });
		assertTrue(refusal(word).contains("password-protected Word document or an old .doc"));
		Path pdf = folder.resolve("secret.pdf");
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new PDPage());
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
			doc.protect(policy);
			doc.save(pdf.toFile());
		}
		assertTrue(refusal(pdf).contains("protected by a password"));
	}

	@Test
	void damagedPackagesAndPdfs() throws IOException {
		Path cut = folder.resolve("cut.odt");
		byte[] whole = Files.readAllBytes(TableImportTest.odt(folder.resolve("whole.odt")));
		Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
		String m = refusal(cut);
		assertTrue(m.contains("damaged"), m);
		Path badXml = folder.resolve("bad.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(badXml))) {
			put(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
					.getBytes(StandardCharsets.UTF_8));
		}
		m = refusal(badXml);
		assertTrue(m.contains("word/document.xml") && m.contains("line 1"), m);
		Path pdf = folder.resolve("broken.pdf");
		Files.writeString(pdf, "%PDF-1.7\n this is not a PDF body at all\n");
		assertTrue(refusal(pdf).contains("damaged PDF"));
		Path otherZip = folder.resolve("archive.odt");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
			put(zip, "readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
		}
		assertTrue(refusal(otherZip).contains("not an ODT or DOCX"));
	}

	@Test
	void aSpreadsheetIsNotAPlanDocument() throws IOException {
		Path ods = folder.resolve("table.odt");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ods))) {
			put(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
		}
		assertTrue(refusal(ods).contains("not a text document"));
	}

	@Test
	void aScannedPdfHasNoText() throws IOException {
		Path pdf = folder.resolve("scan.pdf");
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new PDPage());
			doc.save(pdf.toFile());
		}
		assertTrue(refusal(pdf).contains("holds no text"));
	}

	/** An external entity pointing at a loopback server: the server is never contacted. */
	@Test
	void externalEntitiesAreNeverFetched() throws Exception {
		AtomicInteger connections = new AtomicInteger();
		try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			Thread accept = new Thread(() -> {
				try {
					while (true) {
						server.accept().close();
						connections.incrementAndGet();
					}
				} catch (IOException e) {
					// closed
				}
			});
			accept.setDaemon(true);
			accept.start();
			String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
			Path docx = folder.resolve("entity.docx");
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
				put(zip, "word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + url + "\">]>"
						+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
						.getBytes(StandardCharsets.UTF_8));
			}
			try {
				PlanImporter.importFile(docx);
			} catch (DocumentException e) {
				assertTrue(e.getMessage().contains(docx.toString()));
			}
			Thread.sleep(200);
			assertEquals(0, connections.get(), "the importer fetched the external entity");
		}
	}

	@Test
	void aDocumentCutOffMidSentenceIsFlagged() throws Exception {
		Path file = folder.resolve("cut.txt");
		Files.writeString(file, "測試市選舉委員會 110 年度提升服務品質執行計畫\n壹、計畫目標\n一、持續推動民眾滿意服務。\n貳、實施策略與方法\n一、提升服務品質\n（一）考量民眾洽公之便利性及實用性，合宜改造服務場所及更新服");
		ImportResult result = PlanImporter.importFile(file);
		assertTrue(result.truncated());
		assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("stop mid-sentence")), result.findings().toString());
		assertTrue(!result.clean());
		Path whole = folder.resolve("whole.txt");
		Files.writeString(whole, Files.readString(file) + "務設施。\n");
		ImportResult complete = PlanImporter.importFile(whole);
		assertTrue(!complete.truncated(), complete.findings().toString());
		assertEquals("考量民眾洽公之便利性及實用性，合宜改造服務場所及更新服務設施。",
				complete.plan().getStrategies().get(0).getMethods().get(0).getText());
	}

	@Test
	void big5TextIsRead() throws Exception {
		Path file = folder.resolve("big5.txt");
		Files.write(file, "測試市選舉委員會 110 年度提升服務品質執行計畫\r\n壹、實施策略與方法\r\n一、提升服務品質。\r\n"
				.getBytes("x-windows-950"));
		ImportResult result = PlanImporter.importFile(file);
		assertEquals("測試市選舉委員會", result.plan().getAgency().getName());
		assertEquals("提升服務品質。", result.plan().getStrategies().get(0).getText());
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		OutputStream out = zip;
		out.write(content);
		zip.closeEntry();
	}
}
