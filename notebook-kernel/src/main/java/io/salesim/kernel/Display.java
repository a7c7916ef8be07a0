package io.salesim.kernel;

import java.util.Locale;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * Helpers every cell can call (imported statically at start-up): {@code display(x)} shows a
 * value now, as the last expression of a cell would be shown, so one cell can show several
 * tables and charts; {@code markdown(...)} shows prose built from computed values.
 */
public final class Display {
    private static volatile Consumer<DisplayData> sink = data -> System.out.println(data.getData(
            org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));

    private Display() {
    }

    /** Where display data goes: the kernel's display_data messages (or standard output outside a kernel). */
    static void sendTo(Consumer<DisplayData> destination) {
        sink = destination;
    }

    /** Shows a table (HTML), a chart (PNG), Markdown, HTML or any value (its text). */
    public static void display(Object value) {
        sink.accept(Rendering.render(value, String.valueOf(value)));
    }

    /** Markdown text, formatted as {@link String#format} does (in English number style): prose that reads computed values. */
    public static Rendering.Markdown markdown(String format, Object... args) {
        return new Rendering.Markdown(args.length == 0 ? format : String.format(Locale.US, format, args));
    }

    /** HTML to show as such. */
    public static Rendering.Html html(String text) {
        return new Rendering.Html(text);
    }
}
