package io.salesim.reports.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Checks on report.html read as XML with the JDK parser: well-formed, and nothing loaded from elsewhere. */
final class ReportXml {
    /** Elements that fetch or run something: none belongs in a self-contained report. */
    private static final Set<String> FORBIDDEN = Set.of("script", "link", "img", "iframe", "object", "embed", "image", "use");

    private ReportXml() {
    }

    static Document parse(Path report) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(report.toFile());
    }

    /** No element that loads content, no attribute or CSS pointing at a URL, and no http(s) anywhere in the file. */
    static void assertSelfContained(Path report, Document doc) throws Exception {
        walk(doc.getDocumentElement());
        String raw = Files.readString(report).toLowerCase(Locale.ROOT);
        assertFalse(raw.contains("http://") || raw.contains("https://"), "report mentions an http(s) URL");
        assertFalse(raw.contains("@import"), "report imports a stylesheet");
        assertFalse(raw.matches("(?s).*url\\((?!#)[^)]*\\).*"), "report refers to a url() other than an internal #id");
    }

    /** Every id on the page is given once (charts inlined side by side do not clash), and every url(#id) names one of them. */
    static void assertIdsUniqueAndResolved(Path report) throws Exception {
        String raw = Files.readString(report);
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile("\\sid=['\"]([^'\"]+)['\"]").matcher(raw);
        while (id.find()) {
            assertTrue(ids.add(id.group(1)), "id " + id.group(1) + " given twice");
        }
        Matcher reference = Pattern.compile("url\\(#([^)]+)\\)").matcher(raw);
        int references = 0;
        while (reference.find()) {
            assertTrue(ids.contains(reference.group(1)), "url(#" + reference.group(1) + ") names no id");
            references++;
        }
        assertTrue(references > 0, "the charts' clip paths are referred to");
    }

    private static void walk(Element element) {
        if (FORBIDDEN.contains(element.getTagName().toLowerCase(Locale.ROOT))) {
            fail("report contains a <" + element.getTagName() + "> element");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getNodeName().toLowerCase(Locale.ROOT);
            String value = a.getNodeValue().trim().toLowerCase(Locale.ROOT);
            if (name.endsWith("href") || name.equals("src")) {
                assertTrue(value.startsWith("#"), "<" + element.getTagName() + " " + name + "=\"" + value + "\"> leaves the page");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                walk(child);
            }
        }
    }

    static int count(Document doc, String tag) {
        return doc.getElementsByTagName(tag).getLength();
    }

    static String text(Document doc) {
        return doc.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
    }
}
