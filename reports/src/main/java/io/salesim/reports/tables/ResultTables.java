package io.salesim.reports.tables;

import java.util.Locale;
import java.util.ArrayList;
import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.stats.Summary;
import io.salesim.scenarios.Assumption;
import io.salesim.scenarios.RoleRow;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The result tables of an experiment, as Tablesaw tables (the same tables the CSV files hold,
 * for reports and notebooks that want them in memory). Rows follow the model's metric order
 * and replication order, never a hash order, so equal runs give equal tables.
 */
public final class ResultTables {
    /** Weekly series with this prefix and suffix are 0/1 "this role was the bottleneck" indicators. */
    static final String ROLE_PREFIX = "role.";
    static final String BOTTLENECK_SUFFIX = ".bottleneck_probability";

    private ResultTables() {
    }

    /** {@link #summary(String, ExperimentResult, List)} with every metric's declared importance. */
    public static Table summary(String scenario, ExperimentResult result) {
        List<String> headline = new ArrayList<>();
        for (Meaning.Importance importance : List.of(Meaning.Importance.BOARD, Meaning.Importance.HEADLINE)) {
            result.metrics().stream().filter(m -> result.meaning(m).importance() == importance).forEach(headline::add);
        }
        return summary(scenario, result, headline);
    }

    /**
     * {@code scenario,metric,unit,direction,importance,mean,stdev,ci95_low,ci95_high,replications}:
     * the {@code headline} metrics first, in that order (the scenario's choice of what leads),
     * then the rest in declaration order; each with its declared unit and direction, and its
     * importance — board or headline as declared for those the scenario shows, detail otherwise.
     */
    public static Table summary(String scenario, ExperimentResult result, List<String> headline) {
        StringColumn scenarios = StringColumn.create("scenario");
        StringColumn metrics = StringColumn.create("metric");
        StringColumn units = StringColumn.create("unit");
        StringColumn directions = StringColumn.create("direction");
        StringColumn importances = StringColumn.create("importance");
        DoubleColumn means = DoubleColumn.create("mean");
        DoubleColumn stdevs = DoubleColumn.create("stdev");
        DoubleColumn lows = DoubleColumn.create("ci95_low");
        DoubleColumn highs = DoubleColumn.create("ci95_high");
        IntColumn counts = IntColumn.create("replications");
        Map<String, Summary> all = result.summaries();
        List<String> order = new ArrayList<>(headline.stream().filter(all::containsKey).toList());
        all.keySet().stream().filter(m -> !order.contains(m)).forEach(order::add);
        for (String metric : order) {
            Summary summary = all.get(metric);
            Meaning meaning = result.meaning(metric);
            scenarios.append(scenario);
            metrics.append(metric);
            units.append(meaning.unit());
            directions.append(meaning.direction().id());
            importances.append(headline.contains(metric) ? meaning.importance().name().toLowerCase(Locale.ROOT) : "detail");
            means.append(summary.mean());
            stdevs.append(summary.stdev());
            lows.append(summary.ciLow());
            highs.append(summary.ciHigh());
            counts.append((int) summary.n());
        }
        return Table.create("summary", scenarios, metrics, units, directions, importances, means, stdevs, lows, highs, counts);
    }

    /** {@code scenario,replication,metric,value}; replications are numbered from 1. */
    public static Table replications(String scenario, ExperimentResult result) {
        StringColumn scenarios = StringColumn.create("scenario");
        IntColumn replications = IntColumn.create("replication");
        StringColumn metrics = StringColumn.create("metric");
        DoubleColumn values = DoubleColumn.create("value");
        for (ReplicationResult replication : result.replications()) {
            for (Map.Entry<String, Double> entry : replication.values().entrySet()) {
                scenarios.append(scenario);
                replications.append(replication.replication() + 1);
                metrics.append(entry.getKey());
                values.append(entry.getValue());
            }
        }
        return Table.create("replications", scenarios, replications, metrics, values);
    }

