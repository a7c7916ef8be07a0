package io.salesim.cli;

import io.salesim.scenarios.ScenarioException;
import io.salesim.scenarios.ScenarioLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesim validate SCENARIO}: checks a scenario without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Checks a scenario file: prints OK (exit 0) or every problem found (exit 2).")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file (YAML) or the name of a bundled scenario.")
    String scenario;

    @Override
    public Integer call() {
        try {
            ScenarioLoader.load(scenario);
        } catch (ScenarioException e) {
            return BadInput.report(e, spec.commandLine().getErr());
        }
        spec.commandLine().getOut().println("OK");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
