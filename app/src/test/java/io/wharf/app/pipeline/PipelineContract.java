package io.wharf.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.config.WharfConfig;
import io.wharf.ingest.PollResult;
import io.wharf.store.db.Database;
import io.wharf.store.query.ArticleQueries;
import java.util.List;
import java.util.stream.Collectors;

/** The end-to-end promise, checked the same way against each database. */
final class PipelineContract {
    private PipelineContract() {}

    static void everyItemLandsOnceWithItsOrganizations(PipelineHarness h, WharfConfig config, Database db) throws Exception {
        List<PollResult> first = h.runOnce(config);
        assertThat(first).extracting(PollResult::published).containsExactly(2, 2);

        ArticleQueries q = new ArticleQueries(db);
        assertThat(q.count("articles")).isEqualTo(4);
        List<ArticleQueries.StoredArticle> stored = q.recent(10);
        assertThat(stored).extracting(ArticleQueries.StoredArticle::title).containsExactlyInAnyOrder(
                "Microsoft buys Deis to deepen its Kubernetes bench", "Google, IBM and Lyft open source the Istio service mesh",
                "Cisco picks up ContainerX", "IBM closes its $34 billion Red Hat acquisition");
        assertThat(stored.stream().flatMap(a -> a.companies().stream()).collect(Collectors.toSet()))
                .contains("Microsoft", "IBM", "Google");
        long mentions = q.count("company_mentions");
        assertThat(mentions).isGreaterThanOrEqualTo(5);

        // A second poll finds nothing new (304 and seen ids); a restart is a new pipeline on the same state.
        List<PollResult> second = h.runOnce(config);
        assertThat(second).allSatisfy(r -> assertThat(r.published()).isZero());
        assertThat(q.count("articles")).isEqualTo(4);
        assertThat(q.count("company_mentions")).isEqualTo(mentions);
    }
}
