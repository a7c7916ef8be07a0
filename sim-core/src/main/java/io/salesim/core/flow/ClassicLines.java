package io.salesim.core.flow;

import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import java.util.List;

/**
 * The textbook lines every module's tests and examples share: M/M/1, M/M/c, a two-station
 * tandem with a finite buffer, the five-station dice game, and Factory Physics' Penny Fab. Rates are per hour, times in
 * hours; all run on a 24×7 calendar so queueing theory applies unchanged.
 */
public final class ClassicLines {
    /** Dice game: a fair die averages 3.5 units a shift; one unit takes 1/3.5 h on average. */
    public static final double DICE_MEAN_HOURS = 1 / 3.5;
    /** Uniform(0.0857, 0.4857) h: mean 1/3.5 h with the spread of a die roll. */
    public static final double DICE_MIN_HOURS = 0.0857;
    public static final double DICE_MAX_HOURS = 0.4857;

    private ClassicLines() {
    }

    /** One server, Poisson arrivals at {@code arrivalsPerHour}, exponential service at {@code servicesPerHour}. */
    public static FlowLineSpec mm1(double arrivalsPerHour, double servicesPerHour, double horizonHours, double warmupHours) {
        return mmc(arrivalsPerHour, servicesPerHour, 1, horizonHours, warmupHours);
    }

    /** {@code servers} parallel servers sharing one FIFO queue; the station is named {@code server}. */
    public static FlowLineSpec mmc(double arrivalsPerHour, double servicesPerHour, int servers,
                                   double horizonHours, double warmupHours) {
        requireRate("arrivalsPerHour", arrivalsPerHour);
        requireRate("servicesPerHour", servicesPerHour);
        String name = servers == 1 ? "mm1" : "mm" + servers;
        return FlowLineSpec.of(name, horizonHours, warmupHours, new DistributionSpec.Exponential(1 / arrivalsPerHour),
                new StationSpec("server", servers, new DistributionSpec.Exponential(1 / servicesPerHour)));
    }

    /**
     * Two single-server exponential stations, {@code first} then {@code second}, with room for
     * {@code bufferItems} waiting in front of the second; a finished item that finds no room
     * blocks the first server (blocking after service).
     */
    public static FlowLineSpec tandem(double arrivalsPerHour, double firstServicesPerHour, double secondServicesPerHour,
                                      int bufferItems, double horizonHours, double warmupHours) {
        requireRate("arrivalsPerHour", arrivalsPerHour);
        requireRate("firstServicesPerHour", firstServicesPerHour);
        requireRate("secondServicesPerHour", secondServicesPerHour);
        return FlowLineSpec.of("tandem", horizonHours, warmupHours, new DistributionSpec.Exponential(1 / arrivalsPerHour),
                new StationSpec("first", 1, new DistributionSpec.Exponential(1 / firstServicesPerHour)),
                new StationSpec("second", 1, new DistributionSpec.Exponential(1 / secondServicesPerHour), bufferItems));
    }

    /**
     * The dice game: five stations of one server each, process time uniform(0.0857, 0.4857) h
     * (mean 1/3.5 h), one unit released every 1/3.5 h. A balanced line with variability, so
     * work in process and time in system keep growing: the point of the game.
     */
    public static FlowLineSpec diceGame(double horizonHours, double warmupHours) {
        DistributionSpec roll = new DistributionSpec.Uniform(DICE_MIN_HOURS, DICE_MAX_HOURS);
        List<StationSpec> stations = List.of(
                new StationSpec("station1", 1, roll), new StationSpec("station2", 1, roll),
                new StationSpec("station3", 1, roll), new StationSpec("station4", 1, roll),
                new StationSpec("station5", 1, roll));
        return new FlowLineSpec("dice-game", horizonHours, warmupHours, WorkCalendar.alwaysOpen(),
                new DistributionSpec.Constant(DICE_MEAN_HOURS), null, stations);
    }

    /**
     * Factory Physics' Penny Fab (Hopp and Spearman, ch. 7): four single-machine stations
     * {@code head_stamp}, {@code tail_stamp}, {@code rim}, {@code deburr}, each taking {@code processHours}
     * (2 h in the book), run as a closed line holding {@code wip} items (CONWIP).
     */
    public static FlowLineSpec pennyFab(int wip, DistributionSpec processHours, double horizonHours, double warmupHours) {
        return FlowLineSpec.of("penny-fab", horizonHours, warmupHours, new FlowLineSpec.Conwip(wip),
                new StationSpec("head_stamp", 1, processHours), new StationSpec("tail_stamp", 1, processHours),
                new StationSpec("rim", 1, processHours), new StationSpec("deburr", 1, processHours));
    }

    private static void requireRate(String what, double perHour) {
        if (!(perHour > 0) || Double.isInfinite(perHour)) {
            throw new IllegalArgumentException(what + " must be a positive rate per hour, was " + perHour);
        }
    }
}
