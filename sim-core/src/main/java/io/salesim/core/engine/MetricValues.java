package io.salesim.core.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One replication's metric values as kept by a run: a {@code double[]} against metric names
 * shared by all replications, about 8 bytes a metric instead of a map entry and a boxed
 * Double (~75 bytes), so hundreds of replications cost little heap. Immutable, in the
 * model's declaration order.
 */
final class MetricValues extends AbstractMap<String, Double> {

    /** Metric names in order with their positions; shared by the replications of a run. */
    static final class Layout {
        private final String[] metrics;
        private final Map<String, Integer> positions;

        private Layout(String[] metrics) {
            this.metrics = metrics;
            this.positions = new HashMap<>();
            for (int i = 0; i < metrics.length; i++) {
                positions.put(metrics[i], i);
            }
        }

        private boolean matches(Map<String, Double> values) {
            if (values.size() != metrics.length) {
                return false;
            }
            int i = 0;
            for (String metric : values.keySet()) {
                if (!metric.equals(metrics[i++])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Layout layout;
    private final double[] values;

    private MetricValues(Layout layout, double[] values) {
        this.layout = layout;
        this.values = values;
    }

    /** The values in compact form, on {@code layout} when it has the same metrics in the same order. */
    static MetricValues compact(Map<String, Double> values, Layout layout) {
        if (values instanceof MetricValues compact) {
            return compact;
        }
        Layout shared = layout != null && layout.matches(values) ? layout : new Layout(values.keySet().toArray(String[]::new));
        double[] array = new double[shared.metrics.length];
        int i = 0;
        for (Double value : values.values()) {
            array[i++] = value;
        }
        return new MetricValues(shared, array);
    }

    Layout layout() {
        return layout;
    }

    @Override
    public Double get(Object metric) {
        Integer position = layout.positions.get(metric);
        return position == null ? null : values[position];
    }

    @Override
    public boolean containsKey(Object metric) {
        return layout.positions.containsKey(metric);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(layout.metrics[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public String toString() {
        return "MetricValues" + Arrays.toString(layout.metrics) + "=" + Arrays.toString(values);
    }
}
