package io.wharf.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the effective configuration (secrets masked) with the environment variable of each key. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Print the effective configuration.")
public final class ConfigCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.load().describe().forEach((k, v) ->
                System.out.printf("%-32s %-40s %s%n", k, v.isEmpty() ? "(empty)" : v, io.wharf.app.config.WharfConfig.envName(k)));
        return 0;
    }
}
