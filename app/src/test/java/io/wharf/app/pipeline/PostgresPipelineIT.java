package io.wharf.app.pipeline;

import io.wharf.app.config.WharfConfig;
import io.wharf.store.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/** Feeds on loopback HTTP -> real Kafka broker -> CoreNLP -> a real PostgreSQL. */
class PostgresPipelineIT extends WithPipelineHarness {
    @Test
    void everyFeedItemIsStoredOnceWithItsOrganizations() throws Exception {
        try (PostgresTestDatabase pg = PostgresTestDatabase.create()) {
            WharfConfig config = harness.config(pg.url(), pg.user(), pg.password(), pg.schema());
            PipelineContract.everyItemLandsOnceWithItsOrganizations(harness, config, pg.database());
        }
    }
}
