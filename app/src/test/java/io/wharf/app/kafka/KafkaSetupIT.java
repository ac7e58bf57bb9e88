package io.wharf.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topics are created with kafka.topics.partitions partitions; topics that exist keep theirs, and the ones with fewer
 * than a later, larger setting asks are named (more classify instances than partitions of wharf.articles stand by).
 */
class KafkaSetupIT {
    @TempDir
    Path dir;

    @Test
    void createsTheTopicsWithTheConfiguredPartitionsAndNamesThoseThatHaveFewerThanALargerSettingAsks() throws Exception {
        try (TestKafka kafka = TestKafka.start(dir); Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            KafkaSetup.ensureTopics(kafka.bootstrapServers(), 2, (short) 1, Duration.ofSeconds(30));
            KafkaSetup.ensureTopics(kafka.bootstrapServers(), 6, (short) 1, Duration.ofSeconds(30)); // existing topics keep 2
            Set<String> existing = admin.listTopics().names().get();
            assertThat(existing).containsAll(Topics.ALL);
            assertThat(admin.describeTopics(List.of(Topics.ARTICLES)).allTopicNames().get().get(Topics.ARTICLES).partitions()).hasSize(2);

            Map<String, Integer> fewer = KafkaSetup.fewerPartitions(admin, existing, 6, Duration.ofSeconds(30));
            assertThat(fewer).hasSize(Topics.ALL.size()).containsEntry(Topics.ARTICLES, 2);
            assertThat(KafkaSetup.fewerPartitions(admin, existing, 2, Duration.ofSeconds(30))).isEmpty();
        }
    }
}
