package io.salesim.spark;

import io.salesim.cli.Main;
import io.salesim.scenarios.Replications;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code salesim ... --spark [MASTER]}: the salesim command line with the replications of
 * {@code sweep}, {@code compare} (with {@code --select} and {@code --vary}), {@code size},
 * {@code constraint} and {@code run} run as Spark tasks. The master is the one after
 * {@code --spark}, else {@code spark.master} (as {@code spark-submit --master} sets it), else
 * {@code local[*]}. A master that cannot be reached, or that gives no executor, fails with a plain
 * line and exit code 1: it never falls back to running in this process. Everything else (options,
 * output folder, files, exit codes) is the salesim command line's.
 */
public final class SparkMain {
    static final String SPARK = "--spark";
    static final String PARTITIONS = "--spark-partitions";
    static final String DEFAULT_MASTER = "local[*]";
    /** Commands that run replications; the others (list, validate, report, help) need no Spark. */
    private static final Set<String> RUNNING = Set.of("run", "compare", "sweep", "size", "constraint");
    private static final Pattern MASTER = Pattern.compile("local(\\[[^\\]]*\\])?|spark://.+|yarn|k8s://.+");
    /** How long a master's address may take to answer, and then how long to wait for its first executor. */
    static final int CONNECT_MILLIS = 5_000;
    static final int EXECUTOR_WAIT_MILLIS = 60_000;
    /** After this long without an executor, say what is being waited for. */
    private static final int EXECUTOR_NOTICE_MILLIS = 5_000;

    private SparkMain() {
    }

    /** The salesim arguments with the Spark ones taken out. */
    record Arguments(List<String> salesim, String master, int partitions) {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Arguments parsed;
        try {
            parsed = parse(args, System.getProperty("spark.master"));
        } catch (IllegalArgumentException e) {
            System.err.println("salesim: " + e.getMessage());
            return 2;
        }
        String[] salesim = parsed.salesim().toArray(String[]::new);
        if (!needsSpark(parsed.salesim())) {
            return Main.execute(salesim, Replications.IN_PROCESS);
        }
        JavaSparkContext spark;
        try {
            spark = start(parsed.master());
        } catch (Unreachable e) {
            System.err.println("salesim: " + e.getMessage());
            return 1;
        }
        try {
            return Main.execute(salesim, new SparkReplications(spark, parsed.partitions()));
        } finally {
            spark.stop();
        }
    }

    static Arguments parse(String[] args, String configuredMaster) {
        List<String> rest = new ArrayList<>();
        String master = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(SPARK)) {
                master = i + 1 < args.length && MASTER.matcher(args[i + 1]).matches() ? args[++i] : "";
            } else if (arg.startsWith(SPARK + "=")) {
                master = arg.substring(SPARK.length() + 1);
            } else if (arg.equals(PARTITIONS) || arg.startsWith(PARTITIONS + "=")) {
                String value = arg.equals(PARTITIONS) ? (i + 1 < args.length ? args[++i] : "") : arg.substring(PARTITIONS.length() + 1);
                try {
                    partitions = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    partitions = -1;
                }
                if (partitions < 1) {
                    throw new IllegalArgumentException(PARTITIONS + ": found '" + value + "'; allowed a whole number >= 1");
                }
            } else {
                rest.add(arg);
            }
        }
        if (master == null || master.isEmpty()) {
            master = configuredMaster != null && !configuredMaster.isBlank() ? configuredMaster : DEFAULT_MASTER;
        }
        return new Arguments(List.copyOf(rest), master, partitions);
    }

    /** Whether the command runs replications (and is not only asked for its help or version). */
    static boolean needsSpark(List<String> args) {
        String command = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
        return RUNNING.contains(command) && args.stream().noneMatch(a -> Set.of("-h", "--help", "-V", "--version").contains(a));
    }

    /** The master could not be reached, or gave no executor in time. */
    static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A Spark context on {@code master}, with an executor to run on. A standalone master's
     * address is tried first, so one that is not listening fails in seconds; then the first
     * executor is awaited.
     */
    static JavaSparkContext start(String master) throws Unreachable {
        if (master.startsWith("spark://")) {
            reachable(master);
        }
        SparkConf conf = new SparkConf().setMaster(master).setAppName("salesim")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        if (!master.startsWith("local")) {
            // executors need this code: spark-submit ships its application jar; run as a plain java
            // program (./salesim --spark spark://...), ship the jar this class came from
            ownJar().ifPresent(jar -> conf.setIfMissing("spark.jars", jar));
        } else {
            // embedded: nothing to serve to other machines
            conf.setIfMissing("spark.ui.enabled", "false")
                    .setIfMissing("spark.driver.host", "127.0.0.1")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        JavaSparkContext spark;
        try {
            spark = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new Unreachable("could not start Spark on " + master + ": " + firstLine(e));
        }
        if (!master.startsWith("local")) {
            awaitExecutor(spark, master);
        }
        return spark;
    }

    /** The jar this class was loaded from, if it was loaded from a jar. */
    private static java.util.Optional<String> ownJar() {
        try {
            java.security.CodeSource source = SparkMain.class.getProtectionDomain().getCodeSource();
            if (source == null || !source.getLocation().getPath().endsWith(".jar")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(java.nio.file.Path.of(source.getLocation().toURI()).toString());
        } catch (java.net.URISyntaxException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    private static void reachable(String master) throws Unreachable {
        String failure = null;
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            URI uri = URI.create("spark://" + hostPort);
            if (uri.getHost() == null || uri.getPort() < 0) {
                throw new Unreachable("cannot read the Spark master " + master + ": expected spark://HOST:PORT");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_MILLIS);
                return;
            } catch (IOException e) {
                failure = hostPort + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        throw new Unreachable("cannot reach the Spark master " + master + " (" + failure
                + "); is it running (sbin/start-master.sh) and is that its address? Nothing was run.");
    }

    private static void awaitExecutor(JavaSparkContext spark, String master) throws Unreachable {
        long start = System.nanoTime();
        long deadline = start + EXECUTOR_WAIT_MILLIS * 1_000_000L;
        boolean told = false;
        // the driver counts as one executor
        while (spark.sc().statusTracker().getExecutorInfos().length < 2) {
            if (System.nanoTime() > deadline || spark.sc().isStopped()) {
                spark.stop();
                throw new Unreachable("no Spark executor joined from " + master + " within " + EXECUTOR_WAIT_MILLIS / 1000
                        + " s; is a worker running (sbin/start-worker.sh " + master + ") with enough free cores and memory? Nothing was run.");
            }
            if (!told && System.nanoTime() - start > EXECUTOR_NOTICE_MILLIS * 1_000_000L) {
                System.err.println("salesim: waiting for a Spark executor from " + master + " (at most "
                        + EXECUTOR_WAIT_MILLIS / 1000 + " s)...");
                told = true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                spark.stop();
                throw new Unreachable("interrupted while waiting for a Spark executor");
            }
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
