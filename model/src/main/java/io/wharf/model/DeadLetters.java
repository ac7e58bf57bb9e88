package io.wharf.model;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Builds the {@link Topics#DLQ} record for a poison input: original key and value, where it came from and why. */
public final class DeadLetters {
    private static final int MAX_REASON = 2000;

    private DeadLetters() {}

    public static ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> in, String stage, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.HEADER_ORIGINAL_TOPIC, bytes(in.topic()));
        headers.add(Topics.HEADER_ORIGINAL_PARTITION, bytes(Integer.toString(in.partition())));
        headers.add(Topics.HEADER_ORIGINAL_OFFSET, bytes(Long.toString(in.offset())));
        headers.add(Topics.HEADER_STAGE, bytes(stage));
        headers.add(Topics.HEADER_ERROR, bytes(cap(reason == null ? "unknown error" : reason)));
        return new ProducerRecord<>(Topics.DLQ, null, in.key(), in.value(), headers);
    }

    /**
     * The DLQ record of an article ingest could not publish (larger than the broker takes even after its text was
     * cut, or refused by the serializer): the key, the source and link to find it again, the reason, and no value,
     * since the value is what did not fit.
     */
    public static ProducerRecord<String, byte[]> unpublished(Article a, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.HEADER_ORIGINAL_TOPIC, bytes(Topics.ARTICLES));
        headers.add(Topics.HEADER_STAGE, bytes("ingest"));
        headers.add(Topics.HEADER_SOURCE, bytes(a.source()));
        headers.add(Topics.HEADER_URL, bytes(cap(a.url())));
        headers.add(Topics.HEADER_ERROR, bytes(cap(reason == null ? "unknown error" : reason)));
        return new ProducerRecord<>(Topics.DLQ, null, a.id(), null, headers);
    }

    private static String cap(String s) {
        return s.length() > MAX_REASON ? s.substring(0, MAX_REASON) : s;
    }

    public static String header(org.apache.kafka.common.header.Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
