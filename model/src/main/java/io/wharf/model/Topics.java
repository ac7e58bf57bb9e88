package io.wharf.model;

import java.util.List;

/** Kafka topic names, in one place. */
public final class Topics {
    private Topics() {}

    /** {@link Article}s, key = article id. */
    public static final String ARTICLES = "wharf.articles";
    /** {@link EnrichedArticle}s, key = article id. */
    public static final String ENRICHED = "wharf.enriched";
    /** {@link Deal}s, key = deal id. */
    public static final String DEALS = "wharf.deals";
    /** Alerts about deals (the alert stage's {@code topic} channel), key = deal id, header wharf.idempotency.key. */
    public static final String ALERTS = "wharf.alerts";
    /** Poison records from any stage: original key and value, the reason in headers. */
    public static final String DLQ = "wharf.dlq";

    public static final List<String> ALL = List.of(ARTICLES, ENRICHED, DEALS, ALERTS, DLQ);

    /** Header names on DLQ records. */
    public static final String HEADER_ORIGINAL_TOPIC = "wharf.original.topic";
    public static final String HEADER_ORIGINAL_PARTITION = "wharf.original.partition";
    public static final String HEADER_ORIGINAL_OFFSET = "wharf.original.offset";
    public static final String HEADER_STAGE = "wharf.stage";
    public static final String HEADER_ERROR = "wharf.error";
    /** On records ingest could not publish: the source they came from and the item's link. */
    public static final String HEADER_SOURCE = "wharf.source";
    public static final String HEADER_URL = "wharf.url";
}
