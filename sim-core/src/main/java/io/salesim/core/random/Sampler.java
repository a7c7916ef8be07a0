package io.salesim.core.random;

/** A distribution bound to a random stream: draw with {@link #sample()}. */
public interface Sampler {
    double sample();

    /** The distribution's mean, for checks and capacity planning. */
    double mean();
}