    /** {@code scenario,week,resource,metric,mean,ci95_low,ci95_high}; weeks are numbered from 1. */
    public static Table weekly(String scenario, ExperimentResult result) {
        StringColumn scenarios = StringColumn.create("scenario");
        IntColumn weeks = IntColumn.create("week");
        StringColumn resources = StringColumn.create("resource");
        StringColumn metrics = StringColumn.create("metric");
        DoubleColumn means = DoubleColumn.create("mean");
        DoubleColumn lows = DoubleColumn.create("ci95_low");
        DoubleColumn highs = DoubleColumn.create("ci95_high");
        for (String metric : result.weeklyMetrics()) {
            MetricName name = MetricName.split(metric);
            Summary[] byWeek = result.weeklySummary(metric);
            for (int week = 0; week < byWeek.length; week++) {
                scenarios.append(scenario);
                weeks.append(week + 1);
                resources.append(name.resource());
                metrics.append(name.metric());
                means.append(byWeek[week].mean());
                lows.append(byWeek[week].ciLow());
                highs.append(byWeek[week].ciHigh());
            }
        }
        return Table.create("weekly", scenarios, weeks, resources, metrics, means, lows, highs);
    }

    /** {@code role,policy,headcount,salary_per_year,max_utilization,designated_constraint}: the role table as run. */
    public static Table roles(List<RoleRow> rows) {
        StringColumn ids = StringColumn.create("role");
        StringColumn policies = StringColumn.create("policy");
        IntColumn headcounts = IntColumn.create("headcount");
        DoubleColumn salaries = DoubleColumn.create("salary_per_year");
        DoubleColumn limits = DoubleColumn.create("max_utilization");
        StringColumn constraint = StringColumn.create("designated_constraint");
        for (RoleRow row : rows) {
            ids.append(row.id());
            policies.append(row.policy());
            headcounts.append(row.headcount());
            salaries.append(row.salaryPerYear());
            limits.append(row.maxUtilization());
            constraint.append(Boolean.toString(row.designatedConstraint()));
        }
        return Table.create("roles", ids, policies, headcounts, salaries, limits, constraint);
    }

    /** The values a scenario assumes: key path, value as run, unit, reason, in file order. */
    public static Table assumptions(List<Assumption> assumptions) {
        StringColumn keys = StringColumn.create("key");
        StringColumn values = StringColumn.create("value");
        StringColumn units = StringColumn.create("unit");
        StringColumn reasons = StringColumn.create("reason");
        StringColumn ranges = StringColumn.create("range");
        for (Assumption a : assumptions) {
            keys.append(a.keyPath());
            values.append(a.value());
            units.append(a.unit());
            reasons.append(a.reason());
            ranges.append(String.join(" ", a.range()));
        }
        return Table.create("assumptions", keys, values, units, reasons, ranges);
    }

    /** Whether the model reports weekly bottleneck indicators ({@code role.<role>.bottleneck_probability}). */
    public static boolean hasBottlenecks(ExperimentResult result) {
        return result.weeklyMetrics().stream().anyMatch(ResultTables::isBottleneckSeries);
    }

    /**
     * {@code scenario,week,resource,probability}: the across-replication mean of each role's
     * weekly 0/1 bottleneck indicator, i.e. the probability that role is the bottleneck that week.
     */
    public static Table bottlenecks(String scenario, ExperimentResult result) {
        StringColumn scenarios = StringColumn.create("scenario");
        IntColumn weeks = IntColumn.create("week");
        StringColumn resources = StringColumn.create("resource");
        DoubleColumn probabilities = DoubleColumn.create("probability");
        for (String metric : result.weeklyMetrics()) {
            if (!isBottleneckSeries(metric)) {
                continue;
            }
            String role = MetricName.split(metric).resource();
            Summary[] byWeek = result.weeklySummary(metric);
            for (int week = 0; week < byWeek.length; week++) {
                scenarios.append(scenario);
                weeks.append(week + 1);
                resources.append(role);
                probabilities.append(byWeek[week].mean());
            }
        }
        return Table.create("bottlenecks", scenarios, weeks, resources, probabilities);
    }

    private static boolean isBottleneckSeries(String metric) {
        return metric.startsWith(ROLE_PREFIX) && metric.endsWith(BOTTLENECK_SUFFIX)
                && metric.length() > ROLE_PREFIX.length() + BOTTLENECK_SUFFIX.length();
    }
}
