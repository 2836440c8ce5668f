package pdca.ui.editor;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;

/**
 * Unsaved work kept on disk, so that a crash (power cut, killed process) loses at most the last half minute: a
 * dirty plan editor writes its plan here regularly ({@link PlanEditor#AUTOSAVE_MS}); saving, reloading or closing
 * it without saving removes the copy. What is still here when the workbench starts was not ended cleanly and is
 * offered back ({@link RecoveryOffer}).
 *
 * <p>The area is a folder of the workspace's metadata; each entry is {@code <key>.pdca} (the plan as it was in the
 * editor) and {@code <key>.properties} (the workspace path of the plan file and the time), both written atomically.
 */
public final class Recovery {

	/** An unsaved state of a plan file. */
	public record Entry(IPath file, Instant time, Path plan) {

		/** The plan file in the workspace it belongs to. */
		public IFile workspaceFile() {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(file);
		}
	}

	private final Path folder;

	Recovery(Path folder) {
		this.folder = folder;
	}

	/** The recovery area of the running workspace. */
	public static Recovery ofWorkspace() {
		IPath state = Platform.getStateLocation(FrameworkUtil.getBundle(Recovery.class));
		return new Recovery(state.append("recovery").toPath());
	}

	/** The folder holding the entries. */
	Path folder() {
		return folder;
	}

	/** Keeps the current state of {@code plan}, the content of the editor of {@code file}. */
	void store(IFile file, Plan plan) throws PlanFileException {
		String key = key(file);
		PlanFiles.save(plan, folder.resolve(key + ".pdca"));
		Properties p = new Properties();
		p.setProperty("file", file.getFullPath().toString());
		p.setProperty("time", Instant.now().toString());
		StringWriter text = new StringWriter();
		try {
			p.store(text, null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		PlanFiles.writeAtomically(folder.resolve(key + ".properties"), text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Forgets the unsaved state of {@code file}. */
	void discard(IFile file) {
		discard(key(file));
	}

	/** Forgets an entry. */
	public void discard(Entry entry) {
		discard(key(entry.workspaceFile()));
	}

	private void discard(String key) {
		try {
			Files.deleteIfExists(folder.resolve(key + ".properties"));
			Files.deleteIfExists(folder.resolve(key + ".pdca"));
		} catch (IOException e) {
			ILog.of(Recovery.class).warn("Cannot remove the recovery copy " + key, e);
		}
	}

	/** Whether an unsaved state of {@code file} is kept. */
	boolean has(IFile file) {
		return Files.exists(folder.resolve(key(file) + ".properties"));
	}

	/** Every unsaved state kept, oldest first; entries that cannot be read are skipped. */
	public List<Entry> entries() {
		List<Entry> result = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return result;
		}
		try (DirectoryStream<Path> list = Files.newDirectoryStream(folder, "*.properties")) {
			for (Path properties : list) {
				String name = properties.getFileName().toString();
				Path plan = folder.resolve(name.substring(0, name.length() - ".properties".length()) + ".pdca");
				try {
					Properties p = new Properties();
					p.load(new StringReader(Files.readString(properties, StandardCharsets.UTF_8)));
					if (Files.exists(plan) && p.getProperty("file") != null) {
						result.add(new Entry(IPath.fromPortableString(p.getProperty("file")),
								Instant.parse(p.getProperty("time", Instant.EPOCH.toString())), plan));
					}
				} catch (IOException | RuntimeException e) {
					ILog.of(Recovery.class).warn("Cannot read the recovery entry " + properties, e);
				}
			}
		} catch (IOException e) {
			ILog.of(Recovery.class).warn("Cannot list the recovery area " + folder, e);
		}
		result.sort((a, b) -> a.time().compareTo(b.time()));
		return result;
	}

	/** A file name for the entries of {@code file}: a hash of its workspace path. */
	private static String key(IFile file) {
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
					.digest(file.getFullPath().toPortableString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
