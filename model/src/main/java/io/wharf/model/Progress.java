package io.wharf.model;

import java.io.PrintStream;

/**
 * Progress of a long command on a terminal: done/total, rate and time left, rewritten in place on stderr at most
 * every half second. Silent when stderr is not a terminal (a pipe, a CI log). Not thread-safe: one caller.
 */
public final class Progress {
    private final String what;
    private final long total;
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long done;
    private long lastPrint;

    public Progress(String what, long total) {
        this(what, total, System.err, System.console() != null);
    }

    Progress(String what, long total, PrintStream err, boolean enabled) {
        this.what = what;
        this.total = total;
        this.err = err;
        this.enabled = enabled;
    }

    public void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && (now - lastPrint > 500_000_000L || done == total)) {
            lastPrint = now;
            double secs = Math.max(1e-9, (now - start) / 1e9);
            double rate = done / secs;
            long left = rate > 0 && total > done ? Math.round((total - done) / rate) : 0;
            err.printf("\r%s: %d/%d  %.1f/s  %d s left   ", what, done, total, rate, left);
            if (done == total) {
                err.println();
            }
        }
    }

    public String line() {
        return line(done, total, (System.nanoTime() - start) / 1e9);
    }

    static String line(long done, long total, double seconds) {
        return String.format("%d/%d in %.1f s", done, total, seconds);
    }
}
