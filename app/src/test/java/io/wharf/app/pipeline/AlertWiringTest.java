package io.wharf.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.WharfConfig;
import io.wharf.model.Deal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertWiringTest {
    @TempDir
    Path dir;

    @Test
    void theBundledExampleNeedsItsChannelsSettingsAndSaysWhich() {
        WharfConfig c = WharfConfig.defaults(Map.of("alert.rules.file", "../config/alert-rules.yml"));
        assertThatThrownBy(() -> AlertWiring.rules(c)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("alert.webhook.url is not set (WHARF_ALERT_WEBHOOK_URL)");
    }

    @Test
    void aRuleFileMistakeIsAConfigErrorWithItsLine() throws Exception {
        Path f = Files.writeString(dir.resolve("r.yml"), "rules:\n  - name: a\n    type: merger\n    channels: [log]\n");
        assertThatThrownBy(() -> AlertWiring.rules(WharfConfig.defaults(Map.of("alert.rules.file", f.toString()))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("r.yml: line 3").hasMessageContaining("merger");
    }

    @Test
    void partiesGetTheGazetteersCategories() throws Exception {
        Path f = Files.writeString(dir.resolve("r.yml"), "rules:\n  - name: a\n    categories: [storage]\n    channels: [log]\n");
        AlertWiring.Rules r = AlertWiring.rules(WharfConfig.defaults(Map.of("alert.rules.file", f.toString())));
        assertThat(r.categories().of(new Deal.Party(Deal.Role.TARGET, "portworx", "Portworx"))).contains("storage");
        assertThat(r.categories().of(new Deal.Party(Deal.Role.TARGET, null, "Unknown Co"))).isEmpty();
    }

    @Test
    void secretsAreMaskedInTheConfigListing() {
        WharfConfig c = WharfConfig.defaults(Map.of("alert.webhook.secret", "topsecret", "alert.email.smtp.password", "pw"));
        assertThat(c.describe().get("alert.webhook.secret")).isEqualTo("***");
        assertThat(c.describe().get("alert.email.smtp.password")).isEqualTo("***");
    }
}
