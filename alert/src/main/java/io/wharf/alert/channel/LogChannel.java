package io.wharf.alert.channel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Alerts as log lines (logger io.wharf.alert): the one-liner, the evidence and the key. */
public final class LogChannel implements Channel {
    private static final Logger LOG = LoggerFactory.getLogger("io.wharf.alert");

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void send(Alert a) {
        LOG.info("ALERT {} | {} | {} | {}", a.text(), a.evidence(), String.join(" ", a.links()), a.idempotencyKey());
    }
}
