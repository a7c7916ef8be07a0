package io.salesim.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Two small plans for compare's tests: arrivals 1/h into one desk (exp. mean 1.5 h: offered load 1.5 servers), 2 weeks. */
final class DeskPlans {
    private static final String DESK = """
            kind: flow-line
            name: desk-SERVERS
            horizon: {weeks: 2}
            arrivals: {interarrival: {exponential: {mean: 1.0}}}
            stations:
              - name: desk
                servers: SERVERS
                process_time: {exponential: {mean: 1.5}}
            """;

    private DeskPlans() {
    }

    /** The file of the plan with {@code servers} at the desk, written into {@code dir}. */
    static String desk(Path dir, int servers) throws Exception {
        return Files.writeString(dir.resolve("desk-" + servers + ".yaml"), DESK.replace("SERVERS", Integer.toString(servers))).toString();
    }

    /** {@code compare desk-2 desk-3 OPTIONS...}. */
    static String[] compareTwoAndThree(Path dir, String... options) throws Exception {
        String[] args = new String[3 + options.length];
        args[0] = "compare";
        args[1] = desk(dir, 2);
        args[2] = desk(dir, 3);
        System.arraycopy(options, 0, args, 3, options.length);
        return args;
    }
}
