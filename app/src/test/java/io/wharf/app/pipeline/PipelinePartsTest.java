package io.wharf.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.ConfigSchema;
import io.wharf.app.config.WharfConfig;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: start-up work made side by side, and classify threads that follow the cores. */
class PipelinePartsTest {
    @TempDir
    Path dir;

    @Test
    void theDatabaseIsMigratedOnItsOwnThreadAndHandedOver() {
        WharfConfig c = WharfConfig.defaults(Map.of("data.dir", dir.toString()));
        PipelineParts parts = PipelineParts.startLoading(c, EnumSet.of(Stage.STORE));
        assertThat(parts.database()).isNotNull();
        assertThat(parts.database()).isSameAs(parts.database());
        assertThat(parts.classifier()).isNull();
    }

    @Test
    void aPartThatCannotBeMadeThrowsItsOwnErrorWhenAskedFor() {
        WharfConfig c = WharfConfig.defaults(Map.of("data.dir", dir.toString(), "store.jdbc.url", "not-a-jdbc-url"));
        PipelineParts parts = PipelineParts.startLoading(c, EnumSet.of(Stage.STORE));
        assertThatThrownBy(parts::database).isInstanceOf(ConfigException.class).hasMessageContaining("store.jdbc.url");
    }

    @Test
    void classifyThreadsFollowTheCoresUnlessANumberIsGiven() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(StageSettings.classifyThreads(WharfConfig.defaults(Map.of()))).isEqualTo(Math.min(64, cores));
        assertThat(StageSettings.classifyThreads(WharfConfig.defaults(Map.of("classify.threads", "3")))).isEqualTo(3);
        assertThat(ConfigSchema.problems(WharfConfig.defaults(Map.of("classify.threads", "many"))))
                .anySatisfy(p -> assertThat(p).contains("classify.threads"));
        assertThat(ConfigSchema.problems(WharfConfig.defaults(Map.of("classify.threads", "AUTO")))).isEmpty();
    }
}
