package io.salesim.cli;

import io.salesim.scenarios.Replications;
import io.salesim.scenarios.Version;
import io.salesim.scenarios.schema.Printable;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code salesim} command: parses arguments and hands over to a subcommand. */
@Command(name = "salesim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Discrete-event simulation of sales organisations and flow lines.",
        footer = {"", "Exit codes: 0 done, 1 failed while running (or stopped early), 2 bad input."})
public final class Main implements Runnable {
    private static final String DEBUG = "--debug";

    @Spec
    CommandSpec spec;

    @Option(names = DEBUG, scope = ScopeType.INHERIT, description = "Show the stack trace when something fails.")
    boolean debug;

    /** Where every command that runs replications runs them ({@link ExperimentOptions#runOptions()} reads it). */
    final Replications runner;

    private Main(Replications runner) {
        this.runner = runner;
    }

    public static void main(String[] args) {
        System.exit(execute(args, Replications.IN_PROCESS));
    }

    /**
     * Runs the command line with the replications of every command run by {@code replications}
     * (the {@code spark-runner} module's entry point passes its Spark runner); returns the exit code.
     */
    public static int execute(String[] args, Replications replications) {
        try {
            return commandLine(replications).execute(args);
        } catch (Throwable e) { // errors such as OutOfMemoryError get past picocli's handler
            return failed(e, new PrintWriter(System.err, true), Arrays.asList(args).contains(DEBUG));
        }
    }

    /** The configured command line; tests call {@code execute} on it in-process. */
    public static CommandLine commandLine() {
        return commandLine(Replications.IN_PROCESS);
    }

    /** The command line with the replications of every command that runs them run by {@code runner}. */
    public static CommandLine commandLine(Replications runner) {
        CommandLine commandLine = new CommandLine(new Main(runner));
        commandLine.addSubcommand(new RunCommand());
        commandLine.addSubcommand(new ValidateCommand());
        commandLine.addSubcommand(new ListCommand());
        commandLine.addSubcommand(new CompareCommand());
        commandLine.addSubcommand(new SweepCommand());
        commandLine.addSubcommand(new SizeCommand());
        commandLine.addSubcommand(new ConstraintCommand());
        commandLine.addSubcommand(new ReportCommand());
        commandLine.addSubcommand(new BenchCommand());
        commandLine.addSubcommand(new FitCommand());
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        commandLine.setParameterExceptionHandler(Main::badArguments);
        commandLine.setExecutionExceptionHandler(Main::executionFailed);
        return commandLine;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed: run, compare, sweep, size, constraint, report, fit, bench, validate, list or help");
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("salesim: " + Printable.escape(PlainMessages.of(e)));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int executionFailed(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return failed(e, commandLine.getErr(), parseResult.expandedArgs().contains(DEBUG));
    }

    /** One or two plain lines, escaped (a message can quote a file name or value); the stack trace only with --debug. */
    static int failed(Throwable e, PrintWriter err, boolean debug) {
        if (debug) {
            e.printStackTrace(err);
        } else if (e instanceof CommandFailure failure) {
            err.println("salesim: " + Printable.escape(failure.getMessage()));
        } else if (e instanceof OutOfMemoryError) {
            err.println("salesim: failed: out of memory; run fewer replications or threads, or a smaller scenario "
                    + "(or give Java more memory with -Xmx)");
        } else {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            err.println("salesim: failed: " + e.getClass().getSimpleName() + Printable.escape(message));
            err.println("(run again with --debug for the stack trace)");
        }
        err.flush();
        return ExitCodes.FAILED;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"salesim " + Version.current()};
        }
    }
}
