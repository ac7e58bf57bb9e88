package io.wharf.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A shutdown stuck in a step is cut short at the deadline, naming the step; one that finishes is left alone. */
class ShutdownDeadlineTest {
    @Test
    void aHangingStepIsCutShortAndNamed() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> halted = new CompletableFuture<>();
        ShutdownDeadline d = new ShutdownDeadline(Duration.ofMillis(300), new PrintStream(err, true, StandardCharsets.UTF_8),
                halted::complete).start();
        d.step("stopping the embedded broker"); // and it never returns
        assertThat(halted.get(5, TimeUnit.SECONDS)).isEqualTo(ShutdownDeadline.EXIT_CUT_SHORT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("stuck stopping the embedded broker").contains("code 4");
    }

    @Test
    void aShutdownThatFinishesIsNotHalted() throws Exception {
        CompletableFuture<Integer> halted = new CompletableFuture<>();
        ShutdownDeadline d = new ShutdownDeadline(Duration.ofMillis(200), new PrintStream(new ByteArrayOutputStream()),
                halted::complete).start();
        d.step("finishing the stages' batches");
        d.done();
        Thread.sleep(600);
        assertThat(halted).isNotDone();
    }
}
