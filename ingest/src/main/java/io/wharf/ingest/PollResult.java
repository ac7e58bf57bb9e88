package io.wharf.ingest;

/**
 * What one poll of one source did.
 *
 * @param error null on success, else the reason, for logs and metrics
 */
public record PollResult(String sourceId, int items, int published, boolean notModified, String error) {
    public boolean failed() {
        return error != null;
    }
}
