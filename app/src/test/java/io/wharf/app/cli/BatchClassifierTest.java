package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.app.Main;
import io.wharf.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `wharf classify --in`: each output line carries its input's id and the deals of the article. */
class BatchClassifierTest {
    @TempDir
    Path dir;

    /** Issue 12 point 13: the output lost the input id (it carried only the hash id of a made-up URL). */
    @Test
    void outputKeepsTheInputIdAndCarriesTheDeals() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, "{\"id\":\"story-7\",\"title\":\"Cisco to buy Portshift\",\"text\":\"\",\"publishedAt\":\"2021-10-05T00:00:00Z\"}\n");
        assertThat(Main.execute("classify", "--in", in.toString(), "--out", out.toString())).isZero();
        JsonNode line = Json.mapper().readTree(Files.readAllLines(out).get(0));
        assertThat(line.path("inputId").asText()).isEqualTo("story-7");
        assertThat(line.path("deals")).hasSize(1);
        assertThat(line.path("deals").get(0).path("type").asText()).isEqualTo("ACQUISITION");
        assertThat(line.path("deals").get(0).path("status").asText()).isEqualTo("ANNOUNCED");
    }
}
