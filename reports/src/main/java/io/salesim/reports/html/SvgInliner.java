package io.salesim.reports.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a chart's SVG text into markup for inlining in the report: no XML prolog, no namespace
 * declarations but xlink's where it is used (HTML puts inline svg in its namespace) and no width or
 * height, so that the viewBox and the page set its size. The prolog and the root's attributes are only ever in the head of the
 * file, up to the root's start tag, so only that is matched with patterns. (Ids need no renaming:
 * ChartWriter starts every id in a chart file with the chart's name, so the charts on one page
 * never clash.)
 */
final class SvgInliner {
    private static final Pattern PROLOG = Pattern.compile("<\\?xml[^>]*\\?>");
    private static final Pattern ROOT_ATTRIBUTES = Pattern.compile("\\s+(xmlns(:\\w+)?|width|height)=(['\"])[^'\"]*\\3");
    private static final String XLINK = "xmlns:xlink";

    private SvgInliner() {
    }

    static String inline(String text, String title) {
        int root = text.indexOf("<svg");
        int headEnd = root < 0 ? 0 : text.indexOf('>', root) + 1;
        String head = PROLOG.matcher(text.substring(0, headEnd)).replaceAll("");
        boolean xlink = text.indexOf("xlink:", headEnd) >= 0;
        head = ROOT_ATTRIBUTES.matcher(head).replaceAll(m -> xlink && m.group(1).equals(XLINK) ? Matcher.quoteReplacement(m.group()) : "")
                .replace("<svg", "<svg class=\"chart\" role=\"img\" aria-label=\"" + escape(title) + "\""); // the head has one root tag
        return (head + text.substring(headEnd)).strip();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
