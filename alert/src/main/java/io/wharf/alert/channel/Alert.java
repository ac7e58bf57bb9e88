package io.wharf.alert.channel;

import io.wharf.model.Deal;
import java.time.Instant;
import java.util.List;

/**
 * One message about one deal, the same for every channel. {@code idempotencyKey} (deal id and version) is in every
 * message, so that a receiver can drop the one repeat a crash between sending and recording may cause.
 *
 * @param kind     "new" for the first alert, else the change told: "completed", "terminated", "status", "price"
 * @param text     the one-liner ("Palo Alto Networks to acquire Twistlock (security) for $410M, announced ...")
 * @param sources  how many stored articles report the deal
 * @param links    the reporting articles' URLs, earliest first
 * @param rules    the names of the rules that sent it here
 */
public record Alert(String idempotencyKey, String dealId, int version, String kind, String text, String evidence, int sources,
                    List<String> links, List<String> rules, Deal deal, Instant createdAt) {
    public Alert {
        links = List.copyOf(links);
        rules = List.copyOf(rules);
    }

    /** The text of a message body: the one-liner, the evidence sentence, the links. */
    public String body() {
        StringBuilder b = new StringBuilder(text).append("\n\n> ").append(evidence).append('\n');
        if (!links.isEmpty()) {
            b.append('\n');
            links.forEach(l -> b.append(l).append('\n'));
        }
        return b.append("\nidempotency key: ").append(idempotencyKey).append('\n').toString();
    }
}
