package pdca.checks;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDF files with veraPDF against the PDF/A part and conformance they claim in their XMP
 * metadata, and requires PDF/A-2b or better. Prints one PASS or FAIL line per file (with the rules
 * that failed) and exits 1 when any file fails.
 */
public final class VeraPdfCheck {

	public static void main(String[] args) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		int failed = 0;
		for (String file : args) {
			try (InputStream in = new FileInputStream(file);
					PDFAParser parser = Foundries.defaultInstance().createParser(in)) {
				PDFAFlavour claimed = parser.getFlavour();
				if (claimed == null || claimed == PDFAFlavour.NO_FLAVOUR || claimed.getPart() == null
						|| claimed.getPart().getPartNumber() < 2) {
					System.out.println("FAIL veraPDF " + file + ": does not claim PDF/A-2 or later (claims " + claimed + ")");
					failed++;
					continue;
				}
				try (PDFAValidator validator = Foundries.defaultInstance().createValidator(claimed, false)) {
					ValidationResult result = validator.validate(parser);
					if (result.isCompliant()) {
						System.out.println("PASS veraPDF " + file + ": compliant with " + claimed.getId() + " ("
								+ result.getTotalAssertions() + " checks)");
					} else {
						failed++;
						Map<String, Integer> rules = new TreeMap<>();
						Map<String, String> texts = new TreeMap<>();
						for (TestAssertion a : result.getTestAssertions()) {
							if (a.getStatus() == TestAssertion.Status.FAILED) {
								String id = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
								rules.merge(id, 1, Integer::sum);
								texts.putIfAbsent(id, a.getMessage());
							}
						}
						System.out.println("FAIL veraPDF " + file + ": not compliant with " + claimed.getId());
						rules.forEach((id, n) -> System.out.println("     rule " + id + " failed " + n + "x: " + texts.get(id)));
					}
				}
			} catch (Exception e) {
				failed++;
				System.out.println("FAIL veraPDF " + file + ": " + e);
			}
		}
		System.exit(failed == 0 ? 0 : 1);
	}
}
