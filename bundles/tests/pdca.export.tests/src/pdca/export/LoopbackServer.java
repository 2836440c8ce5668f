package pdca.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on the loopback interface that counts every connection made to it (whether or not a whole request
 * follows) and answers each with a small plan, so that a program that fetched something would find something. Its
 * address goes into the references and entities of the campaign's hostile files: any connection is a leak.
 */
final class LoopbackServer implements AutoCloseable {

	private static final byte[] ANSWER = ("HTTP/1.0 200 OK\r\nContent-Type: application/xml\r\n\r\n"
			+ "<?xml version=\"1.0\"?><pdca:Plan xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:pdca=\"urn:pdca:plan:1\" id=\"u1\""
			+ " title=\"FETCHED\"/>").getBytes(StandardCharsets.UTF_8);

	private final ServerSocket socket;
	private final AtomicInteger connections = new AtomicInteger();
	private final List<String> requests = new CopyOnWriteArrayList<>();
	private final Thread accepting;

	LoopbackServer() throws IOException {
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		accepting = new Thread(this::serve, "loopback-server");
		accepting.setDaemon(true);
		accepting.start();
	}

	/** {@code http://127.0.0.1:PORT/} */
	String base() {
		return "http://127.0.0.1:" + socket.getLocalPort() + "/";
	}

	/** Connections made so far. */
	int connections() {
		return connections.get();
	}

	/** The first line of each request received. */
	List<String> requests() {
		return List.copyOf(requests);
	}

	private void serve() {
		while (!socket.isClosed()) {
			try (Socket s = socket.accept()) {
				connections.incrementAndGet();
				s.setSoTimeout(2_000);
				InputStream in = s.getInputStream();
				StringBuilder line = new StringBuilder();
				for (int c; (c = in.read()) >= 0 && c != '\n' && line.length() < 500;) {
					line.append((char) c);
				}
				requests.add(line.toString().strip());
				OutputStream out = s.getOutputStream();
				out.write(ANSWER);
				out.flush();
			} catch (IOException e) {
				// closed, or a client that went away
			}
		}
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
