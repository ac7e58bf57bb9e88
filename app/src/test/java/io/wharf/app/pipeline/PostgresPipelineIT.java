package io.wharf.app.pipeline;

import io.wharf.app.config.WharfConfig;
import io.wharf.store.testing.PostgresTestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds on loopback HTTP -> real Kafka broker -> CoreNLP -> a real PostgreSQL. */
class PostgresPipelineIT {
    @TempDir
    static Path dir;
    static PipelineHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = new PipelineHarness(dir);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void everyFeedItemIsStoredOnceWithItsOrganizations() throws Exception {
        try (PostgresTestDatabase pg = PostgresTestDatabase.create()) {
            WharfConfig config = harness.config(pg.url(), pg.user(), pg.password(), pg.schema());
            PipelineContract.everyItemLandsOnceWithItsOrganizations(harness, config, pg.database());
        }
    }
}
