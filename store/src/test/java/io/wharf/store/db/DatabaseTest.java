package io.wharf.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void anUnsupportedUrlIsRefusedWithoutEchoingThePassword() {
        assertThatThrownBy(() -> new Database("jdbc:mysql://db/x?password=hunter2", "u", "p", null))
                .hasMessageContaining("jdbc:sqlite:FILE or jdbc:postgresql://")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void redactsPasswordsInUrlsAndMessages() {
        assertThat(Database.redact("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
        assertThat(Database.redact("postgres://bob:s3cret@h/db")).isEqualTo("postgres://bob:***@h/db");
    }
}
