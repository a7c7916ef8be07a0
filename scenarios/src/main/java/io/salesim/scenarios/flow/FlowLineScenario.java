package io.salesim.scenarios.flow;

import io.salesim.core.diagnostics.OfferedLoad;
import io.salesim.core.engine.Model;
import io.salesim.core.flow.FlowLine;
import io.salesim.core.flow.FlowLineSpec;
import io.salesim.core.flow.StationSpec;
import io.salesim.core.random.RandomStream;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioSource;
import io.salesim.scenarios.SizableRole;
import io.salesim.scenarios.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A validated flow-line scenario: a {@link FlowLineSpec} plus what reports need to describe it. */
public record FlowLineScenario(FlowLineSpec spec, String description, ScenarioSource source) implements Scenario {

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String kind() {
        return FlowLineKind.NAME;
    }

    @Override
    public Supplier<Model> modelFactory() {
        FlowLineSpec line = spec;
        return () -> new FlowLine(line);
    }

    @Override
    public LinkedHashMap<String, String> keyParameters() {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        out.put("horizon", number(spec.horizonHours() / Model.HOURS_PER_WEEK) + " weeks, of which warm-up "
                + number(spec.warmupHours() / Model.HOURS_PER_WEEK) + " weeks");
        out.put("calendar", number(spec.calendar().hoursPerDay()) + " h/day, " + spec.calendar().daysPerWeek() + " days/week");
        if (spec.release() instanceof FlowLineSpec.Arrivals arrivals) {
            out.put("arrivals", "interarrival " + arrivals.interarrivalHours() + " h, "
                    + number(arrivals.batchSize().mean() / arrivals.interarrivalHours().mean()) + " items/h on average");
        } else {
            if (spec.release() instanceof FlowLineSpec.Conwip closed) {
                out.put("release", "CONWIP: a fixed WIP of " + closed.wip() + " items; a new one enters when one leaves the last station");
            } else {
                out.put("arrivals", "saturated: station " + spec.stations().get(0).name()
                        + " always has work and starts a new item whenever a server is free");
            }
            // Factory Physics' yardsticks (Hopp and Spearman, ch. 7) for a line that sets its own pace
            double rb = spec.bottleneckRatePerHour();
            double t0 = spec.rawProcessHours();
            double workingHoursPerWeek = spec.calendar().hoursPerDay() * spec.calendar().daysPerWeek();
            out.put("capacity", "bottleneck rate r_b " + number(rb) + " items/h (" + number(rb * workingHoursPerWeek)
                    + " in a week of " + number(workingHoursPerWeek) + " working hours), raw process time T0 " + number(t0)
                    + " h, critical WIP W0 = r_b·T0 = " + number(rb * t0));
        }
        for (StationSpec station : spec.stations()) {
            out.put("station " + station.name(), station.servers() + " server(s), process time " + station.processTime() + " h"
                    + (station.buffer() == null ? "" : ", buffer " + station.buffer()));
        }
        return out;
    }

    /**
     * Items that enter in one replication. Fed by arrivals: the horizon over the mean
     * interarrival time, times the mean batch. Saturated: the horizon times the first station's
     * capacity (servers ÷ mean process time), which is what it starts when never blocked; with
     * unlimited buffers the surplus over the bottleneck rate piles up in the line. Closed: the WIP
     * plus the horizon times the bottleneck rate, which no closed line exceeds. Calendar hours
     * are counted as if worked: an upper bound.
     */
    @Override
    public Workload workload() {
        String weeks = number(spec.horizonHours() / Model.HOURS_PER_WEEK);
        if (spec.release() instanceof FlowLineSpec.Conwip closed) {
            double ratePerHour = spec.bottleneckRatePerHour();
            return new Workload(closed.wip() + spec.horizonHours() * ratePerHour, "horizon.weeks", String.format(Locale.ROOT,
                    "a WIP of %d, then %s weeks at a bottleneck rate of %.3g items/h", closed.wip(), weeks, ratePerHour));
        }
        if (spec.release() instanceof FlowLineSpec.Arrivals arrivals) {
            RandomStream unused = new RandomStream("workload");
            double interarrivalHours = arrivals.interarrivalHours().sampler(unused).mean();
            double batch = Math.max(1, arrivals.batchSize().sampler(unused).mean());
            return new Workload(spec.horizonHours() / interarrivalHours * batch, "arrivals", String.format(Locale.ROOT,
                    "%s weeks, a mean interarrival time of %.3g h, a mean batch of %.3g", weeks, interarrivalHours, batch));
        }
        StationSpec first = spec.stations().get(0);
        double ratePerHour = first.servers() / FlowLineSpec.meanProcessHours(first);
        return new Workload(spec.horizonHours() * ratePerHour, "arrivals", String.format(Locale.ROOT,
                "%s weeks, a saturated first station starting %.3g items/h", weeks, ratePerHour));
    }

