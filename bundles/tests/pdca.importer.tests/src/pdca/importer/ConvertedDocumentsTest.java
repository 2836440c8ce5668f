package pdca.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pdca.importer.source.SourceDocument;
import pdca.model.Plan;
import pdca.model.io.PlanFiles;

/** Seed 000 as LibreOffice writes it in ODT, DOCX and PDF: each read to the same plan as its text, grade bands included. */
class ConvertedDocumentsTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "odt", "docx", "pdf" })
	void seed000InEveryFormatMatchesItsSample(String format) throws Exception {
		ImportResult result = PlanImporter.importFile(Documents.copy("converted/000." + format, folder));
		assertEquals(SourceDocument.Format.valueOf(format.toUpperCase()), result.source().format());
		if (format.equals("pdf")) {
			assertEquals(6, result.source().pages());
			assertEquals(true, result.placed().stream().allMatch(p -> p.origin().page() >= 1), "every element knows its page");
		}
		Plan expected = PlanFiles.load(Documents.sample("000"));
		List<ImportScore.Category> score = ImportScore.compare(result.plan(), expected);
		for (ImportScore.Category c : score) {
			assertEquals(c.expected(), c.matched(), format + " " + c);
		}
		assertEquals("嘉義縣選舉委員會100年度提升服務品質執行計畫", result.plan().getTitle());
		// its grade bands and their rewards and sanctions, as from the text
		for (ImportScore.Category c : ImportScore.compareScoring(result.plan(), expected)) {
			assertEquals(c.expected(), c.matched(), format + " " + c);
			assertEquals(c.expected(), c.imported(), format + " nothing invented: " + c);
		}
	}
}
