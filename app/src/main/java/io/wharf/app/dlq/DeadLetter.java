package io.wharf.app.dlq;

import io.wharf.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record of {@link Topics#DLQ} as an operator sees it: where it sits, when it came, its key and value, and the
 * headers saying where it came from and why.
 *
 * @param value null when there is nothing to replay (ingest could not publish it: the value is what did not fit)
 */
public record DeadLetter(int partition, long offset, Instant at, String key, byte[] value, Map<String, String> headers) {

    public static DeadLetter of(ConsumerRecord<String, byte[]> r) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new DeadLetter(r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(), r.value(), Map.copyOf(headers));
    }

    /** How `dlq list` names it and `dlq show` finds it: partition@offset. */
    public String ref() {
        return partition + "@" + offset;
    }

    public String originalTopic() {
        return headers.getOrDefault(Topics.HEADER_ORIGINAL_TOPIC, "?");
    }

    public String stage() {
        return headers.getOrDefault(Topics.HEADER_STAGE, "?");
    }

    public String error() {
        return headers.getOrDefault(Topics.HEADER_ERROR, "");
    }

    public boolean replayable() {
        return value != null && headers.containsKey(Topics.HEADER_ORIGINAL_TOPIC);
    }

    public String valueText() {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
}
