package io.salesim.core.sales;

import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.RandomStream;
import io.salesim.core.random.Sampler;
import java.util.List;

/**
 * Travel between consecutive appointments: within a cluster a random local hop; between
 * clusters a drive (distance / speed) up to the drive threshold, else a flight (fixed
 * overhead + distance / speed). Travel depends on where the previous appointment was, not
 * on territory size (seed: "Geography and risk").
 */
final class Geography {
    private final GeographySpec spec;
    private final double[][] travelHours;
    private final boolean[][] flights;
    private final double[] cumulativeWeight;
    private final Sampler localHop;
    private final RandomStream clusterStream;

    Geography(GeographySpec spec, RandomStream clusterStream, RandomStream hopStream) {
        this.spec = spec;
        List<GeographySpec.ClusterSpec> clusters = spec.clusters();
        int n = clusters.size();
        this.travelHours = new double[n][n];
        this.flights = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double km = distanceKm(clusters.get(i), clusters.get(j));
                    flights[i][j] = km > spec.driveThresholdKm();
                    travelHours[i][j] = flights[i][j] ? spec.flightOverheadHours() + km / spec.flightSpeedKmPerHour()
                            : km / spec.driveSpeedKmPerHour();
                }
            }
        }
        this.cumulativeWeight = new double[n];
        double total = clusters.stream().mapToDouble(GeographySpec.ClusterSpec::weight).sum();
        double running = 0;
        for (int i = 0; i < n; i++) {
            running += clusters.get(i).weight() / total;
            cumulativeWeight[i] = running;
        }
        cumulativeWeight[n - 1] = 1.0;
        this.clusterStream = clusterStream;
        this.localHop = spec.localHopHours() > 0
                ? new DistributionSpec.Gamma(spec.localHopHours(), spec.localHopHours() / 2).sampler(hopStream)
                : new DistributionSpec.Constant(0).sampler(hopStream);
    }

    private static double distanceKm(GeographySpec.ClusterSpec a, GeographySpec.ClusterSpec b) {
        return Math.hypot(a.xKm() - b.xKm(), a.yKm() - b.yKm());
    }

    /** The cluster field salespeople live in. */
    int home() {
        for (int i = 0; i < spec.clusters().size(); i++) {
            if (spec.clusters().get(i).name().equals(spec.homeCluster())) {
                return i;
            }
        }
        return 0;
    }

    int clusters() {
        return travelHours.length;
    }

    /** A cluster drawn by weight (where an opportunity or account is). */
    int sampleCluster() {
        return sampleCluster(clusterStream);
    }

    /** A cluster drawn by weight from the given stream. */
    int sampleCluster(RandomStream stream) {
        double u = stream.nextDouble();
        for (int i = 0; i < cumulativeWeight.length; i++) {
            if (u < cumulativeWeight[i]) {
                return i;
            }
        }
        return cumulativeWeight.length - 1;
    }

    /** Expected travel hours from one cluster to another (the local hop's mean within one). */
    double expectedHours(int from, int to) {
        return from == to ? spec.localHopHours() : travelHours[from][to];
    }

    /** Travel hours of one trip: a random local hop within a cluster, else the fixed inter-cluster time. */
    double sampleHours(int from, int to) {
        return from == to ? localHop.sample() : travelHours[from][to];
    }

    /** Whether a trip from one cluster to another is a flight (farther than the drive threshold); never within one. */
    boolean flight(int from, int to) {
        return flights[from][to];
    }

    String name(int cluster) {
        return spec.clusters().get(cluster).name();
    }
}
