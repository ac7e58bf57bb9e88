package io.wharf.model;

import java.time.Duration;

/**
 * The life of a stage that polls Kafka on its own thread: run the loop while not stopped, release the clients when it
 * ends, and release them on close when it never ran. {@link #stop()} and {@link #close()} are safe from any thread;
 * the loop itself belongs to the one thread that runs it.
 */
public abstract class ConsumerLoop implements Runnable, AutoCloseable {
    private volatile boolean running = true;
    private volatile boolean started;

    @Override
    public final void run() {
        started = true;
        try {
            loop();
        } finally {
            releaseClients();
        }
    }

    /** Polls and handles batches while {@link #running()}. */
    protected abstract void loop();

    /** Closes the stage's consumer, producers and sinks. */
    protected abstract void releaseClients();

    protected final boolean running() {
        return running;
    }

    /**
     * Asks the loop to finish its batch and end. No consumer wakeup: it could land in the middle of a transaction;
     * loops poll at most every 500 ms.
     */
    public void stop() {
        running = false;
    }

    /** Stops a running stage; a stage that never ran releases its clients here. */
    @Override
    public void close() {
        stop();
        if (!started) {
            releaseClients();
        }
    }

    /** Waits before a retry; an interrupt ends the loop. */
    protected final void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
