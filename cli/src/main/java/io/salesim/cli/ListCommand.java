package io.salesim.cli;

import io.salesim.scenarios.BundledScenario;
import io.salesim.scenarios.BundledScenarios;
import java.io.PrintWriter;
import java.util.List;
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
        List<BundledScenario> scenarios = BundledScenarios.list();
        int width = scenarios.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (BundledScenario scenario : scenarios) {
            out.println(String.format("%-" + width + "s  %s", scenario.name(), scenario.description()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
