package pdca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import pdca.samples.SamplePlans;

/** The {@code pdca} command line as a user runs it: output, messages and exit status. */
class CliTest extends CliRunning {


	@TempDir
	Path temp;

	private static Path seed(String name) {
		return SamplePlans.planFiles().stream().filter(p -> p.getFileName().toString().startsWith(name)).findFirst()
				.orElseThrow();
	}

	@Test
	void validateAcceptsAllFiveSeedPlans() {
		List<String> args = new ArrayList<>(List.of("validate"));
		SamplePlans.planFiles().forEach(p -> args.add(p.toString()));
		assertEquals(5, args.size() - 1);
		int status = run(args.toArray(String[]::new));
		assertEquals(Cli.OK, status, out() + err());
		assertFalse(out().contains("\tERROR\t"), out());
		assertTrue(err().startsWith("5 file(s): 0 error(s)"), err());
	}

	@Test
	void validateReportsOneTabSeparatedLinePerProblem() throws IOException {
		Path plan = temp.resolve("no-owner.pdca");
		Files.copy(seed("changhua"), plan);
		String xml = Files.readString(plan).replaceFirst(" leadOwner=\"[^\"]+\"", "");
		Files.writeString(plan, xml);
		int status = run("validate", plan.toString());
		assertEquals(Cli.OK, status, "a missing owner is a warning, not an error");
		String line = out().lines().filter(l -> l.contains("\tWARNING\t")).findFirst().orElseThrow();
		String[] columns = line.split("\t");
		assertEquals(4, columns.length, line);
		assertEquals(plan.toString(), columns[0]);
		assertTrue(columns[2].startsWith("一、（一）"), "the path names the method: " + columns[2]);
		assertTrue(columns[3].contains("owner"), columns[3]);
	}

	@Test
	void validateRejectsAHostileFileNamingIt() throws IOException {
		Path hostile = temp.resolve("xxe.pdca");
		Files.writeString(hostile, """
				<?xml version="1.0"?>
				<!DOCTYPE plan [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<pdca:Plan xmlns:pdca="urn:pdca:plan:1" title="&secret;"/>
				""");
		int status = run("validate", hostile.toString());
		assertEquals(Cli.USAGE, status);
		assertTrue(out().startsWith(hostile + ":"), out());
		assertTrue(out().contains("DOCTYPE"), out());
		assertFalse(out().contains("root:"), "the entity must not be expanded");
		assertFalse(out().contains("\tat "), "no stack trace");
	}

	@Test
	void validateFailsForACorruptFileAmongGoodOnes() throws IOException {
		Path truncated = temp.resolve("truncated.pdca");
		String xml = Files.readString(seed("tainan"));
		Files.writeString(truncated, xml.substring(0, xml.length() / 2));
		int status = run("validate", seed("keelung").toString(), truncated.toString());
		assertEquals(Cli.FOUND_ERRORS, status);
		assertTrue(out().matches("(?s).*" + java.util.regex.Pattern.quote(truncated.toString()) + ":\\d+\tERROR.*"), out());
	}

	@Test
	void missingFileIsAClearErrorNotAStackTrace() {
		int status = run("summary", temp.resolve("nowhere.pdca").toString());
		assertEquals(Cli.USAGE, status);
		assertTrue(err().contains("nowhere.pdca"), err());
		assertTrue(err().contains("does not exist"), err());
	}

	@Test
	void unknownOptionAndCommandExitWithUsageStatus() {
		assertEquals(Cli.USAGE, run("validate", "--frobnicate", "x.pdca"));
		assertTrue(err().contains("--frobnicate"), err());
		assertEquals(Cli.USAGE, run("frobnicate"));
		assertTrue(err().contains("frobnicate"), err());
		assertEquals(Cli.USAGE, run());
	}

	@Test
	void helpListsCommandsAndCommandHelpListsOptions() {
		assertEquals(Cli.OK, run("--help"));
		assertTrue(out().contains("validate") && out().contains("summary"), out());
		assertEquals(Cli.OK, run("summary", "--help"));
		assertTrue(out().contains("--json"), out());
	}

	@Test
	void summaryJsonOfTheMotorVehicleStationPlan() {
		assertEquals(Cli.OK, run("summary", "--json", seed("tainan").toString()));
		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals(1, json.get("schema").getAsInt());
		assertEquals(106, json.get("rocYear").getAsInt());
		assertEquals("MOTOR_VEHICLE_STATION", json.getAsJsonObject("agency").get("type").getAsString());
		JsonObject counts = json.getAsJsonObject("counts");
		assertEquals(6, counts.get("strategies").getAsInt());
		assertEquals(22, counts.get("methods").getAsInt());
		assertEquals(74, counts.get("actions").getAsInt());
		JsonObject quarters = json.getAsJsonObject("deadlinesPerQuarter");
		assertTrue(quarters.get("Q2").getAsInt() > quarters.get("Q1").getAsInt(),
				"most deadlines of this plan are 6月完成: " + quarters);
		assertEquals(2017 + "-01-01", json.getAsJsonObject("period").get("start").getAsString());
	}

	@Test
	void summaryTextIsTraditionalChineseByDefaultLocale() {
		Locale.setDefault(Locale.TAIWAN);
		assertEquals(Cli.OK, run("summary", seed("changhua").toString()));
		assertTrue(out().contains("彰化縣政府計畫處"), out());
		assertTrue(out().contains("民國 107 年"), out());
		assertTrue(out().contains("本處研究發展科"), out());
	}
}
