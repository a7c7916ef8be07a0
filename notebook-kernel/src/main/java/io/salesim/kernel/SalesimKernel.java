package io.salesim.kernel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * A Jupyter kernel for Java on JJava's protocol library: the wire protocol, message signing
 * and the execute/complete/is-complete handlers come from {@link BaseKernel}; cells run in
 * {@link Cells} (JShell in this JVM). A cell's last expression is the execute_result
 * (rendered by {@link Rendering}), printed output is the stdout/stderr stream, and an error
 * is an error reply with the compiler's message or the exception and its stack.
 */
public final class SalesimKernel extends BaseKernel {
    private final Cells cells = new Cells();

    private SalesimKernel(Builder b) {
        super(b.kernelName(), b.kernelVersion(), new LanguageInfo("java", Runtime.version().toString(), "text/x-java-source",
                        ".jshell", "java", "java", null), List.of(), b.history(), b.io(), b.comms(), b.renderer(), null,
                b.magics(), false, b.errorStyler());
        Display.sendTo(this::display);
    }

    /** The kernel's parts, built as JJava's builder builds them. */
    static final class Builder extends BaseKernelBuilder<Builder, SalesimKernel> {
        @Override
        public SalesimKernel build() {
            return new SalesimKernel(this);
        }

        String kernelName() {
            return "salesim-java";
        }

        String kernelVersion() {
            String version = SalesimKernel.class.getPackage().getImplementationVersion();
            return version == null ? "0.1.0" : version;
        }

        org.dflib.jjava.jupyter.kernel.history.HistoryManager history() {
            return new org.dflib.jjava.jupyter.kernel.history.HistoryManager() { };
        }

        org.dflib.jjava.jupyter.kernel.JupyterIO io() {
            return buildJupyterIO(StandardCharsets.UTF_8);
        }

        org.dflib.jjava.jupyter.kernel.comm.CommManager comms() {
            return buildCommManager();
        }

        org.dflib.jjava.jupyter.kernel.display.Renderer renderer() {
            return buildRenderer();
        }

        org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry magics() {
            return buildMagicsRegistry();
        }

        org.dflib.jjava.jupyter.kernel.util.StringStyler errorStyler() {
            return buildErrorStyler();
        }
    }

    @Override
    public String getBanner() {
        return "salesim Java kernel (JShell, Java " + Runtime.version() + ")";
    }

    @Override
    public Object evalRaw(String code) {
        Cells.Value value = cells.run(code);
        return value.present() ? value.object() : null;
    }

    @Override
    public DisplayData eval(String code) {
        Cells.Value value = cells.run(code);
        return value.present() ? Rendering.render(value.object(), value.text()) : null;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        Cells.Completion completion = cells.complete(code, at);
        return completion.replacements().isEmpty() ? null : new ReplacementOptions(completion.replacements(), completion.start(), at);
    }

    @Override
    public String isComplete(String code) {
        return switch (cells.completeness(code)) {
            case "complete" -> IS_COMPLETE_YES;
            case "incomplete" -> "    "; // Jupyter's answer for "more to come": the indent of the next line
            default -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof Cells.CellError error) {
            return error.lines();
        }
        List<String> lines = new ArrayList<>(List.of(e.toString()));
        for (StackTraceElement element : e.getStackTrace()) {
            lines.add("    at " + element);
        }
        return lines;
    }

    @Override
    public void interrupt() {
        cells.stop();
    }

    @Override
    public void onShutdown(boolean restart) {
        cells.close();
    }

    /** {@code java io.salesim.kernel.SalesimKernel CONNECTION_FILE}, as the kernel spec's argv starts it. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SalesimKernel CONNECTION_FILE (Jupyter passes it as {connection_file})");
            System.exit(2);
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(properties);
        SalesimKernel kernel = new Builder().build();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }
}
