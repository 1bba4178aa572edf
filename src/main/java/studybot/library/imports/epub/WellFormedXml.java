package studybot.library.imports.epub;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import studybot.library.LibraryException;

/**
 * Whether an EPUB's {@code container.xml} and package document are well-formed XML. jsoup reads any text as XML, so a
 * truncated container names no package document and a garbled package document lists no pages: the owner would hear of
 * a missing file or an empty book instead of the file to fix. Only the structure is checked, as jsoup reads the rest
 * anyway: a prefix without its namespace declaration, a character XML forbids (a NUL in a title, or {@code &#0;}) and a
 * reference to an entity XML does not predefine ({@code &nbsp;}, or one a DTD declares) are let through, so no entity
 * is ever expanded. Streamed, so it holds no tree; no DTD or other entity outside the text is fetched.
 */
final class WellFormedXml {

    private static final int MOST_REASON_CHARS = 200;
    private static final Pattern NOT_XML_CHARACTERS =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Pattern ENTITY_REFERENCE =
            Pattern.compile("&(?:#[0-9]+|#x[0-9a-fA-F]+|(?!(?:amp|lt|gt|quot|apos);)[A-Za-z_][A-Za-z0-9_.-]*);");

    private WellFormedXml() {}

    /** Refuses the book at {@code source} when {@code text}, its document {@code name}, is not well-formed XML. */
    static void require(Path source, String name, String text) throws LibraryException {
        try {
            String structure = ENTITY_REFERENCE
                    .matcher(NOT_XML_CHARACTERS.matcher(text).replaceAll(" "))
                    .replaceAll(" ");
            parser().parse(new InputSource(new StringReader(structure)), new DefaultHandler());
        } catch (SAXParseException e) {
            throw notXml(source, name, e.getLineNumber(), e.getMessage());
        } catch (SAXException e) {
            throw notXml(source, name, -1, e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser failed on text in memory", e);
        }
    }

    private static LibraryException notXml(Path source, String name, int line, String reason) {
        String cut = String.valueOf(reason).strip();
        if (cut.length() > MOST_REASON_CHARS) {
            cut = cut.substring(0, MOST_REASON_CHARS) + "…";
        }
        return new LibraryException(
                "epubNotXml", Map.of("source", source, "name", name, "line", Math.max(line, 0), "reason", cut));
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newSAXParser();
    }
}
