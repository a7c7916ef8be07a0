package io.salesim.scenarios.schema;

/**
 * Text from a scenario file or the command line made safe for a terminal: a value such as
 * {@code "\e]0;pwned\a"} would retitle it, a key holding a newline would print a fake problem
 * line. Control characters, lone surrogates, line separators and bidirectional controls are
 * shown as escapes ({@code \n}, {@code \t}, {@code \u001b}); everything else is kept as written.
 */
public final class Printable {
    private Printable() {
    }

    /** The text with every character a terminal would act on written as an escape. */
    public static String escape(String text) {
        if (text == null || text.codePoints().noneMatch(Printable::needsEscape)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (!needsEscape(c)) {
                out.appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.toString();
    }

    /**
     * Whether scenario text (a description) may hold this character: anything printable, plus
     * tab and newline. Control characters and lone surrogates are refused: they cannot be
     * written back to a YAML file or shown on a terminal as they are.
     */
    public static boolean allowedInText(int codePoint) {
        return codePoint == '\n' || codePoint == '\t' || !needsEscape(codePoint);
    }

    private static boolean needsEscape(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> isBidiControl(c);
        };
    }

    /** Characters that reorder what follows them on screen (the "Trojan Source" trick). */
    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
