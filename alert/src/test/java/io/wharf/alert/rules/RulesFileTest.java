package io.wharf.alert.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.model.Deal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFileTest {
    @TempDir
    Path dir;

    @Test
    void readsTheBundledExample() {
        List<AlertRule> rules = RulesFile.load(Path.of("../config/alert-rules.yml"), Set.of("storage", "security", "networking"));
        assertThat(rules).extracting(AlertRule::name).contains("storage-or-security-acquisitions");
        AlertRule first = rules.get(0);
        assertThat(first.type()).containsExactly(Deal.Type.ACQUISITION);
        assertThat(first.categories()).containsExactlyInAnyOrder("storage", "security");
        assertThat(first.channels()).containsExactly("webhook", "email");
    }

    @Test
    void amountsAndCaseAreRead() throws Exception {
        Path f = write("""
                rules:
                  - name: big
                    type: Funding
                    status: [ANNOUNCED, completed]
                    minAmount: EUR 50M
                    minConfidence: 0.7
                    channels: log
                    updates: [price, terminated]
                """);
        AlertRule r = RulesFile.load(f, Set.of()).get(0);
        assertThat(r.minAmount()).isEqualTo(new Threshold(50_000_000, "EUR"));
        assertThat(r.status()).containsExactlyInAnyOrder(Deal.Status.ANNOUNCED, Deal.Status.COMPLETED);
        assertThat(r.channels()).containsExactly("log");
        assertThat(r.updates()).containsExactlyInAnyOrder(UpdateKind.PRICE, UpdateKind.TERMINATED);
    }

    @Test
    void aMistakeIsRefusedWithFileLineAndReason() throws Exception {
        Path typo = write("rules:\n  - name: a\n    channels: [log]\n  - name: b\n    stauts: [announced]\n    channels: [log]\n");
        assertThatThrownBy(() -> RulesFile.load(typo, Set.of())).hasMessageContaining(typo.toString())
                .hasMessageContaining("line 5").hasMessageContaining("unknown key 'stauts'");
        Path status = write("rules:\n  - name: a\n    status: [closed]\n    channels: [log]\n");
        assertThatThrownBy(() -> RulesFile.load(status, Set.of())).hasMessageContaining("line 3").hasMessageContaining("closed");
        Path channel = write("rules:\n  - name: a\n    channels: [slack]\n");
        assertThatThrownBy(() -> RulesFile.load(channel, Set.of())).hasMessageContaining("line 2").hasMessageContaining("unknown channel 'slack'");
        Path amount = write("rules:\n  - name: a\n    minAmount: lots\n    channels: [log]\n");
        assertThatThrownBy(() -> RulesFile.load(amount, Set.of())).hasMessageContaining("line 2").hasMessageContaining("minAmount 'lots'");
        Path category = write("rules:\n  - name: a\n    categories: [storag]\n    channels: [log]\n");
        assertThatThrownBy(() -> RulesFile.load(category, Set.of("storage"))).hasMessageContaining("unknown category 'storag'");
        Path yaml = write("rules:\n  - name: a\n    channels: [log\n  - name: b\n");
        assertThatThrownBy(() -> RulesFile.load(yaml, Set.of())).hasMessageMatching(".*line [345].*");
    }

    private Path write(String text) throws Exception {
        Path f = Files.createTempFile(dir, "rules", ".yml");
        return Files.writeString(f, text);
    }
}
