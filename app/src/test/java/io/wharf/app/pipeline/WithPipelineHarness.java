package io.wharf.app.pipeline;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One broker, feed server and CoreNLP pipeline per test class, shared by the pipeline ITs of each database. */
abstract class WithPipelineHarness {
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
}
