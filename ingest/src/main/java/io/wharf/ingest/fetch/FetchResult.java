package io.wharf.ingest.fetch;

/**
 * The outcome of a conditional fetch.
 *
 * @param notModified true on HTTP 304 (or an unchanged local file): body is empty
 * @param etag        validator to send next time, or null
 * @param lastModified validator to send next time, or null
 */
public record FetchResult(boolean notModified, byte[] body, String contentType, String etag, String lastModified) {
    public static FetchResult unchanged(String etag, String lastModified) {
        return new FetchResult(true, new byte[0], null, etag, lastModified);
    }
}
