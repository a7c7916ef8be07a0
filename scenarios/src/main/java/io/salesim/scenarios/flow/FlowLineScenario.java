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
        double meanInterarrivalHours = spec.interarrivalHours().mean();
        out.put("arrivals", "interarrival " + spec.interarrivalHours() + " h, "
                + number(spec.batchSize().mean() / meanInterarrivalHours) + " items/h on average");
        for (StationSpec station : spec.stations()) {
            out.put("station " + station.name(), station.servers() + " server(s), process time " + station.processTime() + " h"
                    + (station.buffer() == null ? "" : ", buffer " + station.buffer()));
        }
        return out;
    }

    /** Items that arrive in one replication: the horizon over the mean interarrival time, times the mean batch. */
    @Override
    public Workload workload() {
        RandomStream unused = new RandomStream("workload");
        double interarrivalHours = spec.interarrivalHours().sampler(unused).mean();
        double batch = Math.max(1, spec.batchSize().sampler(unused).mean());
        return new Workload(spec.horizonHours() / interarrivalHours * batch, "arrivals", String.format(Locale.ROOT,
                "%s weeks, a mean interarrival time of %.3g h, a mean batch of %.3g", number(spec.horizonHours() / Model.HOURS_PER_WEEK),
                interarrivalHours, batch));
    }

    /**
     * Every station's servers, each judged week by week: a week after warm-up meets the target
     * when the station's utilisation that week is at most the target (stations always have
     * servers, so every week is judged). The search range goes up to four times today's
     * servers (at least 20): enough for any line that is not overloaded by an order of magnitude.
     */
    @Override
    public List<SizableRole> sizableRoles(double defaultUtilizationTarget) {
        List<SizableRole> roles = new ArrayList<>();
        for (int i = 0; i < spec.stations().size(); i++) {
            StationSpec station = spec.stations().get(i);
            String utilization = "station." + station.name() + ".utilization";
            roles.add(new SizableRole(station.name(), "stations[" + i + "].servers", station.servers(), 1,
                    Math.max(20, 4 * station.servers()), 1.0, utilization, defaultUtilizationTarget,
                    SizableRole.WeekTest.atMost(utilization, defaultUtilizationTarget, spec.warmupWeeks())));
        }
        return roles;
    }

    /**
     * Every station's offered load: the arrival rate (mean batch ÷ mean interarrival time) times
     * the mean process time, over its servers' share of working hours in the horizon. Every item
     * visits every station, so the same rate reaches each.
     */
    @Override
    public Map<String, OfferedLoad> offeredLoads() {
        RandomStream unused = new RandomStream("load");
        double perHour = Math.max(1, spec.batchSize().sampler(unused).mean()) / spec.interarrivalHours().sampler(unused).mean();
        double workingShare = spec.calendar().workingHoursBetween(0, spec.horizonHours()) / spec.horizonHours();
        Map<String, OfferedLoad> out = new LinkedHashMap<>();
        for (StationSpec station : spec.stations()) {
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
