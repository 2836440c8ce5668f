package pdca.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.io.UserMessages.EN;
import static pdca.model.io.UserMessages.ZH_TW;
import static pdca.model.io.UserMessages.assertChinese;
import static pdca.model.io.UserMessages.assertMessageOf;
import static pdca.model.io.UserMessages.inLocale;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.logic.PlanStructure;
import pdca.model.seeds.Seed;
import pdca.model.validation.ElementPaths;
import pdca.model.validation.PlanValidation;
import pdca.model.validation.PlanValidator;
import pdca.model.validation.Problem;
import pdca.model.validation.ValidPlan;

/**
 * A plan file refers only to its own elements. References that lead elsewhere (a web address, a file, a shared
 * folder, another plan) are never followed: no request, no file read, and validation names the element and the
 * reference in the user's language.
 */
class OutsideReferencesTest {

	/** A plan whose method has a lead owner, a co-owner and a target unit; REF is replaced by the reference under test. */
	private static final String PLAN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<pdca:Plan xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:pdca="urn:pdca:plan:1" id="p1" formatVersion="1"
			    title="測試機關107年度提升服務品質執行計畫" rocYear="107" targetUnits="u1 REF">
			  <agency name="測試機關"/>
			  <organisation>
			    <units id="u1" name="研考科"/>
			  </organisation>
			  <strategies id="s1" number="1" text="服務一致及正確">
			    <methods id="m1" number="1" text="訂定各項人民申請案件之辦理期限" leadOwner="REF" coOwners="REF u1" schedule="107年12月"/>
			  </strategies>
			</pdca:Plan>
			""";

	@TempDir
	Path dir;

	private Path plan(String name, String reference) throws IOException {
		return Files.writeString(dir.resolve(name), PLAN.replace("REF", reference), StandardCharsets.UTF_8);
	}

	/** An HTTP server on the loopback interface that counts the requests it gets and answers with a valid plan. */
	private static HttpServer countingServer(AtomicInteger requests) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		byte[] body = PLAN.replace("REF", "u1").replace("研考科", "遠端單位").getBytes(StandardCharsets.UTF_8);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		return server;
	}

	private static String base(HttpServer server) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	@Test
	void webReferencesMakeNoRequestAndAreErrorsNamingElementAndReference() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = countingServer(requests);
		try {
			String evil = base(server) + "evil.pdca#u1";
			Path file = plan("web.pdca", evil);
			Plan plan = PlanFiles.load(file);

			// whatever a screen, the status or an export would ask for: nothing is fetched, nothing half-known appears
			Method method = PlanStructure.methods(plan).get(0);
			assertNull(method.getLeadOwner(), "the outside owner is left out");
			assertEquals(List.of("研考科"), method.getCoOwners().stream().map(Unit::getName).toList());
			assertEquals(List.of("研考科"), plan.getTargetUnits().stream().map(Unit::getName).toList());
			EcoreUtil.resolveAll(plan);
			assertEquals(1, plan.eResource().getResourceSet().getResources().size(), "no other document was loaded");

			for (Locale locale : new Locale[] { EN, ZH_TW }) {
				List<Problem> problems = inLocale(locale, () -> PlanValidation.validate(plan));
				List<Problem> outside = problems.stream().filter(p -> p.code() == PlanValidator.OUTSIDE_REFERENCE).toList();
				assertEquals(3, outside.size(), () -> problems.toString());
				for (Problem p : outside) {
					assertEquals(Problem.Severity.ERROR, p.severity());
					String what = assertMessageOf(locale, "rule.outsideReference", p.message());
					assertFalse(what.isBlank() || what.contains("null"), p.message());
					assertTrue(p.message().contains(evil), "the message shows the reference as written: " + p.message());
					assertFalse(p.message().contains("null") || p.message().contains("proxy"), p.message());
					if (locale == ZH_TW) {
						assertChinese(p.message());
					}
				}
				assertEquals(inLocale(locale, () -> ElementPaths.describe(method)), outside.get(1).path(),
						"the path names the method");
				assertTrue(outside.get(1).message().startsWith(inLocale(locale,
						() -> pdca.model.i18n.Messages.get("feature.WorkItem.leadOwner"))), outside.get(1).message());
				assertTrue(problems.stream().noneMatch(p -> p.message().contains("null")), () -> problems.toString());
			}

			// saving writes the plan without the reference, and again fetches nothing
			Path saved = dir.resolve("saved.pdca");
			PlanFiles.save(plan, saved);
			assertFalse(Files.readString(saved).contains(base(server)));
			assertEquals(0, requests.get(), "requests to " + base(server));
		} finally {
			server.stop(0);
		}
	}

	@Test
	void referenceAsAnElementAndAForeignNamespaceMakeNoRequestEither() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = countingServer(requests);
		try {
			String text = PLAN.replace(" leadOwner=\"REF\"", "").replace(" REF", "").replace("REF ", "")
					.replace("schedule=\"107年12月\"/>", "schedule=\"107年12月\">\n      <leadOwner href=\"" + base(server)
							+ "owner.pdca#u9\"/>\n    </methods>")
					.replace("<strategies id=\"s1\"", "<strategies href=\"" + base(server) + "more.pdca#s9\"/>\n  <strategies id=\"s1\"")
					.replace("xmlns:pdca=\"urn:pdca:plan:1\"", "xmlns:pdca=\"urn:pdca:plan:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
							+ " xsi:schemaLocation=\"urn:pdca:plan:1 " + base(server) + "plan.xsd\"");
			Path file = Files.writeString(dir.resolve("elements.pdca"), text);
			Plan plan = PlanFiles.load(file);
			assertEquals(1, plan.getStrategies().size(), "the strategy of another document is left out");
			assertNull(PlanStructure.methods(plan).get(0).getLeadOwner());
			List<Problem> outside = inLocale(EN, () -> PlanValidation.validate(plan)).stream()
					.filter(p -> p.code() == PlanValidator.OUTSIDE_REFERENCE).toList();
			assertEquals(2, outside.size(), outside::toString);
			assertTrue(outside.stream().anyMatch(p -> p.message().contains("more.pdca#s9")));
			assertTrue(outside.stream().anyMatch(p -> p.message().contains("owner.pdca#u9")));

			// a document of a namespace the workbench does not know, pointing at the server
			Path foreign = Files.writeString(dir.resolve("foreign.pdca"), "<?xml version=\"1.0\"?>\n<x:plan xmlns:x=\""
					+ base(server) + "ns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
					+ base(server) + "ns " + base(server) + "x.ecore\"/>\n");
			PlanFileException e = inLocale(EN, () -> assertThrows(PlanFileException.class, () -> PlanFiles.load(foreign)));
			assertMessageOf(EN, "load.foreignXml", e.getMessage());
			assertEquals(0, requests.get());
		} finally {
			server.stop(0);
		}
	}

	@Test
	void fileReferenceToAnotherPlanIsNotRead() throws Exception {
		Path other = dir.resolve("other.pdca");
		Files.copy(Seed.PLANNING_107.file(), other);
		String unitOfOther = "cc377345-80b7-4985-a76a-354f1014c33c"; // 本處管制考核科 of the other plan
		for (String reference : List.of(URI.createFileURI(other.toString()) + "#" + unitOfOther, "other.pdca#" + unitOfOther,
				"./other.pdca#" + unitOfOther)) {
			Path file = plan("file-" + Math.abs(reference.hashCode()) + ".pdca", reference);
			Plan plan = PlanFiles.load(file);
			EcoreUtil.resolveAll(plan);
			assertNull(PlanStructure.methods(plan).get(0).getLeadOwner(), reference);
			assertEquals(1, plan.eResource().getResourceSet().getResources().size(), "the other plan was not loaded");
			List<Problem> problems = inLocale(EN, () -> PlanValidation.validate(plan));
			assertEquals(3, problems.stream().filter(p -> p.code() == PlanValidator.OUTSIDE_REFERENCE).count(), reference);
			assertTrue(problems.stream().noneMatch(p -> p.message().contains("本處管制考核科")),
					"nothing of the other plan appears: " + problems);
		}
	}

	@Test
	void fileReferenceIsNeverOpened() throws Exception {
		// a named pipe: opening it for reading would wait for a writer that never comes
		Path pipe = dir.resolve("pipe.pdca");
		Process mkfifo;
		try {
			mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		} catch (IOException e) {
			Assumptions.abort("no mkfifo here");
			return;
		}
		Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "no named pipe here");
		Path file = plan("pipe-ref.pdca", URI.createFileURI(pipe.toString()) + "#u1");
		Plan plan = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			Plan p = PlanFiles.load(file);
			EcoreUtil.resolveAll(p);
			PlanValidation.validate(p);
			return p;
		});
		assertNull(PlanStructure.methods(plan).get(0).getLeadOwner());
	}

	@Test
	void sharedFolderPlatformAndOtherSchemesAreReportedToo() throws Exception {
		for (String reference : List.of("\\\\127.0.0.1\\share\\plan.pdca#u1", "platform:/resource/plans/106/x.pdca#u1",
				"https://127.0.0.1:1/x.pdca#u1", "urn:pdca:plan:1#//Unit", "../106/x.pdca#u1", "jar:file:/tmp/x.jar!/x.pdca#u1")) {
			Path file = plan("scheme-" + Math.abs(reference.hashCode()) + ".pdca", reference);
			Plan plan = PlanFiles.load(file);
			List<Problem> problems = inLocale(ZH_TW, () -> PlanValidation.validate(plan));
			List<Problem> outside = problems.stream().filter(p -> p.code() == PlanValidator.OUTSIDE_REFERENCE).toList();
			assertEquals(3, outside.size(), reference + ": " + problems);
			assertTrue(outside.get(0).message().contains("「" + reference + "」"), outside.get(0).message());
			assertTrue(problems.stream().allMatch(p -> p.code() != 0), "only the plan's own rules speak: " + problems);
		}
	}

	@Test
	void referenceToTheFileItselfIsFoundInIt() throws Exception {
		Path file = plan("self.pdca", "self.pdca#u1");
		Plan plan = PlanFiles.load(file);
		Method method = PlanStructure.methods(plan).get(0);
		assertEquals("研考科", method.getLeadOwner().getName());
		assertSame(plan.getOrganisation().getUnits().get(0), method.getLeadOwner());
		assertTrue(PlanValidation.validate(plan).stream().noneMatch(p -> p.code() == PlanValidator.OUTSIDE_REFERENCE));
	}

	@Test
	void pickingAnotherOwnerClearsTheError() throws Exception {
		Plan plan = PlanFiles.load(plan("fix.pdca", "http://127.0.0.1:1/x.pdca#u1"));
		Method method = PlanStructure.methods(plan).get(0);
		assertEquals(3, OutsideReferences.of(plan).size());
		method.setLeadOwner(plan.getOrganisation().getUnits().get(0));
		assertEquals(2, OutsideReferences.of(plan).size(), "the lead owner is fixed; co-owner and target unit remain");
		assertTrue(OutsideReferences.of(plan).stream().noneMatch(r -> r.reference() == PdcaPackage.Literals.WORK_ITEM__LEAD_OWNER));
	}

	@Test
	void referenceMadeInMemoryIsReportedInTheUsersLanguageAndNotSaved() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = countingServer(requests);
		try {
			ValidPlan v = new ValidPlan();
			Path file = dir.resolve("memory.pdca");
			PlanFiles.save(v.plan, file);
			Plan plan = PlanFiles.load(file);
			Unit elsewhere = PdcaFactory.eINSTANCE.createUnit();
			((InternalEObject) elsewhere).eSetProxyURI(URI.createURI(base(server) + "units.pdca#u1"));
			PlanStructure.actions(plan).get(0).setLeadOwner(elsewhere);

			for (Locale locale : new Locale[] { EN, ZH_TW }) {
				List<Problem> problems = inLocale(locale, () -> PlanValidation.validate(plan));
				assertTrue(problems.stream().anyMatch(p -> p.code() == PlanValidator.OUTSIDE_REFERENCE
						&& p.message().contains(base(server) + "units.pdca#u1")), problems::toString);
				assertTrue(problems.stream().noneMatch(p -> p.message().contains("unresolved proxy") || p.message().contains("null")),
						problems::toString);
			}
			byte[] before = Files.readAllBytes(file);
			PlanFileException e = inLocale(EN, () -> assertThrows(PlanFileException.class, () -> PlanFiles.save(plan, file)));
			assertMessageOf(EN, "save.outsideReference", e.getMessage());
			assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
			assertEquals(0, requests.get());
		} finally {
			server.stop(0);
		}
	}

	@Test
	void resourceSetOfTheEditorOpensNothing() throws Exception {
		ResourceSet set = PlanFiles.newResourceSet();
		Path other = dir.resolve("other.pdca");
		Files.copy(Seed.ELECTION_100.file(), other);
		URI uri = URI.createFileURI(other.toString());
		assertNull(set.getResource(uri, true), "no document is loaded on demand");
		assertFalse(set.getURIConverter().exists(uri, null));
		assertThrows(IOException.class, () -> set.getURIConverter().createInputStream(uri));
		assertThrows(IOException.class, () -> set.getURIConverter().createOutputStream(uri));
		assertTrue(Files.size(other) > 0);
	}
}
