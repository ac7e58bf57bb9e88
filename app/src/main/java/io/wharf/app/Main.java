package io.wharf.app;

import io.wharf.app.cli.BackfillCommand;
import io.wharf.app.cli.BrokerCommand;
import io.wharf.app.cli.ConfigCommand;
import io.wharf.app.cli.DlqCommand;
import io.wharf.app.cli.EvalCommand;
import io.wharf.app.cli.ExtractCommand;
import io.wharf.app.cli.FeedCommand;
import io.wharf.app.cli.QueryCommand;
import io.wharf.app.cli.DealsCommand;
import io.wharf.app.cli.CompaniesCommand;
import io.wharf.app.cli.GazetteerCommand;
import io.wharf.app.cli.RunCommand;
import io.wharf.app.cli.StageCommands;
import io.wharf.app.cli.TrainCommand;
import io.wharf.app.config.ConfigException;
import io.wharf.app.process.AlreadyRunningException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `wharf` command. */
@Command(name = "wharf", mixinStandardHelpOptions = true, version = "wharf 0.1.0",
        description = "Container-industry news in, typed and deduplicated records out.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done, nothing failed",
                "1:something failed: a source, a file, a record sent to the DLQ, a timeout, an unexpected error",
                "2:bad configuration or input, found before anything starts (one line on stderr; `wharf config --check` lists all)",
                "3:another wharf is using this data folder's broker or ingest state (data.dir/wharf-*.lock)",
                "4:the shutdown did not finish within shutdown.timeout and was cut short",
                "70:a stage stopped on an unexpected error (restart the process)"},
        subcommands = {RunCommand.class, StageCommands.Ingest.class, StageCommands.Classify.class, StageCommands.Store.class, StageCommands.Alert.class,
                BrokerCommand.class, ConfigCommand.class, DlqCommand.class, BackfillCommand.class, EvalCommand.class, TrainCommand.class, GazetteerCommand.class, FeedCommand.class, ExtractCommand.class, QueryCommand.class, DealsCommand.class, CompaniesCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        int code;
        try {
            code = execute(args);
        } catch (Throwable t) {
            // An Error escapes picocli; exit anyway, or the broker's threads would keep the JVM alive.
            t.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof AlreadyRunningException) {
                commandLine.getErr().println("wharf: " + e.getMessage());
                return 3;
            }
            if (isUserError(e)) {
                // Bad configuration or input: one clear line, no stack trace.
                commandLine.getErr().println("wharf: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("wharf: unexpected error: " + e);
            e.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    private static boolean isUserError(Exception e) {
        return e instanceof ConfigException || e instanceof IllegalArgumentException
                || (e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith("port "));
    }
}
