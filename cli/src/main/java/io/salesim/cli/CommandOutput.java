package io.salesim.cli;

import io.salesim.reports.charts.ChartOptions;
import io.salesim.reports.html.ReportBuilder;
import io.salesim.reports.tables.ResultFiles;
import io.salesim.reports.tables.RunFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The folder a command writes, from before anything runs until it is in place. It is claimed
 * first ({@link RunFolder#claim}: a bad {@code --out} is bad input, exit 2), everything —
 * CSVs, JSON, charts, report — is written into its hidden workspace, and the workspace is
 * renamed into place last. A second Ctrl-C removes the workspace; so does a failure, which
 * becomes one line naming the file and the reason (exit 1).
 */
final class CommandOutput implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Path RUNS = Path.of("runs");

    private final RunFolder folder;
    private final PrintWriter news;
    private final ChartOptions charts;
    // claimed before anything runs: from here on the command's time is the run's
    private final long claimedNanos = System.nanoTime();

    private CommandOutput(RunFolder folder, PrintWriter news, ChartOptions charts) {
        this.folder = folder;
        this.news = news;
        this.charts = charts;
    }

    /** {@link #claim(Path, String, CommandSpec, StopOnInterrupt, boolean, ChartOptions)}, not quiet, charts as SVG on every core. */
    static CommandOutput claim(Path out, String stem, CommandSpec spec, StopOnInterrupt stop) {
        return claim(out, stem, spec, stop, false, ChartOptions.svgOnly());
    }

    /**
     * @param out    the {@code --out} folder, or null for runs/&lt;stem&gt;-&lt;yyyyMMdd-HHmmss&gt;
     *               (then -2, -3… when that one is taken, even by a run started the same second)
     * @param stop   told to remove the workspace if the user quits at once
     * @param quiet  whether to say nothing while the report is written (--quiet)
     * @param charts how the report's charts are written (--png, threads)
     */
    static CommandOutput claim(Path out, String stem, CommandSpec spec, StopOnInterrupt stop, boolean quiet, ChartOptions charts) {
        RunFolder folder;
        try {
            folder = out != null ? RunFolder.claim(out) : RunFolder.claimFirstFree(RUNS, stem + "-" + LocalDateTime.now().format(STAMP));
        } catch (RunFolder.Refused e) {
            throw new ParameterException(spec.commandLine(), "--out: found " + (out != null ? out : RUNS.resolve(stem + "-…"))
                    + ", " + e.getMessage() + "; allowed a new or empty folder that salesim can create");
        }
        stop.onQuit(folder::discard);
        return new CommandOutput(folder, quiet ? null : spec.commandLine().getErr(), charts);
    }

    /**
     * Writes the content, and the report built from it if asked, into the workspace, then puts
     * the folder in place.
     *
     * @return the folder, complete
     * @throws CommandFailure when a file cannot be written; nothing is left behind
     */
    Path publish(ResultFiles.FolderContent content, boolean report) {
        return publish(content, workspace -> { }, report);
    }

    /**
     * As {@link #publish(ResultFiles.FolderContent, boolean)}, with files that count as the
     * report's time in run.json rather than the simulation's (the daily wrap-up's), written after
     * the content and before the report.
     */
    Path publish(ResultFiles.FolderContent content, ResultFiles.FolderContent reportFiles, boolean report) {
        try {
            content.writeInto(folder.workspace());
            long written = System.nanoTime();
            reportFiles.writeInto(folder.workspace());
            if (report) {
                // the charts take several seconds after the last replication: say so rather than sit silent
                if (news != null) {
                    news.println("Writing the report and charts into " + shown(folder.target()) + "...");
                    news.flush();
                }
                ReportBuilder.buildInto(folder.workspace(), shown(folder.target()), charts);
            }
            long done = System.nanoTime();
            ResultFiles.addTimings(folder.workspace(), (written - claimedNanos) / 1e9, (done - written) / 1e9,
                    (done - claimedNanos) / 1e9);
            return folder.publish();
        } catch (IOException e) {
            throw cannotWrite(e);
        } catch (UncheckedIOException e) {
            throw cannotWrite(e.getCause());
        } finally {
            folder.discard(); // nothing once published
        }
    }

    /** The folder as the user would type it from here: relative when it is below the working folder, else absolute. */
    static String shown(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return String.valueOf(absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : absolute);
    }

    /** Removes what was written, e.g. when nothing finished that is worth a folder. */
    void discard() {
        folder.discard();
    }

    @Override
    public void close() {
        folder.close();
    }

    private CommandFailure cannotWrite(IOException e) {
        Path file = folder.target();
        String reason = e.getMessage();
        if (e instanceof FileSystemException named && named.getFile() != null) {
            Path written = Path.of(named.getFile()).toAbsolutePath();
            // name the file as it would have appeared, not inside the hidden workspace
            file = written.startsWith(folder.workspace()) ? folder.target().resolve(folder.workspace().relativize(written)) : written;
            reason = named.getReason() != null ? named.getReason() : reason;
        }
        return new CommandFailure("cannot write " + file + ": " + reason + "; nothing was written", e);
    }
}
