package io.salesim.reports.html;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes markup that is both HTML5 and well-formed XML: every element closed, attributes
 * quoted, text escaped. Elements are closed in order, so nesting mistakes fail fast.
 */
final class Xhtml {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; attributes come as name, value pairs. */
    Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    Xhtml close(String tag) {
        String top = open.pop();
        if (!top.equals(tag)) {
            throw new IllegalStateException("closing <" + tag + "> while <" + top + "> is open");
        }
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with text content only. */
    Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element without content, written self-closed (meta, br). */
    Xhtml empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup that is already well-formed (an inlined SVG, a CSS block without '<'). */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    Xhtml newline() {
        out.append('\n');
        return this;
    }

    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters; drop them rather than emit a broken file.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
