package pdca.model.io;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A folder of the real disk seen through a file system that fails on purpose: writes fail with "No space left on
 * device" once a number of bytes has been written to new files, forcing a file to disk fails with "Input/output
 * error", or forcing a folder to disk fails. Everything else goes to the real folder, so what the code under test
 * leaves there can be checked with ordinary {@link Files} calls on {@link #real(Path)}.
 */
final class FaultyDisk extends FileSystem {

	/** What fails. */
	enum Fault {
		/** Nothing: the disk behaves, and counts what is written. */
		NONE,
		/** The disk is full once {@code limit} bytes have been written to it. */
		FULL,
		/** Forcing a file to disk fails after its content was written. */
		FILE_SYNC,
		/** Forcing a folder to disk fails (after a rename into it). */
		FOLDER_SYNC
	}

	private final Provider provider = new Provider();
	private final Path root;
	private final Fault fault;
	private final long limit;
	private final AtomicLong written = new AtomicLong();
	private final List<Path> writtenFiles = new ArrayList<>();
	private final List<String> events = new ArrayList<>();

	FaultyDisk(Path root, Fault fault, long limit) {
		this.root = root.toAbsolutePath();
		this.fault = fault;
		this.limit = limit;
	}

	/** The path of the real folder's {@code relative} as this file system sees it. */
	Path path(String relative) {
		return new FaultyPath(this, root.resolve(relative));
	}

	/** The real path behind a path of this file system. */
	static Path real(Path p) {
		return ((FaultyPath) p).real;
	}

	/** Bytes written to files of this file system so far. */
	long written() {
		return written.get();
	}

	/**
	 * What was done to the disk, in order: {@code write NAME} (first write to a file), {@code force NAME} (a file
	 * forced to disk), {@code move NAME -> NAME}, {@code force folder NAME}.
	 */
	synchronized List<String> events() {
		return List.copyOf(events);
	}

	private synchronized void event(String event) {
		if (events.isEmpty() || !events.get(events.size() - 1).equals(event)) {
			events.add(event);
		}
	}

	/** The files written to (the temporary files of a save among them), in order. */
	synchronized List<Path> writtenFiles() {
		return List.copyOf(writtenFiles);
	}

	@Override
	public FileSystemProvider provider() {
		return provider;
	}

	@Override
	public void close() {
	}

	@Override
	public boolean isOpen() {
		return true;
	}

	@Override
	public boolean isReadOnly() {
		return false;
	}

	@Override
	public String getSeparator() {
		return root.getFileSystem().getSeparator();
	}

	@Override
	public Iterable<Path> getRootDirectories() {
		return List.of(new FaultyPath(this, root.getRoot()));
	}

	@Override
	public Iterable<FileStore> getFileStores() {
		return root.getFileSystem().getFileStores();
	}

	@Override
	public Set<String> supportedFileAttributeViews() {
		return root.getFileSystem().supportedFileAttributeViews();
	}

	@Override
	public Path getPath(String first, String... more) {
		return new FaultyPath(this, root.getFileSystem().getPath(first, more));
	}

	@Override
	public PathMatcher getPathMatcher(String syntaxAndPattern) {
		PathMatcher real = root.getFileSystem().getPathMatcher(syntaxAndPattern);
		return p -> real.matches(p instanceof FaultyPath f ? f.real : p);
	}

	@Override
	public UserPrincipalLookupService getUserPrincipalLookupService() {
		return root.getFileSystem().getUserPrincipalLookupService();
	}

	@Override
	public WatchService newWatchService() {
		throw new UnsupportedOperationException();
	}

	/** A path of the faulty disk: a real path underneath. */
	private static final class FaultyPath implements Path {
		final FaultyDisk disk;
		final Path real;

		FaultyPath(FaultyDisk disk, Path real) {
			this.disk = disk;
			this.real = real;
		}

		private Path wrap(Path p) {
			return p == null ? null : new FaultyPath(disk, p);
		}

		private static Path unwrap(Path p) {
			return p instanceof FaultyPath f ? f.real : p;
		}

		@Override
		public FileSystem getFileSystem() {
			return disk;
		}

		@Override
		public boolean isAbsolute() {
			return real.isAbsolute();
		}

		@Override
		public Path getRoot() {
			return wrap(real.getRoot());
		}

		@Override
		public Path getFileName() {
			return wrap(real.getFileName());
		}

		@Override
		public Path getParent() {
			return wrap(real.getParent());
		}

		@Override
		public int getNameCount() {
			return real.getNameCount();
		}

		@Override
		public Path getName(int index) {
			return wrap(real.getName(index));
		}

		@Override
		public Path subpath(int beginIndex, int endIndex) {
			return wrap(real.subpath(beginIndex, endIndex));
		}

		@Override
		public boolean startsWith(Path other) {
			return real.startsWith(unwrap(other));
		}

		@Override
		public boolean endsWith(Path other) {
			return real.endsWith(unwrap(other));
		}

		@Override
		public Path normalize() {
			return wrap(real.normalize());
		}

		@Override
		public Path resolve(Path other) {
			return wrap(real.resolve(unwrap(other)));
		}

		@Override
		public Path relativize(Path other) {
			return wrap(real.relativize(unwrap(other)));
		}

		@Override
		public URI toUri() {
			return real.toUri();
		}

		@Override
		public Path toAbsolutePath() {
			return wrap(real.toAbsolutePath());
		}

		@Override
		public Path toRealPath(LinkOption... options) throws IOException {
			return wrap(real.toRealPath(options));
		}

		@Override
		public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int compareTo(Path other) {
			return real.compareTo(unwrap(other));
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof FaultyPath f && f.real.equals(real);
		}

		@Override
		public int hashCode() {
			return real.hashCode();
		}

		@Override
		public String toString() {
			return real.toString();
		}
	}

	/** Passes every operation to the real file system, with the faults. */
	private final class Provider extends FileSystemProvider {

		private FileSystemProvider real() {
			return root.getFileSystem().provider();
		}

		@Override
		public String getScheme() {
			return "faulty";
		}

		@Override
		public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
			throw new UnsupportedOperationException();
		}

		@Override
		public FileSystem getFileSystem(URI uri) {
			return FaultyDisk.this;
		}

		@Override
		public Path getPath(URI uri) {
			return new FaultyPath(FaultyDisk.this, Path.of(uri));
		}

		@Override
		public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
				throws IOException {
			return newFileChannel(path, options, attrs);
		}

		@Override
		public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
				throws IOException {
			Path p = FaultyPath.unwrap(path);
			FileChannel channel = real().newFileChannel(p, options, attrs);
			boolean folder = Files.isDirectory(p);
			if (options.contains(StandardOpenOption.WRITE)) {
				synchronized (FaultyDisk.this) {
					if (!writtenFiles.contains(p)) {
						writtenFiles.add(p);
					}
				}
			}
			return new FaultyChannel(channel, folder, p.getFileName().toString());
		}

		@Override
		public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
			DirectoryStream<Path> real = real().newDirectoryStream(FaultyPath.unwrap(dir),
					p -> filter.accept(new FaultyPath(FaultyDisk.this, p)));
			return new DirectoryStream<>() {
				@Override
				public Iterator<Path> iterator() {
					Iterator<Path> it = real.iterator();
					return new Iterator<>() {
						@Override
						public boolean hasNext() {
							return it.hasNext();
						}

						@Override
						public Path next() {
							return new FaultyPath(FaultyDisk.this, it.next());
						}
					};
				}

				@Override
				public void close() throws IOException {
					real.close();
				}
			};
		}

		@Override
		public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
			real().createDirectory(FaultyPath.unwrap(dir), attrs);
		}

		@Override
		public void delete(Path path) throws IOException {
			real().delete(FaultyPath.unwrap(path));
		}

		@Override
		public void copy(Path source, Path target, CopyOption... options) throws IOException {
			real().copy(FaultyPath.unwrap(source), FaultyPath.unwrap(target), options);
		}

		@Override
		public void move(Path source, Path target, CopyOption... options) throws IOException {
			real().move(FaultyPath.unwrap(source), FaultyPath.unwrap(target), options);
			event("move " + source.getFileName() + " -> " + target.getFileName());
		}

		@Override
		public boolean isSameFile(Path path, Path path2) throws IOException {
			return real().isSameFile(FaultyPath.unwrap(path), FaultyPath.unwrap(path2));
		}

		@Override
		public boolean isHidden(Path path) throws IOException {
			return real().isHidden(FaultyPath.unwrap(path));
		}

		@Override
		public FileStore getFileStore(Path path) throws IOException {
			return real().getFileStore(FaultyPath.unwrap(path));
		}

		@Override
		public void checkAccess(Path path, AccessMode... modes) throws IOException {
			real().checkAccess(FaultyPath.unwrap(path), modes);
		}

		@Override
		public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
			return real().getFileAttributeView(FaultyPath.unwrap(path), type, options);
		}

		@Override
		public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options) throws IOException {
			return real().readAttributes(FaultyPath.unwrap(path), type, options);
		}

		@Override
		public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
			return real().readAttributes(FaultyPath.unwrap(path), attributes, options);
		}

		@Override
		public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
			real().setAttribute(FaultyPath.unwrap(path), attribute, value, options);
		}

		@Override
		public void createLink(Path link, Path existing) throws IOException {
			real().createLink(FaultyPath.unwrap(link), FaultyPath.unwrap(existing));
		}
	}

	/** A real file channel whose writes and forces fail as the disk's fault says. */
	private final class FaultyChannel extends FileChannel {
		private final FileChannel channel;
		private final boolean folder;
		private final String name;

		FaultyChannel(FileChannel channel, boolean folder, String name) {
			this.channel = channel;
			this.folder = folder;
			this.name = name;
		}

		@Override
		public int write(ByteBuffer src) throws IOException {
			event("write " + name);
			if (fault == Fault.FULL) {
				long room = limit - written.get();
				if (room <= 0) {
					throw new IOException("No space left on device");
				}
				if (src.remaining() > room) { // what fits is written, as a real disk does
					ByteBuffer part = src.slice().limit((int) room);
					int n = channel.write(part);
					src.position(src.position() + n);
					written.addAndGet(n);
					return n;
				}
			}
			int n = channel.write(src);
			written.addAndGet(n);
			return n;
		}

		@Override
		public void force(boolean metaData) throws IOException {
			if (fault == Fault.FILE_SYNC && !folder || fault == Fault.FOLDER_SYNC && folder) {
				throw new IOException("Input/output error");
			}
			channel.force(metaData);
			event(folder ? "force folder " + name : "force " + name);
		}

		@Override
		public int read(ByteBuffer dst) throws IOException {
			return channel.read(dst);
		}

		@Override
		public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
			return channel.read(dsts, offset, length);
		}

		@Override
		public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
			long n = 0;
			for (int i = offset; i < offset + length; i++) {
				n += write(srcs[i]);
			}
			return n;
		}

		@Override
		public long position() throws IOException {
			return channel.position();
		}

		@Override
		public FileChannel position(long newPosition) throws IOException {
			channel.position(newPosition);
			return this;
		}

		@Override
		public long size() throws IOException {
			return channel.size();
		}

		@Override
		public FileChannel truncate(long size) throws IOException {
			channel.truncate(size);
			return this;
		}

		@Override
		public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
			return channel.transferTo(position, count, target);
		}

		@Override
		public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
			throw new IOException("not supported by the faulty disk");
		}

		@Override
		public int read(ByteBuffer dst, long position) throws IOException {
			return channel.read(dst, position);
		}

		@Override
		public int write(ByteBuffer src, long position) throws IOException {
			throw new IOException("not supported by the faulty disk");
		}

		@Override
		public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
			throw new IOException("not supported by the faulty disk");
		}

		@Override
		public FileLock lock(long position, long size, boolean shared) throws IOException {
			return channel.lock(position, size, shared);
		}

		@Override
		public FileLock tryLock(long position, long size, boolean shared) throws IOException {
			return channel.tryLock(position, size, shared);
		}

		@Override
		protected void implCloseChannel() throws IOException {
			channel.close();
		}
	}
}
