package pdca.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writing files so that a reader never sees half of one: each file goes through a temporary file that is forced to
 * disk and then moved over its name; the exports stage their files in a hidden folder beside the destination and
 * remove it when they stop, whatever the reason.
 */
final class AtomicFiles {

	private AtomicFiles() {
	}

	/** What writes a file's bytes. */
	@FunctionalInterface
	interface Body {
		void write(OutputStream out) throws Exception;
	}

	/** Writes {@code file} in {@code dir} through a temporary file forced to disk and then moved. */
	static Path write(Path dir, String file, Body body) throws Exception {
		Path tmp = Files.createTempFile(dir, "." + file, ".tmp");
		try {
			try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
				body.write(o);
			}
			readableByOthers(tmp, false);
			try (var ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				ch.force(true);
			}
			Path target = dir.resolve(file);
			moveInto(tmp, target);
			return target;
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	/**
	 * Temporary files and folders are private to the user; exported documents are meant to be shared, so they get
	 * the usual permissions (rw-r--r--, rwxr-xr-x) where the file system has POSIX permissions.
	 */
	static void readableByOthers(Path p, boolean folder) throws IOException {
		if (Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(folder ? "rwxr-xr-x" : "rw-r--r--"));
		}
	}

	/** Moves {@code from} over {@code to}, atomically where the file system can. */
	static void moveInto(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	static List<Path> listFiles(Path dir) throws IOException {
		List<Path> result = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
			ds.forEach(result::add);
		}
		return result;
	}

	/** Removes a staging folder and its files (not deeper); best effort. */
	static void deleteTree(Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try {
			for (Path p : listFiles(dir)) {
				Files.deleteIfExists(p);
			}
			Files.deleteIfExists(dir);
		} catch (IOException e) {
			// best effort: a staging folder left behind is hidden and named .partial
		}
	}
}
