package io.wharf.app.pipeline;

import io.wharf.app.config.WharfConfig;
import io.wharf.store.db.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds on loopback HTTP -> real Kafka broker -> CoreNLP -> SQLite, in this JVM. */
class SqlitePipelineIT {
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
        String url = "jdbc:sqlite:" + dir.resolve("wharf.db");
        WharfConfig config = harness.config(url, null, null, null);
        PipelineContract.everyItemLandsOnceWithItsOrganizations(harness, config, new Database(url, null, null, null));
    }
}
