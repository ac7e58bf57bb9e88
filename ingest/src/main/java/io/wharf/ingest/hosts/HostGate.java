package io.wharf.ingest.hosts;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness per host for every request Wharf makes (feeds, robots.txt, article pages): one request at a time per
 * host, and at least the gap (the configured delay, or robots.txt's crawl delay when longer, capped at 30 s) between
 * the end of one and the start of the next. Counted from the end, not the start, so that the host itself never sees
 * two requests closer than the gap, however late the first one reached it. Thread-safe: one monitor guards the table;
 * waiting threads sleep on it, never holding a host they have not been granted.
 */
public final class HostGate {
    private static final long MAX_GAP_MS = 30_000;
    private static final int PRUNE_ABOVE = 10_000;

    /** A granted request; closing it frees the host. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        boolean busy;
        /** The gap the last request asked for, and when it ended. */
        long gap;
        long lastEnd;
    }

    private final long delayMs;
    private final Map<String, Host> hosts = new HashMap<>();

    public HostGate(Duration delay) {
        this.delayMs = Math.min(MAX_GAP_MS, delay.toMillis());
    }

    /** The key requests are spaced by: the host name, whatever the scheme and port (one machine, one budget). */
    public static String key(java.net.URI uri) {
        return uri.getHost() == null ? String.valueOf(uri.getRawAuthority()) : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** Milliseconds until the host may be asked again, at the earliest (0: now). */
    public synchronized long waitMillis(String host) {
        Host h = hosts.get(host);
        return h == null ? 0 : h.busy ? h.gap : Math.max(0, h.lastEnd + h.gap - System.currentTimeMillis());
    }

    /**
     * Blocks until the host is free and the gap has passed since its last request ended (the larger of that request's
     * and this one's: a crawl delay learnt from the robots.txt just read applies at once), then holds the host until
     * the lease is closed.
     */
    public Lease acquire(String host, long crawlDelayMs) throws InterruptedException {
        long gap = Math.min(MAX_GAP_MS, Math.max(delayMs, crawlDelayMs));
        synchronized (this) {
            Host h;
            while (true) {
                h = hosts.computeIfAbsent(host, k -> new Host()); // again after each wait: prune may have replaced it
                long wait = h.lastEnd + Math.max(h.gap, gap) - System.currentTimeMillis();
                if (!h.busy && wait <= 0) {
                    break;
                }
                wait(h.busy ? 1000 : wait); // a release notifies
            }
            h.busy = true;
            h.gap = gap;
            prune();
            Host granted = h;
            return () -> release(granted);
        }
    }

    private synchronized void release(Host h) {
        h.busy = false;
        h.lastEnd = System.currentTimeMillis();
        notifyAll();
    }

    /** Forgets hosts idle for longer than any gap, so that the table stays small with many hosts. */
    private void prune() {
        if (hosts.size() <= PRUNE_ABOVE) {
            return;
        }
        long now = System.currentTimeMillis();
        for (Iterator<Host> it = hosts.values().iterator(); it.hasNext(); ) {
            Host h = it.next();
            if (!h.busy && h.lastEnd + MAX_GAP_MS <= now) {
                it.remove();
            }
        }
    }
}
