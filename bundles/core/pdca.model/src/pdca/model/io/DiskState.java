package pdca.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a plan file held on disk when it was read or written: its size and the SHA-256 of its bytes. Whoever
 * writes a plan back (the editor's save, a command that rewrites a file) compares the file's state now with the
 * state it read, so that a change made meanwhile by another program or person is never overwritten silently.
 *
 * @param size   the file's size in bytes, or -1 when there is no file
 * @param sha256 the hex SHA-256 of its bytes, or "" when there is no file
 */
public record DiskState(long size, String sha256) {

	/** No file. */
	public static final DiskState ABSENT = new DiskState(-1, "");

	/** The state of {@code file} now; {@link #ABSENT} when it does not exist. */
	public static DiskState of(Path file) throws IOException {
		MessageDigest digest = newDigest();
		long size = 0;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
				size += n;
			}
		} catch (NoSuchFileException e) {
			return ABSENT;
		}
		return new DiskState(size, HexFormat.of().formatHex(digest.digest()));
	}

	/** The state of a file holding {@code bytes}. */
	public static DiskState of(byte[] bytes) {
		return new DiskState(bytes.length, HexFormat.of().formatHex(newDigest().digest(bytes)));
	}

	/** Whether there is a file. */
	public boolean exists() {
		return size >= 0;
	}

	/**
	 * Whether {@code file} was changed since this state was taken: it holds other bytes now, or it appeared. A
	 * file deleted meanwhile counts as unchanged (writing it again loses nobody's work).
	 */
	public boolean changedIn(Path file) throws IOException {
		DiskState now = of(file);
		return now.exists() && !now.equals(this);
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JDK has no SHA-256", e);
		}
	}
}
