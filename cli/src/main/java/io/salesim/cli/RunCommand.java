package io.salesim.cli;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.reports.tables.RunInfo;
import io.salesim.scenarios.Experiment;
import io.salesim.scenarios.RunOptions;
import io.salesim.scenarios.Scenario;
import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim run SCENARIO}: runs replications and writes a run folder. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs replications of a scenario and writes summary.csv, replications.csv, "
        + "weekly.csv, run.json and a copy of the scenario into a new run folder.")
final class RunCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file (YAML) or the name of a bundled scenario (see 'salesim list').")
    String scenario;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "30", description = "Replications to run (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Base seed; the same seed gives the same results (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder to create (default: runs/<name>-<yyyyMMdd-HHmmss>).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        requireAtLeastOne("--replications", replications);
        requireAtLeastOne("--threads", threadCount);
        Scenario loaded;
        try {
            loaded = ScenarioLoader.load(scenario);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        Path folder = out != null ? out : defaultFolder(loaded.name());
        try {
            ResultFiles.requireFree(folder);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--out: found " + folder + ", which already holds files; allowed a new or empty folder");
        }
        err.println("Running " + loaded.name() + ": " + replications + " replications, seed " + seed + ", " + threadCount + " thread(s)");
        err.flush();
        ExperimentResult result;
        long startNanos = System.nanoTime();
        try (ProgressDisplay progress = ProgressDisplay.open(loaded.name(), replications, err, ProgressDisplay.onTerminal());
             StopOnInterrupt stop = StopOnInterrupt.install(err)) {
            result = Experiment.run(loaded, new RunOptions(replications, seed, threadCount), progress, stop);
        }
        double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
        Path written = ResultFiles.write(folder, loaded, result, new RunInfo(seed, replications, threadCount, wallSeconds));
        stdout.print(SummaryTable.render(loaded.headlineMetrics(result.metrics()), result));
        stdout.println();
        stdout.println("Results written to " + written);
        stdout.flush();
        if (!result.complete()) {
            err.println("salesim: stopped early: " + result.replications().size() + " of " + replications
                    + " replications finished; run.json says complete: false");
            err.flush();
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private void requireAtLeastOne(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + ": found " + value + "; allowed a whole number >= 1");
        }
    }

    /** runs/<name>-<timestamp>, with -2, -3... if two runs start in the same second. */
    private static Path defaultFolder(String name) {
        String stem = name + "-" + LocalDateTime.now().format(STAMP);
        Path folder = Path.of("runs", stem);
        for (int n = 2; Files.exists(folder); n++) {
            folder = Path.of("runs", stem + "-" + n);
        }
        return folder;
    }
}
