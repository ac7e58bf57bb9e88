package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConsumerLoopTest {
    /** Counts its passes and its releases; stops itself after three passes. */
    static final class CountingLoop extends ConsumerLoop {
        final AtomicInteger passes = new AtomicInteger();
        final AtomicInteger releases = new AtomicInteger();

        @Override
        protected void loop() {
            while (running()) {
                if (passes.incrementAndGet() == 3) {
                    stop();
                }
            }
        }

        @Override
        protected void releaseClients() {
            releases.incrementAndGet();
        }
    }

    @Test
    void aLoopThatRanReleasesItsClientsOnceWhenItEnds() {
        CountingLoop l = new CountingLoop();
        l.run();
        l.close();
        assertThat(l.passes.get()).isEqualTo(3);
        assertThat(l.releases.get()).isEqualTo(1);
    }

    @Test
    void aLoopThatNeverRanReleasesItsClientsOnClose() {
        CountingLoop l = new CountingLoop();
        l.close();
        assertThat(l.releases.get()).isEqualTo(1);
        l.run(); // stopped before it started: no pass, released once more by the run that ends
        assertThat(l.passes.get()).isZero();
    }

    @Test
    void anInterruptDuringAPauseEndsTheLoop() {
        CountingLoop l = new CountingLoop();
        Thread.currentThread().interrupt();
        l.pause(Duration.ofSeconds(5));
        assertThat(Thread.interrupted()).isTrue(); // the flag is kept for the caller (and cleared here)
        assertThat(l.running()).isFalse();
    }
}
