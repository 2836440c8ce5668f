package pdca.update.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pdca.update.UpdateMessages;
import pdca.update.UpdateSite;

/** The update site address: as typed by a user or an IT unit, and where it is taken from. */
class UpdateSiteTest {

	@TempDir
	Path temp;

	@AfterEach
	void forget() throws Exception {
		UpdateSite.setPreference("");
		System.clearProperty(UpdateSite.PROPERTY);
	}

	@Test
	void anIntranetAddressIsTakenAsItIs() throws Exception {
		assertEquals(URI.create("https://intranet.example.gov.tw/pdca/updates"),
				UpdateSite.toUri("  https://intranet.example.gov.tw/pdca/updates "));
		assertEquals(URI.create("file:///srv/pdca/updates"), UpdateSite.toUri("file:///srv/pdca/updates"));
	}

	@Test
	void aFolderBecomesAFileAddressSpacesIncluded() throws Exception {
		Path folder = temp.resolve("更新 網站");
		URI uri = UpdateSite.toUri(folder.toString());
		assertEquals("file", uri.getScheme());
		assertEquals(folder.toAbsolutePath(), Path.of(uri));
		assertTrue(uri.toString().contains("%20"), uri.toString());
	}

	@Test
	void anAddressThatCannotBeUsedSaysWhy() {
		assertEquals(UpdateMessages.site_noHost, assertThrows(URISyntaxException.class, () -> UpdateSite.toUri("https:///pdca")).getReason());
		assertEquals(UpdateMessages.site_scheme, assertThrows(URISyntaxException.class, () -> UpdateSite.toUri("javascript:alert(1)")).getReason());
		assertEquals(UpdateMessages.site_empty, assertThrows(URISyntaxException.class, () -> UpdateSite.toUri("   ")).getReason());
		assertEquals(UpdateMessages.site_relative, assertThrows(URISyntaxException.class, () -> UpdateSite.toUri("ftp//intranet")).getReason(),
				"a folder relative to where the workbench started is refused");
	}

	@Test
	void theItUnitsFileGivesItsFirstAddressLine() throws Exception {
		Path file = temp.resolve(UpdateSite.FILE);
		Files.writeString(file, "\uFEFF# 本機關的更新網站\n\n   https://intranet.example.gov.tw/pdca  \nhttps://second.example\n", StandardCharsets.UTF_8);
		assertEquals("https://intranet.example.gov.tw/pdca", UpdateSite.fromFile(file));
		Files.writeString(file, "# only a comment\n\n", StandardCharsets.UTF_8);
		assertEquals("", UpdateSite.fromFile(file));
		assertEquals("", UpdateSite.fromFile(temp.resolve("missing.txt")));
	}

	@Test
	void theUsersAddressComesBeforeTheInstallations() throws Exception {
		System.setProperty(UpdateSite.PROPERTY, "https://agency.example/updates");
		assertEquals("https://agency.example/updates", UpdateSite.current());
		UpdateSite.setPreference(" https://mine.example/updates ");
		assertEquals("https://mine.example/updates", UpdateSite.preference());
		assertEquals("https://mine.example/updates", UpdateSite.current());
		UpdateSite.setPreference("");
		assertEquals("https://agency.example/updates", UpdateSite.current());
	}
}
