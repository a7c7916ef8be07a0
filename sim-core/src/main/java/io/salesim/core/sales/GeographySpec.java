package io.salesim.core.sales;

import java.util.List;

/**
 * Where the work is: clusters (cities) with coordinates in km and a share of the business,
 * and how people travel between consecutive appointments (drive within
 * {@code driveThresholdKm}, else fly with a fixed overhead). Within a cluster a hop between
 * appointments takes {@code localHopHours} on average.
 */
public record GeographySpec(List<ClusterSpec> clusters, double driveThresholdKm, double driveSpeedKmPerHour,
                            double flightOverheadHours, double flightSpeedKmPerHour, double localHopHours,
                            String homeCluster) {

    /** A city: position in km on a flat map and its share (weight) of opportunities and accounts. */
    public record ClusterSpec(String name, double xKm, double yKm, double weight) {
        public ClusterSpec {
            Check.present("name", name);
            Check.nonNegative("weight", weight);
            if (!Double.isFinite(xKm) || !Double.isFinite(yKm)) {
                throw new InvalidSpec(Double.isFinite(xKm) ? "yKm" : "xKm", Double.isFinite(xKm) ? yKm : xKm, "a finite number of km");
            }
        }
    }

    public GeographySpec {
        clusters = List.copyOf(Check.present("clusters", clusters));
        if (clusters.isEmpty() || clusters.stream().mapToDouble(ClusterSpec::weight).sum() <= 0) {
            throw new InvalidSpec("clusters", "no cluster with a positive weight", "one or more clusters, weights summing to > 0");
        }
        Check.nonNegative("driveThresholdKm", driveThresholdKm);
        Check.positive("driveSpeedKmPerHour", driveSpeedKmPerHour);
        Check.nonNegative("flightOverheadHours", flightOverheadHours);
        Check.positive("flightSpeedKmPerHour", flightSpeedKmPerHour);
        Check.nonNegative("localHopHours", localHopHours);
        Check.present("homeCluster", homeCluster);
        if (clusters.stream().noneMatch(c -> c.name().equals(homeCluster))) {
            throw new InvalidSpec("homeCluster", "\"" + homeCluster + "\"", "the name of a cluster");
        }
    }

    /**
     * Assumption: a firm based in Chicago selling across the US Midwest and South. Distances
     * are rough great-circle km; weights are the share of business (home metro largest).
     * Driving at 80 km/h up to 300 km; flights cost 3 h of airport overhead plus 700 km/h.
     * The salespeople live at head office in Chicago.
     */
    public static GeographySpec defaults() {
        return new GeographySpec(List.of(
                new ClusterSpec("chicago", 0, 0, 0.25),
                new ClusterSpec("milwaukee", -20, 130, 0.10),
                new ClusterSpec("indianapolis", 60, -260, 0.10),
                new ClusterSpec("detroit", 380, 30, 0.15),
                new ClusterSpec("minneapolis", -450, 500, 0.10),
                new ClusterSpec("atlanta", 480, -950, 0.15),
                new ClusterSpec("dallas", -700, -1100, 0.15)),
                300, 80, 3.0, 700, 0.5, "chicago");
    }
}
