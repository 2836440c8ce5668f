package pdca.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import pdca.model.Plan;
import pdca.model.i18n.Messages;

/**
 * Versions of the plan file format and the migrations between them.
 *
 * <p>A file records the version it was written with ({@code formatVersion} on its root element; a file without
 * one is version 1). Before a file is parsed, its version is read from the root element alone, and a file written
 * by a newer version of the workbench is refused there, rather than parsed into an error about what this version
 * does not know or silently losing it. A file of an older version is carried forward one version at a time by the
 * {@link Step}s of the chain: first the XML parts of the steps are applied, in order, to the file's document (so a
 * renamed or removed attribute or element is rewritten before EMF reads the document in today's model), then the
 * model parts to the loaded plan. The file on disk is not touched; the next save writes the current version. A file
 * of the current version is parsed once, by EMF, as before.
 *
 * <p>Adding a version: raise {@link #CURRENT_VERSION}, add the step from the previous version to {@code STEPS}, and
 * add a file saved in the previous version to the tests (see {@code docs/model.md}).
 */
public final class PlanFormat {

	/**
	 * The format version this build writes. 2: a review meeting names its baseline ({@code ReviewMeeting.baseline}),
	 * which a build of version 1 would not know.
	 */
	public static final int CURRENT_VERSION = 2;

	/**
	 * The steps of this build, indexed by the version they upgrade from: element {@code i} turns a version
	 * {@code i + 1} file into a version {@code i + 2} file.
	 */
	private static final List<Step> STEPS = List.of(
			// 1 → 2: a meeting of version 1 names no baseline, which is what the model assumes: nothing to carry
			new Step(null, null));

	private static final PlanFormat PRODUCTION = new PlanFormat(CURRENT_VERSION, STEPS);

	/** The version of a file whose root element could not be read before parsing. */
	static final int UNKNOWN = -1;

	/** Turns the XML document of a file of one version into that of the next version. */
	@FunctionalInterface
	interface XmlStep {
		void apply(Document document) throws Exception;
	}

	/** Turns a plan loaded from a file of one version into a plan of the next version. */
	@FunctionalInterface
	interface ModelStep {
		void apply(Plan plan) throws Exception;
	}

	/**
	 * What carries a file from one version to the next: an XML part applied to the file's document before EMF parses
	 * it (for what today's model can no longer read: renamed or removed attributes and elements, values in an old
	 * representation) and a model part applied to the loaded plan (for what is easier said on the model); either may
	 * be {@code null}.
	 */
	record Step(XmlStep xml, ModelStep model) {

		static Step xml(XmlStep xml) {
			return new Step(xml, null);
		}

		static Step model(ModelStep model) {
			return new Step(null, model);
		}
	}

	private final int currentVersion;
	private final List<Step> steps;

	private PlanFormat(int currentVersion, List<Step> steps) {
		if (currentVersion < 1 || steps.size() != currentVersion - 1) {
			throw new IllegalArgumentException(
					"version " + currentVersion + " needs " + (currentVersion - 1) + " steps, not " + steps.size());
		}
		this.currentVersion = currentVersion;
		this.steps = List.copyOf(steps);
	}

	/** The format of this build: {@link #CURRENT_VERSION} and its steps. */
	static PlanFormat production() {
		return PRODUCTION;
	}

	/**
	 * A format whose current version is {@code currentVersion}, reached by {@code steps} (element {@code i} upgrades
	 * version {@code i + 1}); for tests of the migration machinery with versions this build does not have.
	 */
	static PlanFormat of(int currentVersion, List<Step> steps) {
		return new PlanFormat(currentVersion, steps);
	}

	/** The version files are migrated to and saved in. */
	int currentVersion() {
		return currentVersion;
	}

	/**
	 * The version {@code file} declares on its root element (1 when it declares none), read without parsing more
	 * than the root element's start tag; {@link #UNKNOWN} when the file does not get that far (the full parse then
	 * reports why). A newer or impossible version is refused here, before the file is parsed.
	 */
	int checkedVersion(Path file) throws PlanFileException {
		int version = declaredVersion(file);
		if (version != UNKNOWN) {
			check(version, file);
		}
		return version;
	}

	private void check(int version, Path file) throws PlanFileException {
		if (version > currentVersion) {
			throw new PlanFileException(file, 0, Messages.format("load.newerFormat", version, currentVersion), null);
		}
		if (version < 1) {
			throw new PlanFileException(file, 0, Messages.format("load.badFormat", version), null);
		}
	}

