package io.salesim.cli;

import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim validate SCENARIO...}: checks scenarios without running them, so editors and CI can check a folder. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks scenario files: prints OK (exit 0), or every problem found, one line each (exit 2 if any file has one).")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files (YAML) or names of bundled scenarios.")
    List<String> scenarios;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int refused = 0;
        for (String scenario : scenarios) {
            try {
                ScenarioLoader.load(scenario);
            } catch (ScenarioException e) {
                BadInput.report(e, err);
                refused++;
            }
        }
        if (refused > 0) {
            if (scenarios.size() > 1) {
                err.println("salesim: " + refused + " of " + scenarios.size() + " scenarios refused");
                err.flush();
            }
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println(scenarios.size() == 1 ? "OK" : "OK: " + scenarios.size() + " scenarios");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