    /**
     * Every station's servers, each judged week by week: a week after warm-up meets the target
     * when the station's utilisation that week is at most the target (stations always have
     * servers, so every week is judged). The search range goes up to four times today's
     * servers (at least 20): enough for any line that is not overloaded by an order of magnitude.
     * A saturated first station is left out: it works whenever it is not blocked, whatever its
     * servers, so no head count meets a target there (and more of them only push more work
     * downstream); the others are sized for what it pushes. In a closed line every station is
     * sized at the fixed WIP: more servers at a station lower its share of the cycle.
     */
    @Override
    public List<SizableRole> sizableRoles(double defaultUtilizationTarget) {
        List<SizableRole> roles = new ArrayList<>();
        int from = spec.release() instanceof FlowLineSpec.Saturated ? 1 : 0;
        for (int i = from; i < spec.stations().size(); i++) {
            StationSpec station = spec.stations().get(i);
            String utilization = "station." + station.name() + ".utilization";
            roles.add(new SizableRole(station.name(), "stations[" + i + "].servers", station.servers(), 1,
                    Math.max(20, 4 * station.servers()), 1.0, utilization, defaultUtilizationTarget,
                    SizableRole.WeekTest.atMost(utilization, defaultUtilizationTarget, spec.warmupWeeks())));
        }
        return roles;
    }

    /**
     * Every station's offered load in an open line: the arrival rate (mean batch ÷ mean
     * interarrival time) times the mean process time, over its servers' share of working hours
     * in the horizon. Every item visits every station, so the same rate reaches each. A station
     * behind a finite buffer has a bounded queue and gets none; a saturated or closed line none
     * either (a closed line holds W items; a saturated one is judged by its queues' rise).
     */
    @Override
    public Map<String, OfferedLoad> offeredLoads() {
        if (!(spec.release() instanceof FlowLineSpec.Arrivals arrivals)) {
            return Map.of();
        }
        RandomStream unused = new RandomStream("load");
        double perHour = Math.max(1, arrivals.batchSize().sampler(unused).mean()) / arrivals.interarrivalHours().sampler(unused).mean();
        double workingShare = spec.calendar().workingHoursBetween(0, spec.horizonHours()) / spec.horizonHours();
        Map<String, OfferedLoad> out = new LinkedHashMap<>();
        for (StationSpec station : spec.stations()) {
            if (station.buffer() != null) {
                continue;
            }
            double processHours = station.processTime().sampler(unused).mean();
            double load = perHour * processHours / (station.servers() * workingShare);
            String calendar = workingShare < 1 ? String.format(Locale.ROOT, " x %.4g of the hours worked", workingShare) : "";
            out.put("station." + station.name(), new OfferedLoad("station." + station.name(), load, String.format(Locale.ROOT,
                    "%.4g items/h x %.4g h ÷ (%d server(s)%s)", perHour, processHours, station.servers(), calendar)));
        }
        return out;
    }

    @Override
    public Optional<String> warmupKey() {
        return Optional.of("horizon.warmup_weeks");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.4g", value);
    }
}