	/**
	 * The document of {@code file}, of version {@code version}, with the XML parts of the steps up to the current
	 * version applied, as UTF-8 bytes for EMF to parse; {@code null} when none of those steps has an XML part (the
	 * file is then parsed as it is, once).
	 */
	byte[] migratedDocument(Path file, int version) throws PlanFileException {
		if (version == UNKNOWN || !hasXmlSteps(version)) {
			return null;
		}
		Document document;
		try (InputStream in = Files.newInputStream(file)) {
			DocumentBuilder builder = documentBuilder();
			document = builder.parse(in);
		} catch (SAXParseException e) {
			throw new PlanFileException(file, Math.max(e.getLineNumber(), 0),
					Messages.format("load.broken", PlanFiles.shortened(String.valueOf(e.getMessage()))), e);
		} catch (IOException | SAXException | ParserConfigurationException e) {
			throw new PlanFileException(file, 0, Messages.format("load.unreadable", e.getMessage()), e);
		}
		for (int v = version; v < currentVersion; v++) {
			XmlStep xml = steps.get(v - 1).xml();
			if (xml != null) {
				try {
					xml.apply(document);
				} catch (Exception e) {
					throw failed(file, v, e);
				}
			}
		}
		try {
			return serialised(document);
		} catch (TransformerException e) {
			throw failed(file, currentVersion - 1, e);
		}
	}

	private boolean hasXmlSteps(int version) {
		for (int v = version; v < currentVersion; v++) {
			if (steps.get(v - 1).xml() != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Brings a freshly loaded plan from {@code version} (what {@link #checkedVersion} read, or {@link #UNKNOWN}) up
	 * to the current version with the model parts of the steps, and stamps it with the current version.
	 */
	void migrate(Plan plan, Path file, int version) throws PlanFileException {
		int from = version;
		if (from == UNKNOWN) {
			// the root element could not be read before parsing, yet the file parsed: take the plan's word for it
			from = plan.isSetFormatVersion() ? plan.getFormatVersion() : 1;
			check(from, file);
			if (hasXmlSteps(from)) {
				throw new PlanFileException(file, 0,
						Messages.format("load.migrationFailed", from, from + 1, Messages.get("load.versionUnread")), null);
			}
		}
		for (int v = from; v < currentVersion; v++) {
			ModelStep model = steps.get(v - 1).model();
			if (model != null) {
				try {
					model.apply(plan);
				} catch (Exception e) {
					throw failed(file, v, e);
				}
			}
		}
		plan.setFormatVersion(currentVersion);
	}

	private static PlanFileException failed(Path file, int from, Throwable e) {
		String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
				: Messages.get("load.migrationNoDetail");
		return new PlanFileException(file, 0,
				Messages.format("load.migrationFailed", from, from + 1, PlanFiles.shortened(detail.strip())), e);
	}

	// ---- reading the version from the root element --------------------------------------------------------------

	/** Parsers for the root element, configured once and reused: a new factory and parser per file costs more. */
	private static final ConcurrentLinkedQueue<SAXParser> HEAD_PARSERS = new ConcurrentLinkedQueue<>();

	/** Stops the parse at the root element's start tag. */
	private static final class RootRead extends SAXException {
		private static final long serialVersionUID = 1L;
		final int version;

		RootRead(int version) {
			super(null, null);
			this.version = version;
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this; // control flow, not an error
		}
	}

	private static int declaredVersion(Path file) {
		SAXParser parser = HEAD_PARSERS.poll();
		try (InputStream in = Files.newInputStream(file)) {
			if (parser == null) {
				parser = headParser();
			}
			parser.parse(in, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes)
						throws SAXException {
					String value = attributes.getValue("", "formatVersion");
					if (value == null) {
						throw new RootRead(1);
					}
					try {
						throw new RootRead(Integer.parseInt(value.strip()));
					} catch (NumberFormatException e) {
						throw new RootRead(UNKNOWN); // EMF reports the value
					}
				}
			});
			return UNKNOWN; // no element at all
		} catch (RootRead read) {
			return read.version;
		} catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
			return UNKNOWN; // not well-formed before the root element's end: the full parse says where and why
		} finally {
			if (parser != null) {
				parser.reset();
				HEAD_PARSERS.offer(parser);
			}
		}
	}

	// ---- parsers, as hardened as the loader's (PlanResource.SAFE_PARSER_FEATURES) -------------------------------

	private static SAXParser headParser() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		for (Map.Entry<String, Boolean> feature : PlanResource.SAFE_PARSER_FEATURES.entrySet()) {
			factory.setFeature(feature.getKey(), feature.getValue());
		}
		return factory.newSAXParser();
	}

	private static DocumentBuilder documentBuilder() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		for (Map.Entry<String, Boolean> feature : PlanResource.SAFE_PARSER_FEATURES.entrySet()) {
			factory.setFeature(feature.getKey(), feature.getValue());
		}
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				// as EMF's load: warnings are not failures
			}

			@Override
			public void error(SAXParseException e) throws SAXException {
				throw e;
			}

			@Override
			public void fatalError(SAXParseException e) throws SAXException {
				throw e;
			}
		});
		return builder;
	}

	private static byte[] serialised(Document document) throws TransformerException {
		TransformerFactory factory = TransformerFactory.newDefaultInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
		Transformer transformer = factory.newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		transformer.setOutputProperty(OutputKeys.METHOD, "xml");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		transformer.transform(new DOMSource(document), new StreamResult(out));
		return out.toByteArray();
	}
}
