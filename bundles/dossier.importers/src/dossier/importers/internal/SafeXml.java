package dossier.importers.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.EntityResolver2;

import dossier.core.importer.ImportException;
import dossier.importers.internal.BoundedInputStream.LimitExceededException;

/**
 * Parses untrusted XML with the JDK's own SAX parser, set up so that a file can neither
 * make Dossier fetch anything nor exhaust its memory: entities declared in the document's
 * internal DTD subset are expanded, every external entity or DTD is refused, entity
 * expansion is limited, and the bytes read are bounded.
 */
final class SafeXml {

	/** At most this many entity references are expanded in one document. */
	static final int ENTITY_EXPANSION_LIMIT = 20_000;
	/** At most this many characters come from expanding entities in one document. */
	static final int TOTAL_ENTITY_SIZE_LIMIT = 1_000_000;
	/** At most this many characters come from expanding one entity. */
	static final int ENTITY_SIZE_LIMIT = 10_000;

	private static final String JDK_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/"; //$NON-NLS-1$
	// the JDK reports its processing limits with these codes (JAXP00010001 to JAXP00010007)
	private static final String JDK_LIMIT_CODE = "JAXP0001000"; //$NON-NLS-1$

	private SafeXml() {
	}

	/**
	 * Parses a stream, reporting every problem as an {@link ImportException}.
	 *
	 * @param in the document's bytes; the declared encoding is respected
	 * @param maxBytes the most bytes to read before giving up
	 * @param handler receives the document; it may throw {@link #fail(String)} to stop
	 * @throws ImportException if the document is malformed, too large, refers to an
	 *                         external entity or exceeds a limit, saying which
	 */
	static void parse(InputStream in, long maxBytes, ContentHandler handler) throws ImportException {
		XMLReader reader = newReader();
		reader.setContentHandler(handler);
		try {
			reader.parse(new InputSource(new BoundedInputStream(in, maxBytes,
					"the file is larger than the limit of " + maxBytes + " bytes", null))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SAXParseException e) {
			throw translate(e, e.getLineNumber(), e.getColumnNumber());
		} catch (SAXException e) {
			throw translate(e, -1, -1);
		} catch (LimitExceededException e) {
			throw new ImportException(e.getMessage(), e);
		} catch (UnsupportedEncodingException e) {
			throw new ImportException("the file declares an encoding Dossier cannot read: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (CharConversionException e) {
			throw new ImportException("the file has bytes that are invalid in its declared encoding: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (IOException e) {
			throw new ImportException("the file cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/**
	 * @param message the problem, for the user
	 * @return an exception a handler throws to stop parsing with that message
	 */
	static SAXException fail(String message) {
		return new SAXException(message, new ImportException(message));
	}

	private static ImportException translate(SAXException e, int line, int column) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof ImportException ie) {
				return ie;
			}
			if (t instanceof LimitExceededException) {
				return new ImportException(t.getMessage(), e);
			}
			if (t instanceof CharConversionException || t instanceof UnsupportedEncodingException) {
				return new ImportException("the file has bytes that are invalid in its declared encoding" //$NON-NLS-1$
						+ at(line, column) + ": " + t.getMessage(), e); //$NON-NLS-1$
			}
		}
		String message = String.valueOf(e.getMessage());
		if (message.contains(JDK_LIMIT_CODE)) {
			return new ImportException("the file exceeds the entity expansion limit" + at(line, column) //$NON-NLS-1$
					+ " (an entity expansion attack?): " + message, e); //$NON-NLS-1$
		}
		if ((message.contains("byte") && message.contains("UTF-8")) || message.contains("encoding")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return new ImportException("the file has bytes that are invalid in its declared encoding" //$NON-NLS-1$
					+ at(line, column) + ": " + message, e); //$NON-NLS-1$
		}
		return new ImportException("the file is not well-formed XML" + at(line, column) + ": " + message, e); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String at(int line, int column) {
		return line < 0 ? "" : " at line " + line + ", column " + column; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static XMLReader newReader() throws ImportException {
		try {
			// the JDK's parser, not whichever one a bundle happens to export: its limits are known
			SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
			factory.setNamespaceAware(false);
			factory.setValidating(false);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			XMLReader reader = factory.newSAXParser().getXMLReader();
			// a second lock behind the resolver: the parser may open no external resource itself
			reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
			reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
			// explicit limits: the JDK's defaults differ between releases
			reader.setProperty(JDK_PROPERTY + "entityExpansionLimit", Integer.toString(ENTITY_EXPANSION_LIMIT)); //$NON-NLS-1$
			reader.setProperty(JDK_PROPERTY + "totalEntitySizeLimit", Integer.toString(TOTAL_ENTITY_SIZE_LIMIT)); //$NON-NLS-1$
			reader.setProperty(JDK_PROPERTY + "maxGeneralEntitySizeLimit", Integer.toString(ENTITY_SIZE_LIMIT)); //$NON-NLS-1$
			reader.setProperty(JDK_PROPERTY + "maxParameterEntitySizeLimit", Integer.toString(ENTITY_SIZE_LIMIT)); //$NON-NLS-1$
			reader.setFeature("http://xml.org/sax/features/use-entity-resolver2", true); //$NON-NLS-1$
			reader.setEntityResolver(new RefusingResolver());
			reader.setErrorHandler(new StrictErrorHandler());
			return reader;
		} catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
			throw new ImportException("the XML parser cannot be set up safely: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (SAXException e) {
			throw new ImportException("the XML parser cannot be created: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** Refuses every external entity and external DTD, naming it. */
	static final class RefusingResolver implements EntityResolver2 {

		@Override
		public InputSource getExternalSubset(String name, String baseURI) {
			return null; // no DTD is added to documents that have none
		}

		@Override
		public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
				throws SAXException {
			// the JDK's parser does not always pass the entity's name
			String what = "[dtd]".equals(name) ? "external DTD" //$NON-NLS-1$ //$NON-NLS-2$
					: name == null ? "external entity" : "external entity '" + name + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw fail(what + " (" + (systemId == null ? publicId : systemId) //$NON-NLS-1$
					+ ") refused: Dossier never fetches files or addresses named in a document"); //$NON-NLS-1$
		}

		@Override
		public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
			return resolveEntity(null, publicId, null, systemId);
		}
	}

	/** Treats recoverable errors as fatal: a damaged file is reported, not half read. */
	static final class StrictErrorHandler implements ErrorHandler {

		@Override
		public void warning(SAXParseException e) {
			// warnings (such as a redeclared entity) do not make a file unreadable
		}

		@Override
		public void error(SAXParseException e) throws SAXException {
			throw e;
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	}
}
