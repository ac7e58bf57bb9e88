package io.wharf.app.pipeline;

import io.wharf.app.config.WharfConfig;
import io.wharf.store.db.Database;
import org.junit.jupiter.api.Test;

/** Feeds on loopback HTTP -> real Kafka broker -> CoreNLP -> SQLite, in this JVM. */
class SqlitePipelineIT extends WithPipelineHarness {
    @Test
    void everyFeedItemIsStoredOnceWithItsOrganizations() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("wharf.db");
        WharfConfig config = harness.config(url, null, null, null);
        PipelineContract.everyItemLandsOnceWithItsOrganizations(harness, config, new Database(url, null, null, null));
    }
}
