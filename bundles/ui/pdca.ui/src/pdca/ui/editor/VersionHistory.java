package pdca.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;

/**
 * The previous versions of each plan file: before the editor writes a plan, the file's content as it is on disk is
 * kept here, so an earlier state can be compared and restored from the workbench. The newest {@link #KEPT}
 * versions per file are kept, in the workspace's metadata ({@code history/<hash of the file's path>/<time>.pdca}).
 */
public final class VersionHistory {

	/** How many previous versions are kept per plan file. */
	public static final int KEPT = 50;

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
			.withZone(ZoneOffset.UTC);

	/** One kept version: its time and its file. */
	public record Version(Instant time, Path file) {
	}

	private final Path folder;

	VersionHistory(Path folder) {
		this.folder = folder;
	}

	/** The history of the running workspace. */
	public static VersionHistory ofWorkspace() {
		IPath state = Platform.getStateLocation(FrameworkUtil.getBundle(VersionHistory.class));
		return new VersionHistory(state.append("history").toPath());
	}

	/** Keeps what {@code file} holds on disk now as a previous version (nothing when it does not exist). */
	void keep(IFile file) throws PlanFileException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file.getLocation().toPath());
		} catch (NoSuchFileException e) {
			return;
		} catch (IOException e) {
			ILog.of(VersionHistory.class).warn("Cannot read " + file + " to keep its previous version", e);
			return;
		}
		Path dir = folderOf(file);
		List<Version> versions = versions(file);
		if (!versions.isEmpty()) {
			try {
				if (java.util.Arrays.equals(bytes, Files.readAllBytes(versions.get(0).file()))) {
					return; // the same content as the newest kept version
				}
			} catch (IOException e) {
				// keep it anyway
			}
		}
		Instant now = Instant.now();
		if (!versions.isEmpty() && !now.isAfter(versions.get(0).time())) {
			now = versions.get(0).time().plusMillis(1);
		}
		PlanFiles.writeAtomically(dir.resolve(NAME.format(now) + ".pdca"), bytes);
		List<Version> all = versions(file);
		for (Version old : all.subList(Math.min(KEPT, all.size()), all.size())) {
			try {
				Files.deleteIfExists(old.file());
			} catch (IOException e) {
				ILog.of(VersionHistory.class).warn("Cannot remove the old version " + old.file(), e);
			}
		}
	}

	/** The kept versions of {@code file}, newest first. */
	public List<Version> versions(IFile file) {
		List<Version> result = new ArrayList<>();
		Path dir = folderOf(file);
		if (!Files.isDirectory(dir)) {
			return result;
		}
		try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, "*.pdca")) {
			for (Path p : list) {
				String name = p.getFileName().toString();
				try {
					result.add(new Version(Instant.from(NAME.parse(name.substring(0, name.length() - ".pdca".length()))), p));
				} catch (RuntimeException e) {
					// not one of ours
				}
			}
		} catch (IOException e) {
			ILog.of(VersionHistory.class).warn("Cannot list the versions in " + dir, e);
		}
		result.sort((a, b) -> b.time().compareTo(a.time()));
		return result;
	}

	private Path folderOf(IFile file) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
					.digest(file.getFullPath().toPortableString().getBytes(StandardCharsets.UTF_8));
			return folder.resolve(HexFormat.of().formatHex(hash, 0, 12));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
