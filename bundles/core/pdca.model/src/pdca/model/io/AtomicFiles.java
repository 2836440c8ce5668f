package pdca.model.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Files replaced whole: the new content goes to a temporary file beside the target, is forced to disk and renamed
 * over the target, and the folder is forced to disk after the rename. A reader, a crash or a kill at any moment
 * sees the old file or the new one, never a mixture; a failure leaves the old file as it was and removes the
 * temporary file.
 *
 * <p>A process killed while writing cannot remove its temporary file. Such files (hidden, named
 * {@code .<file>.<number>.tmp}) are removed by the next write or plan load in the same folder once they are
 * {@linkplain #STALE_AFTER a minute old} and no process holds the lock their writer keeps while writing.
 */
public final class AtomicFiles {

	/** Writes the new content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** A temporary file untouched for this long, and not locked, was left by a writer that died. */
	public static final Duration STALE_AFTER = Duration.ofMinutes(1);

	/** {@code .<file name>.<unsigned decimal number>.tmp}: the temporary files of {@link #write}. */
	private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9]{1,20}\\.tmp");

	private static final SecureRandom RANDOM = new SecureRandom();

	private AtomicFiles() {
	}

	/**
	 * Replaces {@code file} (or creates it, with its folders) with what {@code content} writes. The file keeps its
	 * permissions; a new file gets those of any new file. Stale temporary files in the folder are removed first.
	 *
	 * @throws IOException or whatever {@code content} throws; the old file is then unchanged and no temporary file
	 *                     is left
	 */
	public static void write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		Files.createDirectories(folder);
		removeStaleTemporaryFiles(folder);
		Path temp = newTemporaryFile(folder, target.getFileName().toString());
		boolean renamed = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				lock(channel); // held until the channel closes: a temporary file nobody holds is not being written
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				content.writeTo(new FilterOutputStream(out) {
					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						out.write(b, off, len);
					}

					@Override
					public void close() throws IOException {
						flush(); // the channel stays open until it is forced to disk
					}
				});
				out.flush();
				channel.force(true);
			}
			keepPermissions(target, temp);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			renamed = true;
			forceFolder(folder);
		} finally {
			if (!renamed) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException ignored) {
					// hidden and harmless; the next write in the folder removes it once it is stale
				}
			}
		}
	}

	/**
	 * Forces the entries of {@code folder} (a rename into it, a new file) to disk, where the system can: on Linux
	 * and macOS a folder is opened and synchronised like a file; on Windows it cannot be opened, and there nothing
	 * is done.
	 */
	public static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			// not supported for folders here; the rename itself has happened
		}
	}

	/**
	 * Removes the temporary files that writers killed or crashed left in {@code folder}: those of the naming of
	 * {@link #write} not modified for {@link #STALE_AFTER} and not locked by a writer. Nothing else is touched;
	 * nothing is reported when the folder cannot be read or a file cannot be removed.
	 *
	 * @return how many files were removed
	 */
	public static int removeStaleTemporaryFiles(Path folder) {
		int removed = 0;
		Instant staleBefore = Instant.now().minus(STALE_AFTER);
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.tmp")) {
			for (Path p : entries) {
				if (TEMPORARY.matcher(p.getFileName().toString()).matches() && isStale(p, staleBefore)) {
					try {
						if (Files.deleteIfExists(p)) {
							removed++;
						}
					} catch (IOException e) {
						// read-only folder or file in use: it stays hidden, and is tried again next time
					}
				}
			}
		} catch (IOException | DirectoryIteratorException | SecurityException e) {
			// a folder that cannot be listed has nothing we could remove
		}
		return removed;
	}

	private static boolean isStale(Path p, Instant staleBefore) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (!attributes.isRegularFile() || attributes.lastModifiedTime().toInstant().isAfter(staleBefore)) {
				return false;
			}
		} catch (IOException e) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(p, StandardOpenOption.READ)) {
			FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
			if (lock == null) {
				return false; // another process is still writing it
			}
			lock.release();
			return true;
		} catch (OverlappingFileLockException e) {
			return false; // this process is writing it
		} catch (IOException e) {
			return true; // no locks on this file system: its age decides
		}
	}

	private static void lock(FileChannel channel) {
		try {
			channel.tryLock();
		} catch (IOException | OverlappingFileLockException e) {
			// no locks on this file system: the age of a temporary file alone tells whether it is stale
		}
	}

	/**
	 * A new empty file beside {@code target} named as the temporary files of {@link #write}, for content that is
	 * renamed into place later; if it is never renamed, it is removed as stale like theirs.
	 */
	public static Path newTemporaryFile(Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		return newTemporaryFile(absolute.getParent(), absolute.getFileName().toString());
	}

	/**
	 * A new empty file beside the target. Unlike {@link Files#createTempFile}, which makes it readable by its owner
	 * only, it gets the permissions of any new file, so a new plan can be shared like any other file.
	 */
	private static Path newTemporaryFile(Path folder, String name) throws IOException {
		while (true) {
			Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
			try {
				return Files.createFile(temp);
			} catch (FileAlreadyExistsException e) {
				// try another name
			}
		}
	}

	/** The file replacing the old one keeps the old one's permissions (e.g. group write on a shared drive). */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
		}
	}
}
