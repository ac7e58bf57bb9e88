package io.wharf.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The `wharf` command line run in this JVM, with what it printed and how long it took. */
record CliRun(int code, String out, String err, long millis) {
    static CliRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = io.wharf.app.Main.execute(args);
            return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
        } finally {
            System.setOut(out);
            System.setErr(err);
            out.print(o.toString(StandardCharsets.UTF_8));
            err.print(e.toString(StandardCharsets.UTF_8));
        }
    }

    /** The JSON lines on stdout (the test logback config logs to stdout too). */
    java.util.List<String> jsonLines() {
        return out.lines().filter(l -> l.startsWith("{")).toList();
    }

    /** Wharf's own lines on stderr (log lines of other threads in this JVM left out). */
    String errLines() {
        return err.lines().filter(l -> l.startsWith("wharf: ")).reduce("", (a, b) -> a + b + "\n");
    }
}
