package io.salesim.core.random;

import java.util.random.RandomGeneratorFactory;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A named stream of random numbers. Its seed is derived from (base seed, replication, name),
 * so stream "arrivals" of replication r is the same in every scenario and on every thread:
 * the basis of common random numbers. It is commons-math3's generator interface, so every
 * commons-math3 distribution draws from it.
 */
public final class RandomStream implements RandomGenerator {
    private static final RandomGeneratorFactory<java.util.random.RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");

    private final String name;
    private java.util.random.RandomGenerator source;

    public RandomStream(String name) {
        this.name = name;
        reseed(0, 0);
    }

    public String name() {
        return name;
    }

    /** Positions the stream at the start of its sequence for this base seed and replication. */
    public void reseed(long baseSeed, int replication) {
        source = FACTORY.create(seedFor(baseSeed, replication, name));
    }

    /** SplitMix64-mixed combination of the three inputs; distinct names give unrelated seeds. */
    static long seedFor(long baseSeed, int replication, String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        return mix(mix(mix(baseSeed) ^ replication) ^ h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public double nextDouble() {
        return source.nextDouble();
    }

    /** A uniform draw in (0, 1), never 0: safe for logarithms. */
    public double nextOpenDouble() {
        double u;
        do {
            u = source.nextDouble();
        } while (u == 0.0);
        return u;
    }

    @Override
    public float nextFloat() {
        return source.nextFloat();
    }

    @Override
    public int nextInt() {
        return source.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return source.nextInt(n);
    }

    @Override
    public long nextLong() {
        return source.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return source.nextBoolean();
    }

    @Override
    public double nextGaussian() {
        return source.nextGaussian();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        source.nextBytes(bytes);
    }

    @Override
    public void setSeed(int seed) {
        throw new UnsupportedOperationException("streams are seeded by name and replication; use reseed");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("streams are seeded by name and replication; use reseed");
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("streams are seeded by name and replication; use reseed");
    }
}
