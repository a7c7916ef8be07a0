package io.salesim.kernel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Runs notebook cells in one JShell that executes in this JVM ({@code local} engine), so a
 * cell's last expression is handed back as the object itself (a Tablesaw table, an XChart
 * chart) for the kernel to display, not only as text. Snippets see this JVM's class path,
 * the salesim library included, through the same class loader as the kernel.
 */
public final class Cells implements AutoCloseable {
    /** What a cell gave back: its last expression's value, or nothing (a declaration, a statement, a trailing ';'). */
    public record Value(boolean present, Object object, String text) {
        static final Value NONE = new Value(false, null, "");
    }

    /** A cell that did not compile, or threw: the lines to show, in order. */
    public static final class CellError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final List<String> lines;

        CellError(String name, String message, List<String> lines) {
            super(message, null, false, false); // the kernel's own stack says nothing about the cell
            this.name = name;
            this.lines = List.copyOf(lines);
        }

        public String name() {
            return name;
        }

        public List<String> lines() {
            return lines;
        }
    }

    /** Imports every cell starts with: the notebook API, Tablesaw, XChart and the kernel's display helpers. */
    static final List<String> STARTUP = List.of(
            "import java.util.*;",
            "import java.util.stream.*;",
            "import io.salesim.reports.notebook.*;",
            "import tech.tablesaw.api.*;",
            "import org.knowm.xchart.*;",
            "import static io.salesim.kernel.Display.*;");

    private final JShell shell;

    public Cells() {
        shell = JShell.builder().executionEngine("local").build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
        for (String line : STARTUP) {
            run(line);
        }
    }

    /** Runs a cell, snippet by snippet; stops at the first that does not compile or throws. */
    public Value run(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        Value last = Value.NONE;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                throw new CellError("IncompleteCode", "the cell ends before this statement does",
                        List.of("Incomplete code: the cell ends before this statement does:", remaining.strip()));
            }
            last = evaluate(info.source());
            remaining = info.remaining();
        }
        return last;
    }

    private Value evaluate(String source) {
        List<SnippetEvent> events = shell.eval(source);
        Value value = Value.NONE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a snippet updated because this one changed
            }
            Snippet snippet = event.snippet();
            JShellException thrown = event.exception();
            if (thrown != null) {
                throw runtimeError(thrown);
            }
            if (event.status() == Snippet.Status.REJECTED) {
                throw compileError(snippet, source);
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                List<String> lines = new ArrayList<>(List.of("Defined, but it cannot be used until it refers only to what exists:"));
                shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).forEach(name -> lines.add("  cannot find " + name));
                throw new CellError("UnresolvedReference", String.join("\n", lines), lines);
            }
            value = valueOf(snippet, event, source);
        }
        return value;
    }

    /** The snippet's value when it is an expression the user did not end with ';'. */
    private Value valueOf(Snippet snippet, SnippetEvent event, String source) {
        if (source.strip().endsWith(";")) {
            return Value.NONE;
        }
        Optional<String> variable = Optional.empty();
        if (snippet instanceof VarSnippet var && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            variable = Optional.of(var.name());
        } else if (snippet instanceof ExpressionSnippet expression
                && (snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND || snippet.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND)) {
            variable = Optional.of(expression.name());
        }
        if (variable.isEmpty()) {
            return Value.NONE; // a statement, a declaration, a void call
        }
        // the object itself: the snippet hands it to a static this class loader shares with the snippets
        Values.clear();
        List<SnippetEvent> kept = shell.eval("io.salesim.kernel.Values.keep(" + variable.get() + ");");
        boolean ok = kept.stream().allMatch(e -> e.exception() == null && e.status() == Snippet.Status.VALID);
        Object object = ok ? Values.take() : null;
        return new Value(true, object, event.value());
    }

    private CellError compileError(Snippet snippet, String source) {
        List<String> lines = new ArrayList<>();
        shell.diagnostics(snippet).forEach(diag -> lines.addAll(describe(diag, snippet.source())));
        if (lines.isEmpty()) {
            lines.add("This does not compile: " + source.strip());
        }
        return new CellError("CompilationError", String.join("\n", lines), lines);
    }

    /** A compiler message, the line it is about, and a caret under the place. */
    private static List<String> describe(Diag diag, String source) {
        List<String> lines = new ArrayList<>(List.of(diag.getMessage(null)));
        long at = diag.getPosition();
        if (at >= 0 && at <= source.length()) {
            int start = source.lastIndexOf('\n', (int) Math.max(0, at - 1)) + 1;
            int end = source.indexOf('\n', (int) at);
            String line = source.substring(start, end < 0 ? source.length() : end);
            lines.add(line);
            lines.add(" ".repeat((int) at - start) + "^");
        }
        return lines;
    }

    private static CellError runtimeError(JShellException thrown) {
        String name;
        if (thrown instanceof EvalException eval) {
            name = eval.getExceptionClassName();
        } else if (thrown instanceof UnresolvedReferenceException unresolved) {
            name = "UnresolvedReference: " + unresolved.getSnippet().source().strip();
        } else {
            name = thrown.getClass().getName();
        }
        List<String> lines = new ArrayList<>();
        lines.add(name + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()));
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t != thrown) {
                String causeName = t instanceof EvalException e ? e.getExceptionClassName() : t.getClass().getName();
                lines.add("Caused by: " + causeName + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            }
            for (StackTraceElement element : t.getStackTrace()) {
                if (element.getClassName().startsWith("jdk.jshell.") || element.getClassName().startsWith("jdk.internal.")
                        || element.getClassName().startsWith("java.lang.reflect.")) {
                    continue;
                }
                lines.add("    at " + (element.getClassName().startsWith("REPL.") ? "cell" : element.toString()));
            }
        }
        return new CellError(name, String.join("\n", lines), lines);
    }

    /** Completion suggestions at a cursor: the replacement texts and where they start. */
    public record Completion(List<String> replacements, int start) {
    }

    public Completion complete(String code, int cursor) {
        int[] anchor = new int[1];
        List<String> out = new ArrayList<>();
        for (SourceCodeAnalysis.Suggestion suggestion : shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor)) {
            if (!out.contains(suggestion.continuation())) {
                out.add(suggestion.continuation());
            }
        }
        return new Completion(out, anchor[0]);
    }

    /** Whether the code is a complete cell: "complete", "incomplete" or "invalid". */
    public String completeness(String code) {
        SourceCodeAnalysis.Completeness c = shell.sourceCodeAnalysis().analyzeCompletion(code).completeness();
        return switch (c) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> "complete";
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "incomplete";
            case UNKNOWN -> "invalid";
        };
    }

    /** Stops the running cell (the Jupyter interrupt). */
    public void stop() {
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
    }
}
