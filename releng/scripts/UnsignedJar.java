import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without its signature files (META-INF/*.SF, *.RSA, *.DSA, *.EC), so that the JVM does
 * not verify it class by class. Used by releng/scripts/lib.sh for the command line's copy of the OSGi
 * framework jar, which the launcher loads with a URLClassLoader: the JDK then checks the SHA-256 digest
 * of every framework class it loads and the signature once, at every start of ./pdca.
 * Usage: java UnsignedJar.java IN.jar OUT.jar
 */
public class UnsignedJar {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
			Pattern.CASE_INSENSITIVE);

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java UnsignedJar.java IN.jar OUT.jar");
			System.exit(2);
		}
		Path out = Path.of(args[1]);
		Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".unsigned-", ".jar");
		try (InputStream in = Files.newInputStream(Path.of(args[0]));
				ZipInputStream zin = new ZipInputStream(in);
				OutputStream os = Files.newOutputStream(tmp);
				ZipOutputStream zout = new ZipOutputStream(os)) {
			for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
				if (SIGNATURE.matcher(e.getName()).matches()) {
					continue;
				}
				ZipEntry copy = new ZipEntry(e.getName());
				copy.setTime(e.getTime());
				zout.putNextEntry(copy);
				zin.transferTo(zout);
				zout.closeEntry();
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(tmp);
			throw e;
		}
		Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
