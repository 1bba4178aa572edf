package studybot.search.semantic;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * ONNX Runtime's release, which names the folder its native library is unpacked into. It is read from the
 * {@code pom.xml} ONNX Runtime's jar carries: the version in that jar's manifest is lost when studybot's jar is shaded
 * (the shaded jar keeps only studybot's own manifest), which made every folder {@code onnxruntime-unknown-…}.
 */
final class OnnxRuntimeVersion {

    static final String POM = "META-INF/maven/com.microsoft.onnxruntime/onnxruntime/pom.xml";
    static final String UNKNOWN = "unknown";

    private OnnxRuntimeVersion() {}

    /** The version in {@link #POM} as {@code classes} finds it, or {@link #UNKNOWN}. */
    static String of(ClassLoader classes) {
        try (InputStream pom = classes.getResourceAsStream(POM)) {
            if (pom == null) {
                return UNKNOWN;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            for (Node child = factory.newDocumentBuilder()
                            .parse(pom)
                            .getDocumentElement()
                            .getFirstChild();
                    child != null;
                    child = child.getNextSibling()) {
                if (child.getNodeType() == Node.ELEMENT_NODE
                        && child.getNodeName().equals("version")
                        && child.getTextContent().strip().matches("[0-9A-Za-z.+-]{1,40}")) {
                    return child.getTextContent().strip();
                }
            }
            return UNKNOWN;
        } catch (IOException | ParserConfigurationException | SAXException e) {
            return UNKNOWN;
        }
    }
}
