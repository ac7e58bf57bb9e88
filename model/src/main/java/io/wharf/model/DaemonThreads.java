package io.wharf.model;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Worker threads that never keep the process alive on their own: shutdown is the stages' business. */
public final class DaemonThreads {
    private DaemonThreads() {}

    /** Daemon threads named prefix-1, prefix-2, ... */
    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
