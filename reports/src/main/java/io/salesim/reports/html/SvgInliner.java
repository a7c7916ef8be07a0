package io.salesim.reports.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a chart's SVG file into markup for inlining in the report: no XML prolog or DOCTYPE
 * (it names a URL), no namespace declarations (HTML puts inline svg in its namespace), ids
 * renamed per chart so several charts on one page do not clash, and a width that follows the page.
 * (The chart files already hold coordinates to 0.1 px: ChartWriter cuts them when it writes them.)
 * The prolog and the namespaces are only ever in the head of the file, up to the root's start tag,
 * so only that is matched with patterns; the ids are found and renamed by plain search.
 */
final class SvgInliner {
    private static final Pattern PROLOG = Pattern.compile("<\\?xml[^>]*\\?>|<!DOCTYPE[^>]*>");
    private static final Pattern NAMESPACES = Pattern.compile("\\s+xmlns(:\\w+)?=\"[^\"]*\"");
    private static final Pattern ROOT_SIZE = Pattern.compile("<svg([^>]*?)\\s+height=\"[^\"]*\"([^>]*?)\\s+width=\"[^\"]*\"");
    private static final String ID = "id=\"";

    private SvgInliner() {
    }

    static String inline(Path svg, String idPrefix, String title) {
        String text;
        try {
            text = Files.readString(svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + svg, e);
        }
        int root = text.indexOf("<svg");
        int headEnd = root < 0 ? 0 : text.indexOf('>', root) + 1;
        String head = PROLOG.matcher(text.substring(0, headEnd)).replaceAll("");
        if (!text.contains("xlink:")) {
            head = NAMESPACES.matcher(head).replaceAll("");
        } else {
            head = head.replace(" xmlns=\"http://www.w3.org/2000/svg\"", "");
        }
        head = ROOT_SIZE.matcher(head).replaceFirst("<svg$1$2");
        head = head.replaceFirst("<svg", "<svg class=\"chart\" role=\"img\" aria-label=\"" + escape(title) + "\"");
        return renameIds(head + text.substring(headEnd), idPrefix).strip();
    }

    /** Ids become prefix-1, prefix-2, … in order of appearance, and every reference follows. */
    private static String renameIds(String text, String prefix) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int at = text.indexOf(ID); at >= 0; at = text.indexOf(ID, at + ID.length())) {
            // an attribute named id, not the end of another one's name (e.g. "grid=")
            if (at == 0 || Character.isWhitespace(text.charAt(at - 1))) {
                int end = text.indexOf('"', at + ID.length());
                names.putIfAbsent(text.substring(at + ID.length(), end), prefix + "-" + (names.size() + 1));
            }
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            text = text.replace(ID + e.getKey() + "\"", ID + e.getValue() + "\"")
                    .replace("url(#" + e.getKey() + ")", "url(#" + e.getValue() + ")")
                    .replace("href=\"#" + e.getKey() + "\"", "href=\"#" + e.getValue() + "\"");
        }
        return text;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
