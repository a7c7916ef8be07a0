package io.salesim.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * How charts are written: always as SVG (the report inlines it), as PNG too only when asked
 * (slide decks), rendered by {@code threads} threads. The files do not depend on the thread count.
 */
public record ChartOptions(boolean png, int threads) {
    public ChartOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: found " + threads + "; allowed 1 or more");
        }
    }

    /** SVG only, one thread per available processor. */
    public static ChartOptions svgOnly() {
        return new ChartOptions(false, Runtime.getRuntime().availableProcessors());
    }

    public ChartOptions withPng(boolean png) {
        return new ChartOptions(png, threads);
    }

    /**
     * Applies {@code work} to every item on at most {@link #threads()} threads (each item is
     * independent of the others) and returns the results in the items' order, whatever order they finish in.
     * An exception thrown for any item is rethrown here once all have finished or failed.
     */
    public <T, R> List<R> inOrder(List<T> items, Function<? super T, ? extends R> work) {
        int pool = Math.min(threads, items.size());
        if (pool <= 1) {
            List<R> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(work.apply(item)));
            return out;
        }
        ExecutorService executor = Executors.newFixedThreadPool(pool, task -> daemon(task, "salesim-charts"));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(executor.submit(() -> work.apply(item)));
            }
            List<R> out = new ArrayList<>(items.size());
            RuntimeException failure = null;
            for (Future<R> future : futures) {
                try {
                    out.add(future.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing charts", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return out;
        } finally {
            executor.shutdownNow();
        }
    }

    /** A daemon thread for report work: a failed command never waits on it to exit. */
    public static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** What {@code work} gives, or what stopped it, thrown here as it was thrown there. */
    public static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
