package io.wharf.ingest;

/**
 * What one poll of one source did.
 *
 * @param refused articles published to the DLQ instead (too large for a record even when cut): the poll went on
 * @param error   null on success, else the reason, for logs and metrics
 */
public record PollResult(String sourceId, int items, int published, int refused, boolean notModified, String error) {
    public PollResult(String sourceId, int items, int published, boolean notModified, String error) {
        this(sourceId, items, published, 0, notModified, error);
    }

    public boolean failed() {
        return error != null;
    }
}
