package pdca.export.internal;

import java.util.concurrent.Callable;

import org.odftoolkit.odfdom.doc.OdfDocument;

/**
 * Runs ODFDOM code with the thread's context class loader set to ODFDOM's own. The XML serializer
 * ODFDOM saves with looks up its encoding tables through the context class loader; under OSGi the
 * caller's loader (a command, a wizard's job, a test) may not see them, and saving then fails with
 * "An unsupported encoding is encountered".
 */
final class OdfContext {

	private OdfContext() {
	}

	static <T> T call(Callable<T> body) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader saved = thread.getContextClassLoader();
		thread.setContextClassLoader(OdfDocument.class.getClassLoader());
		try {
			return body.call();
		} finally {
			thread.setContextClassLoader(saved);
		}
	}
}
