package io.salesim.reports.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a chart's SVG file into markup for inlining in the report: no XML prolog or DOCTYPE
 * (it names a URL), no namespace declarations (HTML puts inline svg in its namespace), ids
 * renamed per chart so several charts on one page do not clash, coordinates rounded to 0.1 px
 * (a third of the size, invisible at any zoom a reader uses), and a width that follows the page.
 */
final class SvgInliner {
    private static final Pattern PROLOG = Pattern.compile("<\\?xml[^>]*\\?>|<!DOCTYPE[^>]*>");
    private static final Pattern NAMESPACES = Pattern.compile("\\s+xmlns(:\\w+)?=\"[^\"]*\"");
    private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");
    private static final Pattern LONG_DECIMALS = Pattern.compile("(\\d\\.\\d)\\d+");
    private static final Pattern ROOT_SIZE = Pattern.compile("<svg([^>]*?)\\s+height=\"[^\"]*\"([^>]*?)\\s+width=\"[^\"]*\"");

    private SvgInliner() {
    }

    static String inline(Path svg, String idPrefix, String title) {
        String text;
        try {
            text = Files.readString(svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + svg, e);
        }
        text = PROLOG.matcher(text).replaceAll("");
        if (!text.contains("xlink:")) {
            text = NAMESPACES.matcher(text).replaceAll("");
        } else {
            text = text.replace(" xmlns=\"http://www.w3.org/2000/svg\"", "");
        }
        text = renameIds(text, idPrefix);
        text = LONG_DECIMALS.matcher(text).replaceAll("$1");
        text = ROOT_SIZE.matcher(text).replaceFirst("<svg$1$2");
        text = text.replaceFirst("<svg", "<svg class=\"chart\" role=\"img\" aria-label=\"" + escape(title) + "\"");
        return text.strip();
    }

    /** Ids become prefix-1, prefix-2, … in order of appearance, and every reference follows. */
    private static String renameIds(String text, String prefix) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            names.putIfAbsent(m.group(1), prefix + "-" + (names.size() + 1));
        }
        for (Map.Entry<String, String> e : names.entrySet()) {
            String old = Pattern.quote(e.getKey());
            text = text.replaceAll("id=\"" + old + "\"", "id=\"" + e.getValue() + "\"")
                    .replaceAll("url\\(#" + old + "\\)", "url(#" + e.getValue() + ")")
                    .replaceAll("href=\"#" + old + "\"", "href=\"#" + e.getValue() + "\"");
        }
        return text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
