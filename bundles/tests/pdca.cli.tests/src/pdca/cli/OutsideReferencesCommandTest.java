package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import pdca.samples.SamplePlans;

/**
 * A plan whose owner is an address on the network or another file: {@code pdca validate}, {@code export},
 * {@code summary} and {@code status} fetch and read nothing, and say which element refers where.
 */
class OutsideReferencesCommandTest extends CliRunning {

	/** The lead owner of 一、（一） of the 107 seed plan: 本處管制考核科. */
	private static final String OWNER = "leadOwner=\"cc377345-80b7-4985-a76a-354f1014c33c\"";

	@TempDir
	Path temp;

	private static Path changhua() {
		return SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith("changhua")).findFirst()
				.orElseThrow();
	}

	/** The 107 seed plan with the lead owner of 一、（一） replaced by {@code reference}. */
	private Path planReferringTo(String reference) throws IOException {
		String text = Files.readString(changhua(), StandardCharsets.UTF_8);
		assertTrue(text.contains(OWNER));
		return Files.writeString(temp.resolve("changhua.pdca"), text.replaceFirst(OWNER, "leadOwner=\"" + reference + "\""),
				StandardCharsets.UTF_8);
	}

	@Test
	void webAddressIsNeitherFetchedByValidateNorByExport() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		byte[] plan = Files.readAllBytes(changhua());
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(200, plan.length);
			exchange.getResponseBody().write(plan);
			exchange.close();
		});
		server.start();
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.pdca#u1";
			Path file = planReferringTo(url);

			assertEquals(Cli.FOUND_ERRORS, run("validate", file.toString()));
			List<String> errors = out().lines().filter(l -> l.contains("\tERROR\t")).toList();
			assertEquals(1, errors.size(), out());
			String[] columns = errors.get(0).split("\t");
			assertEquals(file.toString(), columns[0]);
			assertTrue(columns[2].startsWith("一、（一） 訂定各項人民申請案件"), "the element: " + columns[2]);
			assertEquals("The lead owner points to \"" + url + "\", outside this plan file. A plan refers only to its own"
					+ " elements, so this reference was not followed and is left out; pick one of this plan instead (saving does"
					+ " not keep the reference).", columns[3]);
			assertFalse(out().contains("null") || out().contains("proxy"), out());

			Locale.setDefault(Locale.TAIWAN);
			assertEquals(Cli.FOUND_ERRORS, run("validate", "--errors-only", file.toString()));
			assertTrue(out().contains("\t主辦單位指向本計畫檔以外的「" + url + "」。"), out());
			Locale.setDefault(Locale.ENGLISH);

			Path dest = temp.resolve("packets");
			assertEquals(Cli.FOUND_ERRORS, run("export", "-o", dest.toString(), file.toString()));
			assertEquals(file + "\tFAILED", out().strip());
			assertEquals(1, err().lines().count(), err());
			assertTrue(err().startsWith(file + ": the packet was not made: the plan refers to 1 element(s) outside its file"),
					err());
			assertTrue(err().contains(url), err());
			assertFalse(Files.exists(dest), "no packet");

			assertEquals(Cli.OK, run("summary", file.toString()));
			assertEquals(Cli.OK, run("status", file.toString(), "-q", "4"));
			assertFalse(out().contains("null"), out());

			assertEquals(0, requests.get(), "requests to the address in the plan");
		} finally {
			server.stop(0);
		}
	}

	@Test
	void otherPlanFileIsNotRead() throws Exception {
		Path tracking = SamplePlans.trackingFiles().stream().filter(p -> p.getFileName().toString().startsWith("tainan"))
				.findFirst().orElseThrow();
		Path other = Files.copy(tracking, temp.resolve("other.pdca"));
		String text = Files.readString(other, StandardCharsets.UTF_8);
		java.util.regex.Matcher unit = java.util.regex.Pattern.compile("<units id=\"([^\"]+)\" name=\"牌照課\"").matcher(text);
		assertTrue(unit.find());
		String reference = URI.createFileURI(other.toString()) + "#" + unit.group(1);
		Path file = planReferringTo(reference);
		assertEquals(Cli.FOUND_ERRORS, run("validate", file.toString()));
		// the message names the reference (a long one cut short with "…" after 80 characters) and reads nothing of it
		String named = reference.length() <= 80 ? reference + "\"" : reference.substring(0, 70);
		assertTrue(out().contains("\"" + named) && out().contains(", outside this plan file"), out());
		assertFalse(out().contains("牌照課"), "nothing of the other plan: " + out());
		assertEquals(Cli.OK, run("summary", "--json", file.toString()));
		assertFalse(out().contains("牌照課"), out());
	}
}
