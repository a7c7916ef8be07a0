package io.salesim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The backtest's actuals against an independent count from the raw file: lines split by hand
 * (the sample quotes no field), dates parsed here, weeks labelled by java.time's ISO fields.
 */
class ActualsTest {
    static final Path SAMPLE = Path.of("../examples/crm-sample").toAbsolutePath().normalize();
    private static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Test
    void wonDealsWonValueAndOpenPipelineMatchAnIndependentCount() throws Exception {
        Path sample = sample();
        CrmExport export = CrmExport.read(sample, ColumnMapping.crmSample());
        LocalDate cutoff = LocalDate.of(2017, 6, 30);
        List<IsoWeek> weeks = Actuals.weeks(export, cutoff);
        Map<Metric, double[]> actual = Actuals.of(export.deals(), weeks);

        Map<String, Integer> won = new TreeMap<>();
        Map<String, Double> value = new TreeMap<>();
        List<String> lines = Files.readAllLines(sample.resolve("sales_pipeline.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[4].equals("Won")) {
                LocalDate closed = LocalDate.parse(f[6], MDY);
                if (closed.isAfter(cutoff)) { // a deal closed on the cutoff day belongs to the fit
                    String week = closed.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", closed.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    won.merge(week, 1, Integer::sum);
                    value.merge(week, Double.parseDouble(f[7]), Double::sum);
                }
            }
        }
        assertEquals(won.size(), weeks.size(), "one week per week with a win, the sample wins every week");
        for (int w = 0; w < weeks.size(); w++) {
            String label = weeks.get(w).label();
            assertEquals(won.get(label), (int) actual.get(Metric.WON_DEALS)[w], label);
            assertEquals(value.get(label), actual.get(Metric.WON_VALUE)[w], 1e-6, label);
        }
        // the last week ends on the last close, 2017-12-31: the open pipeline then is every deal still engaging (README: 1,589)
        long engaging = lines.stream().skip(1).filter(l -> l.split(",", -1)[4].equals("Engaging")).count();
        assertEquals(engaging, (long) actual.get(Metric.OPEN_PIPELINE)[weeks.size() - 1]);
        assertEquals(1589, engaging);
    }

    @Test
    void partialFirstAndLastWeeksAreKept() {
        // 2017-06-30 is a Friday: the backtest starts on Saturday 1 July, in ISO week 26 (26 June - 2 July)
        List<IsoWeek> weeks = IsoWeek.covering(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 7, 12));
        assertEquals(List.of("2017-W26", "2017-W27", "2017-W28"), weeks.stream().map(IsoWeek::label).toList());
        assertEquals(2, weeks.get(0).days());
        assertEquals(7, weeks.get(1).days());
        assertEquals(3, weeks.get(2).days());
        // 1 January 2021 is a Friday of ISO week 53 of 2020
        assertEquals("2020-W53", IsoWeek.label(LocalDate.of(2021, 1, 1)));
    }

    static Path sample() throws IOException {
        if (!Files.isDirectory(SAMPLE)) {
            throw new IOException("the CRM sample is expected at " + SAMPLE);
        }
        return SAMPLE;
    }
}
