package pdca.model.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * The XMI resource of one plan file: UTF-8, references by the elements' stable ids, and an
 * XML parser that refuses document type declarations (so no external entities and no entity
 * expansion can be smuggled in through a plan file). A namespace the plan format does not know is
 * not looked up at its address; the resource set opens no URI anyway (see {@link PlanFiles}).
 */
public class PlanResource extends XMIResourceImpl {

	/** SAX features that make the parser refuse DTDs and every kind of external entity. */
	static final Map<String, Boolean> SAFE_PARSER_FEATURES = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
			"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
			"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
			"http://javax.xml.XMLConstants/feature/secure-processing", Boolean.TRUE);

	/**
	 * SAX parsers kept for the next load instead of a new parser factory and parser per file (a few
	 * percent of loading a portfolio). The pool keys its parsers by their features, so every parser
	 * it hands out has {@link #SAFE_PARSER_FEATURES}; it is thread-safe.
	 */
	private static final XMLParserPool PARSERS = new XMLParserPoolImpl();

	public PlanResource(URI uri) {
		super(uri);
		setEncoding("UTF-8");
		setIntrinsicIDToEObjectMap(new HashMap<>());

		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(SAFE_PARSER_FEATURES));
		load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		load.put(XMLResource.OPTION_URI_HANDLER, new AsWritten());

		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_LINE_WIDTH, 120);
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		save.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
	}

	/**
	 * Keeps the URIs of references to other documents as written in the file instead of resolving them against the
	 * file's location: they are never followed (see {@link OutsideReferences}), and a message shows them as the file
	 * has them, not as a path on this machine.
	 */
	private static final class AsWritten implements XMLResource.URIHandler {

		@Override
		public void setBaseURI(URI uri) {
			// nothing is resolved against it
		}

		@Override
		public URI resolve(URI uri) {
			return uri;
		}

		@Override
		public URI deresolve(URI uri) {
			return uri;
		}
	}

	@Override
	protected boolean useIDs() {
		return true;
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
