package pdca.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

import pdca.model.i18n.Messages;

/**
 * The URI converter of a plan's resource set: it opens nothing. {@link PlanFiles} reads and writes
 * the plan file itself through streams it opens; everything else EMF might reach through a URI
 * (another plan named by a reference, a web address or a shared folder in a namespace or schema
 * location, a {@code file:} or {@code platform:} path) is refused without any access to the
 * network or the file system.
 */
final class NoOutsideAccess extends ExtensibleURIConverterImpl {

	NoOutsideAccess() {
		super(List.of(new Refusing()), List.<ContentHandler> of());
	}

	/** Handles every URI by refusing it. */
	private static final class Refusing extends URIHandlerImpl {

		@Override
		public boolean canHandle(URI uri) {
			return true;
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		@Override
		public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		@Override
		public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
			throw refused(uri);
		}

		private static IOException refused(URI uri) {
			return new IOException(Messages.format("load.outsideAccess", uri));
		}
	}
}
