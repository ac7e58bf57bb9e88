package io.wharf.store.sink;

import io.wharf.store.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;

/** The same upsert contract against a real PostgreSQL. */
class PostgresArticleSinkIT {
    @Test
    void upsertsAreIdempotentAndReplaceStaleMentions() throws Exception {
        try (PostgresTestDatabase pg = PostgresTestDatabase.create()) {
            JdbcArticleSinkTest.exerciseUpserts(pg.database());
        }
    }
}
