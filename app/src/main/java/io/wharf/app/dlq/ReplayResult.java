package io.wharf.app.dlq;

/**
 * What one replay did for one original topic.
 *
 * @param replayed    records published again to the topic
 * @param notReplayable records without a value (ingest could not publish them; re-ingest their link)
 * @param older       records before --since, passed over for good
 */
public record ReplayResult(String topic, int replayed, int notReplayable, int older) {}
