package io.wharf.app.cli;

import io.wharf.app.config.ConfigSchema;
import io.wharf.app.config.WharfConfig;
import io.wharf.app.pipeline.Preflight;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the effective configuration (secrets masked) with the environment variable of each key, or checks all of it. */
@Command(name = "config", mixinStandardHelpOptions = true, description = {"Print the effective configuration.",
        "With --check: check every value, the files it names and the database; one line per problem, exit 2 when there is one."})
public final class ConfigCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions common;

    @Option(names = "--check", description = "Check everything `wharf run` would use (values, sources, ingest state, classify's files, "
            + "the database, alert rules) without starting anything; exit 0 when all is well, 2 otherwise.")
    boolean check;

    @Override
    public Integer call() {
        if (check) {
            return check(common.loadUnchecked());
        }
        common.load().describe().forEach((k, v) ->
                System.out.printf("%-32s %-40s %s%n", k, v.isEmpty() ? "(empty)" : v, WharfConfig.envName(k)));
        return 0;
    }

    private static int check(WharfConfig config) {
        List<String> problems = new ArrayList<>(ConfigSchema.problems(config));
        if (problems.isEmpty()) { // the files and the database are read through the values, so those come first
            problems.addAll(Preflight.problems(config, Preflight.partsOf(EnumSet.allOf(io.wharf.app.pipeline.Stage.class), config)));
        }
        problems.forEach(p -> System.err.println("wharf: " + p));
        if (problems.isEmpty()) {
            System.err.println("wharf: configuration OK (values, sources, ingest state, classify's files, database"
                    + (io.wharf.app.pipeline.AlertWiring.enabled(config) ? ", alert rules)" : "; no alert rules configured)"));
            return 0;
        }
        System.err.printf("wharf: %d problem(s)%n", problems.size());
        return 2;
    }
}
