package io.wharf.app.process;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * A stop that cannot hang: once armed, the process ends within the deadline whatever the shutdown is stuck in (a
 * broker that never finishes its shutdown, a stage in a call without a timeout). It says what it cut short and
 * halts with {@link #EXIT_CUT_SHORT}; halt, not exit, since exit would wait for the very shutdown hooks that hang.
 * Name each step with {@link #step} so the message can say which one hung.
 */
public final class ShutdownDeadline {
    /** Exit code of a process whose shutdown had to be cut short. */
    public static final int EXIT_CUT_SHORT = 4;
    private final Duration deadline;
    private final PrintStream err;
    private final IntConsumer halt;
    private volatile String step = "starting the shutdown";
    private volatile boolean done;

    ShutdownDeadline(Duration deadline, PrintStream err, IntConsumer halt) {
        this.deadline = deadline;
        this.err = err;
        this.halt = halt;
    }

    /** Starts the clock now; the process halts when {@link #done()} is not called in time. */
    public static ShutdownDeadline arm(Duration deadline) {
        return new ShutdownDeadline(deadline, System.err, code -> Runtime.getRuntime().halt(code)).start();
    }

    ShutdownDeadline start() {
        Thread t = new Thread(this::watch, "wharf-shutdown-deadline");
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** What the shutdown does now; named in the message if it hangs. */
    public void step(String what) {
        step = what;
    }

    /** The shutdown finished in time. */
    public void done() {
        done = true;
    }

    private void watch() {
        try {
            Thread.sleep(deadline.toMillis());
        } catch (InterruptedException e) {
            return;
        }
        if (!done) {
            err.println("wharf: shutdown did not finish within " + deadline.toSeconds() + " s (stuck " + step
                    + "); exiting anyway, code " + EXIT_CUT_SHORT + ". Nothing committed is lost: what was cut short is redone by the next run");
            err.flush();
            halt.accept(EXIT_CUT_SHORT);
        }
    }
}
