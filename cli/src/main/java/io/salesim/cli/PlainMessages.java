package io.salesim.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** picocli's parse errors in salesim's words: what the command needs, with an example. */
final class PlainMessages {
    private static final Pattern BAD_VALUE = Pattern.compile("Invalid value for option '([^']+)': '(.*)' is not an? (\\w+)", Pattern.DOTALL);
    private static final Pattern UNKNOWN = Pattern.compile("Unknown options?: (.*)", Pattern.DOTALL);
    private static final Map<String, String> NEEDS = Map.of(
            "compare", "compare needs at least two plans, e.g. ./salesim compare traditional transition-factory-door-first",
            "run", "run needs a scenario, e.g. ./salesim run traditional (./salesim list shows the bundled ones)",
            "sweep", "sweep needs a scenario and --set KEY=V1,V2, e.g. ./salesim sweep mmc --set stations[0].servers=2,3,4",
            "size", "size needs a scenario, e.g. ./salesim size traditional",
            "constraint", "constraint needs a scenario, e.g. ./salesim constraint traditional",
            "validate", "validate needs one or more scenario files or names, e.g. ./salesim validate my-plan.yaml",
            "report", "report needs a folder written by run, compare or sweep, e.g. ./salesim report runs/traditional-20260101-090000");

    private PlainMessages() {
    }

    static String of(ParameterException e) {
        String command = e.getCommandLine().getCommandName();
        String message = String.valueOf(e.getMessage());
        boolean tooFewPositionals = e instanceof MissingParameterException missing
                ? missing.getMissing().stream().anyMatch(ArgSpec::isPositional)
                : message.contains("requires at least");
        if (tooFewPositionals && NEEDS.containsKey(command)) {
            return NEEDS.get(command);
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
                && missing.getMissing().get(0) instanceof OptionSpec option) {
            return NEEDS.getOrDefault(command, command + " needs " + option.longestName() + " " + option.paramLabel());
        }
        Matcher bad = BAD_VALUE.matcher(message);
        if (bad.lookingAt()) {
            String allowed = switch (bad.group(3)) {
                case "int", "long", "Integer", "Long" -> "a whole number";
                default -> "a number";
            };
            return bad.group(1) + ": found " + bad.group(2) + "; allowed " + allowed;
        }
        Matcher unknown = UNKNOWN.matcher(message);
        if (unknown.lookingAt()) {
            return "unknown option " + unknown.group(1).replace("'", "") + " for " + command;
        }
        if (message.startsWith("Unmatched argument")) {
            return message.replaceFirst("^Unmatched arguments? from index \\d+: ", "unexpected ").replace("'", "");
        }
        return message;
    }
}
