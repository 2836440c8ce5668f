package pdca.importer.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import pdca.importer.ImportMessages;

/**
 * ODT and DOCX documents: zip packages whose text is one XML part ({@code content.xml},
 * {@code word/document.xml}). Only that part is read, as a stream and within
 * {@link Limits}, with DTDs and external entities refused.
 */
final class PackageReader {

	private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";

	private PackageReader() {
	}

	static SourceDocument read(Path file) throws DocumentException {
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null) {
				String mime = new String(bounded(zip, mimetype, file).readNBytes(200), StandardCharsets.US_ASCII).trim();
				if (!mime.startsWith("application/vnd.oasis.opendocument")) {
					throw new DocumentException(file, ImportMessages.format("read.zipUnknown", file));
				}
				if (!mime.equals(ODT_MIME) && !mime.equals(ODT_MIME + "-template")) {
					throw new DocumentException(file, ImportMessages.format("read.odfNotText", file, mime));
				}
				ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
				if (manifest != null && new String(bounded(zip, manifest, file).readAllBytes(), StandardCharsets.UTF_8)
						.contains("encryption-data")) {
					throw new DocumentException(file, ImportMessages.format("read.encrypted", file));
				}
				ZipEntry content = zip.getEntry("content.xml");
				if (content == null) {
					throw new DocumentException(file, ImportMessages.format("read.corruptZip", file, "content.xml missing"));
				}
				return parse(file, zip, content, SourceDocument.Format.ODT);
			}
			ZipEntry document = zip.getEntry("word/document.xml");
			if (document != null) {
				return parse(file, zip, document, SourceDocument.Format.DOCX);
			}
			throw new DocumentException(file, ImportMessages.format("read.zipUnknown", file));
		} catch (ZipException e) {
			throw new DocumentException(file, ImportMessages.format("read.corruptZip", file, e.getMessage()), e);
		} catch (IOException e) {
			if (e.getCause() instanceof DocumentException de) {
				throw de;
			}
			throw new DocumentException(file, ImportMessages.format("read.corruptZip", file, e.getMessage()), e);
		}
	}

	private static SourceDocument parse(Path file, ZipFile zip, ZipEntry part, SourceDocument.Format format)
			throws DocumentException, IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		try (InputStream in = bounded(zip, part, file)) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			try {
				var blocks = format == SourceDocument.Format.ODT ? new OdtContent(xml).read() : new DocxContent(xml).read();
				return new SourceDocument(file, format, blocks, 0);
			} finally {
				xml.close();
			}
		} catch (XMLStreamException e) {
			if (e.getNestedException() instanceof IOException io && io.getCause() instanceof DocumentException de) {
				throw de;
			}
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
			String why = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
			throw new DocumentException(file, ImportMessages.format("read.corruptXml", file, part.getName(), line,
					why.length() > 120 ? why.substring(0, 120) + "…" : why), e);
		}
	}

	/**
	 * The part's bytes, refused (an IOException caused by a DocumentException) as soon as more
	 * than {@link Limits#MAX_PART_BYTES} or more than {@link Limits#MAX_EXPANSION} times its
	 * compressed size come out: the sizes a zip declares may lie.
	 */
	private static InputStream bounded(ZipFile zip, ZipEntry entry, Path file) throws IOException {
		long packed = Math.max(entry.getCompressedSize(), 1);
		long limit = Math.min(Limits.MAX_PART_BYTES, Math.max(packed * Limits.MAX_EXPANSION, 1024 * 1024));
		return new FilterInputStream(zip.getInputStream(entry)) {
			private long count;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				int n = super.read(b, off, len);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(int n) throws IOException {
				count += n;
				if (count > limit) {
					throw new IOException(new DocumentException(file, ImportMessages.format("read.bomb", file,
							entry.getName(), Limits.MAX_PART_BYTES / (1024 * 1024), Limits.MAX_EXPANSION)));
				}
			}
		};
	}
}
