package io.salesim.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Base64;
import java.util.Locale;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How a value looks in a notebook: a Tablesaw table as an HTML table (and text), an XChart
 * chart as a PNG image (and its title as text), Markdown and HTML as such, anything else as
 * the text JShell prints for it.
 */
public final class Rendering {
    /** Rows of a table shown in a cell; the rest are counted. */
    static final int MAX_ROWS = 60;

    private Rendering() {
    }

    /** Text shown in Markdown; displayed by {@link Display#markdown}. */
    public record Markdown(String text) {
    }

    /** HTML shown as such; displayed by {@link Display#html}. */
    public record Html(String text) {
    }

    /** @param text what JShell prints for the value, the fallback for types without a richer form */
    public static DisplayData render(Object value, String text) {
        if (value instanceof DisplayData data) {
            return data;
        }
        DisplayData out = new DisplayData();
        if (value instanceof Table table) {
            out.putText(table.printAll());
            out.putHTML(html(table));
        } else if (value instanceof Chart<?, ?> chart) {
            out.putText(chart.getTitle() == null || chart.getTitle().isBlank() ? "chart" : chart.getTitle());
            out.putData(MIMEType.IMAGE_PNG, Base64.getEncoder().encodeToString(png(chart)));
        } else if (value instanceof Markdown markdown) {
            out.putText(markdown.text());
            out.putMarkdown(markdown.text());
        } else if (value instanceof Html html) {
            out.putText(html.text().replaceAll("<[^>]*>", ""));
            out.putHTML(html.text());
        } else {
            out.putText(text);
        }
        return out;
    }

    static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart " + chart.getTitle(), e);
        }
    }

    /** An HTML table: the column names as headers, numbers right-aligned and rounded for reading. */
    static String html(Table table) {
        StringBuilder out = new StringBuilder("<table class=\"dataframe\">\n<thead><tr>");
        for (Column<?> column : table.columns()) {
            out.append("<th>").append(escape(column.name())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        int shown = Math.min(MAX_ROWS, table.rowCount());
        for (int r = 0; r < shown; r++) {
            out.append("<tr>");
            for (Column<?> column : table.columns()) {
                Object cell = column.get(r);
                boolean number = cell instanceof Number;
                out.append(number ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                        .append(escape(cell instanceof Double d ? number(d) : cell == null ? "" : cell.toString())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (table.rowCount() > shown) {
            out.append("<p>").append(table.rowCount() - shown).append(" more rows (").append(table.rowCount())
                    .append(" in all)</p>\n");
        }
        return out.toString();
    }

    /** Four significant figures below 1000, whole numbers with thousands separators above. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.US, "%,.0f", value);
        }
        return value == 0 ? "0" : new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
