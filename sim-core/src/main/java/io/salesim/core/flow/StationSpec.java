package io.salesim.core.flow;

import io.salesim.core.random.DistributionSpec;
import java.util.Objects;

/**
 * One station of a flow line: parallel servers, a process time (hours), and an optional
 * limit on how many items may wait in front of it ({@code null}: unlimited).
 */
public record StationSpec(String name, int servers, DistributionSpec processTime, Integer buffer) {
    public StationSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(processTime, "processTime");
        if (servers < 1) {
            throw new IllegalArgumentException("station '" + name + "' needs at least 1 server, was " + servers);
        }
        if (buffer != null && buffer < 0) {
            throw new IllegalArgumentException("station '" + name + "' buffer must be >= 0, was " + buffer);
        }
    }

    public StationSpec(String name, int servers, DistributionSpec processTime) {
        this(name, servers, processTime, null);
    }
}
