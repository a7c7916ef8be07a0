package io.salesim.cli;

import io.salesim.scenarios.BundledScenario;
import io.salesim.scenarios.BundledScenarios;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code salesim list}: the bundled scenarios, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the bundled scenarios (run one with 'salesim run NAME').")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TextTable table = new TextTable("scenario", "what it shows");
        for (BundledScenario scenario : BundledScenarios.list()) {
            table.row(scenario.name(), scenario.description());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table.render());
        out.flush();
        return ExitCodes.OK;
    }
}
