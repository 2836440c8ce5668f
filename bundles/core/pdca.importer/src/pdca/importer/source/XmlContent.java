package pdca.importer.source;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What the ODT and DOCX readers share: walking the XML stream, counting blocks, bounding text. */
abstract class XmlContent {

	protected final XMLStreamReader xml;
	protected final List<Block> blocks = new ArrayList<>();
	protected int paragraphs;
	protected long characters;

	XmlContent(XMLStreamReader xml) {
		this.xml = xml;
	}

	/** The blocks of the document body. */
	abstract List<Block> read() throws XMLStreamException;

	/**
	 * Moves to the next child element of the current element: true at its start; false at the
	 * current element's end (or the document's), text in between passed over.
	 */
	protected boolean nextChild() throws XMLStreamException {
		while (xml.hasNext()) {
			int ev = xml.next();
			if (ev == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
			if (ev == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
		}
		return false;
	}

	/** Skips the current element and everything in it. */
	protected void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0 && xml.hasNext()) {
			int ev = xml.next();
			if (ev == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (ev == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/** Appends document text within {@link Limits#MAX_CHARACTERS}. */
	protected void append(StringBuilder b, CharSequence text) {
		if (characters < Limits.MAX_CHARACTERS) {
			b.append(text);
			characters += text.length();
		}
	}

	protected String attribute(String localName) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (xml.getAttributeLocalName(i).equals(localName)) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	protected int intAttribute(String localName, int otherwise, int max) {
		String v = attribute(localName);
		if (v == null) {
			return otherwise;
		}
		try {
			return Math.max(1, Math.min(max, Integer.parseInt(v.trim())));
		} catch (NumberFormatException e) {
			return otherwise;
		}
	}
}
