package io.wharf.ingest.hosts;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness per host for every request Wharf makes (feeds, robots.txt, article pages): one request at a time per
 * host, and the starts of two requests at least the gap apart (the configured delay, or robots.txt's crawl delay when
 * longer, capped at 30 s). So a host never sees more than one request per gap, nor two at once. Thread-safe: one
 * monitor guards the table; waiting threads sleep on it, never holding a host they have not been granted.
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
        long nextStart;
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

    /** Milliseconds until the host may be asked again (0: now, unless a request is in flight). */
    public synchronized long waitMillis(String host) {
        Host h = hosts.get(host);
        return h == null ? 0 : Math.max(0, h.nextStart - System.currentTimeMillis());
    }

    /** Blocks until the host is free and its gap has passed, then holds it until the lease is closed. */
    public Lease acquire(String host, long crawlDelayMs) throws InterruptedException {
        long gap = Math.min(MAX_GAP_MS, Math.max(delayMs, crawlDelayMs));
        synchronized (this) {
            Host h;
            while (true) {
                h = hosts.computeIfAbsent(host, k -> new Host()); // again after each wait: prune may have replaced it
                long wait = h.nextStart - System.currentTimeMillis();
                if (!h.busy && wait <= 0) {
                    break;
                }
                wait(h.busy ? Math.max(1, Math.min(wait, 1000)) : wait);
            }
            h.busy = true;
            h.nextStart = System.currentTimeMillis() + gap;
            prune();
            Host granted = h;
            return () -> release(granted);
        }
    }

    private synchronized void release(Host h) {
        h.busy = false;
        notifyAll();
    }

    /** Forgets hosts that are idle and past their gap, so that the table stays small with many hosts. */
    private void prune() {
        if (hosts.size() <= PRUNE_ABOVE) {
            return;
        }
        long now = System.currentTimeMillis();
        for (Iterator<Host> it = hosts.values().iterator(); it.hasNext(); ) {
            Host h = it.next();
            if (!h.busy && h.nextStart <= now) {
                it.remove();
            }
        }
    }
}
