package io.salesim.scenarios.schema;

/**
 * One thing wrong with a scenario file, in the form every message takes:
 * {@code <file>:<line>: <key.path>: found <value>; allowed <what>}.
 */
public record Problem(String source, int line, String path, String found, String allowed) {

    public static Problem at(Node node, String allowed) {
        return new Problem(node.source(), node.line(), node.displayPath(), node.describe(), allowed);
    }

    /** One line, every part escaped ({@link Printable}): file names, keys and values come from the user. */
    @Override
    public String toString() {
        // a problem with the file as a whole (it does not exist) has no line
        String where = line > 0 ? source + ":" + line : source;
        return Printable.escape(where + ": " + path + ": found " + found + "; allowed " + allowed);
    }
}
